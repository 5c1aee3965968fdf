"""Enterprise officers end to end: onboarding with an invite code, building the list, posting the notice
(PNG + PDF), the notice in the regulator's queue, and the public side of the notice's QR."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from cases.invites import create_invite
from models.cases import Case
from models.invites import InviteCode
from models.orgs import Enterprise
from tests.e2e.chat import Chat
from tests.notices.test_notices import make_certs


async def onboard(sim, database, user_id: int = 7001) -> tuple[Chat, str]:
    await make_certs()
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


async def add_typed(chat: Chat, post: str, cert_no: str | None, name: str, expect: str) -> None:
    await chat.press("ent:add", expect="岗位")
    await chat.press(f"f:holder:post:{post}", expect="证书编号")
    if cert_no:
        await chat.send(cert_no, expect="姓名")
    else:
        await chat.press("f:holder:nocert", expect="姓名")
    await chat.send(name, expect="培训")
    await chat.send("2026-03-15", expect=expect)
    await chat.expect("持证上岗人员名单")


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
