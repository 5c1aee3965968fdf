"""Hand-written SQL for the few statements every single update runs (ledger claim, chat state, ledger done).

Through the ORM each of these cost the bot 0.3-0.45 ms of CPU, mostly building the query and the result
objects, on an update that otherwise costs a few milliseconds (benchmarks/README.md, load benchmark). The
statements are written once with `?` placeholders and rewritten to `$n` for asyncpg; values are encoded by
the models' own fields, so rows written here read back through the ORM exactly as if it had written them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient


def connection() -> BaseDBAsyncClient:
    return connections.get("default")


def is_postgres(conn: BaseDBAsyncClient) -> bool:
    return conn.capabilities.dialect == "postgres"


@lru_cache(maxsize=64)
def numbered(sql: str) -> str:
    """`?` placeholders as asyncpg's `$1, $2, …`."""
    counter = iter(range(1, 1000))
    return re.sub(r"\?", lambda _m: f"${next(counter)}", sql)


async def fetch(sql: str, values: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Runs one statement and returns its rows; a write says what it changed through `RETURNING`.

    (`execute_query` would give a row count, but for an INSERT on asyncpg it reads the OID from the command
    status instead of the count; rows are the same on both databases.)
    """
    conn = connection()
    if is_postgres(conn):
        sql = numbered(sql)
    return await conn.execute_query_dict(sql, list(values))


async def execute(sql: str, values: Sequence[Any] = ()) -> None:
    """Runs a statement whose rows nobody needs (a large UPDATE or DELETE: RETURNING would hold them all)."""
    conn = connection()
    if is_postgres(conn):
        sql = numbered(sql)
    await conn.execute_query(sql, list(values))


async def execute_many(sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """One statement for many rows (executemany): inside a transaction it joins it, outside it is its own;
    a batch of single-row updates costs one round trip's setup instead of one each."""
    conn = connection()
    if is_postgres(conn):
        sql = numbered(sql)
    await conn.execute_many(sql, [list(row) for row in rows])
