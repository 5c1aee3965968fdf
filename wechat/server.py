"""`GET/POST /wechat`: WeChat's server check and its message callbacks, on the product's aiohttp app.

A callback is refused (403) unless its signature is right and its timestamp recent, before the body is
read; the body is read under MAX_BODY and parsed with DTDs refused (wechat/protocol.py). Each delivery is
claimed once in the database (MsgId, or sender + CreateTime for events), so WeChat's three retries and a
second process behind the load balancer do nothing more. The answer goes back as the passive XML reply
when it is ready within REPLY_WINDOW (WeChat waits 5 s); otherwise the callback answers `success` at once
and the answer follows through the customer-service API when it is ready (a slow OCR or QR read).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import defaultdict, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from aiohttp import web
from tortoise.exceptions import IntegrityError
from wechatpy.replies import TextReply

from foundation import leases
from foundation.i18n import translator
from foundation.logs import log_fields
from models.wechat import WechatMessage
from wechat import dialog
from wechat.api import WechatApiError, read_bounded
from wechat.protocol import MAX_BODY, Incoming, Protocol, Refused, check_signature, delivery_key

log = logging.getLogger(__name__)
REPLY_WINDOW = 4.0  # seconds; WeChat gives up at 5 and retries
MAX_TEXT = 600  # characters of one message: WeChat's limit is 2048 bytes of UTF-8
FOLLOWER_LEASE = timedelta(seconds=120)  # longer than any one answer takes (an OCR under load)
FOLLOWER_WAIT = 130.0  # seconds to wait for the follower's previous message before going ahead
PER_MINUTE = 30  # messages one follower may send in a minute before being told to slow down

SERVICE_KEY: web.AppKey[WechatService] = web.AppKey("wechat_service")


def split(text: str) -> list[str]:
    """Long answers in pieces WeChat accepts, cut at line ends where possible."""
    pieces: list[str] = []
    while len(text) > MAX_TEXT:
        cut = text.rfind("\n", 0, MAX_TEXT)
        cut = cut if cut > MAX_TEXT // 2 else MAX_TEXT
        pieces.append(text[:cut])
        text = text[cut:].lstrip("\n")
    return [*pieces, text] if text else pieces


class WechatService:
    def __init__(self, channel: dialog.Channel, window: float = REPLY_WINDOW) -> None:
        settings = channel.settings
        self.channel = channel
        self.protocol = Protocol(
            settings.wechat_token or "", settings.wechat_app_id or "", settings.wechat_aes_key
        )
        self.window = window
        self._later: set[asyncio.Task] = set()
        self._recent: dict[str, deque[float]] = defaultdict(deque)
        self._locks: dict[str, asyncio.Lock] = {}
        self._owner = f"wechat:{uuid.uuid4().hex}"

    def _too_fast(self, openid: str) -> bool:
        now = time.monotonic()
        seen = self._recent[openid]
        while seen and now - seen[0] > 60:
            seen.popleft()
        seen.append(now)
        if len(self._recent) > 10_000:  # bounded memory: forget the idle ones
            for key in [k for k, v in self._recent.items() if not v or now - v[-1] > 60]:
                del self._recent[key]
        return len(seen) > PER_MINUTE

    async def check(self, request: web.Request) -> web.Response:
        try:
            return web.Response(text=self.protocol.echo(dict(request.query)))
        except Refused as exc:
            return web.Response(status=exc.status, text=exc.reason)

    async def callback(self, request: web.Request) -> web.Response:
        query = dict(request.query)
        try:
            check_signature(self.protocol.token, query)
            if (request.content_length or 0) > MAX_BODY:
                raise Refused(413, "too large")
            body = await read_bounded(request.content, MAX_BODY + 1)
            incoming = self.protocol.incoming(query, body)
        except Refused as exc:
            log_fields(log, "wechat callback refused", status=exc.status, reason=exc.reason)
            return web.Response(status=exc.status, text=exc.reason)
        fields = incoming.fields
        key = delivery_key(fields)
        try:
            await WechatMessage.create(key=key)
        except IntegrityError:  # a retry, or another process has it: answered once already
            return web.Response(text="success")
        openid = fields["FromUserName"]
        if self._too_fast(openid):
            _ = translator(self.channel.settings.default_locale)
            return self._passive(
                incoming, query, _("You are sending messages very fast. Please wait a minute.")
            )
        task = asyncio.create_task(self._answer(incoming, key))
        done, _pending = await asyncio.wait({task}, timeout=self.window)
        if task not in done:
            self._keep(asyncio.create_task(self._send_when_ready(task, openid)))
            return web.Response(text="success")
        texts = [piece for text in task.result() for piece in split(text)]
        if not texts:
            return web.Response(text="success")
        if len(texts) > 1:
            self._keep(asyncio.create_task(self._send(openid, texts[1:])))
        return self._passive(incoming, query, texts[0])

    def _passive(self, incoming: Incoming, query: dict[str, str], text: str) -> web.Response:
        fields = incoming.fields
        reply = TextReply(source=fields.get("ToUserName", ""), target=fields["FromUserName"], content=text)
        xml = self.protocol.reply(reply.render(), query.get("nonce", ""), incoming.encrypted)
        return web.Response(text=xml, content_type="application/xml")

    @asynccontextmanager
    async def _one_at_a_time(self, openid: str) -> AsyncIterator[None]:
        """One message of a follower at a time, across processes (a database lease on the follower's
        conversation): two photos sent in a row must both land in the form, not one overwrite the other."""
        lock = self._locks.setdefault(openid, asyncio.Lock())
        name = "wx:" + dialog.index_of(self.channel, openid)[:60]
        async with lock:
            deadline = time.monotonic() + FOLLOWER_WAIT
            while not await leases.acquire(name, self._owner, FOLLOWER_LEASE):
                if time.monotonic() > deadline:  # a crashed holder: its lease runs out on its own
                    break
                await asyncio.sleep(0.05)
            try:
                yield
            finally:
                await leases.release(name, self._owner)
        if len(self._locks) > 10_000:  # bounded memory: forget the idle followers' locks
            for follower in [k for k, v in self._locks.items() if not v.locked()]:
                del self._locks[follower]

    async def _answer(self, incoming: Incoming, key: str) -> list[str]:
        try:
            async with self._one_at_a_time(incoming.fields["FromUserName"]):
                return await dialog.handle(self.channel, incoming.message, incoming.fields)
        except Exception:
            log.exception("wechat message failed")
            await WechatMessage.filter(key=key).delete()  # let WeChat's retry (or the user) try again
            conv = await dialog.conversation(self.channel, incoming.fields["FromUserName"])
            return [translator(conv.language)(dialog.UNREADABLE)]

    def _keep(self, task: asyncio.Task) -> None:
        self._later.add(task)
        task.add_done_callback(self._later.discard)

    async def _send_when_ready(self, task: asyncio.Task, openid: str) -> None:
        texts = await task
        await self._send(openid, [piece for text in texts for piece in split(text)])

    async def _send(self, openid: str, texts: list[str]) -> None:
        for text in texts:
            try:
                await self.channel.api.send_text(openid, text)
            except (TimeoutError, WechatApiError, OSError) as exc:
                log_fields(log, "wechat customer message failed", error=type(exc).__name__)
                return

    async def drain(self) -> None:
        """Waits for answers still being prepared (at shutdown, and in tests)."""
        while self._later:
            await asyncio.gather(*list(self._later), return_exceptions=True)


LEDGER_DAYS = 2  # WeChat retries within seconds; a day's margin covers clock skew and slow retries


async def forget_old_deliveries(now: datetime) -> int:
    """Drops ledger rows no retry can match any more (their timestamps are refused as stale anyway)."""
    return await WechatMessage.filter(created_at__lt=now - timedelta(days=LEDGER_DAYS)).delete()


def setup_wechat(app: web.Application, service: WechatService) -> None:
    """Mounts GET/POST /wechat on the product's web app (before it starts)."""
    app[SERVICE_KEY] = service
    app.router.add_get("/wechat", service.check)
    app.router.add_post("/wechat", service.callback)

    async def close(_app: web.Application) -> None:
        await service.drain()
        await service.channel.api.close()

    app.on_cleanup.append(close)
