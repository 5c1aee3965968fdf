"""The WeChat API, called with aiohttp (wechatpy's client is synchronous and would block the event loop).

The access token is valid 7,200 s and every fetch invalidates the previous one, so it is fetched once and
shared by all processes through the database (models.wechat.WechatToken): a process takes the row's token
while it has more than REFRESH_MARGIN left; otherwise one process refreshes it (the others see the new row).
An API answer of 40001 (invalid token) or 42001 (expired) refetches it once and retries the call.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta
from typing import Any

import aiohttp

from foundation import clock
from foundation.config import Settings
from foundation.logs import log_fields
from models.wechat import WechatToken

log = logging.getLogger(__name__)
REFRESH_MARGIN = timedelta(minutes=10)
TOKEN_ERRORS = (40001, 40014, 42001)
MAX_MEDIA = 20 * 1024 * 1024
TIMEOUT = aiohttp.ClientTimeout(total=20)


async def read_bounded(stream: aiohttp.StreamReader, limit: int) -> bytes:
    """At most `limit` bytes of a body (a single read() may return only what has arrived so far)."""
    chunks, size = [], 0
    async for chunk in stream.iter_chunked(64 * 1024):
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(chunks)[:limit]


class WechatApiError(RuntimeError):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"WeChat API error {code}: {message}")
        self.code = code


class WechatApi:
    def __init__(self, settings: Settings, session: aiohttp.ClientSession | None = None) -> None:
        self.base = settings.wechat_api_url.rstrip("/")
        self.app_id = settings.wechat_app_id or ""
        self.secret = settings.wechat_app_secret or ""
        self._session = session
        self._lock = asyncio.Lock()

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=TIMEOUT)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def token(self, force: bool = False) -> str:
        """The shared access token; `force` after the API said the current one is no longer valid."""
        async with self._lock:
            row = await WechatToken.get_or_none(app_id=self.app_id)
            if row is not None and not force and row.expires_at - REFRESH_MARGIN > clock.now():
                return row.token
            session = await self.session()
            async with session.get(
                f"{self.base}/cgi-bin/token",
                params={"grant_type": "client_credential", "appid": self.app_id, "secret": self.secret},
            ) as response:
                data = await response.json(content_type=None)
            if "access_token" not in data:
                raise WechatApiError(int(data.get("errcode", -1)), str(data.get("errmsg", "")))
            expires = clock.now() + timedelta(seconds=int(data.get("expires_in", 7200)))
            if row is None:
                await WechatToken.get_or_create(
                    app_id=self.app_id, defaults={"token": data["access_token"], "expires_at": expires}
                )
                await WechatToken.filter(app_id=self.app_id).update(
                    token=data["access_token"], expires_at=expires
                )
            else:
                await WechatToken.filter(app_id=self.app_id).update(
                    token=data["access_token"], expires_at=expires, version=row.version + 1
                )
            return data["access_token"]

    async def _call(
        self,
        method: str,
        path: str,
        payload: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
    ) -> tuple[bytes, str]:
        """Calls `path` with the token; the network's failures come out as WechatApiError(-1)."""
        try:
            return await self._call_once(method, path, payload, params)
        except (TimeoutError, aiohttp.ClientError, ValueError) as exc:
            raise WechatApiError(-1, f"unreachable: {type(exc).__name__}") from exc

    async def _call_once(
        self, method: str, path: str, payload: dict[str, Any] | None, params: dict[str, str] | None
    ) -> tuple[bytes, str]:
        """Calls `path` with the token; refetches the token once on 40001/42001."""
        for attempt in (0, 1):
            token = await self.token(force=attempt == 1)
            session = await self.session()
            body = json.dumps(payload, ensure_ascii=False).encode() if payload is not None else None
            async with session.request(
                method,
                f"{self.base}{path}",
                params={**(params or {}), "access_token": token},
                data=body,
                headers={"Content-Type": "application/json; charset=utf-8"} if body else None,
            ) as response:
                content_type = response.headers.get("Content-Type", "")
                data = await read_bounded(response.content, MAX_MEDIA + 1)
            if len(data) > MAX_MEDIA:
                raise WechatApiError(-2, "answer too large")
            if content_type.startswith(("application/json", "text/plain")) or data[:1] == b"{":
                answer = json.loads(data or b"{}")
                code = int(answer.get("errcode", 0) or 0)
                if code in TOKEN_ERRORS and attempt == 0:
                    log_fields(log, "wechat token refused, refetching", errcode=code)
                    continue
                if code:
                    raise WechatApiError(code, str(answer.get("errmsg", "")))
            return data, content_type
        raise WechatApiError(40001, "token refused twice")  # pragma: no cover - the loop returns or raises

    async def media(self, media_id: str) -> bytes:
        """The image a follower sent, by its MediaId (temporary media, kept 3 days by WeChat)."""
        data, content_type = await self._call("GET", "/cgi-bin/media/get", params={"media_id": media_id})
        if content_type.startswith("application/json"):
            raise WechatApiError(-3, "no media")
        return data

    async def send_text(self, openid: str, text: str) -> None:
        """A customer-service message (客服消息): allowed within 48 h of the follower's last message."""
        await self._call(
            "POST",
            "/cgi-bin/message/custom/send",
            {"touser": openid, "msgtype": "text", "text": {"content": text}},
        )

    async def create_menu(self, menu: dict[str, Any]) -> None:
        await self._call("POST", "/cgi-bin/menu/create", menu)
