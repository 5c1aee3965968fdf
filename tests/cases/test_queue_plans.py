"""The queue's reads (list, take-next) at county, city and province level are served by the
(level, is_open, due_at, id) indexes in their order, so their cost does not grow with a jurisdiction's
backlog: the database never sorts the open cases and never scans them all. Checked on the real plan of
each database. (The count reads the stored counts instead: tests/cases/test_case_counts.py.)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from cases import queue, service, staff
from models.cases import Case

LEVELS = {"130102": "division_code", "130100": "city_code", "130000": "province_code"}


def _sqlite(database: str) -> bool:
    return database.startswith("sqlite")


async def _plan(database: str, sql: str) -> str:
    """The plan as one text; PostgreSQL is told not to seq-scan or sort (fully or incrementally) where it has
    any other way, so what remains is what the indexes can and cannot do (on a few test rows it would
    otherwise read the table). The table is analyzed first: the statistics left by earlier tests in the
    session otherwise decide between the open index and an incremental sort over another index."""
    if _sqlite(database):
        _, rows = await connections.get("default").execute_query(f"EXPLAIN QUERY PLAN {sql}")
        return "\n".join(str(r["detail"]) for r in rows)
    async with in_transaction() as conn:
        await conn.execute_script(
            "ANALYZE cases; SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off;"
            " SET LOCAL enable_incremental_sort = off"
        )
        _, rows = await conn.execute_query(f"EXPLAIN {sql}")
    return "\n".join(str(r["QUERY PLAN"]) for r in rows)


def _assert_ordered_index(database: str, plan: str, column: str) -> None:
    index = {
        "division_code": "idx_cases_divisio_fed05f",
        "city_code": "idx_cases_city_co_284efb",
        "province_code": "idx_cases_provinc_a0e245",
    }[column]
    assert index in plan, plan
    if _sqlite(database):
        assert "TEMP B-TREE" not in plan, plan
    else:
        assert "Sort" not in plan and "Bitmap" not in plan, plan


@pytest.fixture
async def cases(database: str) -> list[Case]:
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    opened = []
    for i, county in enumerate(("130102", "130104", "130202", "130102")):
        opened.append(await service.open_case("notice", f"n{i}", county, at=now - timedelta(days=i)))
    return opened


@pytest.mark.parametrize("division", sorted(LEVELS))
async def test_list_and_take_next_read_the_open_index_in_order(
    database: str, cases: list[Case], division: str
) -> None:
    user = await staff.create_user(f"h{division}", "a-long-password", "handler", division)
    listed = queue.ordered(queue.list_query(user, queue.QueueFilter())).limit(51)
    _assert_ordered_index(database, await _plan(database, listed.sql(params_inline=True)), LEVELS[division])
    for candidates in queue.take_next_candidates(user):
        sql = candidates.limit(1).sql(params_inline=True)
        _assert_ordered_index(database, await _plan(database, sql), LEVELS[division])


async def test_is_open_follows_every_status_change(database: str, cases: list[Case]) -> None:
    user = await staff.create_user("county", "a-long-password", "handler", "130102")
    assert await queue.count_cases(user, queue.QueueFilter()) == (2, True)
    await service.transition(cases[0], "closed", "county")
    assert (await Case.get(id=cases[0].id)).is_open is False
    assert [c.id for c in await queue.list_cases(user, queue.QueueFilter())] == [cases[3].id]
    assert await queue.count_cases(user, queue.QueueFilter()) == (1, True)
    await service.transition(cases[0], "accepted", "county")  # a review reopens it
    assert await queue.count_cases(user, queue.QueueFilter()) == (2, True)
    closed = await queue.list_cases(user, queue.QueueFilter(status="closed"))
    assert closed == []
