"""Tips end to end: filing from the bot, the receipt, following up from another account, replies both ways."""

from __future__ import annotations

import asyncio

from cases import service, tips
from cases.sealing import sealer_for
from certs.reader import read_qr_texts
from models.attachments import Attachment
from models.cases import Case, CaseMessage
from models.state import ChatState, ProcessedUpdate
from models.tips import Tip
from tests.e2e.chat import Chat, button_data, jpeg_bytes


async def file_a_tip(chat: Chat, *, anonymous: bool = True, photos: int = 2) -> dict:
    await reach_the_password_question(chat, anonymous=anonymous, photos=photos)
    return await chat.press("f:report:pw:gen", expect="Your tip has been filed")


async def reach_the_password_question(chat: Chat, *, anonymous: bool = True, photos: int = 2) -> None:
    await chat.send("/report", expect="Who or what is the report about?")
    await chat.press("f:report:st:enterprise", expect="What happened?")
    await chat.press("f:report:v:en_no_cert", expect="name of the institution")
    await chat.send("石家庄某某建筑有限公司", expect="credit code")
    await chat.press("f:report:skip:credit_code", expect="Where did it happen?")
    await chat.send("石家庄市长安区建设北大街", expect="Place: 河北省石家庄市长安区")
    await chat.press("f:report:when:ongoing", expect="Describe what happened")
    await chat.send("工地上七八个电焊工都没有特种作业操作证，项目经理说先干着再说。", expect="Send photos")
    for i in range(photos):
        await chat.send_photo(
            jpeg_bytes(color=(10 * i, 100, 200)), expect=f"Received ({i + 1} of at most 10)"
        )
    await chat.press("f:report:ev:done", expect="stay anonymous")
    if anonymous:
        await chat.press("f:report:id:anon", expect="Please check your report")
    else:
        await chat.press("f:report:id:real", expect="Type your name")
        await chat.send("王五 13912345678", expect="Please check your report")
    await chat.press("f:report:submit", expect="choose a password")


def receipt_and_password(text: str) -> tuple[str, str]:
    import re

    code = re.search(r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", text).group(1)
    password = re.search(r"Password: ([a-z0-9]{10})", text).group(1)
    return code, password


async def test_full_anonymous_tip_with_photos(bot_app, sim, settings) -> None:
    chat = Chat(sim, 5001, "en")
    receipt = await file_a_tip(chat, photos=2)
    code, password = receipt_and_password(receipt["text"])
    qr = await chat.expect("Scan to open the status page")
    assert qr.get("photo")
    scanned = read_qr_texts(await sim.download(qr["photo"]["url"]))  # the code a phone camera reads
    assert scanned == [
        f"{settings.public_url or f'http://{settings.http_host}:{settings.http_port}'}/status?code={code}"
    ]
    tip = await Tip.get(receipt_code=tips.normalize_receipt(code))
    case = await Case.get(id=tip.case_id)
    assert case.kind == "tip" and case.division_code == "130102" and case.status == "received"
    assert tip.anonymous and sealer_for(str(settings.keys_dir)).unseal(tip.reporter_sealed) == {"tg_id": 5001}
    attachments = await Attachment.filter(case_id=case.id)
    assert len(attachments) == 2 and all(
        a.redacted_sha256 and a.redacted_sha256 != a.sha256 for a in attachments
    )
    assert (await ChatState.get(chat_id=5001)).flow is None
    assert await tips.find_tip(code, password) is not None


async def test_real_name_tip_seals_the_contact(bot_app, sim, settings) -> None:
    chat = Chat(sim, 5002, "en")
    receipt = await file_a_tip(chat, anonymous=False, photos=0)
    code, _password = receipt_and_password(receipt["text"])
    tip = await Tip.get(receipt_code=tips.normalize_receipt(code))
    assert not tip.anonymous
    assert sealer_for(str(settings.keys_dir)).unseal(tip.reporter_sealed) == {
        "tg_id": 5002,
        "contact": "王五 13912345678",
    }
    case = await Case.get(id=tip.case_id)
    assert "13912345678" not in str(case.details) and "王五" not in str(case.details)


async def test_chosen_password_and_status_from_another_account(bot_app, sim) -> None:
    chat = Chat(sim, 5003, "zh-hans")
    await chat.send("/report")
    await chat.press("f:report:st:exam_site")
    await chat.press("f:report:v:es_proxy")
    await chat.send("某某考试点")
    await chat.press("f:report:skip:credit_code")
    await chat.send("河北省石家庄市桥西区", expect="地点")
    await chat.press("f:report:when:month")
    await chat.send("考试时有人替别人考试，监考老师看见了也不管，这种情况很多次了。")
    await chat.press("f:report:ev:none")
    await chat.press("f:report:id:anon", expect="请核对")
    await chat.press("f:report:submit", expect="密码")
    await chat.send("abc", expect="6")
    filed = await chat.send("my-secret-pw", expect="举报已提交")
    import re

    code = re.search(r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", filed["text"]).group(1)
    messages = await sim.messages(5003)
    assert not any("my-secret-pw" in (m.get("text") or "") and not m.get("deleted") for m in messages)

    other = Chat(sim, 5999, "en")
    await other.send("/mytips", expect="have not filed any tips")
    await other.send("/status", expect="receipt code")
    await other.send("not a code", expect="That is not a receipt code")
    await other.send(code.lower(), expect="password")
    await other.send("wrong-password", expect="wrong")
    shown = await other.send("my-secret-pw", expect=f"Tip {code}")
    assert "received" in shown["text"]


async def test_reply_reaches_the_reporter_and_the_answer_reaches_the_case(bot_app, sim) -> None:
    chat = Chat(sim, 5004, "en")
    receipt = await file_a_tip(chat, photos=0)
    code, _password = receipt_and_password(receipt["text"])
    tip = await Tip.get(receipt_code=tips.normalize_receipt(code))
    case = await Case.get(id=tip.case_id)

    await service.accept(case, "handler-li")
    await chat.expect("accepted for handling")
    await service.add_message(case, "public", "handler-li", "请问这些工人每天几点上工？")
    pushed = await chat.expect("请问这些工人每天几点上工")
    assert "handler-li" not in pushed["text"]
    assert f"ans:{tips.normalize_receipt(code)}" in button_data(pushed)
    await chat.press(f"ans:{tips.normalize_receipt(code)}", expect="Type your answer")
    await chat.send("每天早上七点，晚上六点下工。", expect="Sent to the office")
    await asyncio.sleep(0.2)
    answers = await CaseMessage.filter(case_id=case.id, visibility="reporter")
    assert [m.body for m in answers] == ["每天早上七点，晚上六点下工。"]

    mine = await chat.send("/mytips", expect="Your tips")
    assert f"tipact:show:{tips.normalize_receipt(code)}" in button_data(mine)


async def test_redelivered_submit_makes_one_case(bot_app, sim) -> None:
    chat = Chat(sim, 5005, "en")
    await chat.send("/report")
    await chat.press("f:report:st:training")
    await chat.press("f:report:v:tr_selling_certs")
    await chat.send("Some School")
    await chat.press("f:report:skip:credit_code")
    await chat.send("河北省石家庄市长安区", expect="Place")
    await chat.press("f:report:when:today")
    await chat.send("They sell certificates without any training for 3000 yuan each.")
    await chat.press("f:report:ev:none")
    await chat.press("f:report:id:anon", expect="Please check your report")
    await chat.press("f:report:submit", expect="choose a password")
    messages = await sim.bot_messages(5005)
    pressed = await sim.press(5005, messages[-1]["message_id"], "f:report:pw:gen", language_code="en")
    await chat.expect("Your tip has been filed")
    await sim.redeliver(pressed["update_id"])
    await asyncio.sleep(1.0)
    assert await Case.filter(kind="tip").count() == 1
    assert sum("Your tip has been filed" in t for t in await chat.texts()) == 1


async def _submit_then_crash_replay(sim, chat: Chat, *, receipt_reached_chat: bool) -> list[str]:
    """Files a tip, then replays its last update as if the process had died before saving the chat
    state and marking the update done: what a redelivery after SIGKILL looks like."""
    await reach_the_password_question(chat, photos=0)
    before = await ChatState.get(chat_id=chat.user_id)
    snapshot = (before.flow, before.step, dict(before.data))
    pressed = None
    for message in reversed(await sim.bot_messages(chat.user_id)):
        if "f:report:pw:gen" in button_data(message):
            await chat._sync()
            pressed = await sim.press(chat.user_id, message["message_id"], "f:report:pw:gen")
            break
    await chat.expect("Scan to open the status page")
    if not receipt_reached_chat:
        await Tip.filter(idempotency_key__startswith=f"tg:{chat.user_id}:").update(receipt_sent_at=None)
    await ChatState.filter(chat_id=chat.user_id).update(flow=snapshot[0], step=snapshot[1], data=snapshot[2])
    await ProcessedUpdate.filter(update_id=pressed["update_id"]).delete()
    await sim.redeliver(pressed["update_id"])
    for _ in range(100):
        if (await ChatState.get(chat_id=chat.user_id)).flow is None:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)
    return await chat.texts()


async def test_a_submit_handled_again_after_a_crash_repeats_the_receipt_once_and_says_so(
    bot_app, sim
) -> None:
    chat = Chat(sim, 5011, "en")
    texts = await _submit_then_crash_replay(sim, chat, receipt_reached_chat=True)
    filed = [t for t in texts if "Your tip has been filed" in t]
    again = [t for t in texts if "receipt again" in t]
    assert len(filed) == 1 and len(again) == 1, "one receipt, and one repeat that says it is one"
    assert receipt_and_password(filed[0]) == receipt_and_password(again[0])
    assert await Tip.filter(idempotency_key__startswith="tg:5011:").count() == 1
    assert (await ChatState.get(chat_id=5011)).flow is None


async def test_a_crash_before_the_receipt_was_marked_sends_it_on_redelivery(bot_app, sim) -> None:
    chat = Chat(sim, 5012, "en")
    texts = await _submit_then_crash_replay(sim, chat, receipt_reached_chat=False)
    receipts = [t for t in texts if "Your tip has been filed" in t]
    assert len(receipts) == 2, "with no mark, the receipt was never sent: it is sent as the first one"
    assert receipt_and_password(receipts[0])[0] == receipt_and_password(receipts[1])[0]
    assert await Tip.filter(idempotency_key__startswith="tg:5012:").count() == 1
