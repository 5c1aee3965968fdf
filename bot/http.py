"""The product's aiohttp server: the Telegram webhook route, /healthz, /metrics, and the web pages.

The webhook route hands the update to the application and answers only when it was handled: 200 when done
or a duplicate, 503 while another delivery of it is still being handled, 500 if handling failed. So a
crash mid-update makes Telegram deliver it again instead of losing it.
"""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from telegram import Update

from bot import db
from bot.application import BotApplication
from bot.config import Settings
from bot.logs import log_fields
from bot.metrics import WEBHOOK_REPLIES, metrics_handler
from bot.update_ledger import Claim

log = logging.getLogger(__name__)

APP_KEY = web.AppKey("bot_application", BotApplication)


async def healthz(request: web.Request) -> web.Response:
    if await db.ping():
        return web.json_response({"status": "ok", "database": "ok"})
    return web.json_response({"status": "error", "database": "unreachable"}, status=503)


async def webhook(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    secret = app.settings.webhook_secret
    if secret is not None:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403, text="forbidden")
    try:
        payload = await request.json(loads=json.loads)
        update = Update.de_json(payload, app.bot)
    except (ValueError, TypeError, KeyError):
        return web.Response(status=400, text="not an update")
    if update is None:
        return web.Response(status=400, text="not an update")
    try:
        claim = await app.handle_update(update)
    except Exception:
        log_fields(log, "webhook update failed", level=logging.ERROR, update_id=update.update_id)
        log.debug("webhook failure detail", exc_info=True)
        WEBHOOK_REPLIES.labels("500").inc()
        return web.Response(status=500, text="failed")
    if claim is Claim.BUSY:
        WEBHOOK_REPLIES.labels("503").inc()
        return web.Response(status=503, text="busy", headers={"Retry-After": "1"})
    WEBHOOK_REPLIES.labels("200").inc()
    return web.Response(status=200, text="ok")


def build_http_app(bot_app: BotApplication | None, settings: Settings | None = None) -> web.Application:
    """The server's routes; with `settings`, also the back office, public pages and API (web/)."""
    http = web.Application(client_max_size=2 * 1024 * 1024)
    http.router.add_get("/healthz", healthz)
    token = (
        settings.metrics_token
        if settings is not None
        else (bot_app.settings.metrics_token if bot_app else None)
    )
    http.router.add_get("/metrics", metrics_handler(token))
    if bot_app is not None:
        http[APP_KEY] = bot_app
        http.router.add_post(bot_app.settings.webhook_path, webhook)
    if settings is not None:
        from web import setup_web

        setup_web(http, settings)
    return http
