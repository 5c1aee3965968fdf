"""The /report form: every answer is kept in the database draft; bad input is answered and nothing is lost."""

from __future__ import annotations

from models.state import ChatState
from tests.e2e.chat import Chat, button_data, jpeg_bytes


async def fill_until_description(chat: Chat) -> None:
    await chat.send("/report", expect="Who or what is the report about?")
    await chat.press("f:report:st:training", expect="What happened?")
    await chat.press("f:report:v:tr_hours_cut", expect="name of the institution")
    await chat.send("石家庄某某安全培训学校", expect="credit code")
    await chat.send("91130100MA0000000X", expect="")  # a checksum warning or the next question
    await chat.expect("Where did it happen?")


async def test_full_form_reaches_the_summary_and_a_field_can_be_changed(bot_app, sim) -> None:
    chat = Chat(sim, 2001, "en")
    await fill_until_description(chat)
    await chat.send("河北省石家庄市长安区中山东路1号", expect="Place: 河北省石家庄市长安区")
    await chat.expect("When did it happen?")
    await chat.press("f:report:when:week", expect="Describe what happened")
    await chat.send("too short", expect="too short")
    await chat.send(
        "The school signs people in for 32 hours but teaches only one afternoon.", expect="Send photos"
    )
    await chat.send_photo(jpeg_bytes(), expect="Received (1 of at most 10)")
    await chat.press("f:report:ev:done", expect="stay anonymous")
    summary = await chat.press("f:report:id:anon", expect="Please check your report")
    assert "石家庄某某安全培训学校" in summary["text"] and "1 file(s)" in summary["text"]
    assert "f:report:submit" in button_data(summary)

    await chat.press("f:report:edit:subject_name", expect="name of the institution")
    changed = await chat.send("石家庄另一家培训中心", expect="Please check your report")
    assert "石家庄另一家培训中心" in changed["text"] and "石家庄某某安全培训学校" not in changed["text"]

    state = await ChatState.get(chat_id=2001)
    assert state.flow == "report" and state.step == "summary"
    assert state.data["division_code"] == "130102" and len(state.data["evidence"]) == 1


async def test_bad_credit_code_unknown_place_and_ambiguous_place(bot_app, sim) -> None:
    chat = Chat(sim, 2002, "zh-hans")
    await chat.send("/report", expect="您要举报的对象是")
    await chat.press("f:report:st:enterprise", expect="发生了什么")
    await chat.press("f:report:v:en_no_cert", expect="叫什么名字")
    await chat.send("某某建筑公司", expect="统一社会信用代码")
    await chat.send("12345", expect="18 位")
    await chat.press("f:report:skip:credit_code", expect="发生在哪里")
    await chat.send("火星基地", expect="没有找到这个地点")
    pick = await chat.send("朝阳区", expect="有多个地点符合")
    assert "f:report:pl:110105" in button_data(pick)
    await chat.press("f:report:pl:110105", expect="地点：北京市朝阳区")
    state = await ChatState.get(chat_id=2002)
    assert state.data["subject_name"] == "某某建筑公司" and state.data["division_code"] == "110105"


async def test_a_command_in_the_middle_keeps_the_draft(bot_app, sim) -> None:
    chat = Chat(sim, 2003, "en")
    await chat.send("/report")
    await chat.press("f:report:st:exam_site")
    await chat.press("f:report:v:es_proxy", expect="name of the institution")
    await chat.send("/help", expect="What I can do")
    await chat.send("/report", expect="already have a report in progress")
    await chat.expect("name of the institution")
    await chat.send("Some Exam Site", expect="credit code")


async def test_cancel_asks_first_and_then_drops_the_draft(bot_app, sim) -> None:
    chat = Chat(sim, 2004, "en")
    await chat.send("/cancel", expect="nothing to cancel")
    await chat.send("/report")
    await chat.press("f:report:st:training", expect="What happened?")
    await chat.send("/cancel", expect="Drop your unfinished tip report?")
    await chat.press("cancel:no", expect="Kept")
    await chat.expect("What happened?")
    await chat.send("/cancel")
    await chat.press("cancel:yes", expect="Dropped")
    state = await ChatState.get(chat_id=2004)
    assert state.flow is None and state.data == {}


async def test_forwarded_message_and_sticker_in_the_form(bot_app, sim) -> None:
    chat = Chat(sim, 2005, "en")
    await chat.send("/report")
    await chat.press("f:report:st:training")
    await chat.press("f:report:v:tr_selling_certs", expect="name of the institution")
    await chat._sync()
    await sim.send_sticker(2005, language_code="en")
    await chat.expect("Stickers cannot be used here")
    await chat.send("Real Name School", expect="credit code")
    state = await ChatState.get(chat_id=2005)
    assert state.data["violation"] == "tr_selling_certs" and state.data["subject_name"] == "Real Name School"
