"""Database set-up: the Tortoise config, migrations with aerich, and the health check.

aerich writes dialect-specific SQL, so SQLite and PostgreSQL each have their own migration folder
(`migrations/sqlite`, `migrations/postgres`), generated from the same models by scripts/makemigrations.py.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from tortoise import Tortoise, connections

from models import MODEL_MODULES

log = logging.getLogger(__name__)

MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


def dialect_of(database_url: str) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgres"


def normalise_url(database_url: str) -> str:
    """Tortoise names the PostgreSQL driver `postgres`/`asyncpg`; accept the common `postgresql://` too."""
    if database_url.startswith("postgresql://"):
        return "postgres://" + database_url[len("postgresql://") :]
    return database_url


SQLITE_SYNCHRONOUS = ("NORMAL", "FULL", "EXTRA")


def sqlite_path_and_synchronous(url: str) -> tuple[str, str]:
    """The file of a `sqlite://PATH[?synchronous=MODE]` URL and its sync mode (default NORMAL).

    NORMAL is SQLite's advice for WAL: a commit does not wait for fsync (every update commits three times),
    a crash of the process, even SIGKILL, loses nothing, and only a power cut or an OS crash can lose the
    last commits before a checkpoint. FULL closes that gap at about 40 % of the throughput at 10 users on
    this project's load benchmark (benchmarks/README.md); PostgreSQL is the answer for more than one node.
    """
    path, _sep, query = url[len("sqlite://") :].partition("?")
    options = parse_qs(query, keep_blank_values=True)
    unknown = sorted(set(options) - {"synchronous"})
    if unknown:
        raise ValueError(f"unknown option {unknown[0]!r} in a sqlite:// URL (only synchronous)")
    synchronous = options.get("synchronous", ["NORMAL"])[-1].upper()
    if synchronous not in SQLITE_SYNCHRONOUS:
        raise ValueError(f"synchronous must be one of {', '.join(SQLITE_SYNCHRONOUS)}, got {synchronous!r}")
    return path, synchronous


def tortoise_config(database_url: str) -> dict[str, Any]:
    url = normalise_url(database_url)
    if url.startswith("sqlite://"):
        path, synchronous = sqlite_path_and_synchronous(url)
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # WAL lets readers (the web back office) go on while the bot writes.
        connection: Any = {
            "engine": "tortoise.backends.sqlite",
            "credentials": {
                "file_path": path,
                "journal_mode": "WAL",
                "foreign_keys": "ON",
                "synchronous": synchronous,
            },
        }
    else:
        connection = url
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": [*MODEL_MODULES, "aerich.models"], "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",  # stored in UTC: SQLite compares datetimes as text, so one zone for all
    }


def migrations_location(database_url: str) -> str:
    return str(MIGRATIONS_ROOT / dialect_of(database_url))


async def init_db(database_url: str) -> None:
    await Tortoise.init(config=tortoise_config(database_url))


async def close_db() -> None:
    await Tortoise.close_connections()


async def migrate(database_url: str) -> list[str]:
    """Apply every migration not yet applied; returns the names of those applied now."""
    from aerich import Command

    command = Command(
        tortoise_config=tortoise_config(database_url),
        app="models",
        location=migrations_location(database_url),
    )
    await command.init()
    try:
        return await command.upgrade(run_in_transaction=True)
    finally:
        await Tortoise.close_connections()


async def ping() -> bool:
    """True when the database answers a trivial query (used by /healthz)."""
    try:
        conn = connections.get("default")
        await conn.execute_query("SELECT 1")
    except Exception:  # any failure means "not healthy", the reason goes to the log
        log.warning("database ping failed", exc_info=True)
        return False
    return True


async def with_db(settings: Any, run: Callable[[], Awaitable[int]]) -> int:
    """A command-line job's database: migrated, open while `run` works, closed however it ends."""
    await migrate(settings.database_url)
    await init_db(settings.database_url)
    try:
        return await run()
    finally:
        await close_db()
