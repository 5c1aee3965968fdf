"""Job-holder problems, the rendered notice (PDF text, QR), filing, appointment notices and reminders."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from models.cases import Case
from models.certificates import Certificate
from models.ops import Outbox, Reminder
from models.orgs import Enterprise
from models.users import User
from notices import reminders
from notices import service as notices
from notices.problems import CertFacts, problems_of

TODAY = date(2026, 11, 24)


def test_problem_rules() -> None:
    ok = CertFacts("张三", "special_operation", "valid", date(2028, 1, 1), date(2027, 6, 1))
    assert problems_of("special_worker", "张三", "T1", ok, TODAY) == []
    assert problems_of("special_worker", "张三", None, None, TODAY) == ["missing"]
    assert problems_of("special_worker", "张三", "T1", None, TODAY) == ["unverifiable"]
    assert problems_of("special_worker", "李四", "T1", ok, TODAY) == ["name_mismatch"]
    assert problems_of("principal", "张三", "T1", ok, TODAY) == ["wrong_kind"]
    old = CertFacts("张三", "special_operation", "suspended", date(2026, 1, 1), date(2025, 1, 1))
    assert problems_of("special_worker", "张三", "T1", old, TODAY) == [
        "suspended",
        "expired",
        "review_overdue",
    ]


async def make_certs(today: date | None = None) -> None:
    """Three certificates as of TODAY; end-to-end tests pass the real today to move every date along."""
    shift = (today - TODAY) if today else timedelta(0)
    common = dict(
        sex="男",
        category="电工作业",
        item="低压电工作业",
        first_issued=date(2022, 3, 1) + shift,
        valid_from=date(2022, 3, 1) + shift,
        issuer="石家庄市应急管理局",
        issuer_division="130100",
    )
    await Certificate.create(
        cert_no="T130102199001011234",
        cert_type="special_operation",
        name="王建国",
        id_number="130102199001011234",
        valid_to=date(2028, 3, 1) + shift,
        review_due=date(2026, 12, 20) + shift,
        status="valid",
        **common,
    )
    await Certificate.create(
        cert_no="T130102198505051111",
        cert_type="special_operation",
        name="赵铁柱",
        id_number="130102198505051111",
        valid_to=date(2026, 10, 1) + shift,
        status="valid",
        **common,
    )
    await Certificate.create(
        cert_no="A1301002024001",
        cert_type="safety_management",
        name="刘经理",
        id_number="130102197001011111",
        valid_to=date(2027, 5, 1) + shift,
        status="valid",
        **{**common, "category": "主要负责人", "item": None},
    )


@pytest.fixture
async def enterprise(database: str) -> Enterprise:
    await make_certs()
    return await Enterprise.create(
        credit_code="91130100MA07L0QX3W", name="石家庄某某建筑有限公司", division_code="130102"
    )


async def test_post_notice_renders_files_and_lists_problems(enterprise: Enterprise) -> None:
    await notices.add_holder(enterprise, "principal", "刘经理", "A1301002024001")
    await notices.add_holder(enterprise, "special_worker", "王建国", "T130102199001011234")
    await notices.add_holder(enterprise, "special_worker", "赵铁柱", "T130102198505051111")
    await notices.add_holder(enterprise, "special_worker", "钱多多", None)
    link = "https://t.me/sandbox_bot?start=notice-1"
    posted = await notices.post_notice(enterprise, None, link, today=TODAY)

    # pypdf reads fpdf2's Identity-H text with a NUL before each character (poppler does not): drop them.
    text = "".join(PdfReader(io.BytesIO(posted.pdf)).pages[0].extract_text().replace("\x00", "").split())
    for expected in (
        "刘经理",
        "王建国",
        "赵铁柱",
        "钱多多",
        "12350",
        "石家庄某某建筑有限公司",
        "91130100MA07L0QX3W",
        "2026-11-24",
    ):
        assert expected in text, expected
    images = list(PdfReader(io.BytesIO(posted.pdf)).pages[0].images)
    decoded = [r.text for img in images for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(img.data)))]
    assert decoded == [link]
    png_codes = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(posted.png)))]
    assert png_codes == [link]

    case = await Case.get(id=posted.case.id)
    assert case.kind == "notice" and case.division_code == "130102" and case.priority == 2
    named = {p["name"]: p["problems"] for p in case.details["problems"]}
    assert named == {"赵铁柱": ["expired"], "钱多多": ["missing"]}
    assert posted.appointment_case is not None and posted.appointment_case.kind == "appointment"


async def test_change_of_principal_is_an_appointment_notice(enterprise: Enterprise) -> None:
    first = await notices.add_holder(enterprise, "principal", "刘经理", "A1301002024001")
    await notices.post_notice(enterprise, None, "x", today=TODAY)
    again = await notices.post_notice(enterprise, None, "x", today=TODAY)
    assert again.appointment_case is None, "nothing changed"
    await notices.remove_holder(enterprise, first.holder.id)
    await notices.add_holder(enterprise, "principal", "孙新", None)
    changed = await notices.post_notice(enterprise, None, "x", today=TODAY)
    assert {(c["name"], c["change"]) for c in changed.appointment_case.details["changes"]} == {
        ("孙新", "appointed"),
        ("刘经理", "left"),
    }


async def test_reminders_fire_once_each(enterprise: Enterprise) -> None:
    officer = await User.create(tg_id=880001, roles=["enterprise"], enterprise=enterprise)
    await notices.add_holder(
        enterprise, "special_worker", "王建国", "T130102199001011234"
    )  # re-exam 2026-12-20

    def at(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, 9, tzinfo=UTC)

    assert await reminders.run(at(date(2026, 10, 1))) == {}  # 80 days to go
    assert await reminders.run(at(date(2026, 10, 22))) == {"certificate": 1, "review": 0}  # 59 days: the 60
    assert await reminders.run(at(date(2026, 10, 23))) == {}, "fires once"
    assert await reminders.run(at(date(2026, 11, 21))) == {"certificate": 1, "review": 0}  # the 30
    assert await reminders.run(at(date(2026, 12, 14))) == {"certificate": 1, "review": 0}  # the 7
    assert await reminders.run(at(date(2026, 12, 15))) == {}
    assert await Outbox.filter(chat_id=officer.tg_id, text_key="cert_reminder").count() == 3

    enterprise.last_notice_at = at(date(2026, 1, 1))
    await enterprise.save()
    assert await reminders.run(at(date(2026, 7, 3))) == {"certificate": 0, "review": 1}
    assert await reminders.run(at(date(2026, 7, 4))) == {}
    assert await Reminder.all().count() == 4


async def test_two_processes_fire_a_reminder_once(enterprise: Enterprise) -> None:
    import asyncio

    await User.create(tg_id=880002, roles=["enterprise"], enterprise=enterprise)
    await notices.add_holder(enterprise, "special_worker", "王建国", "T130102199001011234")
    moment = datetime(2026, 12, 14, 9, tzinfo=UTC)
    results = await asyncio.gather(reminders.run(moment), reminders.run(moment))
    assert sum(r.get("certificate", 0) for r in results) == 1
    assert await Outbox.filter(text_key="cert_reminder").count() == 1
