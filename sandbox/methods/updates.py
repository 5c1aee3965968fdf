"""getUpdates and the webhook methods, which decide how queued updates reach the bot."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from ..core import SandboxCore
from ..limits import (
    DEFAULT_WEBHOOK_CONNECTIONS,
    MAX_POLL_TIMEOUT,
    MAX_SECRET_TOKEN,
    MAX_UPDATES_LIMIT,
    MAX_WEBHOOK_CONNECTIONS,
    SECRET_TOKEN_INVALID,
    WEBHOOK_HTTPS_REQUIRED,
    bad_request,
)
from ..params import Params
from ..webhook import WebhookConfig
from .registry import method

_SECRET = re.compile(r"[A-Za-z0-9_-]+")


def _allowed_updates(params: Params) -> list[str] | None:
    value = params.get_json("allowed_updates")
    if value is None:
        return None
    if not isinstance(value, list):
        raise bad_request("Bad Request: can't parse allowed updates JSON object")
    return [str(item) for item in value]


@method("getUpdates")
async def get_updates(core: SandboxCore, params: Params) -> list[dict[str, Any]]:
    limit = min(max(params.get_int("limit", MAX_UPDATES_LIMIT) or 1, 1), MAX_UPDATES_LIMIT)
    timeout = min(max(params.get_float("timeout", 0.0) or 0.0, 0.0), float(MAX_POLL_TIMEOUT))
    allowed = _allowed_updates(params)
    if allowed is not None:
        core.updates.allowed_updates = allowed or None
    return await core.updates.get_updates(params.get_int("offset"), limit, timeout)


@method("setWebhook")
async def set_webhook(core: SandboxCore, params: Params) -> bool:
    """Plain http:// URLs are accepted (unlike Telegram) so local bots need no TLS certificate."""
    url = params.get_str("url") or ""
    if not url:
        return await delete_webhook(core, params)
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise bad_request(WEBHOOK_HTTPS_REQUIRED)
    secret = params.get_str("secret_token") or None
    if secret is not None and not (1 <= len(secret) <= MAX_SECRET_TOKEN and _SECRET.fullmatch(secret)):
        raise bad_request(SECRET_TOKEN_INVALID)
    connections = (
        params.get_int("max_connections", DEFAULT_WEBHOOK_CONNECTIONS) or DEFAULT_WEBHOOK_CONNECTIONS
    )
    allowed = _allowed_updates(params)
    if params.get_bool("drop_pending_updates"):
        core.updates.drop_pending()
    core.webhook.configure(
        WebhookConfig(
            url=url,
            secret_token=secret,
            max_connections=min(max(connections, 1), MAX_WEBHOOK_CONNECTIONS),
            allowed_updates=allowed if allowed else None,
            ip_address=params.get_str("ip_address") or "127.0.0.1",
        )
    )
    return True


@method("deleteWebhook")
async def delete_webhook(core: SandboxCore, params: Params) -> bool:
    if params.get_bool("drop_pending_updates"):
        core.updates.drop_pending()
    core.webhook.configure(None)
    return True


@method("getWebhookInfo")
async def get_webhook_info(core: SandboxCore, params: Params) -> dict[str, Any]:
    return core.webhook.info()
