"""Webhook delivery with Telegram's guarantees: retry until 2xx, in order within a chat.

A bot deployed with webhooks must cope with redelivery after its own errors or timeouts and must
not rely on updates of different chats arriving in order; this deliverer reproduces exactly that.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from .updates import Pending, UpdateQueue, is_allowed, update_chat_id

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
FIRST_BACKOFF = 0.2
MAX_BACKOFF = 5.0
MAX_LOG = 1000


@dataclass
class WebhookConfig:
    url: str
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None
    ip_address: str = "127.0.0.1"


@dataclass
class DeliveryStats:
    """Counters and a bounded attempt log that tests read through /sandbox/api/webhook."""

    delivered: int = 0
    acknowledged: int = 0
    failed: int = 0
    last_error_date: int | None = None
    last_error_message: str | None = None
    log: list[dict[str, Any]] = field(default_factory=list)

    def note(self, entry: dict[str, Any]) -> None:
        self.log.append(entry)
        del self.log[:-MAX_LOG]


class WebhookDeliverer:
    """Background task that POSTs pending updates to the configured webhook URL."""

    def __init__(self, queue: UpdateQueue, timeout: float) -> None:
        self.queue = queue
        self.timeout = timeout
        self.config: WebhookConfig | None = None
        self.stats = DeliveryStats()
        self._task: asyncio.Task[None] | None = None
        self._inflight: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    def start(self) -> None:
        self._session = aiohttp.ClientSession()
        self._task = asyncio.create_task(self._run(), name="sandbox-webhook")

    async def stop(self) -> None:
        tasks = [task for task in (self._task, *self._inflight) if task]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._session:
            await self._session.close()

    def configure(self, config: WebhookConfig | None) -> None:
        """Switch URL (or turn delivery off); queued updates are retried at once at the new URL."""
        self.config = config
        self.queue.webhook_active = config is not None
        for entry in self.queue.pending:
            entry.next_attempt = 0.0
        if config is None:
            self.stats.last_error_date = None
            self.stats.last_error_message = None
        self.queue.notify()

    def reset_stats(self) -> None:
        self.stats = DeliveryStats()

    def info(self) -> dict[str, Any]:
        """The WebhookInfo object of getWebhookInfo."""
        info: dict[str, Any] = {
            "url": self.config.url if self.config else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.queue.pending),
        }
        if self.config:
            info["max_connections"] = self.config.max_connections
            info["ip_address"] = self.config.ip_address
            if self.config.allowed_updates:
                info["allowed_updates"] = self.config.allowed_updates
        if self.stats.last_error_date:
            info["last_error_date"] = self.stats.last_error_date
            info["last_error_message"] = self.stats.last_error_message
        return info

    async def _run(self) -> None:
        while True:
            wake_in = self._schedule()
            await self.queue.wait_changed(wake_in)

    def _schedule(self) -> float | None:
        """Start every delivery that ordering and max_connections allow; return when to look again."""
        config = self.config
        if config is None:
            return None
        now = time.monotonic()
        wake_in: float | None = None
        seen_lanes: set[Any] = set()
        for entry in list(self.queue.pending):
            lane = update_chat_id(entry.update)
            lane_key = ("chat", lane) if lane is not None else ("update", id(entry))
            if lane_key in seen_lanes:
                continue
            seen_lanes.add(lane_key)
            if entry.in_flight:
                continue
            if not is_allowed(entry.update, config.allowed_updates):
                self.queue.pending.remove(entry)
                continue
            if sum(pending.in_flight for pending in self.queue.pending) >= config.max_connections:
                break
            if entry.next_attempt > now:
                delay = entry.next_attempt - now
                wake_in = delay if wake_in is None else min(wake_in, delay)
                continue
            entry.in_flight = True
            task = asyncio.create_task(self._deliver(entry, config))
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)
        return wake_in

    async def _deliver(self, entry: Pending, config: WebhookConfig) -> None:
        headers = {"Content-Type": "application/json"}
        if config.secret_token:
            headers[SECRET_HEADER] = config.secret_token
        error: str | None = None
        status: int | None = None
        started = time.time()
        self.stats.delivered += 1
        entry.attempts += 1
        assert self._session is not None
        try:
            async with self._session.post(
                config.url,
                json=entry.update,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            ) as response:
                await response.read()
                status = response.status
                if not 200 <= status < 300:
                    error = f"Wrong response from the webhook: {status} {response.reason or ''}".rstrip()
        except TimeoutError:
            error = "Read timeout expired"
        except aiohttp.ClientConnectorError:
            error = "Connection refused"
        except aiohttp.ClientError as exc:
            error = f"Connection error: {exc.__class__.__name__}"
        finally:
            entry.in_flight = False
        self.stats.note(
            {
                "update_id": entry.update_id,
                "attempt": entry.attempts,
                "time": started,
                "status": status,
                "error": error,
            }
        )
        if error is None:
            self.stats.acknowledged += 1
            self.queue.remove(entry)
            return
        self.stats.failed += 1
        self.stats.last_error_date = int(time.time())
        self.stats.last_error_message = error
        backoff = min(FIRST_BACKOFF * 2 ** (entry.attempts - 1), MAX_BACKOFF)
        entry.next_attempt = time.monotonic() + backoff
        log.debug("webhook delivery of update %s failed: %s", entry.update_id, error)
        self.queue.notify()
