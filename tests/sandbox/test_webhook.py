"""Webhook delivery: secret header, redelivery after errors/timeouts, per-chat order, 409 on getUpdates."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import Conflict

from sandbox import FloodLimits, SandboxClient, SandboxServer

SECRET = "s3cret_token-1"


@dataclass
class Receiver:
    """A tiny webhook endpoint that records every attempt and fails on demand."""

    url: str = ""
    attempts: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=dict)  # message text -> attempts to refuse with 500
    slow_first: set[str] = field(
        default_factory=set
    )  # message texts whose first attempt outlasts the timeout
    delay: float = 0.0
    active: int = 0
    max_active: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        update = await request.json()
        update_id = update["update_id"]
        text = update.get("message", {}).get("text")
        seen_before = any(attempt["update_id"] == update_id for attempt in self.attempts)
        self.attempts.append(
            {
                "update_id": update_id,
                "secret": request.headers.get("X-Telegram-Bot-Api-Secret-Token"),
                "chat": update.get("message", {}).get("chat", {}).get("id"),
                "text": text,
            }
        )
        if text in self.slow_first and not seen_before:
            await asyncio.sleep(1.5)
        if self.delay:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            await asyncio.sleep(self.delay)
            self.active -= 1
        if self.failures.get(text, 0) > 0:
            self.failures[text] -= 1
            return web.Response(status=500, text="boom")
        return web.Response(text="ok")

    def ids(self, chat: int | None = None) -> list[int]:
        return [a["update_id"] for a in self.attempts if chat is None or a["chat"] == chat]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    hook = Receiver()
    app = web.Application()
    app.router.add_post("/hook", hook.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    hook.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield hook
    await runner.cleanup()


@pytest.fixture
async def hooked(tg_bot: Bot, receiver: Receiver, sim_client: SandboxClient) -> AsyncIterator[Receiver]:
    assert await tg_bot.set_webhook(receiver.url, secret_token=SECRET)
    yield receiver
    await tg_bot.delete_webhook(drop_pending_updates=True)


async def wait_until(condition: Any, within: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


async def test_delivery_with_secret_retry_and_order(
    hooked: Receiver, tg_bot: Bot, sim_client: SandboxClient
) -> None:
    hooked.failures["a1"] = 3  # refused for 0.2 + 0.4 + 0.8 s of backoff
    await sim_client.send_text(4001, "a1")
    await sim_client.send_text(4001, "a2")
    await sim_client.send_text(4001, "a3")
    await sim_client.send_text(4002, "b1")
    await wait_until(lambda: len(hooked.attempts) >= 7)
    texts = [attempt["text"] for attempt in hooked.attempts]
    assert [text for text in texts if text != "b1"] == ["a1"] * 4 + ["a2", "a3"]  # a2 waits for a1's 2xx
    assert texts.index("b1") < 4  # another chat is not held up by a1's failures
    assert {attempt["secret"] for attempt in hooked.attempts} == {SECRET}
    info = await tg_bot.get_webhook_info()
    assert info.url == hooked.url and info.pending_update_count == 0
    assert info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
    counters = await sim_client.webhook_info()
    assert (counters["delivered"], counters["acknowledged"], counters["failed"]) == (7, 4, 3)


async def test_get_updates_conflicts_with_webhook(hooked: Receiver, tg_bot: Bot) -> None:
    with pytest.raises(Conflict, match=r"can't use getUpdates method while webhook is active"):
        await tg_bot.get_updates(timeout=0)


async def test_redeliver_in_webhook_mode(hooked: Receiver, sim_client: SandboxClient) -> None:
    sent = await sim_client.send_text(4003, "/help")
    await wait_until(lambda: len(hooked.attempts) == 1)
    await sim_client.redeliver(sent["update_id"])
    await wait_until(lambda: len(hooked.attempts) == 2)
    assert hooked.ids() == [sent["update_id"], sent["update_id"]]


async def test_timeout_counts_as_failure_and_is_redelivered(
    hooked: Receiver, sim_client: SandboxClient, tg_bot: Bot
) -> None:
    hooked.slow_first.add("slow")
    await sim_client.send_text(4004, "slow")
    await wait_until(lambda: len(hooked.attempts) == 2, within=4)
    info = await tg_bot.get_webhook_info()
    assert info.last_error_message == "Read timeout expired"


async def test_unreachable_webhook_keeps_updates_pending(tg_bot: Bot, sim_client: SandboxClient) -> None:
    await tg_bot.set_webhook("http://127.0.0.1:9/nothing-listens-here")
    try:
        await sim_client.send_text(4005, "lost?")
        await asyncio.sleep(0.3)
        info = await tg_bot.get_webhook_info()
        assert info.pending_update_count == 1 and info.last_error_message == "Connection refused"
    finally:
        await tg_bot.delete_webhook()
    [update] = await tg_bot.get_updates(timeout=0)
    assert update.message.text == "lost?"
    await tg_bot.get_updates(offset=update.update_id + 1, timeout=0)


async def test_max_connections_bounds_parallel_deliveries(receiver: Receiver) -> None:
    server = SandboxServer("1:T", flood_limits=FloodLimits(enabled=False))
    await server.start()
    bot = Bot("1:T", base_url=server.bot_api_url)
    try:
        async with bot, SandboxClient(server.base_url) as sim:
            await bot.set_webhook(receiver.url, max_connections=2)
            receiver.delay = 0.2
            for user in range(5):
                await sim.send_text(4100 + user, "x")
            await wait_until(lambda: len(receiver.attempts) == 5)
            assert receiver.max_active == 2
    finally:
        await server.stop()
