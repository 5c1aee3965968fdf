"""Telegram's limits and error texts, as PTB raises them, and flood control's 429."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputMediaPhoto
from telegram.error import BadRequest, RetryAfter

from sandbox import SandboxClient, SandboxServer

USER = 2001
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
async def chat(sim_client: SandboxClient) -> int:
    await sim_client.send_text(USER, "hi")
    return USER


@pytest.mark.parametrize(
    ("text", "parse_mode", "error"),
    [
        ("", None, "message text is empty"),
        ("  \n ", None, "message text is empty"),
        ("x" * 4097, None, "message is too long"),
        ("<b>unclosed", "HTML", "can't parse entities: can't find end tag corresponding to start tag \"b\""),
        ("<div>x</div>", "HTML", 'can\'t parse entities: unsupported start tag "div" at byte offset 0'),
        ("1 < 2", "HTML", "can't parse entities: unsupported start tag"),
        ("a.b", "MarkdownV2", "can't parse entities: character '.' is reserved"),
    ],
)
async def test_text_limits(tg_bot: Bot, chat: int, text: str, parse_mode: str | None, error: str) -> None:
    with pytest.raises(BadRequest) as raised:
        await tg_bot.send_message(chat, text, parse_mode=parse_mode)
    assert error in raised.value.message.lower()


async def test_length_is_counted_after_parsing(tg_bot: Bot, chat: int) -> None:
    message = await tg_bot.send_message(chat, "<b>" + "好" * 4096 + "</b>", parse_mode="HTML")
    assert len(message.text) == 4096


async def test_caption_and_callback_data_limits(
    tg_bot: Bot, chat: int, make_png: Callable[..., bytes]
) -> None:
    with pytest.raises(BadRequest, match=r"(?i)message caption is too long"):
        await tg_bot.send_photo(chat, make_png(), caption="c" * 1025)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await tg_bot.send_message(chat, "buttons", reply_markup=too_long)
    multibyte = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="好" * 22)]])  # 66 bytes
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await tg_bot.send_message(chat, "buttons", reply_markup=multibyte)
    fine = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="d" * 64)]])
    assert (await tg_bot.send_message(chat, "ok", reply_markup=fine)).reply_markup is not None


async def test_error_body_shape(api: str, http: aiohttp.ClientSession, chat: int) -> None:
    async with http.post(f"{api}/sendMessage", json={"chat_id": chat, "text": ""}) as response:
        assert response.status == 400
        assert await response.json() == {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: message text is empty",
        }


async def test_media_errors(tg_bot: Bot, chat: int, make_png: Callable[..., bytes]) -> None:
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await tg_bot.send_photo(chat, b"definitely not an image")
    with pytest.raises(BadRequest, match=r"(?i)failed to get http url content"):
        await tg_bot.send_photo(chat, "https://example.com/a.jpg")
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await tg_bot.send_document(chat, "AgACnonexistent")
    with pytest.raises(BadRequest, match=r"(?i)too many messages to send as an album"):
        await tg_bot.send_media_group(chat, [InputMediaPhoto(make_png()) for _ in range(11)], api_kwargs={})


async def test_media_group_and_file_reuse(
    tg_bot: Bot, chat: int, sim_client: SandboxClient, make_png: Callable[..., bytes]
) -> None:
    album = await tg_bot.send_media_group(
        chat, [InputMediaPhoto(make_png(), caption="一"), InputMediaPhoto(make_png(color=(1, 2, 3)))]
    )
    assert len(album) == 2 and album[0].media_group_id == album[1].media_group_id is not None
    assert album[0].caption == "一" and album[0].photo[-1].width == 400
    again = await tg_bot.send_photo(chat, album[0].photo[-1].file_id)
    assert again.photo[-1].file_unique_id == album[0].photo[-1].file_unique_id
    document = await tg_bot.send_document(chat, b"%PDF-1.4 data", filename="report.pdf")
    assert document.document.file_name == "report.pdf" and document.document.file_size == 13
    with pytest.raises(BadRequest, match=r"(?i)can't use file of type photo as document"):
        await tg_bot.send_document(chat, album[0].photo[-1].file_id)
    views = await sim_client.bot_messages(chat)
    assert views[0]["photo"]["url"].startswith("/sandbox/files/")
    assert await sim_client.download(views[-1]["document"]["url"]) == b"%PDF-1.4 data"


@pytest.fixture
async def flood_on(server: SandboxServer) -> AsyncIterator[SandboxServer]:
    limits = server.flood_limits
    saved = limits.as_dict()
    limits.update({"enabled": True, "private_burst": 3, "private_per_second": 1.0, "group_per_minute": 2})
    server.core.flood.reset()
    yield server
    limits.update(saved)
    server.core.flood.reset()


async def test_private_chat_flood_gives_429(
    flood_on: SandboxServer, tg_bot: Bot, chat: int, api: str, http: aiohttp.ClientSession
) -> None:
    for index in range(3):
        await tg_bot.send_message(chat, f"burst {index}")
    with pytest.raises(RetryAfter, match=r"Flood control exceeded. Retry in 1 second"):
        await tg_bot.send_message(chat, "one too many")
    async with http.post(f"{api}/sendMessage", json={"chat_id": chat, "text": "raw"}) as response:
        assert response.status == 429
        body = await response.json()
    assert body["error_code"] == 429 and body["parameters"]["retry_after"] >= 1
    assert body["description"] == f"Too Many Requests: retry after {body['parameters']['retry_after']}"


async def test_group_chat_flood_gives_429(
    flood_on: SandboxServer, tg_bot: Bot, sim_client: SandboxClient
) -> None:
    group = {"id": -100777, "type": "supergroup", "title": "安全群"}
    await sim_client.send_raw(
        {
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": group,
                "text": "hi",
                "from": {"id": 5, "is_bot": False, "first_name": "A"},
            }
        }
    )
    await tg_bot.send_message(group["id"], "1")
    await tg_bot.send_message(group["id"], "2")
    with pytest.raises(RetryAfter, match=r"Retry in (5\d|60) seconds"):
        await tg_bot.send_message(group["id"], "3")
