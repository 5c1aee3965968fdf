"""The foundation, end to end: the real PTB Application long-polling the sandbox."""

from __future__ import annotations

import asyncio

from tests.e2e.chat import Chat, button_data


async def test_start_speaks_chinese_to_zh_hans_and_english_to_en(bot_app, sim) -> None:
    zh = await Chat(sim, 1001, "zh-hans").send("/start", expect="安全生产举报")
    assert "menu:report" in button_data(zh)
    assert any("我要举报" in b["text"] for row in zh["reply_markup"]["inline_keyboard"] for b in row)
    en = await Chat(sim, 1002, "en").send("/start", expect="Work-safety tip line")
    assert "menu:report" in button_data(en)


async def test_language_choice_is_remembered(bot_app, sim) -> None:
    chat = Chat(sim, 1003, "zh-hans")
    await chat.send("/language", expect="选择语言")
    await chat.press("lang:en", expect="Language set to English.")
    await chat.send("/start", expect="Work-safety tip line")
    await chat.send("/language")
    await chat.press("lang:zh_CN", expect="语言已设置为简体中文")
    await chat.send("/help", expect="我能做什么")


async def test_command_menus_are_set_per_language(bot_app, sim) -> None:
    zh = {c["command"]: c["description"] for c in await sim.commands("zh")}
    en = {c["command"]: c["description"] for c in await sim.commands("en")}
    assert zh["report"] == "我要举报" and en["report"] == "Report a violation"
    assert set(zh) == set(en) >= {"start", "help", "cancel", "language", "privacy", "report"}
    default = {c["command"]: c["description"] for c in await sim.commands(None)}
    assert default["report"] == "我要举报", "the default menu follows DEFAULT_LOCALE (zh_CN)"


async def test_help_and_privacy(bot_app, sim) -> None:
    chat = Chat(sim, 1004, "en")
    await chat.send("/help", expect="/report")
    privacy = await chat.send("/privacy", expect="Your privacy")
    assert "custodian" in privacy["text"]


async def test_unknown_text_and_stickers_get_the_menu(bot_app, sim) -> None:
    chat = Chat(sim, 1005, "en")
    answer = await chat.send("hello?", expect="Choose what you want to do")
    assert "menu:report" in button_data(answer)
    await chat._sync()
    await sim.send_sticker(1005, language_code="en")
    await chat.expect("Choose what you want to do")


async def test_same_update_delivered_twice_acts_once(bot_app, sim) -> None:
    chat = Chat(sim, 1006, "en")
    sent = await sim.send_text(1006, "/help", language_code="en")
    await chat.expect("What I can do")
    await sim.redeliver(sent["update_id"])
    await asyncio.sleep(1.0)  # the redelivered update has been fetched and skipped by now
    helps = [t for t in await chat.texts() if "What I can do" in t]
    assert len(helps) == 1
    calls = await sim.calls("sendMessage")
    assert sum(1 for c in calls if c["ok"] and c["params"].get("chat_id") in (1006, "1006")) == 1


async def test_flooding_user_is_told_once_and_nothing_is_lost(bot_app, sim) -> None:
    chat = Chat(sim, 1007, "en")
    await sim.set_flood(enabled=False)  # the sandbox's own per-chat limit would pace the replies at 1/s
    for i in range(24):
        await sim.send_text(1007, f"message {i}", language_code="en")
    await chat.expect("very quickly", timeout=20)
    deadline = asyncio.get_running_loop().time() + 30
    while asyncio.get_running_loop().time() < deadline:
        texts = await chat.texts()
        if sum("Choose what you want to do" in t for t in texts) >= 24:
            break
        await asyncio.sleep(0.3)
    texts = await chat.texts()
    assert sum("very quickly" in t for t in texts) == 1
    assert sum("Choose what you want to do" in t for t in texts) == 24, "every message was still answered"
