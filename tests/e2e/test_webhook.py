"""Webhook mode: the sandbox posts updates to the bot's aiohttp route with the secret header; a duplicate
delivery acts once, a wrong secret is refused, and /healthz reports the database."""

from __future__ import annotations

import asyncio
import dataclasses

import aiohttp
import pytest

from bot.assembly import build_application
from bot.http import build_http_app
from bot.runner import start_http
from tests.e2e.chat import Chat

SECRET = "test_secret-123"


@pytest.fixture
async def webhook_bot(database, settings, sim):
    app = build_application(
        dataclasses.replace(settings, webhook_url="http://127.0.0.1/tg/hook", webhook_secret=SECRET)
    )
    await app.initialize()
    await app.start()
    runner, port = await start_http(build_http_app(app), "127.0.0.1", 0)
    base = f"http://127.0.0.1:{port}"
    await app.bot.set_webhook(f"{base}/tg/hook", secret_token=SECRET)
    yield base
    await app.bot.delete_webhook()
    await runner.cleanup()
    await app.stop()
    await app.shutdown()


async def test_webhook_answers_and_duplicate_acts_once(webhook_bot, sim) -> None:
    chat = Chat(sim, 4001, "en")
    sent = await sim.send_text(4001, "/help", language_code="en")
    await chat.expect("What I can do")
    await sim.redeliver(sent["update_id"])
    await asyncio.sleep(1.0)
    assert sum("What I can do" in t for t in await chat.texts()) == 1
    info = await sim.webhook_info()
    assert info["url"].endswith("/tg/hook")


async def test_wrong_secret_is_refused_and_health_is_reported(webhook_bot) -> None:
    update = {
        "update_id": 999999,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 1, "type": "private"},
            "from": {"id": 1, "is_bot": False, "first_name": "x"},
            "text": "/help",
        },
    }
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"{webhook_bot}/tg/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
        ) as resp:
            assert resp.status == 401
        async with http.get(f"{webhook_bot}/healthz") as resp:
            assert resp.status == 200
            assert (await resp.json())["database"] == "ok"
