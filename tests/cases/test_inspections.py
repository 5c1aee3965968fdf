"""Inspection rules and service without OCR: findings from what was read, corrections kept beside the
reading, sign-ins across places, closing into the queue, and the evidence package in the back office."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from cases import inspections
from cases.inspection_checks import SignInElsewhere, certificate_findings, table_findings
from certs.registry import RegistryRecord
from foundation import clock
from foundation.media import MediaStore
from models.inspections import SignIn
from models.users import User
from ocr.documents import DocumentResult
from tests.notices.test_notices import TODAY, make_certs

VALID_ID = "130102199001011237"


def record(**changes) -> RegistryRecord:
    values = dict(
        cert_no="T" + VALID_ID,
        cert_type="special_operation",
        name="王建国",
        id_number=VALID_ID,
        status="valid",
        category="电工作业",
        item="低压电工作业",
        valid_to=date(2028, 3, 1),
        review_due=date(2027, 3, 1),
    )
    return RegistryRecord(**{**values, **changes})


def codes(findings: list[dict]) -> list[str]:
    return [f["code"] for f in findings]


def test_certificate_rules() -> None:
    read = {"cert_no": "T" + VALID_ID, "name": "王建国"}
    assert certificate_findings(read, record(), TODAY) == []
    assert codes(certificate_findings(read, None, TODAY)) == ["unknown_cert"]
    assert codes(certificate_findings({**read, "name": "王建民"}, record(), TODAY)) == ["name_mismatch"]
    assert codes(certificate_findings(read, record(valid_to=date(2026, 1, 1)), TODAY)) == ["expired"]
    assert codes(certificate_findings(read, record(review_due=date(2026, 1, 1)), TODAY)) == ["review_overdue"]
    assert codes(certificate_findings(read, record(status="revoked"), TODAY)) == ["revoked"]
    assert codes(certificate_findings(read, record(status="suspended"), TODAY)) == ["suspended"]
    assert certificate_findings({"name": "王建国"}, None, TODAY) == [], "no number read: nothing to check"


def test_table_rules() -> None:
    rows = [
        {
            "name": "王建国",
            "id_number": VALID_ID,
            "signed": True,
            "date": "2026-11-30",
            "category": "电工作业",
        },
        {"name": "李四", "id_number": "130102199001011235", "signed": False, "date": "2026-11-30"},
    ]
    roster = table_findings("training_roster", rows, {VALID_ID: [record()]})
    assert codes(roster) == ["invalid_id"], "a holder of the claimed training is fine; a bad ID is reported"
    wrong_training = table_findings(
        "training_roster", [{**rows[0], "category": "高处作业"}], {VALID_ID: [record()]}
    )
    assert codes(wrong_training) == ["no_certificate"]
    sheet = table_findings("sign_in_sheet", rows, {}, [SignInElsewhere(VALID_ID, "2026-11-30", "别处")])
    assert codes(sheet) == ["two_places", "invalid_id", "unsigned"]
    assert sheet[0]["places"] == ["别处"]
    other_day = table_findings(
        "sign_in_sheet", rows[:1], {}, [SignInElsewhere(VALID_ID, "2026-11-29", "别处")]
    )
    assert other_day == []


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG")
    return out.getvalue()


async def _inspection(division: str = "130102", tg_id: int = 7700) -> tuple[User, inspections.Inspection]:
    inspector = await User.create(tg_id=tg_id, roles=["inspector"], division_code=division)
    place = await inspections.create_place("enterprise", "某某化工有限公司", division, "91130100MA07L0QX3W")
    return inspector, await inspections.start(inspector, place, 38.0, 114.5)


async def test_corrections_sit_beside_the_reading_and_findings_follow(database, tmp_path) -> None:
    await make_certs(clock.today())
    media = MediaStore(tmp_path / "media")
    inspector, inspection = await _inspection()
    read = DocumentResult(
        "certificate", {"cert_no": "T130102199001011284", "name": "王建国"}
    )  # misread digit
    document = await inspections.add_document(inspection, inspector, jpeg(), read, media, delivery_key="k1")
    assert codes(document.findings) == ["unknown_cert"]
    again = await inspections.add_document(inspection, inspector, jpeg(), read, media, delivery_key="k1")
    assert again.id == document.id, "a redelivered photo adds nothing"
    with pytest.raises(inspections.InspectionError):
        await inspections.correct(document, "valid_to", "2026-13-45")
    fixed = await inspections.correct(document, "cert_no", "t130102199001011234")
    assert fixed.corrections == {"cert_no": "T130102199001011234"}
    assert fixed.ocr["fields"]["cert_no"] == "T130102199001011284", "the reading is kept as it was"
    assert fixed.findings == [] and (await inspections.Inspection.get(id=inspection.id)).findings == []


async def test_uncertain_fields_are_kept_and_asked_until_corrected_or_confirmed(database, tmp_path) -> None:
    from cases.inspection_checks import effective_fields, printed_fields, unconfirmed

    media = MediaStore(tmp_path / "media")
    inspector, inspection = await _inspection(tg_id=7703)
    read = DocumentResult(
        "certificate",
        {"layout": "so_back", "cert_no": "T" + VALID_ID, "reviews": ["2021-03-01", "2024-02-20"]},
        uncertain=["reviews", "cert_no"],
    )
    document = await inspections.add_document(inspection, inspector, jpeg(), read, media)
    assert document.ocr["uncertain"] == ["reviews", "cert_no"]
    assert printed_fields(document.ocr["fields"]) == ("cert_no", "reviews")
    assert unconfirmed(document.ocr, document.corrections) == ["reviews", "cert_no"]
    fixed = await inspections.correct(document, "reviews", "2021年3月1日、2024.03.20")
    assert fixed.corrections == {"reviews": ["2021-03-01", "2024-03-20"]}
    assert fixed.ocr["fields"]["reviews"] == ["2021-03-01", "2024-02-20"], "the reading is kept as it was"
    confirmed = await inspections.confirm(fixed, ["cert_no"])
    assert unconfirmed(confirmed.ocr, confirmed.corrections) == []
    fields = effective_fields(confirmed.ocr["fields"], confirmed.corrections)
    assert "confirmed" not in fields and fields["reviews"] == ["2021-03-01", "2024-03-20"]
    with pytest.raises(inspections.InspectionError):
        await inspections.correct(document, "sex", "M")
    assert (await inspections.correct(document, "sex", "女")).corrections["sex"] == "女"


async def test_sign_ins_meet_across_places(database, tmp_path) -> None:
    media = MediaStore(tmp_path / "media")
    rows = [{"name": "王建国", "id_number": VALID_ID, "signed": True}]
    sheet = DocumentResult("sign_in_sheet", {"date": "2026-11-30"}, rows)
    inspector, first = await _inspection()
    await inspections.add_document(first, inspector, jpeg(), sheet, media)
    other_inspector = await User.create(tg_id=7701, roles=["inspector"], division_code="130102")
    place = await inspections.create_place("training_institution", "另一培训中心", "130102")
    second = await inspections.start(other_inspector, place)
    document = await inspections.add_document(second, other_inspector, jpeg(), sheet, media)
    assert codes(document.findings) == ["two_places"] and document.findings[0]["places"] == [
        "某某化工有限公司"
    ]
    assert await SignIn.filter(id_number=VALID_ID).count() == 2


async def test_no_findings_is_not_to_act(database, tmp_path) -> None:
    media = MediaStore(tmp_path / "media")
    inspector, inspection = await _inspection(tg_id=7702)
    other = DocumentResult("other", {"title": "安全生产责任制"})
    await inspections.add_document(inspection, inspector, jpeg(), other, media)
    closed = await inspections.close(inspection, media, tmp_path / "keys")
    assert closed.case.category == "no_findings" and closed.case.priority == 4
    assert (await inspections.close(closed.inspection, media, tmp_path / "keys")).case.id == closed.case.id


async def test_an_open_inspection_is_not_an_abandoned_draft(database) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.jobs import drafts
    from models.ops import Outbox
    from models.state import ChatState

    week_ago = datetime.now(UTC) - timedelta(days=8)
    await ChatState.create(chat_id=7900, flow="inspect", step="photos", data={"inspection_id": 1})
    await ChatState.create(chat_id=7901, flow="report", step="description", data={})
    await ChatState.all().update(updated_at=week_ago)
    assert await drafts(datetime.now(UTC), "zh_CN") == {"reminded": 0, "expired": 1}
    assert (await ChatState.get(chat_id=7900)).flow == "inspect"
    assert await Outbox.filter(chat_id=7900).count() == 0
