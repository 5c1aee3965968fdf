"""No internal code reaches a person: an administrator walks every back-office page and the CSV export, with
cases of every kind in every status and with every kind of event in their timelines, and no status, kind,
category, verdict reason, actor, detail key or model field name shows in the visible text.

The list of codes is built from the code itself (flows, kinds, violation and reason tables, the models'
fields, the detail keys and event keys the cases really carry), so a new code is checked without editing
this test. Visible text is what a browser shows: text nodes (with SVG labels) and the attributes people
read (title, alt, placeholder, aria-label, an optgroup's label), not hidden values or URLs. CSV cells are
checked except in the columns documented as code columns (web.export.CODE_COLUMNS); XLSX cells (which have
no code columns) all are.

English labels are often the code's own word ("closed", "Tip"), so codes that cannot be words (snake_case,
with a colon) are looked for everywhere, and word-like codes only in Chinese, as a whole text or cell.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

from cases import audit, service, verification
from cases.inspection_checks import DOC_TYPES, FINDINGS
from cases.violations import OTHER, SUBJECT_TYPES, VIOLATIONS
from certs.registry import RegistryRecord
from certs.verdict import SYMBOLS, Reason, Verdict
from models.cases import Case, CaseEvent, CaseKind
from models.staff import StaffRole, StaffUser
from notices.problems import POSTS, PROBLEMS
from tests.web.conftest import file_tip, login, make_staff
from web import texts
from web.export import CODE_COLUMNS

VISIBLE_ATTRIBUTES = ("title", "alt", "placeholder", "aria-label")


class VisibleText(HTMLParser):
    """The text a person sees on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        for name, value in attrs:
            if value and (name in VISIBLE_ATTRIBUTES or (tag == "optgroup" and name == "label")):
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(page: str) -> list[str]:
    parser = VisibleText()
    parser.feed(page)
    return parser.parts


def codes_from_the_code(cases: list[Case], events: list[CaseEvent]) -> set[str]:
    found: set[str] = set()
    for flow in (service.TIP_FLOW, service.OTHER_FLOW):
        found |= set(flow) | {s for targets in flow.values() for s in targets}
    found |= set(CaseKind.ALL) | set(StaffRole.ALL)
    found |= {v.code for violations in VIOLATIONS.values() for v in violations} | {OTHER.code}
    found |= set(texts.CASE_CATEGORIES) | {r.value for r in Reason}
    found |= set(SUBJECT_TYPES) | set(FINDINGS) | set(DOC_TYPES) | set(POSTS) | set(PROBLEMS)
    found |= set(texts.CHANNELS) | set(texts.CLOCKS) | set(texts.ACTIONS) | set(texts.ACTORS)
    found |= {f"{prefix}:" for prefix in texts.ACTOR_PREFIXES}
    for model in (Case, CaseEvent, StaffUser):
        found |= set(model._meta.fields_map)
    for case in cases:
        found |= set(case.details)
        found |= {case.category} if case.category else set()
    for event in events:
        found.add(event.action)
        for side in (event.before, event.after):
            found |= set(side) if isinstance(side, dict) else set()
    return {code for code in found if code and not code.isdigit()}


def could_be_a_word(code: str) -> bool:
    return re.fullmatch(r"[A-Za-z]+", code) is not None


def offending(texts_seen: list[str], codes: set[str], chinese: bool) -> set[str]:
    """Codes that cannot be words, anywhere; in Chinese also the word-like ones that make up a whole text
    or cell (a bare "revoked"), which an English sentence not yet translated does not trip."""
    hits = set()
    joined = "\n".join(texts_seen)
    for code in codes:
        if could_be_a_word(code):
            if chinese and code in texts_seen:
                hits.add(f"{code!r} alone")
            continue
        if code.endswith(":"):
            pattern = rf"(?<![A-Za-z0-9_]){re.escape(code)}[A-Za-z0-9]"
        else:
            pattern = rf"(?<![A-Za-z0-9_]){re.escape(code)}(?![A-Za-z0-9_])"
        for match in re.finditer(pattern, joined):
            start = max(0, match.start() - 40)
            hits.add(f"{code!r} in …{joined[start : match.end() + 40]}…".replace("\n", " | "))
    return hits


def record(cert_no: str, status: str = "valid") -> RegistryRecord:
    return RegistryRecord(
        cert_no=cert_no,
        cert_type="special_operation",
        name="王建国",
        id_number=cert_no[1:],
        status=status,
        item="低压电工作业",
        issuer="石家庄市应急管理局",
        issuer_division="130102",
    )


def failed(reason: Reason, **extra) -> Verdict:
    return Verdict(symbol=SYMBOLS[reason], reason=reason, make_case=True, **extra)


async def every_kind_and_status(settings) -> None:
    """Cases of every kind through every status they can take, with the events a timeline can hold."""
    actor = "wang.li"
    # tips: one per status, with replies, notes, an extension, a transfer, warnings and an escalation
    tips = [
        await file_tip(settings, subject_name=f"某某公司{n}号", violation=violation, subject_type=subject)
        for n, (subject, violation) in enumerate(
            [
                ("enterprise", "en_no_cert"),
                ("exam_site", "es_proxy"),
                ("training", "tr_fake_records"),
                ("exam_body", "eb_trains_too"),
                ("exam_site", "es_trains_too"),
                ("other", "other"),
                ("enterprise", "en_no_cert"),
            ]
        )
    ]
    cases = [t.case for t in tips]
    received, accepted, verifying, verified, closed, rejected, escalated = cases
    for case in (accepted, verifying, verified, closed):
        await service.accept(case, actor)
    for case in (verifying, verified, closed):
        await service.transition(case, "verifying", actor)
    await service.extend(verifying, 10, "需要调取考勤记录", actor)
    for case in (verified, closed):
        await service.transition(
            case, "verified", actor, result={"substantiated": True, "fine": 20000, "summary": "属实"}
        )
    await service.transition(closed, "closed", actor, reason="已处罚")
    await service.transition(rejected, "rejected", actor, reason="不属于本部门职责")
    await service.add_message(accepted, "public", actor, "请补充材料。")
    await service.add_message(accepted, "reporter", "reporter", "已补充。")
    await service.add_message(accepted, "internal", actor, "已联系企业。")
    await service.assign(accepted, actor, actor)
    await service.warn(received, 70)
    await service.warn(received, 90)
    await service.escalate(escalated)
    await service.transfer(received, "130104", actor, "实际在桥西区")
    await service.link_to_cluster(tips[6].case, tips[0].case)
    from cases import rewards

    await rewards.decide(verified, 20000, actor)
    await rewards.record_payment(verified, actor, "PZ-2026-001")

    # certificate checks that failed, in every way a check can fail; one reported twice
    failures = [
        failed(Reason.REVOKED, record=record("T130102199112126678", "revoked")),
        failed(Reason.SUSPENDED, record=record("T130102199311113351", "suspended")),
        failed(Reason.BAD_SIGNATURE, record=record("T130102199001011237")),
        failed(Reason.UNKNOWN_KEY, record=record("T130102198703152216")),
        failed(Reason.RETIRED_KEY, record=record("T130102199208204415")),
        failed(Reason.UNKNOWN_CERTIFICATE),
        failed(
            Reason.PAYLOAD_MISMATCH, record=record("T130102199001011238"), mismatches=("name", "cert_type")
        ),
        failed(Reason.OTHER_SITE, host="fake-lookup.example"),
        failed(Reason.NOT_A_CERTIFICATE),
    ]
    from foundation.media import media_store

    media = media_store(settings)
    checks = []
    for n, result in enumerate(failures):
        checks.append(
            await verification.file_failure(
                result, qr_text=f"qr-{n}", photo=None, media=media, channel="telegram", actor="system"
            )
        )
    await verification.file_failure(
        failures[0], qr_text="qr-0", photo=None, media=media, channel="web", actor="system"
    )
    # filed before failed checks had a real title: the reason code was the title
    await service.open_case(
        "verification",
        "unknown_certificate",
        "130102",
        category="unknown_certificate",
        details={"reports": 2},
    )
    for case in checks[:3]:
        await service.accept(case, actor)
    await service.transition(checks[1], "closed", actor)

    # an enterprise's job-holder notice (and the appointment notice its key posts give)
    from models.orgs import Enterprise
    from notices import service as notices

    enterprise = await Enterprise.create(name="石家庄某某化工有限公司", credit_code="91130100MA0000000X",
                                         division_code="130102")  # fmt: skip
    await notices.add_holder(enterprise, "principal", "张三", None)
    await notices.add_holder(enterprise, "safety_manager", "李四", "T130102199001011237")
    await notices.add_holder(enterprise, "special_worker", "王五", "T999")
    posted = await notices.post_notice(enterprise, None, "https://example.invalid/report", accept_gaps=True)
    for case in (posted.case, posted.appointment_case):
        if case is not None:
            await service.accept(case, actor)
    if posted.appointment_case is not None:
        await service.transition(posted.appointment_case, "closed", actor)

    # inspections: one that calls for action (every finding), one without findings
    findings = [{"code": code, "name": "赵六", "cert_no": "T130102199001011237"} for code in FINDINGS]
    for to_act in (True, False):
        case = await service.open_case(
            "inspection",
            "某某考点",
            "130102",
            category="to_act" if to_act else "no_findings",
            details={
                "inspection_id": 1 + to_act,
                "subject_type": "exam_site",
                "credit_code": "12130100000000000A",
                "place_division": "130102",
                "to_act": to_act,
                "findings": findings if to_act else [],
                "documents": {code: 1 for code in DOC_TYPES},
                "location": {"latitude": 38.04, "longitude": 114.51},
                "manifest_sha256": "0" * 64,
            },
            actor="inspector:7",
        )
        await audit.append(case, "inspector:7", "evidence_sealed", None, {"manifest_sha256": "0" * 64})
        await audit.append(case, actor, "evidence_exported", None, {"inspection": 1})
        if to_act:
            await service.accept(case, actor)
            await service.assign(case, "api:省平台", actor)


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
async def test_no_internal_code_on_any_back_office_page_or_export(client, web_settings, locale) -> None:
    await make_staff("wang.li", "admin", "130000")
    await make_staff("zhao.kan", "handler", "130102")
    await every_kind_and_status(web_settings)
    cases = await Case.all().order_by("id")
    events = await CaseEvent.all()
    kinds = {c.kind for c in cases}
    assert kinds == set(CaseKind.ALL), f"cases of every kind: {kinds}"
    statuses = {c.status for c in cases}
    assert statuses == set(service.TIP_FLOW), f"every status: {statuses}"
    codes = codes_from_the_code(cases, events)

    await login(client, "wang.li")
    await client.get(f"/admin/?lang={locale}")
    pages = [
        "/admin/",
        "/admin/?status=all",
        "/admin/?status=all&page=2",
        "/admin/dashboard",
        "/admin/users",
        "/admin/api-clients",
        "/admin/invites",
        "/admin/rewards",
        *[f"/admin/cases/{c.id}" for c in cases],
        f"/admin/cases/{cases[0].id}?transfer_q=桥西",
        *[f"/admin/?status=all&kind={k}" for k in CaseKind.ALL],
    ]
    problems: dict[str, set[str]] = {}
    for url in pages:
        answer = await client.get(url)
        assert answer.status == 200, url
        hits = offending(visible_text(await answer.text()), codes, chinese=locale == "zh_CN")
        if hits:
            problems[url] = hits

    export = await client.get("/admin/export.csv?status=all")
    rows = list(csv.reader(io.StringIO((await export.read()).decode("utf-8-sig"))))
    assert len(rows) == len(cases) + 1
    cells = [cell for row in rows for i, cell in enumerate(row) if i not in CODE_COLUMNS]
    hits = offending(cells, codes, chinese=locale == "zh_CN")
    if hits:
        problems["/admin/export.csv"] = hits
    codes_kept = {row[2] for row in rows[1:]}  # the documented "Kind code" column keeps the codes
    assert codes_kept == set(CaseKind.ALL)

    book = load_workbook(io.BytesIO(await (await client.get("/admin/export.xlsx?status=all")).read()))
    sheet_rows = [
        [cell for cell in row if isinstance(cell, str)] for row in book.active.iter_rows(values_only=True)
    ]
    assert len(sheet_rows) == len(cases) + 1
    hits = offending([cell for row in sheet_rows for cell in row], codes, chinese=locale == "zh_CN")
    if hits:
        problems["/admin/export.xlsx"] = hits

    assert not problems, "\n".join(f"{url}:\n  " + "\n  ".join(sorted(h)) for url, h in problems.items())
