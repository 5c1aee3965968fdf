"""Fixtures for the web tests: the web part mounted on the bot's own aiohttp application (as run.py will
mount it), served by aiohttp's test server; staff accounts; signing in; tips filed through cases.tips."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from cases import staff as staff_rules
from cases import tips
from cases.sealing import sealer_for
from foundation.config import Settings, load_settings
from models.staff import StaffUser
from tests.e2e.chat import Chat, button_data

PASSWORD = "correct-horse-9"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def web_settings(database_url: str, tmp_root: Path) -> Settings:
    return load_settings(
        {"DATABASE_URL": database_url, "DATA_DIR": str(tmp_root / "webdata"), "HTTP_PORT": "0"}
    )


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[[Settings], Awaitable[TestClient]]]:
    clients: list[TestClient] = []

    async def make(settings: Settings) -> TestClient:
        from bot.http import build_http_app
        from web import setup_web

        app = build_http_app(None)
        setup_web(app, settings)
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
async def client(database: str, web_settings: Settings, make_client: Any) -> TestClient:
    return await make_client(web_settings)


@pytest.fixture
async def other_client(database: str, web_settings: Settings, make_client: Any) -> TestClient:
    """A second browser (its own cookies)."""
    return await make_client(web_settings)


async def make_staff(username: str, role: str, division: str, password: str = PASSWORD) -> StaffUser:
    return await staff_rules.create_user(username, password, role, division, display_name=username.title())


def csrf_of(html: str) -> str:
    found = CSRF_RE.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


async def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Signs in and returns the session's CSRF token."""
    page = await client.get("/admin/login")
    token = csrf_of(await page.text())
    answer = await client.post(
        "/admin/login",
        data={"username": username, "password": password, "csrf_token": token},
        allow_redirects=False,
    )
    assert answer.status == 303, await answer.text()
    queue = await client.get("/admin/")
    assert queue.status == 200
    return csrf_of(await queue.text())


def draft(**changes: Any) -> tips.TipDraft:
    base: dict[str, Any] = dict(
        subject_type="enterprise",
        violation="en_no_cert",
        subject_name="石家庄某某建筑有限公司",
        description="工地上的电焊工都没有特种作业操作证，已经干了三个月。",
        division_code="130102",
        address="石家庄市长安区建设北大街",
        channel="web",
    )
    base.update(changes)
    return tips.TipDraft(**base)


async def file_tip(settings: Settings, password: str = "tip-password", **changes: Any) -> tips.FiledTip:
    return await tips.file_tip(draft(**changes), sealer=sealer_for(str(settings.keys_dir)), password=password)


class PatientChat(Chat):
    """A sandbox chat whose button presses wait for the button to arrive: the bot often answers in two
    messages (a confirmation, then the next question), and a busy machine can deliver the second late."""

    async def press(self, data: str, expect: str | None = None, timeout: float = 10.0) -> dict[str, Any]:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            messages = await self.sim.bot_messages(self.user_id)
            if any(data in button_data(m) for m in messages):
                break
            await asyncio.sleep(0.1)
        return await super().press(data, expect=expect, timeout=timeout)
