"""A bot process killed with SIGKILL in the middle of a form: after a restart the user goes on from there.

The bot runs as `python run.py serve`, exactly as in production, polling the sandbox; the test process only
plays the user and reads the database.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from models.state import ChatState
from tests.conftest import TOKEN
from tests.e2e.chat import Chat

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def start_bot(settings, tmp_path: Path, port: int = 0) -> subprocess.Popen:
    env = {
        **os.environ,
        "BOT_TOKEN": TOKEN,
        "BOT_API_URL": settings.bot_api_url,
        "BOT_FILE_URL": settings.bot_file_url,
        "DATABASE_URL": settings.database_url,
        "DATA_DIR": str(tmp_path / "data"),
        "HTTP_PORT": str(port),
    }
    log = (tmp_path / "bot.log").open("ab")
    return subprocess.Popen(
        [sys.executable, "run.py", "serve", "--no-migrate"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


async def wait_polling(sim, since: int, timeout: float = 30.0) -> None:
    """Waits until the new process has called getUpdates, i.e. it is up and polling."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if len(await sim.calls("getUpdates")) > since:
            return
        await asyncio.sleep(0.2)
    raise AssertionError("the bot process did not start polling")


async def test_sigkill_mid_form_resumes_after_restart(database, settings, sim, tmp_path: Path) -> None:
    chat = Chat(sim, 3001, "zh-hans")
    bot = start_bot(settings, tmp_path)
    try:
        await wait_polling(sim, 0)
        await chat.send("/report", expect="您要举报的对象是", timeout=20)
        await chat.press("f:report:st:training", expect="发生了什么")
        await chat.press("f:report:v:tr_fake_records", expect="叫什么名字")
        await chat.send("某某职业培训学校", expect="统一社会信用代码")
        # The answer goes out before the state is saved: kill only once the step is in the database.
        for _ in range(100):
            if (await ChatState.get(chat_id=3001)).step == "credit_code":
                break
            await asyncio.sleep(0.05)
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(timeout=10)
    state = await ChatState.get(chat_id=3001)
    assert state.step == "credit_code" and state.data["subject_name"] == "某某职业培训学校"

    polls = len(await sim.calls("getUpdates"))
    restarted = start_bot(settings, tmp_path)
    try:
        await wait_polling(sim, polls)
        await chat.send("/report", expect="以下是您上次停下的地方", timeout=20)
        await chat.expect("统一社会信用代码")
        await chat.press("f:report:skip:credit_code", expect="发生在哪里")
        state = await ChatState.get(chat_id=3001)
        assert state.step == "place" and state.data["violation"] == "tr_fake_records"
        assert state.data["subject_name"] == "某某职业培训学校"
    finally:
        restarted.send_signal(signal.SIGTERM)
        try:
            restarted.wait(timeout=15)
        except subprocess.TimeoutExpired:
            restarted.kill()
