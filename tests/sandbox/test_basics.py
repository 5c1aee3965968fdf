"""Bot API basics against a real python-telegram-bot Bot: identity, message shapes, body encodings."""

from __future__ import annotations

import aiohttp
import pytest
from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    LinkPreviewOptions,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest

from sandbox import SandboxClient, SandboxServer


async def test_get_me_returns_the_bot_user(tg_bot: Bot) -> None:
    me = await tg_bot.get_me()
    assert me.id == 123456 and me.is_bot and me.username == "sandbox_bot"


async def test_wrong_token_and_unknown_method_have_telegram_shapes(
    server: SandboxServer, api: str, http: aiohttp.ClientSession
) -> None:
    async with http.post(f"{server.bot_api_url}999:wrong/getMe") as response:
        assert response.status == 401
        assert await response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    async with http.get(f"{api}/noSuchMethod") as response:
        assert response.status == 404
        assert await response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    async with http.get(f"{api}/GETME") as response:
        assert (await response.json())["result"]["is_bot"] is True


async def test_send_message_returns_a_message_ptb_parses(tg_bot: Bot, sim_client: SandboxClient) -> None:
    sent = await sim_client.send_text(1001, "hello", first_name="Li")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("是", callback_data="yes")]])
    first = await tg_bot.send_message(
        1001,
        "<b>你好</b>, Li",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
        reply_parameters=ReplyParameters(sent["message_id"]),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    assert first.text == "你好, Li"
    assert first.entities[0].type == "bold" and first.entities[0].length == 2
    assert first.from_user.id == tg_bot.id and first.chat.id == 1001 and first.chat.type == "private"
    assert first.reply_markup.inline_keyboard[0][0].callback_data == "yes"
    assert first.reply_to_message.text == "hello"
    assert first.message_id == sent["message_id"] + 1
    second = await tg_bot.send_message(1001, "plain")
    assert second.message_id == first.message_id + 1

    views = await sim_client.bot_messages(1001)
    assert [view["text"] for view in views] == ["你好, Li", "plain"]
    assert views[0]["html"] == "<b>你好</b>, Li" and views[0]["parse_mode"] == "HTML"
    assert views[0]["reply_to_message_id"] == sent["message_id"]


async def test_keyboards_of_every_kind_are_accepted(tg_bot: Bot, sim_client: SandboxClient) -> None:
    await sim_client.send_text(1002, "hi")
    reply_keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton("位置", request_location=True)], ["取消"]],
        one_time_keyboard=True,
        resize_keyboard=True,
    )
    message = await tg_bot.send_message(1002, "choose", reply_markup=reply_keyboard)
    assert message.reply_markup is None  # Telegram returns only inline keyboards in Message objects
    await tg_bot.send_message(1002, "removed", reply_markup=ReplyKeyboardRemove())
    await tg_bot.send_message(1002, "reply please", reply_markup=ForceReply())
    views = await sim_client.bot_messages(1002)
    assert views[0]["reply_markup"]["keyboard"][0][0] == {"text": "位置", "request_location": True}
    assert views[1]["reply_markup"] == {"remove_keyboard": True}
    assert views[2]["reply_markup"]["force_reply"] is True


async def test_json_form_and_query_bodies_are_decoded(
    api: str, http: aiohttp.ClientSession, sim_client: SandboxClient
) -> None:
    await sim_client.send_text(1003, "hi")
    markup = '{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}'
    async with http.post(
        f"{api}/sendMessage", data={"chat_id": "1003", "text": "form", "reply_markup": markup}
    ) as r:
        body = await r.json()
        assert body["ok"] and body["result"]["reply_markup"]["inline_keyboard"][0][0]["text"] == "A"
    async with http.post(
        f"{api}/sendmessage", json={"chat_id": 1003, "text": "json", "disable_notification": True}
    ) as r:
        assert (await r.json())["result"]["text"] == "json"
    async with http.get(f"{api}/sendMessage", params={"chat_id": "1003", "text": "query"}) as r:
        assert (await r.json())["result"]["text"] == "query"
    form = aiohttp.FormData()
    form.add_field("chat_id", "1003")
    form.add_field("text", "multipart")
    async with http.post(f"{api}/sendMessage", data=form) as r:
        assert (await r.json())["result"]["text"] == "multipart"
    calls = await sim_client.calls("sendMessage")
    assert [call["params"]["text"] for call in calls] == ["form", "json", "query", "multipart"]
    assert all(call["ok"] for call in calls)


async def test_unknown_chat_is_refused(tg_bot: Bot, sim_client: SandboxClient) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await tg_bot.send_message(424242, "nobody here")


async def test_edit_delete_and_not_modified(tg_bot: Bot, sim_client: SandboxClient) -> None:
    await sim_client.send_text(1004, "hi")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]])
    message = await tg_bot.send_message(1004, "v1", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await tg_bot.edit_message_text("v1", 1004, message.message_id, reply_markup=keyboard)
    edited = await tg_bot.edit_message_text("<i>v2</i>", 1004, message.message_id, parse_mode="HTML")
    assert edited.text == "v2" and edited.edit_date is not None and edited.reply_markup is None
    await tg_bot.edit_message_reply_markup(1004, message.message_id, reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)there is no caption"):
        await tg_bot.edit_message_caption(1004, message.message_id, caption="c")
    assert await tg_bot.delete_message(1004, message.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await tg_bot.edit_message_text("v3", 1004, message.message_id)
    view = (await sim_client.bot_messages(1004))[0]
    assert view["edited"] and view["deleted"] and view["html"] == "<i>v2</i>"


async def test_copy_forward_location_action_and_chat(tg_bot: Bot, sim_client: SandboxClient) -> None:
    sent = await sim_client.send_text(1005, "original")
    await sim_client.send_text(1006, "hi")
    copied = await tg_bot.copy_message(1006, 1005, sent["message_id"])
    forwarded = await tg_bot.forward_message(1006, 1005, sent["message_id"])
    assert forwarded.forward_origin.sender_user.id == 1005 and forwarded.text == "original"
    location = await tg_bot.send_location(1006, 31.23, 121.47)
    assert location.location.latitude == 31.23
    assert await tg_bot.send_chat_action(1006, "typing")
    chat = await tg_bot.get_chat(1006)
    assert chat.type == "private" and chat.first_name == "Test"
    texts = [view.get("text") for view in await sim_client.bot_messages(1006)]
    assert texts == ["original", "original", None] and copied.message_id < forwarded.message_id
