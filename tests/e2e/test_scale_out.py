"""Two `run.py serve` processes in webhook mode behind one address, on one PostgreSQL.

The sandbox delivers 5,000 updates from 200 simulated users (each: menu commands, a language switch, a full
tip with a photo, follow-up commands), split between the processes by a round-robin proxy, with 10 % of the
updates delivered twice. Halfway through, one process is killed with SIGKILL; the sandbox redelivers what it
had not acknowledged and the proxy sends it to the survivor. Every tip must become exactly one case, every
draft must end complete, and every chat's conversation must go through in order.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from models.cases import Case
from models.state import ChatState
from models.tips import Tip
from tests.conftest import TOKEN
from tests.e2e.chat import jpeg_bytes

ROOT = Path(__file__).resolve().parents[2]
SECRET = "scale-out-secret"
USERS = 200
DUPLICATE_SHARE = 0.10
pytestmark = pytest.mark.e2e


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RoundRobin:
    """A minimal load balancer: alternates between backends, skips one that refuses connections."""

    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self.turn = 0
        self.session: aiohttp.ClientSession | None = None

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        headers = {
            k: v for k, v in request.headers.items() if k.lower().startswith(("content-type", "x-telegram"))
        }
        assert self.session is not None
        for _attempt in range(len(self.backends)):
            backend = self.backends[self.turn % len(self.backends)]
            self.turn += 1
            try:
                async with self.session.post(backend + request.path, data=body, headers=headers) as resp:
                    return web.Response(status=resp.status, body=await resp.read())
            except (TimeoutError, aiohttp.ClientConnectionError):
                continue
        return web.Response(status=502)

    async def start(self, port: int) -> web.AppRunner:
        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        app = web.Application()
        app.router.add_post("/{tail:.*}", self.handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        return runner


def start_bot(settings, tmp_path: Path, http_port: int, proxy_port: int, name: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_URL": settings.bot_api_url,
        "BOT_FILE_URL": settings.bot_file_url,
        "DATABASE_URL": settings.database_url,
        "DATA_DIR": str(tmp_path / "data"),
        "HTTP_PORT": str(http_port),
        "WEBHOOK_URL": f"http://127.0.0.1:{proxy_port}/tg/hook",
        "WEBHOOK_SECRET": SECRET,
    }
    log = (tmp_path / f"{name}.log").open("ab")
    return subprocess.Popen(
        [sys.executable, "run.py", "serve", "--no-migrate"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


async def wait_healthy(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)
    raise AssertionError(f"bot on port {port} did not come up")


class User:
    def __init__(self, sim, user_id: int, rng: random.Random, counter: dict) -> None:
        self.sim, self.id, self.rng, self.counter = sim, user_id, rng, counter
        self.seen = 0

    async def _maybe_duplicate(self, update_id: int) -> None:
        self.counter["sent"] += 1
        if self.rng.random() < DUPLICATE_SHARE:
            self.counter["duplicated"] += 1
            await self.sim.redeliver(update_id)

    async def wait(self, contains: str, timeout: float = 120) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in await self.sim.bot_messages(self.id, self.seen):
                if contains in ((message.get("text") or "") + (message.get("caption") or "")):
                    self.seen = message["message_id"]
                    return message
            await asyncio.sleep(0.5)
        raise AssertionError(f"user {self.id}: no reply containing {contains!r}")

    async def _sync(self) -> None:
        messages = await self.sim.messages(self.id, self.seen)
        if messages:
            self.seen = max(m["message_id"] for m in messages)

    async def say(self, text: str, expect: str) -> dict:
        await self._sync()
        sent = await self.sim.send_text(self.id, text, language_code="en")
        await self._maybe_duplicate(sent["update_id"])
        return await self.wait(expect)

    async def press(self, data: str, expect: str) -> dict:
        await self._sync()
        deadline = time.monotonic() + 60
        while True:
            for message in reversed(await self.sim.bot_messages(self.id)):
                buttons = [
                    b.get("callback_data")
                    for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
                    for b in row
                ]
                if data in buttons:
                    sent = await self.sim.press(self.id, message["message_id"], data, language_code="en")
                    await self._maybe_duplicate(sent["update_id"])
                    return await self.wait(expect)
            if time.monotonic() > deadline:
                raise AssertionError(f"user {self.id}: no button {data}")
            await asyncio.sleep(0.5)

    async def photo(self, expect: str) -> dict:
        await self._sync()
        sent = await self.sim.send_photo(
            self.id, jpeg_bytes(color=(self.id % 255, 90, 160)), language_code="en"
        )
        await self._maybe_duplicate(sent["update_id"])
        return await self.wait(expect)

    async def run(self, halfway: asyncio.Event, done_tips: list[int]) -> None:
        await self.say("/start", "Choose what you want to do")
        await self.say("/help", "What I can do")
        await self.say("/privacy", "Your privacy")
        await self.say("/language", "Choose your language")
        await self.press("lang:en", "Language set to English")
        await self.say("/report", "Who or what is the report about?")
        await self.press("f:report:st:enterprise", "What happened?")
        await self.press("f:report:v:en_no_cert", "name of the institution")
        await self.say(f"Enterprise number {self.id}", "credit code")
        await self.press("f:report:skip:credit_code", "Where did it happen?")
        await self.say("河北省石家庄市长安区", "Place:")
        await self.press("f:report:when:week", "Describe what happened")
        await self.say(
            f"Welders without certificates at site {self.id}, seen every day this week.", "Send photos"
        )
        await self.photo("Received (1 of at most 10)")
        await self.press("f:report:ev:done", "stay anonymous")
        await self.press("f:report:id:anon", "Please check your report")
        await self.press("f:report:submit", "choose a password")
        await self.press("f:report:pw:gen", "Receipt code:")  # the receipt, or its announced repeat
        done_tips.append(self.id)
        if len(done_tips) >= USERS * 0.4:
            halfway.set()
        await self.say("/mytips", "Your tips")
        await self.say("/help", "What I can do")
        await self.say("/start", "Choose what you want to do")
        await self.say("hello there", "Choose what you want to do")
        await self.say("/cancel", "nothing to cancel")
        await self.say("/help", "What I can do")
        await self.say("/privacy", "Your privacy")


async def test_two_processes_duplicates_and_a_crash_lose_nothing(
    database, settings, sandbox_server, sim, tmp_path: Path
) -> None:
    if settings.database_url.startswith("sqlite"):
        pytest.skip(
            "several bot processes share one PostgreSQL database; SQLite is the single-process default"
        )
    old_limits = sandbox_server.flood_limits.as_dict()
    await sim.set_flood(enabled=False)
    proxy_port, port_a, port_b = free_port(), free_port(), free_port()
    proxy = RoundRobin([f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"])
    proxy_runner = await proxy.start(proxy_port)
    bots = {
        "a": start_bot(settings, tmp_path, port_a, proxy_port, "a"),
        "b": start_bot(settings, tmp_path, port_b, proxy_port, "b"),
    }
    try:
        await asyncio.gather(wait_healthy(port_a), wait_healthy(port_b))
        rng = random.Random(20261124)
        counter = {"sent": 0, "duplicated": 0}
        halfway, done_tips = asyncio.Event(), []
        users = [User(sim, 100_000 + i, random.Random(rng.random()), counter) for i in range(USERS)]

        async def killer() -> None:
            await halfway.wait()
            bots["a"].send_signal(signal.SIGKILL)

        kill_task = asyncio.create_task(killer())
        started = time.monotonic()
        await asyncio.gather(*(u.run(halfway, done_tips) for u in users))
        elapsed = time.monotonic() - started
        await kill_task
        assert bots["a"].wait(timeout=5) == -signal.SIGKILL

        assert counter["sent"] == USERS * 25 and counter["duplicated"] >= USERS * 25 * 0.08
        assert await Tip.all().count() == USERS, "every tip exactly once"
        assert await Case.filter(kind="tip").count() == USERS
        states = await ChatState.filter(chat_id__in=[u.id for u in users])
        assert len(states) == USERS and all(s.flow is None for s in states), "every draft completed"
        for user in users[:20]:
            texts = [m.get("text") or "" for m in await sim.bot_messages(user.id)]
            # One receipt. A submit caught by the crash is handled again by the other process, which
            # cannot know whether the first receipt went out: it repeats it once, saying so.
            filed = sum("Your tip has been filed" in t for t in texts)
            again = sum("receipt again" in t for t in texts)
            assert filed <= 1 and again <= 1 and filed + again >= 1, (filed, again)
            assert sum("What I can do" in t for t in texts) == 3, "duplicates acted once"
        print(f"\n{counter['sent']} updates (+{counter['duplicated']} duplicates) in {elapsed:.0f} s")
    finally:
        for bot in bots.values():
            if bot.poll() is None:
                bot.send_signal(signal.SIGTERM)
        for bot in bots.values():
            try:
                bot.wait(timeout=20)
            except subprocess.TimeoutExpired:
                bot.kill()
        await proxy_runner.cleanup()
        if proxy.session is not None:
            await proxy.session.close()
        await sim.set_flood(**old_limits)
