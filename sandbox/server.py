"""SandboxServer: the emulated Telegram Bot API plus simulated users, in the caller's event loop."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from aiohttp import web

from . import botapi, pages, userapi
from .botapi import CORE_KEY
from .core import SandboxCore
from .flood import FloodLimits
from .state import SandboxState

log = logging.getLogger(__name__)
MAX_REQUEST_SIZE = 200 * 1024 * 1024


class SandboxServer:
    """Start with `await start()` (or `async with`); port=0 picks a free port, known after start()."""

    def __init__(
        self,
        token: str = "123456:SANDBOX",
        host: str = "127.0.0.1",
        port: int = 0,
        webhook_timeout: float = 10.0,
        *,
        flood_limits: FloodLimits | None = None,
        callback_query_timeout: float = 15.0,
        bot_name: str = "Sandbox Bot",
        bot_username: str = "sandbox_bot",
    ) -> None:
        self.token = token
        self.host = host
        self._requested_port = port
        self.core = SandboxCore.create(
            token,
            webhook_timeout,
            flood_limits or FloodLimits(),
            callback_query_timeout,
            bot_name,
            bot_username,
        )
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    def build_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_REQUEST_SIZE)
        app[CORE_KEY] = self.core
        botapi.add_routes(app)
        userapi.add_routes(app)
        pages.add_routes(app)
        return app

    async def start(self) -> None:
        if self._runner is not None:
            return
        runner = web.AppRunner(self.build_app(), access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._requested_port)
        await site.start()
        self.core.updates.open()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        self.core.webhook.start()
        log.info("Telegram sandbox listening on %s", self.base_url)

    async def stop(self) -> None:
        if self._runner is None:
            return
        self.core.updates.close()
        await self.core.webhook.stop()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("SandboxServer is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def bot_api_url(self) -> str:
        """python-telegram-bot's `base_url`: it appends `{token}/{method}`."""
        return self.base_url + "/bot"

    @property
    def file_url(self) -> str:
        """python-telegram-bot's `base_file_url`."""
        return self.base_url + "/file/bot"

    @property
    def chat_page_url(self) -> str:
        return self.base_url + "/sandbox/"

    @property
    def state(self) -> SandboxState:
        return self.core.state

    @property
    def flood_limits(self) -> FloodLimits:
        return self.core.flood.limits

    def calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """Recorded Bot API calls, optionally of one method (case-insensitive)."""
        wanted = method.lower() if method else None
        return [call for call in self.core.state.calls if wanted is None or call["method"].lower() == wanted]

    def reset(self) -> None:
        self.core.reset()
