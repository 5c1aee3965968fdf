"""An emulation of the WeChat server side, for tests and the local WeChat chat page.

It serves the API paths the product calls under WECHAT_API_URL (/cgi-bin/token, /cgi-bin/media/get,
/cgi-bin/message/custom/send, /cgi-bin/menu/create) and plays the followers: `send_*` builds the XML
WeChat would post, signs it (and encrypts it in safe mode, with wechatpy's WeChatCrypto, as WeChat does),
posts it to the product's callback URL and records the passive reply. Like WeChat it retries a callback
that got no answer within 5 s, up to three times, with the same MsgId.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from defusedxml.ElementTree import fromstring
from wechatpy.crypto import WeChatCrypto

TOKEN_LIFETIME = 7200
CALLBACK_TIMEOUT = 5.0
EMULATOR_KEY: web.AppKey[WechatEmulator] = web.AppKey("wechat_emulator")


def _sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode(), usedforsecurity=False).hexdigest()


def _cdata(value: str) -> str:
    return "<![CDATA[" + value.replace("]]>", "]]]]><![CDATA[>") + "]]>"


@dataclass
class Said:
    """One message in a follower's conversation, as the chat page shows it."""

    openid: str
    by: str  # "user" or "account"
    kind: str  # "text", "image", "location", "event" (user) / "passive", "custom" (account)
    text: str
    at: float = field(default_factory=time.time)


class WechatEmulator:
    def __init__(
        self,
        token: str = "sandboxtoken",
        app_id: str = "wxsandbox0000001",
        app_secret: str = "sandbox-secret",
        aes_key: str | None = None,
        account: str = "gh_sandbox",
    ) -> None:
        self.token, self.app_id, self.app_secret, self.account = token, app_id, app_secret, account
        self.crypto = WeChatCrypto(token, aes_key, app_id) if aes_key else None
        self.callback_url: str | None = None
        self.access_tokens: dict[str, float] = {}
        self.token_fetches = 0
        self.media: dict[str, tuple[bytes, str]] = {}
        self.said: list[Said] = []
        self.menu: dict[str, Any] | None = None
        self.callbacks = 0  # POSTs made to the product, retries included
        self._ids = itertools.count(int(time.time() * 1000))
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self.host = "127.0.0.1"
        self._session: aiohttp.ClientSession | None = None
        self.changed = asyncio.Event()

    # --- the API the product calls ---------------------------------------------------------------
    def _valid(self, request: web.Request) -> bool:
        expires = self.access_tokens.get(request.query.get("access_token", ""))
        return expires is not None and expires > time.time()

    def expire_tokens(self) -> None:
        """As if every token had run out (the next call answers 42001)."""
        self.access_tokens = {k: 0.0 for k in self.access_tokens}

    async def token_route(self, request: web.Request) -> web.Response:
        q = request.query
        if q.get("appid") != self.app_id or q.get("secret") != self.app_secret:
            return web.json_response({"errcode": 40125, "errmsg": "invalid appsecret"})
        self.token_fetches += 1
        token = secrets.token_urlsafe(24)
        self.access_tokens = {token: time.time() + TOKEN_LIFETIME}  # a new token voids the old one
        return web.json_response({"access_token": token, "expires_in": TOKEN_LIFETIME})

    def _token_error(self, request: web.Request) -> web.Response | None:
        if self._valid(request):
            return None
        known = request.query.get("access_token", "") in self.access_tokens
        code = 42001 if known else 40001
        return web.json_response({"errcode": code, "errmsg": "access_token expired or invalid"})

    async def media_route(self, request: web.Request) -> web.Response:
        if (error := self._token_error(request)) is not None:
            return error
        stored = self.media.get(request.query.get("media_id", ""))
        if stored is None:
            return web.json_response({"errcode": 40007, "errmsg": "invalid media_id"})
        return web.Response(body=stored[0], content_type=stored[1])

    async def custom_send_route(self, request: web.Request) -> web.Response:
        if (error := self._token_error(request)) is not None:
            return error
        payload = await request.json()
        if payload.get("msgtype") != "text":
            return web.json_response({"errcode": 40008, "errmsg": "invalid message type"})
        self._record(Said(payload.get("touser", ""), "account", "custom", payload["text"]["content"]))
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def menu_route(self, request: web.Request) -> web.Response:
        if (error := self._token_error(request)) is not None:
            return error
        self.menu = await request.json()
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    def _record(self, said: Said) -> None:
        self.said.append(said)
        self.changed.set()

    # --- the followers ---------------------------------------------------------------------------
    def add_media(self, data: bytes, content_type: str = "image/jpeg") -> str:
        media_id = secrets.token_urlsafe(32)
        self.media[media_id] = (data, content_type)
        return media_id

    def build(self, openid: str, kind: str, values: dict[str, str], msg_id: int | None = None) -> str:
        parts = {
            "ToUserName": self.account,
            "FromUserName": openid,
            "CreateTime": str(int(time.time())),
            "MsgType": kind,
            **values,
        }
        if kind != "event":
            parts["MsgId"] = str(msg_id if msg_id is not None else next(self._ids))
        body = "".join(f"<{k}>{_cdata(v) if not v.isdigit() else v}</{k}>" for k, v in parts.items())
        return f"<xml>{body}</xml>"

    def signed_query(self, body: str, encrypt: bool) -> tuple[dict[str, str], str]:
        """The query string and body WeChat would post (encrypted in safe mode)."""
        timestamp, nonce = str(int(time.time())), secrets.token_hex(5)
        query = {"signature": _sign(self.token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
        if encrypt and self.crypto is not None:
            envelope = self.crypto.encrypt_message(body, nonce, timestamp)
            encrypted = fromstring(envelope).findtext("Encrypt") or ""
            to = f"<ToUserName>{_cdata(self.account)}</ToUserName>"
            body = f"<xml>{to}<Encrypt>{_cdata(encrypted)}</Encrypt></xml>"
            query.update(
                encrypt_type="aes", msg_signature=_sign(self.token, timestamp, nonce, encrypted), openid="x"
            )
        return query, body

    async def post(
        self, body: str, *, retries: int = 3, query: dict[str, str] | None = None
    ) -> tuple[int, str]:
        """Posts one callback like WeChat: retried (same body, fresh signature) while it gets no answer
        in 5 s, at most `retries` times. The reply's text is recorded and returned."""
        if self.callback_url is None:
            raise RuntimeError("no callback URL: the product's /wechat is not known yet")
        self._session = self._session or aiohttp.ClientSession()
        status, text = 0, ""
        for _attempt in range(1 + retries):
            send_query, send_body = (query, body) if query else self.signed_query(body, True)
            self.callbacks += 1
            try:
                async with self._session.post(
                    self.callback_url,
                    params=send_query,
                    data=send_body.encode(),
                    headers={"Content-Type": "text/xml"},
                    timeout=aiohttp.ClientTimeout(total=CALLBACK_TIMEOUT),
                ) as response:
                    status, text = response.status, await response.text()
                break
            except TimeoutError:
                continue
        if status == 200:
            self._record_reply(text)
        return status, text

    def _record_reply(self, text: str) -> None:
        if not text or text == "success":
            return
        root = fromstring(text.encode())
        encrypted = root.findtext("Encrypt")
        if encrypted is not None and self.crypto is not None:
            plain = self.crypto.decrypt_message(
                text,
                root.findtext("MsgSignature") or "",
                root.findtext("TimeStamp") or "",
                root.findtext("Nonce") or "",
            )
            root = fromstring(plain.encode() if isinstance(plain, str) else plain)
        if root.findtext("MsgType") == "text":
            self._record(
                Said(root.findtext("ToUserName") or "", "account", "passive", root.findtext("Content") or "")
            )

    async def send_text(self, openid: str, text: str, **kw: Any) -> tuple[int, str]:
        self._record(Said(openid, "user", "text", text))
        return await self.post(self.build(openid, "text", {"Content": text}), **kw)

    async def send_image(self, openid: str, data: bytes, **kw: Any) -> tuple[int, str]:
        media_id = self.add_media(data)
        self._record(Said(openid, "user", "image", media_id))
        values = {"PicUrl": f"http://{self.host}/media/{media_id}", "MediaId": media_id}
        return await self.post(self.build(openid, "image", values), **kw)

    async def send_location(
        self, openid: str, lat: float, lon: float, label: str, **kw: Any
    ) -> tuple[int, str]:
        self._record(Said(openid, "user", "location", label))
        values = {"Location_X": f"{lat:.6f}", "Location_Y": f"{lon:.6f}", "Scale": "15", "Label": label}
        return await self.post(self.build(openid, "location", values), **kw)

    async def send_event(self, openid: str, event: str, key: str = "", **kw: Any) -> tuple[int, str]:
        self._record(Said(openid, "user", "event", f"{event} {key}".strip()))
        values = {"Event": event, **({"EventKey": key} if key else {})}
        return await self.post(self.build(openid, "event", values), **kw)

    def answers(self, openid: str) -> list[str]:
        """What the account said to `openid`, passive replies and customer-service messages, in order."""
        return [s.text for s in self.said if s.openid == openid and s.by == "account"]

    async def wait_answers(self, openid: str, count: int, wait: float = 30.0) -> list[str]:
        """Waits until the account has said `count` things to `openid` in all."""
        deadline = time.monotonic() + wait
        while len(self.answers(openid)) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"only {len(self.answers(openid))} answers: {self.answers(openid)}")
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), min(left, 0.5))
            except TimeoutError:
                pass
        return self.answers(openid)

    def reset(self) -> None:
        self.said.clear()
        self.media.clear()
        self.menu = None
        self.callbacks = 0

    # --- serving ---------------------------------------------------------------------------------
    def build_app(self) -> web.Application:
        from sandbox.wechat import page

        app = web.Application(client_max_size=25 * 1024 * 1024)
        app[EMULATOR_KEY] = self
        app.router.add_get("/cgi-bin/token", self.token_route)
        app.router.add_get("/cgi-bin/media/get", self.media_route)
        app.router.add_post("/cgi-bin/message/custom/send", self.custom_send_route)
        app.router.add_post("/cgi-bin/menu/create", self.menu_route)
        page.add_routes(app)
        return app

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        runner = web.AppRunner(self.build_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self._port}"

    @property
    def chat_page_url(self) -> str:
        return self.base_url + "/wechat-sandbox/"
