"""Case handlers in Telegram: link the account, see the queue, accept, take and reply; the reply reaches the
reporter without the handler's name."""

from __future__ import annotations

from cases import staff
from cases.invites import create_staff_link
from models.cases import Case
from tests.e2e.chat import Chat, button_data
from tests.e2e.test_tips_flow import file_a_tip


async def test_handler_links_and_works_the_queue(bot_app, sim) -> None:
    reporter = Chat(sim, 6001, "en")
    await file_a_tip(reporter, photos=0)
    case = await Case.get(kind="tip")

    handler = Chat(sim, 6100, "zh-hans")
    await handler.send("/queue", expect="管理员")  # not linked yet
    await staff.create_user("zhang.wei", "a-long-password", "handler", "130102")
    code = await create_staff_link("zhang.wei")
    await handler.send("/link WRONGCODE", expect="无效")
    await handler.send(f"/link {code}", expect="zhang.wei")
    await handler.send(f"/link {code}", expect="无效")

    listing = await handler.send("/queue", expect="未办结案件")
    assert f"sq:show:{case.id}" in button_data(listing)
    shown = await handler.press(f"sq:show:{case.id}", expect="石家庄某某建筑有限公司")
    assert "6001" not in shown["text"]
    await handler.press(f"sq:accept:{case.id}", expect="已受理")
    await reporter.expect("accepted for handling")
    await handler.press(f"sq:take:{case.id}", expect="zhang.wei")
    await handler.press(f"sq:reply:{case.id}", expect="回复")
    await handler.send("请补充工地的具体门牌号。", expect="已回复")
    pushed = await reporter.expect("请补充工地的具体门牌号")
    assert "zhang.wei" not in pushed["text"]
    await handler.send("/case 999999", expect="没有")


async def test_other_jurisdiction_cannot_open_the_case(bot_app, sim) -> None:
    reporter = Chat(sim, 6002, "en")
    await file_a_tip(reporter, photos=0)
    case = await Case.get(kind="tip")
    await staff.create_user("far.away", "a-long-password", "handler", "130202")
    code = await create_staff_link("far.away")
    handler = Chat(sim, 6101, "en")
    await handler.send(f"/link {code}", expect="far.away")
    await handler.send(f"/case {case.id}", expect="No such case in your jurisdiction")
