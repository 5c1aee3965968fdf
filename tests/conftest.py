"""Shared fixtures: one database per test run (SQLite by default, PostgreSQL when TEST_DATABASE_URL says so),
emptied before each test; the Bot API sandbox; and the real PTB Application polling it.

The test command runs the suite twice, once per database (see scripts/test.sh).
"""

from __future__ import annotations

import dataclasses
import os
import socket
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from tortoise import Tortoise, connections

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foundation import db  # noqa: E402
from foundation.config import Settings, load_settings  # noqa: E402

TOKEN = "123456:TEST-token-for-the-sandbox"
# Bot processes started by tests do not warm OCR workers at start (the inspection tests start them on use).
os.environ.setdefault("OCR_AT_START", "0")


@pytest.fixture(autouse=True)
def _clock_zone_restored() -> Iterator[None]:
    """`run.py` commands called in-process set the product's zone from the settings: put it back."""
    from foundation import clock

    zone = clock.zone()
    yield
    clock.set_zone(zone.key)


@pytest.fixture(autouse=True)
def _logging_restored() -> Iterator[None]:
    """`run.py` commands called in-process (bot.cli.main) set up the product's logging: undo it after each
    test, so later tests see the loggers (and caplog) as pytest left them."""
    import logging

    from foundation.logs import setup_logging  # noqa: F401  (the names below are the ones it quiets)

    names = ("httpx", "httpcore", "aiohttp.access", "tortoise", "asyncio", "apscheduler")
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, {n: logging.getLogger(n).level for n in names})
    yield
    root.handlers[:], root.level = saved[0], saved[1]
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture(scope="session")
def tmp_root() -> Path:
    directory = Path(tempfile.mkdtemp(prefix="safetywatch-tests-"))
    return directory


@pytest.fixture(scope="session")
def database_url(tmp_root: Path) -> str:
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite://{tmp_root / 'test.sqlite3'}"


@pytest.fixture(scope="session")
async def database(database_url: str) -> AsyncIterator[str]:
    await db.migrate(database_url)
    await db.init_db(database_url)
    yield database_url
    await db.close_db()


def _tables() -> list[str]:
    names = []
    for app in Tortoise.apps.values():
        for model in app.values():
            if model._meta.db_table != "aerich":
                names.append(model._meta.db_table)
    # Last: on SQLite, deleting the cases fires the triggers that record them leaving the counts.
    return sorted(names, key=lambda name: name.startswith("case_count"))


@pytest.fixture(autouse=True)
async def clean_database(request: pytest.FixtureRequest) -> None:
    if "database" not in request.fixturenames:
        return
    from handlers.session import USERS

    USERS.clear()  # the rows it holds are about to go
    conn = connections.get("default")
    tables = _tables()
    if conn.capabilities.dialect == "postgres":
        quoted = ", ".join(f'"{t}"' for t in tables)
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys=OFF;"
            + "".join(f'DELETE FROM "{t}";' for t in tables)
            + "DELETE FROM sqlite_sequence;"
            + "PRAGMA foreign_keys=ON;"
        )


@pytest.fixture(scope="session")
async def sandbox_server():
    from sandbox import SandboxServer
    from sandbox.flood import FloodLimits

    # Telegram tolerates short bursts in a private chat; a form answer is often 2-3 messages at once.
    server = SandboxServer(
        token=TOKEN, port=0, flood_limits=FloodLimits(private_burst=20, private_per_second=5)
    )
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def sim(sandbox_server):
    from sandbox.client import SandboxClient

    async with SandboxClient(sandbox_server.base_url) as client:
        await client.reset()
        yield client


@pytest.fixture
def settings(sandbox_server, database_url: str, tmp_root: Path) -> Settings:
    base = load_settings(
        {
            "BOT_TOKEN": TOKEN,
            "DATABASE_URL": database_url,
            "DATA_DIR": str(tmp_root / "data"),
            "HTTP_PORT": "0",
        }
    )
    return dataclasses.replace(
        base, bot_api_url=sandbox_server.bot_api_url, bot_file_url=sandbox_server.file_url
    )


@pytest.fixture
async def bot_app(database: str, settings: Settings, sim):
    """The real PTB Application, long-polling the sandbox, as `run.py serve` runs it."""
    from bot.assembly import build_application

    app = build_application(settings)
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    from bot.jobs import bot_jobs
    from bot.scheduler import Scheduler

    scheduler = Scheduler(app.owner_id, [job for job in bot_jobs(app.bot, settings) if job.name == "outbox"])
    for job in scheduler.jobs:
        job.every = 0.2
    scheduler.start()
    yield app
    await scheduler.stop()
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


S3_BUCKET = "safetywatch-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """A local S3-compatible server for the session (moto's, installed by the test command)."""
    from moto.server import ThreadedMotoServer

    for name, value in (
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
        ("AWS_DEFAULT_REGION", "us-east-1"),
    ):
        os.environ.setdefault(name, value)
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    import boto3

    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket=S3_BUCKET)
    yield endpoint
    server.stop()
