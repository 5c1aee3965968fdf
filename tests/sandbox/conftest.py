"""Fixtures for the sandbox's own tests: one shared server (flood control off), a real PTB Bot, a client.

Tests that need flood control or short webhook timeouts change the shared server's settings through
fixtures that restore them, or start a dedicated server.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable

import aiohttp
import pytest
from PIL import Image
from telegram import Bot

from sandbox import FloodLimits, SandboxClient, SandboxServer

TOKEN = "123456:SANDBOX-test"


@pytest.fixture(scope="session")
async def server() -> AsyncIterator[SandboxServer]:
    sandbox = SandboxServer(TOKEN, webhook_timeout=1.0, flood_limits=FloodLimits(enabled=False))
    await sandbox.start()
    yield sandbox
    await sandbox.stop()


@pytest.fixture(scope="session")
async def tg_bot(server: SandboxServer) -> AsyncIterator[Bot]:
    bot = Bot(TOKEN, base_url=server.bot_api_url, base_file_url=server.file_url)
    await bot.initialize()
    yield bot
    await bot.shutdown()


@pytest.fixture
async def sim_client(server: SandboxServer) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(server.base_url) as client:
        await client.reset()
        yield client


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def api(server: SandboxServer) -> str:
    """Bot API prefix for raw requests: f"{api}/sendMessage"."""
    return f"{server.bot_api_url}{TOKEN}"


def png_bytes(width: int = 400, height: int = 300, color: tuple[int, int, int] = (20, 120, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def make_png() -> Callable[..., bytes]:
    return png_bytes
