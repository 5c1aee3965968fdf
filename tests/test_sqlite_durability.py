"""SQLite's sync mode comes from DATABASE_URL: NORMAL by default (WAL's advice), FULL when asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from tortoise.backends.sqlite import SqliteClient

from foundation.db import tortoise_config


async def pragma(url: str, name: str) -> object:
    # A client of its own, built from what Tortoise.init would get: the suite's global connection stays.
    credentials = tortoise_config(url)["connections"]["default"]["credentials"]
    client = SqliteClient(connection_name="durability", **credentials)
    await client.create_connection(with_db=True)
    try:
        rows = await client.execute_query_dict(f"PRAGMA {name}")
        return next(iter(rows[0].values()))
    finally:
        await client.close()


@pytest.mark.parametrize(
    ("suffix", "expected"), [("", 1), ("?synchronous=full", 2), ("?synchronous=EXTRA", 3)]
)
async def test_sync_mode_from_the_url(tmp_path: Path, suffix: str, expected: int) -> None:
    url = f"sqlite://{tmp_path / 'sync.sqlite3'}{suffix}"
    assert await pragma(url, "synchronous") == expected  # 1 NORMAL, 2 FULL, 3 EXTRA
    assert await pragma(url, "journal_mode") == "wal"
    assert (tmp_path / "sync.sqlite3").exists()  # the query string is not part of the file name
