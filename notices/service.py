"""Keeping an enterprise's job-holder list, posting its notice, and filing both for the regulator.

Posting files a case of kind "notice" for the enterprise's jurisdiction, listing every problem found; a
notice with problems gets a higher priority. A change of principal leader or safety manager since the last
notice is also filed, as an appointment notice (任职告知).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tortoise.transactions import in_transaction

from bot.i18n import translator
from cases import service
from cases.rewards import rule_for
from certs import typed as typed_cert_no
from foundation import clock
from models.cases import Case
from models.certificates import Certificate
from models.notices import Notice
from models.orgs import Enterprise, JobHolder
from models.users import User
from notices.problems import POSTS, PROBLEMS, CertFacts, problems_of
from notices.render import NoticeData, NoticeRow, render_pdf, render_png

KEY_POSTS = ("principal", "safety_manager")


@dataclass
class CheckedHolder:
    holder: JobHolder
    certificate: Certificate | None
    problems: list[str]


def facts(cert: Certificate | None) -> CertFacts | None:
    if cert is None:
        return None
    return CertFacts(cert.name, cert.cert_type, cert.status, cert.valid_to, cert.review_due)


async def current_holders(enterprise: Enterprise) -> list[JobHolder]:
    holders = await JobHolder.filter(enterprise=enterprise, removed_at__isnull=True).order_by("id")
    order = list(POSTS)
    return sorted(holders, key=lambda h: (order.index(h.post) if h.post in order else 9, h.id))


async def add_holder(
    enterprise: Enterprise, post: str, name: str, cert_no: str | None, training_date: date | None = None
) -> CheckedHolder:
    if post not in POSTS:
        raise ValueError(f"unknown post {post}")
    cert = None
    if cert_no:  # typed as people type it: full-width, without the T, a 15-digit ID number inside
        parsed = typed_cert_no.parse(cert_no)
        for candidate in parsed.candidates:
            if (cert := await Certificate.get_or_none(cert_no=candidate)) is not None:
                break
        cert_no = cert.cert_no if cert else parsed.shown
    holder = await JobHolder.create(
        enterprise=enterprise,
        post=post,
        name=name.strip(),
        cert_no=cert_no,
        certificate=cert,
        verified=cert is not None and "".join(cert.name.split()) == "".join(name.split()),
        training_date=training_date,
        exam_date=cert.valid_from if cert else None,
    )
    return CheckedHolder(
        holder, cert, problems_of(post, holder.name, holder.cert_no, facts(cert), clock.today())
    )


async def remove_holder(enterprise: Enterprise, holder_id: int) -> JobHolder | None:
    holder = await JobHolder.get_or_none(id=holder_id, enterprise=enterprise, removed_at__isnull=True)
    if holder is None:
        return None
    holder.removed_at = clock.now()
    await holder.save(update_fields=["removed_at"])
    return holder


async def check(enterprise: Enterprise, today: date) -> list[CheckedHolder]:
    holders = await current_holders(enterprise)
    certs = {
        c.id: c
        for c in await Certificate.filter(id__in=[h.certificate_id for h in holders if h.certificate_id])
    }
    checked = []
    for holder in holders:
        cert = certs.get(holder.certificate_id) if holder.certificate_id else None
        if cert is None and holder.cert_no:
            cert = await Certificate.get_or_none(cert_no=holder.cert_no)
        checked.append(
            CheckedHolder(
                holder, cert, problems_of(holder.post, holder.name, holder.cert_no, facts(cert), today)
            )
        )
    return checked


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


async def reward_text(enterprise: Enterprise) -> str:
    _ = translator("zh_CN")
    rule = await rule_for(enterprise.division_code or "")
    return _(
        "tips that prove true are rewarded: {rate} percent of the fine, at least {minimum} yuan, at most "
        "{maximum} yuan; the reporter is kept confidential."
    ).format(rate=f"{rule.rate * 100:g}", minimum=f"{rule.minimum:,}", maximum=f"{rule.maximum:,}")


async def notice_data(
    enterprise: Enterprise, checked: list[CheckedHolder], today: date, tip_link: str
) -> NoticeData:
    _ = translator("zh_CN")
    rows = []
    for item in checked:
        cert, holder = item.certificate, item.holder
        validity = f"{_day(cert.valid_from)}~{_day(cert.valid_to)}" if cert else "—"
        rows.append(
            NoticeRow(
                holder.name,
                _(POSTS[holder.post]),
                _day(holder.training_date),
                _day(holder.exam_date or (cert.valid_from if cert else None)),
                (cert.issuer or "—") if cert else "—",
                validity,
            )
        )
    return NoticeData(
        enterprise.name, enterprise.credit_code or "—", today, tip_link, await reward_text(enterprise), rows
    )


@dataclass
class PostedNotice:
    notice: Notice
    case: Case
    appointment_case: Case | None
    png: bytes
    pdf: bytes
    checked: list[CheckedHolder]


def _snapshot(checked: list[CheckedHolder]) -> list[dict]:
    return [
        {
            "post": c.holder.post,
            "name": c.holder.name,
            "cert_no": c.holder.cert_no,
            "verified": c.holder.verified,
            "problems": c.problems,
        }
        for c in checked
    ]


async def post_notice(
    enterprise: Enterprise, officer: User | None, tip_link: str, today: date | None = None
) -> PostedNotice:
    today = today or clock.today()
    checked = await check(enterprise, today)
    data = await notice_data(enterprise, checked, today, tip_link)
    png, pdf = render_png(data), render_pdf(data)
    holders = _snapshot(checked)
    problems = [
        {"name": h["name"], "post": h["post"], "problems": h["problems"]} for h in holders if h["problems"]
    ]
    previous = await Notice.filter(enterprise=enterprise).order_by("-id").first()
    async with in_transaction():
        case = await service.open_case(
            "notice",
            enterprise.name,
            enterprise.division_code,
            category="job_holder_notice",
            priority=2 if problems else 4,
            details={
                "enterprise_id": enterprise.id,
                "credit_code": enterprise.credit_code,
                "holders": holders,
                "problems": problems,
                "problem_labels": {k: v for k, v in PROBLEMS.items()},
            },
            subject_key=f"uscc:{enterprise.credit_code}" if enterprise.credit_code else None,
            actor=f"officer:{officer.id}" if officer else "officer",
        )
        notice = await Notice.create(
            enterprise=enterprise, posted_by=officer, holders=holders, problems=problems, case=case
        )
        appointment = None
        changes = _key_post_changes(previous.holders if previous else None, holders)
        if changes:
            appointment = await service.open_case(
                "appointment",
                enterprise.name,
                enterprise.division_code,
                category="appointment",
                details={
                    "enterprise_id": enterprise.id,
                    "credit_code": enterprise.credit_code,
                    "changes": changes,
                },
                actor=f"officer:{officer.id}" if officer else "officer",
            )
        enterprise.last_notice_at = clock.now()
        await enterprise.save(update_fields=["last_notice_at"])
    return PostedNotice(notice, case, appointment, png, pdf, checked)


def _key_post_changes(before: list[dict] | None, after: list[dict]) -> list[dict]:
    """Who took up or left a principal-leader or safety-manager post since the last notice."""

    def people(rows: list[dict] | None) -> set[tuple[str, str]]:
        return {(r["post"], r["name"]) for r in rows or [] if r["post"] in KEY_POSTS}

    old, new = people(before), people(after)
    if before is None:
        return [{"post": p, "name": n, "change": "appointed"} for p, n in sorted(new)]
    return [{"post": p, "name": n, "change": "appointed"} for p, n in sorted(new - old)] + [
        {"post": p, "name": n, "change": "left"} for p, n in sorted(old - new)
    ]
