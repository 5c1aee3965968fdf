"""Enterprise officers end to end: onboarding with an invite code, building the list, posting the notice
(PNG + PDF) with each person's certificate state on it, an empty required field named and either filled in
or posted marked, the notice in the regulator's queue, and the public side of the notice's QR."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import zxingcpp
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from cases.invites import create_invite
from certs import keys
from certs.card import CardData, render_card
from certs.links import issue_qr_text
from certs.registry import find_by_cert_no
from foundation import clock
from models.attachments import Attachment
from models.cases import Case
from models.certificates import Certificate
from models.invites import InviteCode
from models.orgs import Enterprise, JobHolder
from tests.e2e.chat import Chat
from tests.notices.test_notices import make_certs, pdf_text


async def onboard(sim, database, user_id: int = 7001) -> tuple[Chat, str]:
    await make_certs(clock.today())
    invite = await create_invite(
        "enterprise",
        credit_code="91130100MA07L0QX3W",
        enterprise_name="石家庄某某建筑有限公司",
        division_code="130102",
    )
    chat = Chat(sim, user_id, "zh-hans")
    await chat.send("/enterprise", expect="邀请码")
    await chat.send(f"/enterprise {invite.code}", expect="安全管理员")
    await chat.expect("持证上岗人员名单")
    return chat, invite.code


async def add_typed(
    chat: Chat, post: str, cert_no: str | None, name: str, expect: str, trained: str | None = "2026-03-15"
) -> None:
    await chat.press("ent:add", expect="岗位")
    await chat.press(f"f:holder:post:{post}", expect="证书编号")
    if cert_no:
        await chat.send(cert_no, expect="姓名")
    else:
        await chat.press("f:holder:nocert", expect="姓名")
    await chat.send(name, expect="培训")
    if trained:
        await chat.send(trained, expect=expect)
    else:
        await chat.press("f:holder:skip", expect=expect)
    await chat.expect("持证上岗人员名单")


async def overdue_cert() -> None:
    """A special-operations certificate in force whose re-exam (复审) fell due three days ago."""
    today = clock.today()
    await Certificate.create(
        cert_no="T130102198808082222",
        cert_type="special_operation",
        name="孙师傅",
        id_number="130102198808082222",
        sex="男",
        category="焊接与热切割作业",
        item="熔化焊接与热切割作业",
        first_issued=today - timedelta(days=1100),
        valid_from=today - timedelta(days=1100),
        valid_to=today + timedelta(days=1000),
        review_due=today - timedelta(days=3),
        status="valid",
        issuer="石家庄市应急管理局",
        issuer_division="130100",
    )


async def posted_pdf(sim, chat: Chat) -> bytes:
    """The A4 PDF the bot sends after the phone PNG."""
    pdf_message = await chat.expect("A4")
    return await sim.download(pdf_message["document"]["url"])


async def test_the_notice_shows_each_persons_state_next_to_the_name(bot_app, sim, database) -> None:
    chat, _code = await onboard(sim, database, 7010)
    await overdue_cert()
    await add_typed(chat, "principal", "A1301002024001", "刘经理", "证书在库且有效")
    await add_typed(chat, "special_worker", "T130102198505051111", "赵铁柱", "存在问题")
    await add_typed(chat, "special_worker", "T130102198808082222", "孙师傅", "存在问题")
    await add_typed(chat, "safety_manager", None, "钱多多", "未核实")
    warned = await chat.press("ent:post", expect="存在问题")
    assert "赵铁柱" in warned["text"] and "孙师傅" in warned["text"] and "钱多多" in warned["text"]
    await chat.press("ent:post2", expect="手机和屏幕")
    pdf = await posted_pdf(sim, chat)
    filed = await chat.expect("案件编号")

    text = pdf_text(pdf)
    for row in ("刘经理✓有效", "赵铁柱×已过期", "孙师傅×复审逾期", "钱多多×无证"):
        assert row in text, row
    assert "未填写" not in text and "30万元" in text and "15%" in text
    # The regulator's case keeps the same rows, and the very PDF the officer was sent.
    case = await Case.get(kind="notice")
    assert f"#{case.id}" in filed["text"]
    marks = {h["name"]: (h["mark"], h["problems"]) for h in case.details["holders"]}
    assert marks == {
        "刘经理": ("✓", []),
        "赵铁柱": ("×", ["expired"]),
        "孙师傅": ("×", ["review_overdue"]),
        "钱多多": ("×", ["missing"]),
    }
    kept = await Attachment.get(case_id=case.id, mime_type="application/pdf")
    assert kept.size == len(pdf) and kept.file_name == f"notice-{clock.today().isoformat()}.pdf"


async def test_a_missing_training_date_is_named_and_filled_in_now(bot_app, sim, database) -> None:
    chat, _code = await onboard(sim, database, 7011)
    await add_typed(chat, "principal", "A1301002024001", "刘经理", "证书在库且有效", trained=None)
    told = await chat.press("ent:post", expect="必填项")
    assert "刘经理（主要负责人）：培训日期" in told["text"]
    await chat.press("ent:fill", expect="刘经理（主要负责人）的培训日期是哪天")
    future = (clock.today() + timedelta(days=3)).isoformat()
    await chat.send(future, expect="还没到")
    await chat.send("2026-02-01", expect="手机和屏幕")  # nothing else wrong: posted straight away
    pdf_message = await chat.expect("A4")
    filed = await chat.expect("案件编号")
    assert "未填写" not in filed["text"]
    text = pdf_text(await sim.download(pdf_message["document"]["url"]))
    assert "刘经理✓有效主要负责人2026-02-01" in text and "未填写" not in text
    case = await Case.get(kind="notice")
    assert case.details["gaps"] == [] and case.details["gaps_marked"] is False


async def test_a_missing_field_posted_marked_by_the_officers_choice(bot_app, sim, database) -> None:
    chat, _code = await onboard(sim, database, 7012)
    await add_typed(chat, "safety_manager", None, "钱多多", "未核实", trained=None)
    told = await chat.press("ent:post", expect="必填项")
    assert "钱多多（安全生产管理人员）：培训日期" in told["text"]
    await chat.press("ent:postgaps", expect="手机和屏幕")
    pdf = await posted_pdf(sim, chat)
    filed = await chat.expect("案件编号")
    assert "未填写" in filed["text"]
    assert "钱多多×无证安全生产管理人员未填写" in pdf_text(pdf)
    case = await Case.get(kind="notice")
    assert case.details["gaps"] == [{"name": "钱多多", "post": "safety_manager", "fields": ["training_date"]}]
    assert case.details["gaps_marked"] is True


async def test_officer_builds_the_list_and_posts_the_notice(bot_app, sim, database) -> None:
    chat, code = await onboard(sim, database)
    await add_typed(chat, "principal", "A1301002024001", "刘经理", "证书在库且有效")
    await add_typed(chat, "special_worker", "T130102198505051111", "赵铁柱", "存在问题")
    await add_typed(chat, "special_worker", None, "钱多多", "未核实")
    await add_typed(chat, "special_worker", "T130102199001011234", "王二小", "姓名不符")

    listing = await chat.press("ent:rm", expect="移除哪一位")
    rows = listing["reply_markup"]["inline_keyboard"]
    victim = next(b["callback_data"] for row in rows for b in row if b["text"].startswith("王二小"))
    await chat.press(victim, expect="移除？")
    await chat.press(victim.replace("rm1", "rm2"), expect="已移除")

    await chat.press("ent:post", expect="存在问题")
    await chat.press("ent:post2", expect="手机和屏幕")
    pdf_message = await chat.expect("A4")
    filed = await chat.expect("案件编号")

    pdf_bytes = await sim.download(pdf_message["document"]["url"])
    reader = PdfReader(io.BytesIO(pdf_bytes))
    text = "".join(reader.pages[0].extract_text().replace("\x00", "").split())
    assert "12350" in text and "赵铁柱" in text and "钱多多" in text
    link = [
        r.text
        for img in reader.pages[0].images
        for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(img.data)))
    ]
    enterprise = await Enterprise.get(credit_code="91130100MA07L0QX3W")
    assert link == [f"https://t.me/sandbox_bot?start=notice-{enterprise.id}"]

    case = await Case.get(kind="notice")
    assert f"#{case.id}" in filed["text"] and case.division_code == "130102" and case.priority == 2
    assert {p["name"] for p in case.details["problems"]} >= {"赵铁柱", "钱多多"}
    assert await Case.filter(kind="appointment").count() == 1

    other = Chat(sim, 7002, "zh-hans")
    await other.send(f"/enterprise {code}", expect="已被使用")


async def test_expired_code_is_refused(bot_app, sim, database) -> None:
    invite = await create_invite(
        "enterprise", credit_code="91130100MA07L0QX3W", enterprise_name="某公司", division_code="130102"
    )
    await InviteCode.filter(id=invite.id).update(expires_at=datetime.now(UTC) - timedelta(minutes=1))
    chat = Chat(sim, 7003, "en")
    await chat.send(f"/enterprise {invite.code}", expect="expired")
    inspector_code = await create_invite("inspector", division_code="130102")
    await chat.send(f"/enterprise {inspector_code.code}", expect="not valid for enterprise officers")


async def test_scanning_the_notice_shows_the_list_and_opens_the_tip_form(bot_app, sim, database) -> None:
    chat, _code = await onboard(sim, database, 7004)
    await add_typed(chat, "special_worker", "T130102199001011234", "王建国", "证书在库且有效")
    enterprise = await Enterprise.get(credit_code="91130100MA07L0QX3W")
    public = Chat(sim, 7005, "en")
    shown = await public.send(
        f"/start notice-{enterprise.id}", expect="Compare them with the paper on the wall"
    )
    assert "王*国" in shown["text"] and "王建国" not in shown["text"]
    await public.press(f"ent:public:{enterprise.id}", expect="What happened?")
    await public.press("f:report:v:en_fake_cert", expect="When did it happen?")


async def card_photo(settings, cert_no: str) -> bytes:
    """The electronic card of a registry certificate, as the officer would photograph it."""
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    record = await find_by_cert_no(cert_no)
    return render_card(
        CardData.from_record(record),
        issue_qr_text(record.cert_fields(), keys.active_key(settings.keys_dir), None),
    )


async def test_officer_adds_people_from_card_photos(bot_app, sim, database, settings) -> None:
    chat, _code = await onboard(sim, database, 7006)
    await chat.press("ent:addphoto", expect="这些证件的持证人担任什么岗位")
    await chat.press("f:card_intake:post:special_worker", expect="请逐张发送证件照片")
    valid = await chat.send_photo(await card_photo(settings, "T130102199001011234"))
    # Re-exam due in 26 days: genuine, with a warning; still added to the list.
    assert valid["text"].startswith("⚠️") and "王*国" in valid["text"]
    expired = await chat.send_photo(await card_photo(settings, "T130102198505051111"))
    assert expired["text"].startswith("⚠️")
    await chat.send("你好", expect="")  # text in the middle of the photos does not end the intake
    await chat.press("f:card_intake:done", expect="已根据证件添加：王建国, 赵铁柱")
    await chat.expect("持证上岗人员名单")
    enterprise = await Enterprise.get(credit_code="91130100MA07L0QX3W")
    holders = await JobHolder.filter(enterprise=enterprise, removed_at__isnull=True).order_by("id")
    assert [(h.name, h.post, h.cert_no) for h in holders] == [
        ("王建国", "special_worker", "T130102199001011234"),
        ("赵铁柱", "special_worker", "T130102198505051111"),
    ]
    # The list built from photos is what the notice is checked against: the expired card is a problem.
    await chat.press("ent:post", expect="赵铁柱")


async def test_pre_employment_ledger_from_photos_and_a_csv(bot_app, sim, database, settings) -> None:
    chat, _code = await onboard(sim, database, 7007)
    await chat.press("ent:ledger", expect="CSV")
    first = await chat.send_photo(await card_photo(settings, "T130102199001011234"))
    assert first["text"].startswith("⚠️")  # re-exam due in 26 days
    rows = "cert_no,name\nA1301002024001,刘经理\nT130102198505051111,赵铁柱\nT999999999999999999,冒名者\n"
    await chat._sync()
    await sim.send_document(chat.user_id, rows.encode(), "new-hires.csv", "text/csv", language_code="zh-hans")
    await chat.expect("已核验 3 行")
    summary = await chat.press("f:card_intake:done", expect="岗前证件复核")
    assert "✅ 1 人合格 · ⚠️ 2 人需关注 · ❌ 1 人不合格" in summary["text"]
    assert "冒名者" in summary["text"] and "赵铁柱" in summary["text"]
    ledger_message = await chat.expect("持证台账")
    ledger = list(
        csv.reader(io.StringIO((await sim.download(ledger_message["document"]["url"])).decode("utf-8-sig")))
    )
    assert ledger[0][:3] == ["证书编号", "姓名", "核验结论"]
    verdicts = {row[1]: row[2] for row in ledger[1:]}
    assert verdicts == {"王建国": "⚠️", "刘经理": "✅", "赵铁柱": "⚠️", "冒名者": "❌"}
    # The same ledger for Excel: words as heads, dates as date cells.
    xlsx_message = await chat.expect("Excel")
    assert xlsx_message["document"]["file_name"].endswith(".xlsx")
    book = load_workbook(io.BytesIO(await sim.download(xlsx_message["document"]["url"])))
    sheet_rows = list(book.active.iter_rows(values_only=True))
    assert sheet_rows[0] == ("证书编号", "姓名", "核验结论", "理由", "有效期至", "复审到期", "核验日期")
    assert {row[1]: row[2] for row in sheet_rows[1:]} == verdicts
    assert all(isinstance(row[6], datetime) for row in sheet_rows[1:])
    assert book.active.freeze_panes == "A2"
    # The unknown certificate is a verification failure: it reaches the regulator's queue.
    assert await Case.filter(kind="verification").count() >= 1


async def test_reminders_reach_the_officer_once_on_a_simulated_clock(bot_app, sim, database) -> None:
    from notices import reminders

    chat, _code = await onboard(sim, database, 7008)
    await add_typed(chat, "special_worker", "T130102199001011234", "王建国", "证书在库且有效")
    now = datetime.now(UTC)
    assert await reminders.run(now) == {"certificate": 1, "review": 0}  # re-exam in 26 days: the 30
    assert await reminders.run(now + timedelta(hours=5)) == {}, "the same reminder fires once"
    await chat.expect("复审（还剩 26 天）", timeout=15)
    assert await reminders.run(now + timedelta(days=19)) == {"certificate": 1, "review": 0}  # the 7
    await chat.expect("复审（还剩 7 天）", timeout=15)
    assert await reminders.run(now + timedelta(days=184)) == {"certificate": 0, "review": 1}
    await chat.expect("已有半年未公示", timeout=15)
    assert await reminders.run(now + timedelta(days=185)) == {}
    texts = await chat.texts()
    assert sum("提醒：王建国" in t for t in texts) == 2
