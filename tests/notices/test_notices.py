"""Job-holder problems, the rendered notice (PDF text, QR, states, gaps, typography), filing, appointment
notices and reminders."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from foundation import clock
from foundation.media import MediaStore
from models.attachments import Attachment
from models.cases import Case
from models.certificates import Certificate
from models.ops import Outbox, Reminder
from models.orgs import Enterprise
from models.users import User
from notices import reminders
from notices import service as notices
from notices.problems import CertFacts, gaps_of, problems_of
from notices.typography import NBSP, amount_cn, percent, wrap

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


def test_gaps_are_the_empty_required_fields_a_state_does_not_explain() -> None:
    day = date(2026, 3, 15)
    assert gaps_of([], day, day, "石家庄市应急管理局", day) == []
    assert gaps_of([], None, day, "局", day) == ["training_date"]
    # No certificate: no exam, issuer or validity to show, and the state says why.
    assert gaps_of(["missing"], None, None, None, None) == ["training_date"]
    assert gaps_of(["unverifiable"], day, None, None, None) == ["exam_date"]
    assert gaps_of(["expired"], day, None, "", None) == ["exam_date", "issuer", "validity"]


def test_amounts_and_rates_as_a_notice_writes_them() -> None:
    assert amount_cn(300_000) == f"30{NBSP}万元" and amount_cn(10_000) == f"1{NBSP}万元"
    assert amount_cn(3000) == f"3000{NBSP}元" and amount_cn(15_000) == f"15000{NBSP}元"
    assert percent(Decimal("0.15")) == f"15{NBSP}%" and percent(Decimal("0.1500")) == f"15{NBSP}%"
    assert percent(Decimal("0.125")) == f"12.5{NBSP}%"


@pytest.mark.parametrize("width", range(4, 30))
def test_wrapping_never_splits_a_date_or_an_amount(width: int) -> None:
    text = (
        f"经查证属实的举报，按罚款金额的 15{NBSP}% 给予奖励，最低 3,000{NBSP}元，最高 30{NBSP}万元；"
        "有效期 2022-03-01 至 2030-03-18，代码 91130100MA07L0QX3W。"
    )
    lines = wrap(text, width, len)
    assert "".join("".join(lines).split()) == "".join(text.split()), "nothing lost but spaces at breaks"
    for whole in ("2022-03-01", "2030-03-18", f"15{NBSP}%", f"3,000{NBSP}元", f"30{NBSP}万元"):
        if len(whole) <= width:
            assert any(whole in line for line in lines), (whole, lines)
    assert not any(line[:1] in "，。；：、）" for line in lines if line), "no line starts with a closing mark"


def pdf_text(pdf: bytes) -> str:
    """The PDF's text without whitespace. pypdf reads fpdf2's Identity-H text with a NUL before each
    character (poppler does not): drop them."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return "".join("".join(p.extract_text().replace("\x00", "").split()) for p in pages)


def pdf_lines(pdf: bytes) -> list[str]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [line for p in pages for line in p.extract_text().replace("\x00", "").splitlines()]


async def test_post_notice_renders_files_and_lists_problems(enterprise: Enterprise) -> None:
    trained = date(2026, 3, 15)
    await notices.add_holder(enterprise, "principal", "刘经理", "A1301002024001", trained)
    await notices.add_holder(enterprise, "special_worker", "王建国", "T130102199001011234", trained)
    await notices.add_holder(enterprise, "special_worker", "赵铁柱", "T130102198505051111", trained)
    await notices.add_holder(enterprise, "special_worker", "钱多多", None, trained)
    link = "https://t.me/sandbox_bot?start=notice-1"
    posted = await notices.post_notice(enterprise, None, link, today=TODAY)

    text = pdf_text(posted.pdf)
    # Each person's state, in words and with its mark, right after the name.
    for state in ("刘经理✓有效", "王建国✓有效", "赵铁柱×已过期", "钱多多×无证"):
        assert state in text, state
    assert "—" not in text.split("钱多多")[1][:6], "the uncertified row says so, it is not blank"
    # The reward as a notice writes it (national rule: 15 %, at least 3000, at most 300,000 yuan).
    assert "15%" in text and "最低3000元" in text and "最高30万元" in text
    assert "300,000" not in text and "15.00" not in text and "未填写" not in text
    # No date is split over two lines of the PDF.
    lines = pdf_lines(posted.pdf)
    for day in ("2022-03-01", "2028-03-01", "2026-10-01", "2027-05-01", "2026-03-15"):
        assert any(day in line for line in lines), day
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
    assert case.details["gaps"] == [] and case.details["gaps_marked"] is False
    assert posted.appointment_case is not None and posted.appointment_case.kind == "appointment"


async def test_a_missing_required_field_is_refused_by_name_or_posted_marked(
    enterprise: Enterprise, tmp_path
) -> None:
    await notices.add_holder(enterprise, "principal", "刘经理", "A1301002024001", date(2026, 3, 15))
    await notices.add_holder(enterprise, "safety_manager", "钱多多", None)  # no training date typed
    with pytest.raises(notices.MissingFields) as refused:
        await notices.post_notice(enterprise, None, "x", today=TODAY)
    assert [(g.holder.name, g.gaps) for g in refused.value.gaps] == [("钱多多", ["training_date"])]
    assert await Case.filter(kind="notice").count() == 0, "nothing filed"

    media = MediaStore(tmp_path / "media")
    posted = await notices.post_notice(enterprise, None, "x", today=TODAY, accept_gaps=True, media=media)
    text = pdf_text(posted.pdf)
    assert "钱多多×无证安全生产管理人员未填写" in text
    case = await Case.get(id=posted.case.id)
    assert case.details["gaps"] == [{"name": "钱多多", "post": "safety_manager", "fields": ["training_date"]}]
    assert case.details["gaps_marked"] is True and case.priority == 2
    # The regulator's copy is the very notice posted: the PDF and the PNG are kept with the case.
    files = {a.mime_type: a for a in await Attachment.filter(case_id=case.id)}
    assert media.get(files["application/pdf"].sha256) == posted.pdf
    assert media.get(files["image/png"].sha256) == posted.png and files["image/png"].redacted_sha256

    holder = next(c.holder for c in posted.checked if c.holder.name == "钱多多")
    await notices.set_date(enterprise, holder.id, "training_date", date(2026, 2, 1))
    again = await notices.post_notice(enterprise, None, "x", today=TODAY)
    assert "未填写" not in pdf_text(again.pdf) and "2026-02-01" in pdf_text(again.pdf)


async def test_states_are_taken_on_the_jurisdictions_date(enterprise: Enterprise) -> None:
    # 赵铁柱's certificate is valid to 2026-10-01: expired from 00:00 on the 2nd in Beijing (16:00 UTC).
    await notices.add_holder(enterprise, "special_worker", "赵铁柱", "T130102198505051111", date(2026, 3, 1))
    with clock.frozen(datetime(2026, 10, 1, 15, 30, tzinfo=UTC)):
        assert "赵铁柱✓有效" in pdf_text((await notices.post_notice(enterprise, None, "x")).pdf)
    with clock.frozen(datetime(2026, 10, 1, 16, 30, tzinfo=UTC)):
        posted = await notices.post_notice(enterprise, None, "x")
        assert "赵铁柱×已过期" in pdf_text(posted.pdf) and "2026-10-02" in pdf_text(posted.pdf)


async def test_change_of_principal_is_an_appointment_notice(enterprise: Enterprise) -> None:
    first = await notices.add_holder(enterprise, "principal", "刘经理", "A1301002024001", date(2026, 1, 5))
    await notices.post_notice(enterprise, None, "x", today=TODAY)
    again = await notices.post_notice(enterprise, None, "x", today=TODAY)
    assert again.appointment_case is None, "nothing changed"
    await notices.remove_holder(enterprise, first.holder.id)
    await notices.add_holder(enterprise, "principal", "孙新", None, date(2026, 1, 5))
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
