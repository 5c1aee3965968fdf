"""Keeping an enterprise's job-holder list, posting its notice, and filing both for the regulator.

Posting files a case of kind "notice" for the enterprise's jurisdiction, listing every problem found; a
notice with problems gets a higher priority. A change of principal leader or safety manager since the last
notice is also filed, as an appointment notice (任职告知).

A required field left empty (a training date nobody typed) is never posted silently: `post_notice` refuses
with `MissingFields`, naming each person and field, unless the officer chose to post with the gaps marked
(`accept_gaps`); the filed case records that choice. The rendered PNG and PDF are kept with the case, so the
regulator sees the very notice that went on the wall, marks included.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date

from tortoise.transactions import in_transaction

from cases import service
from cases.rewards import rule_for
from certs import typed as typed_cert_no
from foundation import clock
from foundation.i18n import translator
from foundation.media import Store, keep
from models.attachments import Attachment
from models.cases import Case
from models.certificates import Certificate
from models.notices import Notice
from models.orgs import Enterprise, JobHolder
from models.users import User
from notices.problems import POSTS, CertFacts, gaps_of, joined, problems_of, state_of
from notices.render import NoticeData, NoticeRow, render_pdf, render_png
from notices.typography import amount_cn, percent

KEY_POSTS = ("principal", "safety_manager")


@dataclass
class CheckedHolder:
    holder: JobHolder
    certificate: Certificate | None
    problems: list[str]
    gaps: list[str] = field(default_factory=list)

    @property
    def exam_date(self) -> date | None:
        cert = self.certificate
        return self.holder.exam_date or (cert.valid_from if cert else None)


class MissingFields(ValueError):
    """The notice has required fields left empty and the officer has not chosen to post them marked."""

    def __init__(self, gaps: list[CheckedHolder]) -> None:
        super().__init__(
            "; ".join(f"{g.holder.name}: {', '.join(g.gaps)}" for g in gaps) or "required fields missing"
        )
        self.gaps = gaps


def _checked(holder: JobHolder, cert: Certificate | None, today: date) -> CheckedHolder:
    item = CheckedHolder(
        holder, cert, problems_of(holder.post, holder.name, holder.cert_no, facts(cert), today)
    )
    item.gaps = gaps_of(
        item.problems,
        holder.training_date,
        item.exam_date,
        cert.issuer if cert else None,
        cert.valid_to if cert else None,
    )
    return item


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
    return _checked(holder, cert, clock.today())


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
        checked.append(_checked(holder, cert, today))
    return checked


async def set_date(enterprise: Enterprise, holder_id: int, field_name: str, value: date) -> JobHolder | None:
    """Fills in a training or exam date an officer was asked for (the notice's required fields)."""
    if field_name not in ("training_date", "exam_date"):
        raise ValueError(f"not a date field: {field_name}")
    holder = await JobHolder.get_or_none(id=holder_id, enterprise=enterprise, removed_at__isnull=True)
    if holder is None:
        return None
    setattr(holder, field_name, value)
    await holder.save(update_fields=[field_name])
    return holder


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


async def reward_text(enterprise: Enterprise) -> str:
    """The reward line, from the jurisdiction's reward rule (cases.rewards), written as a notice writes
    amounts: 15 %, 3000 元, 30 万元."""
    _ = translator("zh_CN")
    rule = await rule_for(enterprise.division_code or "")
    return _(
        "Tips that prove true are rewarded with {rate} of the fine, at least {minimum} and at most "
        "{maximum}; the reporter's identity is kept confidential."
    ).format(rate=percent(rule.rate), minimum=amount_cn(rule.minimum), maximum=amount_cn(rule.maximum))


async def notice_data(
    enterprise: Enterprise, checked: list[CheckedHolder], today: date, tip_link: str
) -> NoticeData:
    _ = translator("zh_CN")
    rows = []
    for item in checked:
        cert, holder = item.certificate, item.holder
        validity = ""
        if cert is not None and cert.valid_to is not None:
            # Two dates, one per line if need be: "至" is the only place the cell may break.
            validity = (
                _("{start} to {end}").format(start=_day(cert.valid_from), end=_day(cert.valid_to))
                if cert.valid_from
                else _("until {date}").format(date=_day(cert.valid_to))
            )
        mark, states = state_of(item.problems)
        rows.append(
            NoticeRow(
                name=holder.name,
                post=_(POSTS[holder.post]),
                training_date=_day(holder.training_date),
                exam_date=_day(item.exam_date),
                issuer=(cert.issuer or "") if cert else "",
                validity=validity,
                mark=mark,
                state=joined([_(s) for s in states], _),
                ok=not item.problems,
                gaps=set(item.gaps),
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
    """What the regulator's case keeps of each row: the same state and gaps the wall notice shows."""
    return [
        {
            "post": c.holder.post,
            "name": c.holder.name,
            "cert_no": c.holder.cert_no,
            "verified": c.holder.verified,
            "problems": c.problems,
            "mark": state_of(c.problems)[0],
            "gaps": c.gaps,
        }
        for c in checked
    ]


async def _keep_files(media: Store, case: Case, today: date, png: bytes, pdf: bytes) -> None:
    stamp = today.isoformat()
    png_digest, png_copy = await asyncio.to_thread(keep, media, png, True)
    pdf_digest, _none = await asyncio.to_thread(keep, media, pdf, False)
    await Attachment.create(
        sha256=png_digest,
        size=len(png),
        mime_type="image/png",
        kind="photo",
        file_name=f"notice-{stamp}.png",
        redacted_sha256=png_copy,
        case=case,
    )
    await Attachment.create(
        sha256=pdf_digest,
        size=len(pdf),
        mime_type="application/pdf",
        kind="document",
        file_name=f"notice-{stamp}.pdf",
        case=case,
    )


async def post_notice(
    enterprise: Enterprise,
    officer: User | None,
    tip_link: str,
    today: date | None = None,
    *,
    accept_gaps: bool = False,
    media: Store | None = None,
) -> PostedNotice:
    """Renders, files and returns the notice. Raises MissingFields when a required field is empty and the
    officer has not chosen (`accept_gaps`) to post it marked "未填写"."""
    today = today or clock.today()
    checked = await check(enterprise, today)
    with_gaps = [c for c in checked if c.gaps]
    if with_gaps and not accept_gaps:
        raise MissingFields(with_gaps)
    data = await notice_data(enterprise, checked, today, tip_link)
    png, pdf = await asyncio.to_thread(render_png, data), await asyncio.to_thread(render_pdf, data)
    holders = _snapshot(checked)
    problems = [
        {"name": h["name"], "post": h["post"], "problems": h["problems"]} for h in holders if h["problems"]
    ]
    gaps = [{"name": h["name"], "post": h["post"], "fields": h["gaps"]} for h in holders if h["gaps"]]
    previous = await Notice.filter(enterprise=enterprise).order_by("-id").first()
    async with in_transaction():
        case = await service.open_case(
            "notice",
            enterprise.name,
            enterprise.division_code,
            category="job_holder_notice",
            priority=2 if problems or gaps else 4,
            details={
                "enterprise_id": enterprise.id,
                "credit_code": enterprise.credit_code,
                "posted_on": today.isoformat(),
                "holders": holders,
                "problems": problems,
                "gaps": gaps,
                "gaps_marked": bool(gaps),
            },
            subject_key=f"uscc:{enterprise.credit_code}" if enterprise.credit_code else None,
            actor=f"officer:{officer.id}" if officer else "officer",
        )
        notice = await Notice.create(
            enterprise=enterprise, posted_by=officer, holders=holders, problems=problems, case=case
        )
        if media is not None:
            await _keep_files(media, case, today, png, pdf)
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
