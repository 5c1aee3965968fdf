"""A certificate names the exam site it came from (`exam_site_code`); when that site's qualification is
suspended or cancelled on its subject file, the bot's /verify and the public /V/ page say so in words, and
whether it happened before or after the certificate was issued; the campaign roll-up counts such
certificates."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from certs import keys
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.registry import RegistryRecord, find_by_cert_no, with_site
from certs.rows import COLUMNS
from certs.verdict import BAD, OK, WARN, Reason, site_when, verdict_for_typed
from foundation import clock
from models.cases import Case
from models.certificates import Certificate
from subjects import files
from tests.e2e.chat import Chat
from tests.subjects.helpers import code, subject
from tests.web.conftest import make_client  # noqa: F401

PUBLIC = "https://verify.example.gov.cn"
BEFORE_ID, AFTER_ID, PLAIN_ID = "130102199001011237", "130102198703152216", "130102199208204415"
SITE_BEFORE, SITE_AFTER = code(501), code(502)


def _csv(today: date, rows: list[tuple[str, str | None]]) -> str:
    """Certificates issued 700 days ago, each with the exam site given (None: column left empty)."""
    issued = (today - timedelta(days=700)).isoformat()
    lines = [",".join((*COLUMNS, "exam_site_code"))]
    valid_to = (today + timedelta(days=1500)).isoformat()
    review_due = (today + timedelta(days=400)).isoformat()
    for id_number, site in rows:
        values = ["T" + id_number, "special_operation", "王建国", "男", id_number, "电工作业", "低压电工作业"]
        values += [issued, issued, valid_to, review_due, "石家庄市应急管理局", "130100", "valid", site or ""]
        lines.append(",".join(values))
    return "\n".join(lines) + "\n"


async def _registry() -> None:
    """Site A lost its qualification before the certificates were issued, site B after."""
    today = clock.today()
    report = await import_csv(
        _csv(today, [(BEFORE_ID, SITE_BEFORE), (AFTER_ID, SITE_AFTER), (PLAIN_ID, None)]), actor="test"
    )
    assert report.created == 3, report.errors
    before = await subject(501, kind="exam_site", name="甲考点")
    after = await subject(502, kind="exam_site", name="乙考点")
    await files.set_status(before, "suspended", "违规组织考试", "admin", since=today - timedelta(days=800))
    await files.set_status(after, "cancelled", "考点条件不达标", "admin", since=today - timedelta(days=30))


async def test_import_keeps_the_site_and_refuses_a_code_that_cannot_be_one(database) -> None:
    today = clock.today()
    text = _csv(today, [(BEFORE_ID, SITE_BEFORE.lower()), (AFTER_ID, "not-a-code")])
    report = await import_csv(text, actor="test")
    assert report.created == 1 and report.rejected == 1
    line, reason = report.errors[0]
    assert line == 3 and "exam_site_code" in reason
    assert (await Certificate.get(cert_no="T" + BEFORE_ID)).exam_site_code == SITE_BEFORE
    again = await import_csv(text, actor="test")
    assert again.unchanged == 1 and again.created == again.updated == 0


def test_before_or_after_issue_is_decided_by_the_dates() -> None:
    issued = date(2024, 5, 1)
    record = RegistryRecord(
        "T1", "special_operation", "王建国", BEFORE_ID, "valid", first_issued=issued, valid_from=issued,
        valid_to=date(2030, 1, 1), exam_site_code=SITE_BEFORE,
    )  # fmt: skip
    assert site_when(record) is None
    assert verdict_for_typed("T1", "王建国", record, date(2025, 1, 1)).symbol == OK
    early = dataclasses.replace(record, site_status="suspended", site_status_since=date(2024, 4, 30))
    assert site_when(early) == "before"
    result = verdict_for_typed("T1", "王建国", early, date(2025, 1, 1))
    assert (result.symbol, result.reason, result.make_case) == (WARN, Reason.SITE_UNQUALIFIED, True)
    late = dataclasses.replace(early, site_status_since=date(2024, 6, 1))
    result = verdict_for_typed("T1", "王建国", late, date(2025, 1, 1))
    assert (result.symbol, result.reason, result.make_case, result.site_when) == (
        WARN, Reason.GENUINE_VALID, False, "after",
    )  # fmt: skip
    undated = dataclasses.replace(early, site_status_since=None)
    assert site_when(undated) == "unknown"
    revoked = dataclasses.replace(early, status="revoked")
    assert verdict_for_typed("T1", "王建国", revoked, date(2025, 1, 1)).symbol == BAD


async def test_the_bot_says_when_the_site_lost_its_qualification(bot_app, sim, settings) -> None:
    await _registry()
    chat = Chat(sim, 8301, "en")
    before = await chat.send(f"/verify T{BEFORE_ID} 王建国")
    assert before["text"].startswith("⚠️"), before["text"]
    assert "甲考点" in before["text"] and "suspended" in before["text"]
    assert "before the certificate was issued" in before["text"]
    after = await chat.send(f"/verify T{AFTER_ID} 王建国")
    assert after["text"].startswith("⚠️") and "乙考点" in after["text"]
    assert "cancelled" in after["text"] and "after the certificate was issued" in after["text"]
    plain = await chat.send(f"/verify T{PLAIN_ID} 王建国")
    assert plain["text"].startswith("✅") and "exam site" not in plain["text"]
    zh = Chat(sim, 8302, "zh-hans")
    answer = await zh.send(f"/verify T{BEFORE_ID} 王建国")
    assert "甲考点" in answer["text"] and "暂停" in answer["text"]
    assert "site_unqualified" not in answer["text"] and "suspended" not in answer["text"]


async def test_the_camera_page_warns_and_a_site_restored_stops_warning(
    database, settings, make_client  # noqa: F811
) -> None:
    settings = dataclasses.replace(settings, public_url=PUBLIC)
    await _registry()
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    key = keys.active_key(settings.keys_dir)
    client = await make_client(settings)
    record = await find_by_cert_no("T" + BEFORE_ID)
    path = issue_qr_text(record.cert_fields(), key, PUBLIC)[len(PUBLIC) :]
    page = await (await client.get(path + "?lang=en")).text()
    assert "⚠️" in page and "甲考点" in page and "before the certificate was issued" in page
    after = issue_qr_text((await find_by_cert_no("T" + AFTER_ID)).cert_fields(), key, PUBLIC)[len(PUBLIC) :]
    page = await (await client.get(after + "?lang=en")).text()
    assert "乙考点" in page and "after the certificate was issued" in page
    site = await subject_by(SITE_BEFORE)
    await files.set_status(site, "active", "", "admin")
    assert (await with_site(await find_by_cert_no("T" + BEFORE_ID))).site_status is None
    page = await (await client.get(path + "?lang=en")).text()
    assert "✅" in page and "甲考点" not in page


async def test_a_check_of_a_card_from_an_unqualified_site_files_a_case(bot_app, sim, settings) -> None:
    await _registry()
    chat = Chat(sim, 8303, "en")
    await chat.send(f"/verify T{BEFORE_ID} 王建国")
    await chat.send(f"/verify T{AFTER_ID} 王建国")
    cases = await Case.filter(kind="verification")
    assert [c.category for c in cases] == ["site_unqualified"]
    assert cases[0].details["exam_site"]["when"] == "before"
    assert cases[0].details["exam_site"]["credit_code"] == SITE_BEFORE


async def subject_by(credit_code: str):
    from models.subjects import Subject

    return await Subject.get(credit_code=credit_code)


async def test_the_rollup_counts_certificates_from_sites_that_lost_their_qualification(database) -> None:
    from campaigns import rollup, service

    await _registry()
    today = clock.today()
    campaign = await service.create(
        title="安全生产培训“走过场”专项整治",
        doc_no="石应急〔2021〕88号",
        division_code="130100",
        subject_types=["exam_site"],
        phases=[("self_inspection", today, today + timedelta(days=30))],
        actor="city.admin",
    )
    built = await rollup.build(campaign)
    county = next(r for r in built.rows if r.code == "130102")
    assert (county.suspended, county.site_certificates) == (2, 2)
    assert built.rows[0].site_certificates == 2, "the city row sums its counties"
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(rollup.xlsx(built, "en"))).active
    headers = [c.value for c in sheet[2]]
    assert headers[-1] == "Certificates from those sites"
    assert [c.value for c in sheet[3]][-1] == 2


def test_an_inspectors_photo_of_such_a_certificate_is_a_finding() -> None:
    from cases.inspection_checks import certificate_findings

    issued = date(2024, 5, 1)
    record = RegistryRecord(
        "T1", "special_operation", "王建国", BEFORE_ID, "valid", first_issued=issued,
        valid_to=date(2030, 1, 1), exam_site_code=SITE_BEFORE, site_name="甲考点", site_status="cancelled",
        site_status_since=date(2024, 1, 2),
    )  # fmt: skip
    found = certificate_findings({"cert_no": "T1", "name": "王建国"}, record, date(2025, 1, 1))
    assert [(f["code"], f["date"]) for f in found] == [("site_unqualified", "2024-01-02")]
    later = dataclasses.replace(record, site_status_since=date(2024, 6, 1))
    assert certificate_findings({"cert_no": "T1", "name": "王建国"}, later, date(2025, 1, 1)) == []
