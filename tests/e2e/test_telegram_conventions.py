"""Telegram done properly, end to end through the sandbox: stale buttons are answered, edits are handled
deliberately, deep links are parsed strictly, menus and descriptions exist in every language (and for
staff), and a poison update or a Bot API outage cannot wedge long polling."""

from __future__ import annotations

import asyncio
import itertools
import logging

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from cases import staff as staff_rules
from cases.invites import create_staff_link
from models.state import ChatState
from tests.e2e.chat import Chat, button_data
from tests.e2e.test_webhook import SECRET as WEBHOOK_SECRET
from tests.e2e.test_webhook import webhook_bot  # noqa: F401  (the fixture)

pytestmark = pytest.mark.e2e

OOPS = "something went wrong"


async def _old_release_message(bot_app, chat_id: int, data: str) -> None:
    """A message as an older release sent it, with a button whose callback data nothing handles today."""
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Old button", callback_data=data)]])
    await bot_app.bot.send_message(chat_id, "A message from an older release", reply_markup=markup)


async def _answers_to(sim, chat_id: int, data: str) -> list[dict]:
    for message in await sim.bot_messages(chat_id):
        if data in button_data(message):
            return message["callback_answers"]
    raise AssertionError(f"no message with button {data!r}")


# --- 1. stale buttons -----------------------------------------------------------------------------------


async def test_a_stale_button_is_answered_and_the_menu_offered(bot_app, sim) -> None:
    chat = Chat(sim, 7101, "en")
    await chat.send("/start", expect="Work-safety tip line")
    await _old_release_message(bot_app, 7101, "v1:oldmenu:report")
    answer = await chat.press("v1:oldmenu:report", expect="no longer works")
    assert "menu:report" in button_data(answer), "the menu is offered instead"
    answers = await _answers_to(sim, 7101, "v1:oldmenu:report")
    assert [a["text"] for a in answers] == ["This button is out of date."], "the spinner is stopped once"
    assert not any(OOPS in t for t in await chat.texts())


async def test_a_stale_button_in_the_middle_of_a_form_asks_the_current_question_again(bot_app, sim) -> None:
    chat = Chat(sim, 7102, "zh-hans")
    await chat.send("/report", expect="举报")
    await chat.press("f:report:st:enterprise")
    await chat.press("f:report:v:en_no_cert")
    await chat._sync()
    await _old_release_message(bot_app, 7102, "oldflow:step:3")
    await chat.press("oldflow:step:3")
    answers = await _answers_to(sim, 7102, "oldflow:step:3")
    assert [a["text"] for a in answers] == ["此按钮已过期。"], "answered, in the user's language"
    state = await ChatState.get(chat_id=7102)
    assert (state.flow, state.step) == ("report", "subject_name"), "the form is where it was"


# --- 2. edited messages ---------------------------------------------------------------------------------


async def _at_the_name_question(chat: Chat) -> None:
    await chat.send("/report", expect="Who or what is the report about?")
    await chat.press("f:report:st:enterprise", expect="What happened?")
    await chat.press("f:report:v:en_no_cert", expect="name of the institution")


async def test_editing_the_latest_answer_corrects_it_and_is_not_taken_for_the_next_question(
    bot_app, sim
) -> None:
    chat = Chat(sim, 7201, "en")
    await _at_the_name_question(chat)
    name = await sim.send_text(7201, "石家庄甲建筑公司", language_code="en")
    await chat.expect("credit code")
    await sim.edit(7201, name["message_id"], "石家庄乙建筑有限公司")
    await chat.expect("Your edit replaces your last answer.")
    await chat.expect("credit code")  # the question after the corrected one, asked again
    state = await ChatState.get(chat_id=7201)
    assert state.step == "credit_code", "the edit did not answer the credit-code question"
    assert state.data["subject_name"] == "石家庄乙建筑有限公司"
    assert "credit_code" not in state.data
    # The form goes on normally from there.
    await chat.press("f:report:skip:credit_code", expect="Where did it happen?")
    state = await ChatState.get(chat_id=7201)
    assert state.data["subject_name"] == "石家庄乙建筑有限公司" and state.step == "place"


async def test_edits_of_older_messages_are_ignored_with_a_note(bot_app, sim) -> None:
    chat = Chat(sim, 7202, "en")
    await _at_the_name_question(chat)
    name = await sim.send_text(7202, "石家庄甲建筑公司", language_code="en")
    await chat.expect("credit code")
    await chat.press("f:report:skip:credit_code", expect="Where did it happen?")
    # The name is no longer the latest answer (a button answered the credit-code question since).
    await sim.edit(7202, name["message_id"], "河北省石家庄市长安区")
    await chat.expect("I only take edits of your latest answer")
    state = await ChatState.get(chat_id=7202)
    assert state.step == "place" and state.data["subject_name"] == "石家庄甲建筑公司"
    assert "place_name" not in state.data and "division_code" not in state.data, "not fed to the place step"


async def test_an_edit_into_a_command_is_not_run(bot_app, sim) -> None:
    chat = Chat(sim, 7203, "en")
    hello = await sim.send_text(7203, "hello", language_code="en")
    await chat.expect("Choose what you want to do")
    await _at_the_name_question(chat)
    await sim.edit(7203, hello["message_id"], "/start")
    await chat.expect("Edited messages are not run as commands")
    await asyncio.sleep(0.5)
    assert not any("Work-safety tip line" in t for t in await chat.texts()), "/start did not run"
    state = await ChatState.get(chat_id=7203)
    assert (state.flow, state.step) == ("report", "subject_name"), "the form was not touched"
    # Even the latest answer edited into a command is not run, nor taken as the answer.
    name = await sim.send_text(7203, "石家庄甲建筑公司", language_code="en")
    await chat.expect("credit code")
    await sim.edit(7203, name["message_id"], "/cancel")
    await chat.expect("Edited messages are not run as commands")
    state = await ChatState.get(chat_id=7203)
    assert state.flow == "report" and state.data["subject_name"] == "石家庄甲建筑公司"


async def test_an_edit_of_an_answer_whose_step_cannot_be_corrected_is_ignored(bot_app, sim) -> None:
    chat = Chat(sim, 7204, "en")
    await _at_the_name_question(chat)
    await chat.send("石家庄甲建筑公司", expect="credit code")
    await chat.press("f:report:skip:credit_code", expect="Where did it happen?")
    place = await sim.send_text(7204, "石家庄市长安区建设北大街", language_code="en")
    await chat.expect("Place: 河北省石家庄市长安区")
    await sim.edit(7204, place["message_id"], "北京市朝阳区")
    await chat.expect("I only take edits of your latest answer")
    state = await ChatState.get(chat_id=7204)
    assert state.data["division_code"].startswith("1301"), "the place stays the one first given"


# --- 3. deep links --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    ["notice-99999999999999999999999", "notice-²", "notice-١", "notice-", "notice-12x", "notice--5"],
)
async def test_bad_notice_links_get_a_clear_message(bot_app, sim, payload: str) -> None:
    chat = Chat(sim, 7301, "en")
    # A known prefix with a bad number: the notice's own message; characters no link of ours carries: the
    # general one. Either way: clear words, the menu, and no error.
    answer = await chat.send(f"/start {payload}", expect="link is not valid")
    assert "menu:report" in button_data(answer)
    assert not any(OOPS in t for t in await chat.texts())


@pytest.mark.parametrize("payload", ["nosuchprefix-1", "notice-1%20x", "a" * 65, "notice-1 extra"])
async def test_links_telegram_would_not_carry_or_we_never_made_are_refused(
    bot_app, sim, payload: str
) -> None:
    chat = Chat(sim, 7302, "en")
    answer = await chat.send(f"/start {payload}", expect="This link is not valid")
    assert "menu:report" in button_data(answer)
    assert not any(OOPS in t for t in await chat.texts())


# --- 4. and 5. menus and descriptions -------------------------------------------------------------------


def _menu(commands: list[dict]) -> dict[str, str]:
    return {c["command"]: c["description"] for c in commands}


@pytest.mark.parametrize(
    ("language", "words", "menu"),
    [
        ("ru", "安全生产举报", "我要举报"),
        ("zh-hant", "安全生产举报", "我要举报"),
        ("en-gb", "Work-safety tip line", "Report a violation"),
    ],
)
async def test_users_of_any_language_see_the_menu_in_the_language_they_are_spoken_to(
    bot_app, sim, language: str, words: str, menu: str
) -> None:
    await Chat(sim, 7401, language).send("/start", expect=words)
    seen = _menu(await sim.commands(language, chat_id=7401))
    assert seen["report"] == menu


async def test_choosing_a_language_changes_the_menu_of_that_chat(bot_app, sim) -> None:
    chat = Chat(sim, 7402, "zh-hans")
    await chat.send("/language", expect="选择语言")
    await chat.press("lang:en", expect="Language set to English.")
    assert _menu(await sim.commands("zh", chat_id=7402))["report"] == "Report a violation"
    assert _menu(await sim.commands("zh", chat_id=7499))["report"] == "我要举报", "other chats keep theirs"
    await chat.send("/start", expect="Work-safety tip line")


async def test_linked_staff_get_the_staff_commands_in_their_chat(bot_app, sim, settings) -> None:
    await staff_rules.create_user("handler7403", "correct horse battery 7403", "handler", "130102")
    code = await create_staff_link("handler7403")
    chat = Chat(sim, 7403, "en")
    assert "queue" not in _menu(await sim.commands("en", chat_id=7403))
    await chat.send(f"/link {code}", expect="Linked to back-office user handler7403")
    staff_menu = _menu(await sim.commands("en", chat_id=7403))
    assert staff_menu["queue"] == "Case handlers: my case queue" and "case" in staff_menu
    assert "report" in staff_menu, "staff keep the public commands too"
    public = _menu(await sim.commands("en", chat_id=7404))
    assert "queue" not in public and "case" not in public, "nobody else sees staff commands"
    # At the next start-up the menu is set again from the database (the scope is the staff's chat).
    from bot.commands import publish_commands

    calls_before = len(await sim.calls("setMyCommands"))
    await publish_commands(bot_app.bot, settings.default_locale)
    scoped = [
        c["params"]
        for c in (await sim.calls("setMyCommands"))[calls_before:]
        if '"chat"' in str(c["params"].get("scope", ""))
    ]
    assert any("7403" in str(p["scope"]) for p in scoped)


async def test_descriptions_are_set_in_every_language(bot_app, sim) -> None:
    bot = bot_app.bot
    zh = await bot.get_my_description(language_code="zh")
    en = await bot.get_my_description(language_code="en")
    default = await bot.get_my_description()
    assert "举报" in zh.description and "tip line" in en.description
    assert default.description == zh.description, "the default follows DEFAULT_LOCALE (zh_CN)"
    short_zh = await bot.get_my_short_description(language_code="zh")
    short_en = await bot.get_my_short_description(language_code="en")
    assert "举报" in short_zh.short_description and "certificates" in short_en.short_description
    assert len(short_en.short_description) <= 120 and len(en.description) <= 512


# --- 6. poison updates and outages ----------------------------------------------------------------------


async def _poll_count(sim) -> int:
    return len(await sim.calls("getUpdates"))


async def test_a_malformed_update_is_logged_and_skipped_and_polling_goes_on(bot_app, sim, caplog) -> None:
    caplog.set_level(logging.INFO)
    user = {"id": 7601, "is_bot": False, "first_name": "Test", "language_code": "en"}
    chat = {"id": 7601, "type": "private", "first_name": "Test"}
    poison = await sim.send_raw(
        {"message": {"message_id": 1, "date": "yesterday", "from": user, "chat": chat, "text": "hi"}}
    )
    talk = Chat(sim, 7601, "en")
    await asyncio.sleep(0.3)
    await talk.send("/help", expect="What I can do")
    skipped = [r for r in caplog.records if r.getMessage() == "malformed update skipped"]
    assert skipped and skipped[0].fields["update_id"] == poison["update_id"]
    assert "yesterday" not in caplog.text, "the update's contents are not logged"
    # The offset moved past it: the next polls confirm it and it is never handed out again.
    polls = await sim.calls("getUpdates")
    assert any(int(p["params"].get("offset") or 0) > poison["update_id"] for p in polls)
    before = await _poll_count(sim)
    await asyncio.sleep(1.5)
    assert await _poll_count(sim) - before <= 4, "no hot loop: long polls of 1 s each"


async def test_an_update_the_ledger_chokes_on_is_skipped(bot_app, sim, caplog, monkeypatch) -> None:
    from handlers import update_ledger

    caplog.set_level(logging.INFO)
    chat = Chat(sim, 7602, "en")
    first = await sim.send_text(7602, "/help", language_code="en")
    await chat.expect("What I can do")
    poisoned = first["update_id"] + 1  # the sandbox numbers updates one after another
    claim = update_ledger.claim

    async def choking_claim(update_id: int, owner: str, *args, **kwargs):
        if update_id == poisoned:
            raise RuntimeError("the ledger cannot store this update")
        return await claim(update_id, owner, *args, **kwargs)

    monkeypatch.setattr(update_ledger, "claim", choking_claim)
    sent = await sim.send_text(7602, "/privacy", language_code="en")
    assert sent["update_id"] == poisoned
    await chat.send("/mytips", expect="You have not filed any tips")  # the next update is handled
    failed = [r for r in caplog.records if r.getMessage() == "update failed and skipped"]
    assert [r.fields for r in failed] == [{"update_id": poisoned, "error": "RuntimeError"}]
    assert not any("Your privacy" in t for t in await chat.texts())


async def test_repeated_get_updates_errors_back_off(bot_app, sim) -> None:
    chat = Chat(sim, 7603, "en")
    await chat.send("/help", expect="What I can do")  # polling runs
    await sim.plan_faults("getUpdates", 3, 502, "Bad Gateway")
    # The poll already waiting still brings this one; the next three polls fail.
    await chat.send("/privacy", expect="Your privacy")
    await chat.send("/mytips", expect="You have not filed any tips", timeout=15)  # after the outage
    failed = [c for c in await sim.calls("getUpdates") if not c["ok"]]
    assert len(failed) == 3
    gaps = [b["time"] - a["time"] for a, b in itertools.pairwise(failed)]
    assert gaps[0] >= 0.9 and gaps[1] >= gaps[0] * 1.3, f"waits grow after each failure: {gaps}"


async def test_a_malformed_webhook_update_is_acknowledged(webhook_bot, sim, caplog) -> None:  # noqa: F811
    import aiohttp

    caplog.set_level(logging.INFO)
    chat = {"id": 7604, "type": "private"}
    poison = {"update_id": 987_654, "message": {"message_id": 1, "date": "yesterday", "chat": chat}}
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{webhook_bot}/tg/hook", json=poison, headers=headers) as resp:
            assert resp.status == 200, "acknowledged, so Telegram does not send it again and again"
        async with http.post(f"{webhook_bot}/tg/hook", json={"no": "id"}, headers=headers) as resp:
            assert resp.status == 400
    skipped = [r.fields for r in caplog.records if r.getMessage() == "malformed update skipped"]
    assert skipped == [{"update_id": 987_654, "error": "TypeError"}]
    await Chat(sim, 7604, "en").send("/help", expect="What I can do")


async def test_inspectors_get_their_command_at_start_up_and_a_refreshed_menu_on_start(
    bot_app, sim, settings
) -> None:
    from bot.commands import publish_commands
    from models.users import User

    await User.create(tg_id=7405, roles=["inspector"], division_code="130102", language="zh_CN")
    await publish_commands(bot_app.bot, settings.default_locale)
    menu = _menu(await sim.commands("en", chat_id=7405))
    assert menu["inspect"] == "检查人员：记录一次现场检查", "in the language the inspector chose"
    before = len(await sim.calls("setMyCommands"))
    await Chat(sim, 7405, "en").send("/start", expect="安全生产举报")
    assert len(await sim.calls("setMyCommands")) == before + 1, "/start sets the chat's menu again"
    await Chat(sim, 7406, "en").send("/start", expect="Work-safety tip line")
    assert len(await sim.calls("setMyCommands")) == before + 1, "nobody else's /start costs a call"


@pytest.mark.parametrize("number", ["²", "١", "99999999999999999999"])
async def test_typed_case_numbers_are_parsed_strictly(bot_app, sim, number: str) -> None:
    await staff_rules.create_user("handler7303", "correct horse battery 7303", "handler", "130102")
    chat = Chat(sim, 7303, "en")
    await chat.send(f"/link {await create_staff_link('handler7303')}", expect="Linked")
    await chat.send(f"/case {number}", expect="No such case in your jurisdiction")
    assert not any(OOPS in t for t in await chat.texts())
