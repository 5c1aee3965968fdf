"""Finding 4: with WEBHOOK_URL set and no WEBHOOK_SECRET, an anonymous POST claiming any from.id used to
be handled. Now a secret is generated and kept (DATA_DIR/keys/webhook-secret, 0600), and a request
without it gets 401 before its body is read, through the real HTTP server."""

from __future__ import annotations

import asyncio
import dataclasses
import stat

import aiohttp

from bot.assembly import build_application
from bot.http import build_http_app, ensure_webhook_secret
from bot.runner import start_http
from models.users import User
from tests.e2e.chat import Chat

STAFF_ID = 777001


def forged(update_id: int) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": STAFF_ID, "type": "private"},
            "from": {"id": STAFF_ID, "is_bot": False, "first_name": "admin"},
            "text": "/help",
        },
    }


async def test_forged_webhook_update_is_refused(database, settings, sim, tmp_path) -> None:
    configured = dataclasses.replace(
        settings, webhook_url="http://127.0.0.1/tg/hook", webhook_secret=None, data_dir=tmp_path
    )
    configured = ensure_webhook_secret(configured)
    secret_file = tmp_path / "keys" / "webhook-secret"
    assert configured.webhook_secret and secret_file.read_text().strip() == configured.webhook_secret
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert ensure_webhook_secret(dataclasses.replace(configured, webhook_secret=None)).webhook_secret == (
        configured.webhook_secret
    ), "the same secret after a restart"

    app = build_application(configured)
    await app.initialize()
    await app.start()
    runner, port = await start_http(build_http_app(app), "127.0.0.1", 0)
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                async with http.post(f"{base}/tg/hook", json=forged(990001), headers=headers) as resp:
                    assert resp.status == 401
            async with http.post(f"{base}/tg/hook", data=b"not even json") as resp:
                assert resp.status == 401, "refused before the body is parsed"
            await asyncio.sleep(0.5)
            assert not await User.filter(tg_id=STAFF_ID).exists(), "the forged update was not handled"
            assert await Chat(sim, STAFF_ID, "en").texts() == []
            headers = {"X-Telegram-Bot-Api-Secret-Token": configured.webhook_secret}
            async with http.post(f"{base}/tg/hook", json=forged(990002), headers=headers) as resp:
                assert resp.status == 200, "Telegram, which knows the secret, still gets through"
    finally:
        await runner.cleanup()
        await app.stop()
        await app.shutdown()


async def test_polling_mode_route_accepts_nothing(database, settings, sim) -> None:
    app = build_application(settings)
    await app.initialize()
    runner, port = await start_http(build_http_app(app), "127.0.0.1", 0)
    try:
        async with aiohttp.ClientSession() as http:
            async with http.post(f"http://127.0.0.1:{port}/telegram/webhook", json=forged(990003)) as resp:
                assert resp.status == 401
    finally:
        await runner.cleanup()
        await app.shutdown()
