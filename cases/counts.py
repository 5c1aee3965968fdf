"""How many cases a jurisdiction holds, per status, kind and overdue flag, at a cost that does not grow with
its backlog.

Counting the open cases of a province by walking its index costs one index entry per case: 24 ms for the
134,000 open cases of 广东省 among 10 million (benchmarks/README.md). Instead, triggers on `cases` record
every change as a +1 / -1 row (`models.cases.CaseCountChange`), the case-counts job folds those rows into
per-county totals (`CaseCount`), and a count is the sum of the jurisdiction's totals and its changes not
yet folded: a few thousand rows at most, read in one statement so that a fold committing meanwhile is seen
either wholly or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from tortoise.transactions import in_transaction

from foundation import hot_sql
from regions import divisions

KEY = ("division_code", "city_code", "province_code", "kind", "status", "is_open", "overdue")
_KEY_SQL = ", ".join(KEY)
FOLD_CHUNK = 50_000

Grouping = Literal["status", "kind"]


def level_column(division_code: str) -> str:
    """The stored column that holds a jurisdiction's code on every case (and count) inside it."""
    division = divisions.get(division_code)
    level = division.level if division else divisions.COUNTY
    if level == divisions.PROVINCE:
        return "province_code"
    if level == divisions.CITY:
        return "city_code"
    return "division_code"


@dataclass(frozen=True)
class Selection:
    """Which cases to count: those of `scope`, optionally narrowed to `within`, and to the given values."""

    scope: str
    within: str | None = None
    is_open: bool | None = None
    status: str | None = None
    kind: str | None = None
    overdue: bool | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The condition for both tables, with `?` placeholders; column names come only from KEY."""
        conditions = [f"{level_column(self.scope)} = ?"]
        values: list[Any] = [self.scope]
        if self.within:
            conditions.append(f"{level_column(self.within)} = ?")
            values.append(self.within)
        for column in ("is_open", "status", "kind", "overdue"):
            value = getattr(self, column)
            if value is not None:
                conditions.append(f"{column} = ?")
                values.append(value)
        return " AND ".join(conditions), values


def _both_tables(selected: str, selection: Selection) -> tuple[str, list[Any]]:
    where, values = selection.where()
    union = (
        f"SELECT {selected}, n FROM case_counts WHERE {where}"  # nosec B608: names from KEY only
        f" UNION ALL SELECT {selected}, n FROM case_count_changes WHERE {where}"  # nosec B608
    )
    return union, values + values


def total_statement(selection: Selection) -> tuple[str, list[Any]]:
    """The one statement `total` runs, with `?` placeholders (the benchmarks print its plan)."""
    union, values = _both_tables("1 AS one", selection)
    return f"SELECT COALESCE(SUM(n), 0) AS n FROM ({union}) AS t", values  # nosec B608: names from KEY


async def total(selection: Selection) -> int:
    rows = await hot_sql.fetch(*total_statement(selection))
    return int(rows[0]["n"])


async def grouped(selection: Selection, by: Grouping) -> dict[str, int]:
    """Counts per status or per kind; values with no case left are left out."""
    column = {"status": "status", "kind": "kind"}[by]
    union, values = _both_tables(f"{column} AS g", selection)
    sql = f"SELECT g, SUM(n) AS n FROM ({union}) AS t GROUP BY g"  # nosec B608: names from KEY
    rows = await hot_sql.fetch(sql, values)
    return {row["g"]: int(row["n"]) for row in rows if int(row["n"])}


_FOLD_POSTGRES = f"""
WITH folded AS (
    DELETE FROM case_count_changes
    WHERE id IN (SELECT id FROM case_count_changes ORDER BY id LIMIT ?)
    RETURNING {_KEY_SQL}, n
), summed AS (
    SELECT {_KEY_SQL}, SUM(n) AS n, count(*) AS rows FROM folded GROUP BY {_KEY_SQL}
), merged AS (
    INSERT INTO case_counts ({_KEY_SQL}, n) SELECT {_KEY_SQL}, n FROM summed
    ON CONFLICT ({_KEY_SQL}) DO UPDATE SET n = case_counts.n + EXCLUDED.n
)
SELECT COALESCE(SUM(rows), 0) AS rows FROM summed"""  # nosec B608: module constants only

_FOLD_SQLITE = (
    f"INSERT INTO case_counts ({_KEY_SQL}, n)"  # nosec B608: module constants only
    f" SELECT {_KEY_SQL}, SUM(n) FROM case_count_changes WHERE id <= ? GROUP BY {_KEY_SQL}"
    f" ON CONFLICT ({_KEY_SQL}) DO UPDATE SET n = case_counts.n + excluded.n"
)


async def fold(chunk: int = FOLD_CHUNK) -> int:
    """Moves the recorded changes into the totals, `chunk` at a time; returns how many it moved.

    On PostgreSQL each chunk is one statement that deletes exactly the changes it adds, so changes
    committed meanwhile wait for the next run and none is counted twice or lost."""
    moved = 0
    while True:
        async with in_transaction() as conn:
            if hot_sql.is_postgres(conn):
                rows = await conn.execute_query_dict(hot_sql.numbered(_FOLD_POSTGRES), [chunk])
                done = int(rows[0]["rows"])
            else:
                rows = await conn.execute_query_dict(
                    "SELECT COALESCE(MAX(id), 0) AS last, count(*) AS n FROM"
                    " (SELECT id FROM case_count_changes ORDER BY id LIMIT ?) AS t",
                    [chunk],
                )
                last, done = int(rows[0]["last"]), int(rows[0]["n"])
                if done:  # SQLite has one writer: nothing can be added between these statements
                    await conn.execute_query(_FOLD_SQLITE, [last])
                    await conn.execute_query("DELETE FROM case_count_changes WHERE id <= ?", [last])
        moved += done
        if done < chunk:
            return moved


REBUILD = (
    "DELETE FROM case_count_changes",
    "DELETE FROM case_counts",
    f"INSERT INTO case_counts ({_KEY_SQL}, n)"  # nosec B608: module constants only
    " SELECT division_code, COALESCE(city_code, ''), COALESCE(province_code, ''), kind, status, is_open,"
    " overdue, count(*) FROM cases"
    " GROUP BY division_code, COALESCE(city_code, ''), COALESCE(province_code, ''), kind, status, is_open,"
    " overdue",
)


async def rebuild() -> None:
    """Counts every case afresh: after loading cases with the triggers off (the benchmarks' bulk COPY)."""
    async with in_transaction() as conn:
        for statement in REBUILD:
            await conn.execute_query(statement)
