"""Updates from simulated users reaching the bot via getUpdates, files, buttons, commands, duplicates."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from telegram import BotCommand, BotCommandScopeAllPrivateChats, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest

from sandbox import SandboxClient, SandboxError

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def test_long_polling_returns_promptly_and_offset_confirms(tg_bot, sim_client: SandboxClient) -> None:
    poll = asyncio.create_task(tg_bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    assert not poll.done()
    started = time.monotonic()
    sent = await sim_client.send_text(3001, "/start deep", language_code="zh-hans", first_name="王")
    updates = await asyncio.wait_for(poll, 2)
    assert time.monotonic() - started < 1.0
    [update] = updates
    assert update.update_id == sent["update_id"]
    message = update.message
    assert message.text == "/start deep" and message.from_user.language_code == "zh-hans"
    assert message.entities[0].type == "bot_command" and message.entities[0].length == 6
    assert message.chat.id == 3001 == sent["chat_id"]
    again = await tg_bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [sent["update_id"]]  # not confirmed yet
    assert await tg_bot.get_updates(offset=sent["update_id"] + 1, timeout=0) == ()


async def test_every_message_kind_parses_in_ptb(tg_bot, sim_client: SandboxClient, make_png) -> None:
    await sim_client.send_location(3002, 39.9, 116.4)
    await sim_client.send_sticker(3002, "👍")
    await sim_client.send_voice(3002, b"OggS-voice", duration=3)
    await sim_client.send_contact(3002, "+8613800000000", first_name="张")
    await sim_client.send_text(3002, "fwd", forward_origin={"type": "hidden_user", "sender_user_name": "X"})
    await sim_client.send_document(3002, b"a,b\n1,2\n", "data.csv", "text/csv", caption="表")
    updates = await tg_bot.get_updates(timeout=0)
    messages = [update.message for update in updates]
    assert messages[0].location.longitude == 116.4
    assert messages[1].sticker.emoji == "👍"
    assert messages[2].voice.duration == 3 and messages[2].voice.file_size == 10
    assert messages[3].contact.phone_number == "+8613800000000"
    assert messages[4].forward_origin.sender_user_name == "X"
    assert messages[5].document.file_name == "data.csv" and messages[5].caption == "表"
    await tg_bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)


async def test_user_photo_round_trips_byte_for_byte(tg_bot, sim_client: SandboxClient, make_png) -> None:
    original = make_png(1000, 600)
    await sim_client.send_photo(3003, original, caption="隐患")
    [update] = await tg_bot.get_updates(timeout=0)
    sizes = update.message.photo
    assert sizes[0].width == 90 and (sizes[-1].width, sizes[-1].height) == (1000, 600)
    assert update.message.caption == "隐患"
    file = await tg_bot.get_file(sizes[-1].file_id)
    assert file.file_size == len(original)
    assert bytes(await file.download_as_bytearray()) == original
    thumbnail = await (await tg_bot.get_file(sizes[0].file_id)).download_as_bytearray()
    assert thumbnail[:2] == b"\xff\xd8"  # JPEG variant


async def test_file_over_20_mb_is_too_big(tg_bot, sim_client: SandboxClient) -> None:
    size = 20 * 1024 * 1024 + 1
    await sim_client.send_document(3004, b"\0" * size, "huge.zip", "application/zip")
    [update] = await tg_bot.get_updates(timeout=0)
    assert update.message.document.file_size == size
    with pytest.raises(BadRequest, match=r"(?i)file is too big"):
        await tg_bot.get_file(update.message.document.file_id)
    with pytest.raises(BadRequest, match=r"(?i)wrong file_id"):
        await tg_bot.get_file("nonexistent")


async def test_send_file_multipart_for_the_page(server, sim_client: SandboxClient, make_png) -> None:
    form = aiohttp.FormData()
    for name, value in {"user_id": "3005", "language_code": "en", "kind": "photo", "caption": "c"}.items():
        form.add_field(name, value)
    form.add_field("file", make_png(), filename="p.png", content_type="image/png")
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{server.base_url}/sandbox/api/send_file", data=form) as response:
            answer = await response.json()
    assert answer["chat_id"] == 3005
    [view] = await sim_client.messages(3005)
    assert view["photo"]["width"] == 400 and not view["from_bot"]


async def test_commands_per_language_are_stored(tg_bot, sim_client: SandboxClient) -> None:
    await tg_bot.set_my_commands(
        [BotCommand("report", "举报隐患"), BotCommand("verify", "核验证书")], language_code="zh"
    )
    await tg_bot.set_my_commands([BotCommand("report", "Report a hazard")], language_code="en")
    assert [c.command for c in await tg_bot.get_my_commands(language_code="zh")] == ["report", "verify"]
    assert (await sim_client.commands("zh-hans"))[1]["description"] == "核验证书"
    assert (await sim_client.commands("en"))[0]["description"] == "Report a hazard"
    assert await sim_client.commands("fr") == []
    # Telegram's precedence: all_private_chats (any language) beats default+language in private chats.
    await tg_bot.set_my_commands([BotCommand("start", "Start")], scope=BotCommandScopeAllPrivateChats())
    assert (await sim_client.commands("zh-hans"))[0]["command"] == "start"
    assert await sim_client.commands("en", scope="default") == [
        {"command": "report", "description": "Report a hazard"}
    ]
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await tg_bot.set_my_commands([BotCommand("Report", "x")])
    with pytest.raises(BadRequest, match=r"(?i)invalid language code"):
        await tg_bot.set_my_commands([BotCommand("a", "x")], language_code="zh-hans")
    await tg_bot.delete_my_commands(scope=BotCommandScopeAllPrivateChats())
    assert (await sim_client.commands("zh-hans"))[0]["command"] == "report"
    assert await tg_bot.set_my_description("安全生产举报", language_code="zh")
    assert (await tg_bot.get_my_description(language_code="zh")).description == "安全生产举报"
    assert await tg_bot.set_chat_menu_button()


async def test_press_gives_callback_query_and_answer_is_recorded(tg_bot, sim_client: SandboxClient) -> None:
    await sim_client.send_text(3006, "hi")
    await tg_bot.get_updates(offset=-1, timeout=0)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("确认", callback_data="confirm:1")]])
    message = await tg_bot.send_message(3006, "ok?", reply_markup=keyboard)
    with pytest.raises(SandboxError):
        await sim_client.press(3006, message.message_id, "other")
    pressed = await sim_client.press(3006, message.message_id, "confirm:1")
    updates = await tg_bot.get_updates(offset=pressed["update_id"], timeout=0)
    query = updates[-1].callback_query
    assert query.data == "confirm:1" and query.from_user.id == 3006
    assert query.message.message_id == message.message_id
    assert await tg_bot.answer_callback_query(query.id, text="已确认")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await tg_bot.answer_callback_query(query.id, text="twice")
    [call, _] = await sim_client.calls("answerCallbackQuery")
    assert call["ok"] and call["params"]["text"] == "已确认"
    view = (await sim_client.bot_messages(3006))[0]
    assert view["callback_answers"][0]["text"] == "已确认"


async def test_redeliver_repeats_the_same_update_id(tg_bot, sim_client: SandboxClient) -> None:
    sent = await sim_client.send_text(3007, "/help")
    [first] = await tg_bot.get_updates(timeout=0)
    assert await tg_bot.get_updates(offset=first.update_id + 1, timeout=0) == ()
    await sim_client.redeliver(sent["update_id"])
    [again] = await tg_bot.get_updates(offset=first.update_id + 1, timeout=0)
    assert again.update_id == first.update_id and again.message.text == "/help"


async def test_raw_update_keeps_its_id_and_registers_the_chat(tg_bot, sim_client: SandboxClient) -> None:
    update = {
        "update_id": 900001,
        "message": {
            "message_id": 7,
            "date": 0,
            "text": "raw",
            "chat": {"id": 3008, "type": "private", "first_name": "R"},
            "from": {"id": 3008, "is_bot": False, "first_name": "R"},
        },
    }
    assert (await sim_client.send_raw(update))["update_id"] == 900001
    [received] = await tg_bot.get_updates(timeout=0)
    assert received.update_id == 900001
    reply = await tg_bot.send_message(3008, "answer", reply_to_message_id=7)
    assert reply.message_id == 8 and reply.reply_to_message.text == "raw"
    await tg_bot.get_updates(offset=900002, timeout=0)


async def test_wait_for_bot_message_and_page(server, tg_bot, sim_client: SandboxClient) -> None:
    sent = await sim_client.send_text(3009, "ping")

    async def answer_later() -> None:
        await asyncio.sleep(0.2)
        await tg_bot.send_message(3009, "first")
        await tg_bot.send_message(3009, "pong <b>!</b>", parse_mode="HTML")

    task = asyncio.create_task(answer_later())
    message = await sim_client.wait_for_bot_message(
        3009, after=sent["message_id"], contains="pong", timeout=3
    )
    await task
    assert message["html"] == "pong <b>!</b>"
    with pytest.raises(TimeoutError):
        await sim_client.wait_for_bot_message(3009, after=message["message_id"], timeout=0.2)
    async with aiohttp.ClientSession() as http:
        async with http.get(server.chat_page_url) as response:
            page = await response.text()
    assert response.status == 200 and 'const API = "/sandbox/api"' in page and "/press" in page
