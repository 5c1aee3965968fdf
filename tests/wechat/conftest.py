"""The product's web app with the WeChat channel mounted, driven through the WeChat server emulation
(sandbox/wechat/), as the Telegram tests drive the bot through the Bot API emulation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from foundation.config import Settings, load_settings
from sandbox.wechat import WechatEmulator
from tests.conftest import TOKEN

AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"


@dataclass
class Wechat:
    emulator: WechatEmulator
    settings: Settings
    service: object

    async def say(self, openid: str, text: str) -> str:
        """Sends a text and returns everything the account answered to it."""
        before = len(self.emulator.answers(openid))
        await self.emulator.send_text(openid, text)
        await self.service.drain()  # type: ignore[attr-defined]
        return "\n".join(self.emulator.answers(openid)[before:])

    async def photo(self, openid: str, data: bytes) -> str:
        before = len(self.emulator.answers(openid))
        await self.emulator.send_image(openid, data)
        await self.service.drain()  # type: ignore[attr-defined]
        return "\n".join(self.emulator.answers(openid)[before:])


Starter = Callable[..., Awaitable[Wechat]]


@pytest.fixture
async def start_wechat(database: str, tmp_root: Path) -> AsyncIterator[Starter]:
    """Starts the emulator and the product's HTTP app with /wechat; `aes` turns on safe mode, `window`
    is the passive-reply window in seconds."""
    from bot.http import build_http_app
    from bot.runner import start_http
    from wechat.server import SERVICE_KEY

    started: list[tuple[WechatEmulator, object]] = []

    async def start(aes: bool = False, window: float = 4.0, locale: str = "en") -> Wechat:
        emulator = WechatEmulator(aes_key=AES_KEY if aes else None)
        await emulator.start()
        env = {
            "BOT_TOKEN": TOKEN,
            "DATABASE_URL": database,
            "DATA_DIR": str(tmp_root / "data"),
            "HTTP_PORT": "0",
            "DEFAULT_LOCALE": locale,
            "PUBLIC_URL": "http://127.0.0.1:8080",
            "WECHAT_TOKEN": emulator.token,
            "WECHAT_APP_ID": emulator.app_id,
            "WECHAT_APP_SECRET": emulator.app_secret,
            "WECHAT_API_URL": emulator.base_url,
        }
        if aes:
            env["WECHAT_AES_KEY"] = AES_KEY
        settings = load_settings(env)
        http = build_http_app(None, settings)
        service = http[SERVICE_KEY]
        service.window = window
        runner, port = await start_http(http, "127.0.0.1", 0)
        emulator.callback_url = f"http://127.0.0.1:{port}/wechat"
        started.append((emulator, runner))
        return Wechat(emulator, settings, service)

    yield start
    for emulator, runner in started:
        await runner.cleanup()  # type: ignore[attr-defined]
        await emulator.stop()
