"""The product's aiohttp server: the Telegram webhook route, /healthz, /metrics, and the web pages.

The webhook route refuses (401, before reading the body) any request without the secret header; in
webhook mode a secret always exists (`ensure_webhook_secret`). It hands the update to the application and
answers only when it was handled: 200 when done or a duplicate, 503 while another delivery of it is still
being handled, 500 if handling failed. So a crash mid-update makes Telegram deliver it again instead of
losing it.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import logging
import os
import secrets

from aiohttp import web

from bot.application import BotApplication
from bot.metrics import UPDATES, WEBHOOK_REPLIES, metrics_handler
from bot.polling import SkippedUpdate, read_update
from foundation import db
from foundation.config import Settings
from foundation.logs import log_fields
from handlers.update_ledger import Claim

log = logging.getLogger(__name__)

APP_KEY = web.AppKey("bot_application", BotApplication)


async def healthz(request: web.Request) -> web.Response:
    if await db.ping():
        return web.json_response({"status": "ok", "database": "ok"})
    return web.json_response({"status": "error", "database": "unreachable"}, status=503)


async def webhook(request: web.Request) -> web.Response:
    app = request.app[APP_KEY]
    secret = app.settings.webhook_secret
    given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
    # Before the body is even read: without the secret anyone could post an update claiming any from.id.
    # No secret configured (polling mode) means the route accepts nothing.
    if secret is None or not hmac.compare_digest(given.encode(), secret.encode()):
        WEBHOOK_REPLIES.labels("401").inc()
        return web.Response(status=401, text="unauthorized")
    try:
        payload = await request.json(loads=json.loads)
    except ValueError:
        return web.Response(status=400, text="not an update")
    # A malformed update with an id is acknowledged after being logged: refused, Telegram would send it
    # again and again, holding back the updates behind it (bot/polling.py does the same for polling).
    update = read_update(payload, app.bot) if isinstance(payload, dict) else None
    if update is None:
        return web.Response(status=400, text="not an update")
    if isinstance(update, SkippedUpdate):
        UPDATES.labels("malformed", "skipped").inc()
        WEBHOOK_REPLIES.labels("200").inc()
        return web.Response(status=200, text="skipped")
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


def ensure_webhook_secret(settings: Settings) -> Settings:
    """In webhook mode a secret is required: WEBHOOK_SECRET, else one generated once and kept in
    DATA_DIR/keys/webhook-secret (0600; distribute it with the other keys to every node)."""
    if not settings.webhook_mode or settings.webhook_secret:
        return settings
    path = settings.keys_dir / "webhook-secret"
    if path.is_file():
        secret = path.read_text().strip()
    else:
        settings.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        secret = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secret + "\n")
        log.info("generated a webhook secret in %s", path)
    return dataclasses.replace(settings, webhook_secret=secret)


def build_http_app(bot_app: BotApplication | None, settings: Settings | None = None) -> web.Application:
    """The server's routes; with `settings`, also the back office, public pages and API (web/).

    Every body read through aiohttp (`post()`, `json()`, `read()`) is capped at 2 MB; the multipart
    upload routes read part by part under their own total cap (web/uploads.py)."""
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
        if settings.wechat:  # the WeChat Official Account channel: GET/POST /wechat
            from wechat import build_service
            from wechat.server import setup_wechat

            setup_wechat(http, build_service(settings))
    return http
