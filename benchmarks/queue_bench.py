"""Scale benchmark of the case queue on PostgreSQL (issue 3, item 10).

    .venv/bin/python benchmarks/queue_bench.py             # 1,000,000 cases: about 1 minute on 2 cores
    .venv/bin/python benchmarks/queue_bench.py --smoke     # 20,000 cases: under 10 s
    .venv/bin/python benchmarks/queue_bench.py --churn     # the same after every open case changed once
    .venv/bin/python benchmarks/queue_bench.py --database-url postgres://user@127.0.0.1/scratch

It starts a throw-away PostgreSQL server (or uses --database-url, which must be a scratch database: the
benchmark assigns cases in it), applies the migrations and seeds the cases itself with COPY (skipped when
the table already holds cases, so a second run on the same database reuses them). The data: 2,845 counties
weighted by their province's population with log-normal shares for cities and counties; ids in time order
over three years; 15 % open (most of the last 120 days, plus an old backlog), a third of them assigned,
with the clock each status runs; five kinds. After VACUUM ANALYZE it times what a handler scoped at county,
city and province level waits for, a random division per iteration:

- the queue page: `cases.queue.list_cases(staff, QueueFilter(), limit=50)` plus the count of the same filter;
- "take the next case": `cases.queue.take_next(staff)`, which assigns the case atomically and audits it.

The baseline, measured in the same run on the same data, is the same calls without the composite indexes of
`models.cases.Case` (dropped inside a transaction that is rolled back afterwards; the single-column indexes
stay). The target is a p95 under 50 ms with 1,000,000 cases; when one is missed, the plans of the busiest
division of that level are printed (always with --explain).
"""

from __future__ import annotations

import argparse
import asyncio
import math
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import asyncpg  # noqa: E402
from tortoise import connections  # noqa: E402
from tortoise.transactions import in_transaction  # noqa: E402

from cases import clocks, counts, queue  # noqa: E402
from cases.service import set_jurisdiction  # noqa: E402
from cases.violations import VIOLATIONS  # noqa: E402
from foundation import db, hot_sql  # noqa: E402
from models.cases import CaseKind  # noqa: E402
from models.staff import StaffUser  # noqa: E402
from regions import divisions  # noqa: E402

SEED = 20240611
FULL_CASES, SMOKE_CASES = 1_000_000, 20_000
TARGET_P95_MS = 50.0
BATCH = 50_000
LEVELS = ((divisions.COUNTY, "county"), (divisions.CITY, "city"), (divisions.PROVINCE, "province"))
KIND_WEIGHTS = {
    CaseKind.TIP: 35,
    CaseKind.VERIFICATION: 20,
    CaseKind.NOTICE: 25,
    CaseKind.APPOINTMENT: 10,
    CaseKind.INSPECTION: 10,
}
# About 15 % of cases open; the open statuses each kind can be in (tips go through verification).
# Ids grow with time as in production (3 years of intake); most cases of the last 120 days are still open,
# plus an old backlog (long verifications, reviews, overdue cases) spread over the table: 15 % open in all.
HISTORY_DAYS = 3 * 365
RECENT_DAYS, RECENT_OPEN, OLD_OPEN = 120, 0.85, 0.064
OPEN_STATUSES = {
    CaseKind.TIP: (("received", 2), ("accepted", 3), ("verifying", 4), ("verified", 1)),
    CaseKind.VERIFICATION: (("received", 1), ("accepted", 2)),
    CaseKind.NOTICE: (("received", 3), ("accepted", 1)),
    CaseKind.APPOINTMENT: (("received", 3), ("accepted", 1)),
    CaseKind.INSPECTION: (("received", 2), ("accepted", 1)),
}
OPEN_ASSIGNED_SHARE = 0.35
# Resident population in millions (7th national census, 2020): cases follow people and workplaces, so the
# province sizes follow it; Guangdong, Shandong and Henan get the largest queues, Tibet the smallest.
POPULATION = {
    "110000": 21.9, "120000": 13.9, "130000": 74.6, "140000": 34.9, "150000": 24.0, "210000": 42.6,
    "220000": 24.1, "230000": 31.9, "310000": 24.9, "320000": 84.7, "330000": 64.6, "340000": 61.0,
    "350000": 41.5, "360000": 45.2, "370000": 101.5, "410000": 99.4, "420000": 57.8, "430000": 66.4,
    "440000": 126.0, "450000": 50.1, "460000": 10.1, "500000": 32.1, "510000": 83.7, "520000": 38.6,
    "530000": 47.2, "540000": 3.6, "610000": 39.5, "620000": 25.0, "630000": 5.9, "640000": 7.2,
    "650000": 25.9,
}  # fmt: skip
COLUMNS = (
    "id", "kind", "category", "division_code", "city_code", "province_code", "priority", "status", "is_open",
    "title", "assignee", "subject_key", "due_at", "clock", "clock_started_at", "warned_level", "extended",
    "overdue", "escalated_from", "details", "created_at", "updated_at",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------- data set


@dataclass(frozen=True)
class Place:
    """A county with the city and province codes the queue filters on, as `set_jurisdiction` sets them."""

    division_code: str
    city_code: str | None
    province_code: str | None


def _counties_of(unit: divisions.Division) -> list[divisions.Division]:
    """A city's counties; a municipality's district is its own county (it has no city above it)."""
    kids = divisions.children(unit.code) if unit.level == divisions.CITY else [unit]
    return [kid for kid in kids if kid.level == divisions.COUNTY]


def _place(code: str) -> Place:
    holder = SimpleNamespace()
    set_jurisdiction(holder, code)  # type: ignore[arg-type]
    return Place(code, holder.city_code, holder.province_code)


def _shares(rng: random.Random, count: int, sigma: float) -> list[float]:
    """Log-normal shares summing to 1: a few large, many small."""
    raw = [rng.lognormvariate(0.0, sigma) for _ in range(count)]
    return [value / sum(raw) for value in raw]


def weighted_places(rng: random.Random) -> tuple[list[Place], list[float]]:
    """Every county of the GB/T 2260 table with a weight: the province's population, split over its cities
    with log-normal shares (σ 1: a capital or a manufacturing city can hold a third of its province), and
    over each city's counties the same way (σ 0.6)."""
    places: list[Place] = []
    weights: list[float] = []
    for province in divisions.provinces():
        units = [(unit, _counties_of(unit)) for unit in divisions.children(province.code)]
        units = [(unit, counties) for unit, counties in units if counties]
        for (_, counties), unit_share in zip(units, _shares(rng, len(units), 1.0), strict=True):
            for county, county_share in zip(counties, _shares(rng, len(counties), 0.6), strict=True):
                places.append(_place(county.code))
                weights.append(POPULATION.get(province.code, 10.0) * unit_share * county_share)
    return places, weights


@dataclass
class Generator:
    """Draws case rows in batches; every column a real case would have, with the clock its status runs."""

    rng: random.Random
    now: datetime
    total: int
    places: list[Place]
    place_weights: list[float]
    categories: list[str] = field(default_factory=lambda: [v.code for vs in VIOLATIONS.values() for v in vs])

    def batch(self, first_id: int, size: int) -> list[tuple[Any, ...]]:
        rng = self.rng
        places = rng.choices(self.places, weights=self.place_weights, k=size)
        kinds = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=size)
        return [
            self.row(first_id + i, place, kind)
            for i, (place, kind) in enumerate(zip(places, kinds, strict=True))
        ]

    def row(self, case_id: int, place: Place, kind: str) -> tuple[Any, ...]:
        rng = self.rng
        age_days = HISTORY_DAYS * (1 - case_id / self.total) + rng.uniform(0.0, 1.0)
        created = self.now - timedelta(days=age_days)
        is_open = rng.random() < (RECENT_OPEN if age_days < RECENT_DAYS else OLD_OPEN)
        if is_open:
            statuses, weights = zip(*OPEN_STATUSES[kind], strict=True)
            status = rng.choices(statuses, weights=weights)[0]
            assignee = self.username(place) if rng.random() < OPEN_ASSIGNED_SHARE else None
        else:
            status = "rejected" if kind == CaseKind.TIP and rng.random() < 0.08 else "closed"
            assignee = self.username(place) if rng.random() < 0.9 else None
        due, clock, started, warned, overdue = self.clock(kind, status, created) if is_open else (None,) * 5
        category = rng.choice(self.categories) if kind == CaseKind.TIP else None
        subject = f"uscc:{rng.randrange(10**8):08d}" if rng.random() < 0.3 else None
        return (
            case_id, kind, category, place.division_code, place.city_code, place.province_code,
            rng.choice((1, 2, 3, 3, 3, 4)), status, is_open, f"{kind} {case_id}", assignee, subject, due,
            clock, started, warned or 0, False, bool(overdue), None, "{}", created,
            created + timedelta(hours=2),
        )  # fmt: skip

    def clock(self, kind: str, status: str, created: datetime) -> tuple[Any, ...]:
        """A running clock as the service would have started it; spread so some are overdue or warned."""
        rule = clocks.rule_for(kind, "accepted" if status == "verifying" else status)
        if rule is None:
            return (None,) * 5
        length = timedelta(days=rule.amount * (1.4 if rule.unit == "workdays" else 1.0))
        started = max(created, self.now - length * self.rng.uniform(0.0, 1.3))
        due = started + length
        elapsed = clocks.fraction_elapsed(started, due, self.now) * 100
        warned = 90 if elapsed >= 90 else 70 if elapsed >= 70 else 0
        return due, rule.name, started, warned, due < self.now

    def username(self, place: Place) -> str:
        return f"h{place.division_code}-{self.rng.randrange(4)}"


def _progress(done: int, total: int) -> None:
    """One updating line on a terminal; a line per tenth when the output goes to a file or a pipe."""
    if sys.stdout.isatty():
        print(f"\r  seeded {done:,} cases", end="\n" if done == total else "", flush=True)
    elif done == total or done % max(1, total // 10) < BATCH:
        print(f"  seeded {done:,} cases", flush=True)


async def _index_definitions(conn: asyncpg.Connection) -> dict[str, str]:
    rows = await conn.fetch(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'cases' AND indexname NOT LIKE '%pkey'"
    )
    return {row["indexname"]: row["indexdef"] for row in rows}


async def seed(url: str, count: int) -> float:
    """COPYs `count` cases in batches with the secondary indexes dropped, then rebuilds them: building an
    index once over sorted data is several times faster than maintaining ten indexes row by row."""
    started = time.perf_counter()
    conn = await asyncpg.connect(db.normalise_url(url))
    try:
        indexes = await _index_definitions(conn)
        for name in indexes:
            await conn.execute(f'DROP INDEX "{name}"')
        # The case-count triggers would write a change row per case: count them all once afterwards instead.
        await conn.execute("ALTER TABLE cases DISABLE TRIGGER USER")
        rng = random.Random(SEED)
        places, weights = weighted_places(rng)
        generator = Generator(rng, datetime.now(UTC), count, places, weights)
        for first in range(1, count + 1, BATCH):
            rows = generator.batch(first, min(BATCH, count - first + 1))
            await conn.copy_records_to_table("cases", records=rows, columns=COLUMNS)
            _progress(first + len(rows) - 1, count)
        await conn.execute("SELECT setval(pg_get_serial_sequence('cases', 'id'), $1)", count)
        await conn.execute("SET maintenance_work_mem = '256MB'")
        for definition in indexes.values():
            await conn.execute(definition)
        await conn.execute("ALTER TABLE cases ENABLE TRIGGER USER")
        async with conn.transaction():
            for statement in counts.REBUILD:
                await conn.execute(statement)
    finally:
        await conn.close()
    return time.perf_counter() - started


async def settle(url: str, churn: bool) -> None:
    """VACUUM ANALYZE, the state autovacuum keeps a table in; with `churn`, then touch every open case once
    (as clock warnings and status changes do) without vacuuming again: the pages holding open cases lose
    their all-visible bit, so counts can no longer be answered from the index alone. Autovacuum would not
    step in before 20 % of the table has changed."""
    conn = await asyncpg.connect(db.normalise_url(url))
    try:
        await conn.execute("VACUUM (ANALYZE) cases")
        if churn:
            await conn.execute(
                "UPDATE cases SET updated_at = updated_at WHERE status = ANY($1)", list(queue.OPEN)
            )
            await conn.execute("ANALYZE cases")
    finally:
        await conn.close()


async def describe(url: str) -> str:
    """One line on the data set, so a reader can judge how realistic the queue sizes are."""
    conn = await asyncpg.connect(db.normalise_url(url))
    try:
        row = await conn.fetchrow(
            "SELECT count(*) AS total, count(*) FILTER (WHERE status = ANY($1)) AS open,"
            " count(*) FILTER (WHERE status = ANY($1) AND assignee IS NOT NULL) AS assigned,"
            " count(*) FILTER (WHERE overdue) AS overdue, count(DISTINCT division_code) AS counties"
            " FROM cases",
            list(queue.OPEN),
        )
        largest = await conn.fetch(
            "SELECT province_code, count(*) AS n FROM cases WHERE status = ANY($1)"
            " GROUP BY province_code ORDER BY n DESC LIMIT 3",
            list(queue.OPEN),
        )
    finally:
        await conn.close()
    top = ", ".join(f"{divisions.full_name(r['province_code'])} {r['n']:,}" for r in largest)
    return (
        f"{row['total']:,} cases in {row['counties']:,} counties; {row['open']:,} open"
        f" ({row['open'] / row['total']:.0%}), {row['assigned']:,} of them assigned, {row['overdue']:,}"
        f" overdue; largest open queues: {top}"
    )


async def existing_cases(url: str) -> int:
    conn = await asyncpg.connect(db.normalise_url(url))
    try:
        return int(await conn.fetchval("SELECT count(*) FROM cases"))
    finally:
        await conn.close()


# -------------------------------------------------------------------------------------------- measuring


@dataclass
class Sample:
    """Milliseconds of one timed call and how many open cases its scope held (for the table's context)."""

    ms: float
    scope_size: int = 0


Timings = dict[tuple[str, str], list[Sample]]


def staff_for(code: str, serial: int) -> StaffUser:
    """An unsaved handler: the queue functions only read the username and the jurisdiction."""
    return StaffUser(username=f"bench-{serial}", role="handler", division_code=code, password_hash="-")


def scope_codes() -> dict[str, list[str]]:
    """Every division code by level; a random one per iteration spreads the load as real handlers do."""
    codes: dict[str, list[str]] = {"county": [], "city": [], "province": []}
    for province in divisions.provinces():
        codes["province"].append(province.code)
        for unit in divisions.children(province.code):
            if unit.level == divisions.CITY:
                codes["city"].append(unit.code)
            codes["county"].extend(county.code for county in _counties_of(unit))
    return codes


async def _timed(call: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = await call()
    return (time.perf_counter() - started) * 1000, result


async def run_iterations(iterations: int, rng: random.Random, timings: Timings) -> None:
    """For each scope level: a random handler opens the queue page, then takes the next case."""
    codes = scope_codes()
    for level, level_codes in codes.items():
        for i in range(iterations):
            staff = staff_for(rng.choice(level_codes), i)
            ms_list, _ = await _timed(lambda s=staff: queue.list_cases(s, queue.QueueFilter(), limit=50))
            ms_count, (total, _complete) = await _timed(
                lambda s=staff: queue.count_cases(s, queue.QueueFilter())
            )
            ms_walk, _ = await _timed(lambda s=staff: queue.list_query(s, queue.QueueFilter()).count())
            ms_take, _ = await _timed(lambda s=staff: queue.take_next(s))
            timings.setdefault(("queue page (list + count)", level), []).append(
                Sample(ms_list + ms_count, total)
            )
            timings.setdefault(("  list 50", level), []).append(Sample(ms_list, total))
            timings.setdefault(("  count", level), []).append(Sample(ms_count, total))
            # The count as it was before the stored counts: COUNT(*) over the open index, one entry a case.
            timings.setdefault(("  count by index walk", level), []).append(Sample(ms_walk, total))
            timings.setdefault(("take next", level), []).append(Sample(ms_take, total))


class _Rollback(Exception):
    """Raised to undo the baseline's DROP INDEX and everything it assigned."""


async def run_baseline(iterations: int, rng: random.Random, timings: Timings) -> list[str]:
    """The same calls with the composite indexes dropped, in one transaction that is rolled back.

    PostgreSQL's DDL is transactional, so the indexes come back untouched; the single-column indexes stay,
    which makes this the honest "what do the composite indexes buy" comparison, not a strawman."""
    dropped: list[str] = []
    try:
        async with in_transaction() as conn:
            rows = await conn.execute_query_dict(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'cases' AND indexdef LIKE '%, %'"
            )
            for row in rows:
                await conn.execute_script(f'DROP INDEX "{row["indexname"]}"')
                dropped.append(row["indexname"])
            await run_iterations(iterations, rng, timings)
            raise _Rollback
    except _Rollback:
        pass
    return dropped


async def warm_up(rng: random.Random) -> None:
    """A few unmeasured rounds so the first samples do not pay for connecting and cold caches."""
    await run_iterations(5, rng, {})


# ---------------------------------------------------------------------------------------------- report


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the value below which `pct` % of the samples fall."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


@dataclass
class Row:
    operation: str
    level: str
    median: float
    p95: float
    max: float
    scope_max: int
    base_p95: float | None

    @property
    def verdict(self) -> str:
        if self.operation.startswith(" "):
            return ""
        return "PASS" if self.p95 < TARGET_P95_MS else "FAIL"


def summarise(timings: Timings, baseline: Timings) -> list[Row]:
    rows = []
    for (operation, level), samples in timings.items():
        ms = [s.ms for s in samples]
        base = [s.ms for s in baseline.get((operation, level), [])]
        rows.append(
            Row(
                operation,
                level,
                statistics.median(ms),
                percentile(ms, 95),
                max(ms),
                max(s.scope_size for s in samples),
                percentile(base, 95) if base else None,
            )
        )
    order = {name: i for i, (_, name) in enumerate(LEVELS)}
    operations = list(dict.fromkeys(op for op, _ in timings))
    return sorted(rows, key=lambda r: (operations.index(r.operation), order[r.level]))


def print_table(rows: list[Row], cases: int, iterations: int, base_iterations: int) -> None:
    print(f"\nCase queue on PostgreSQL, {cases:,} cases; {iterations} random handlers per scope level")
    print(f"(baseline: same calls without the composite indexes, {base_iterations} per level, same run)\n")
    header = (
        f"{'operation':<27} {'scope':<9} {'median':>8} {'p95':>8} {'max':>8} {'open in scope':>13}"
        f" {'baseline p95':>13} {'speed-up':>9}  target p95 < {TARGET_P95_MS:.0f} ms"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        base = f"{r.base_p95:13.1f}" if r.base_p95 is not None else f"{'-':>13}"
        gain = f"{r.base_p95 / r.p95:8.1f}x" if r.base_p95 is not None and r.p95 > 0 else f"{'-':>9}"
        print(
            f"{r.operation:<27} {r.level:<9} {r.median:8.1f} {r.p95:8.1f} {r.max:8.1f} {r.scope_max:13,}"
            f" {base} {gain}  {r.verdict}"
        )
    print("\nmilliseconds, measured around the ORM calls (query, network and object building included);")
    print("'open in scope' is the largest open-case count a sampled handler saw.")


async def explain_worst(level: str) -> None:
    """EXPLAIN ANALYZE of the page and take-next queries for the busiest division of a failing level."""
    conn = connections.get("default")
    column = {"county": "division_code", "city": "city_code", "province": "province_code"}[level]
    busiest = await conn.execute_query_dict(
        f"SELECT {column} AS code, count(*) AS n FROM cases WHERE status = ANY($1) AND {column} IS NOT NULL"
        f" GROUP BY {column} ORDER BY n DESC LIMIT 1",
        [list(queue.OPEN)],
    )
    staff = staff_for(busiest[0]["code"], 0)
    candidate = queue.list_query(staff, queue.QueueFilter(assignee="-")).filter(due_at__isnull=False)
    count_sql, count_values = counts.total_statement(counts.Selection(staff.division_code, is_open=True))
    for title, query in (
        ("queue page: list 50", queue.ordered(queue.list_query(staff, queue.QueueFilter())).limit(50)),
        ("queue page: count (stored counts)", None),
        ("take next: candidate", candidate.order_by("due_at", "id").limit(1)),
    ):
        sql, values = (query.sql(params_inline=True), []) if query is not None else (count_sql, count_values)
        plan = await conn.execute_query_dict(f"EXPLAIN (ANALYZE, BUFFERS) {hot_sql.numbered(sql)}", values)
        print(f"\n-- {title}, {level} {staff.division_code} ({busiest[0]['n']:,} open cases)\n{sql}")
        print("\n".join(row["QUERY PLAN"] for row in plan))


# ------------------------------------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, help=f"cases to seed (default {FULL_CASES:,})")
    parser.add_argument("--smoke", action="store_true", help=f"{SMOKE_CASES:,} cases, few iterations")
    parser.add_argument("--iterations", type=int, help="random handlers per scope level (default 300)")
    parser.add_argument("--baseline-iterations", type=int, help="the same for the baseline (default 40)")
    parser.add_argument("--database-url", help="a scratch PostgreSQL database instead of a temporary server")
    parser.add_argument(
        "--explain", action="store_true", help="print the plans even when every target passes"
    )
    parser.add_argument(
        "--churn", action="store_true", help="touch every open case after VACUUM (the worst case for counts)"
    )
    args = parser.parse_args(argv)
    args.cases = args.cases or (SMOKE_CASES if args.smoke else FULL_CASES)
    args.iterations = args.iterations or (20 if args.smoke else 300)
    args.baseline_iterations = args.baseline_iterations or (5 if args.smoke else 40)
    return args


async def benchmark(url: str, args: argparse.Namespace) -> int:
    await db.migrate(url)
    present = await existing_cases(url)
    if present:
        print(f"reusing the {present:,} cases already in the database (seeding skipped)")
        args.cases = present
    else:
        print(f"seeding {args.cases:,} cases with COPY")
        print(
            f"  done in {await seed(url, args.cases):.1f} s (indexes dropped during the load, then rebuilt)"
        )
    await settle(url, args.churn)
    print(await describe(url) + ("; every open case updated since the last VACUUM" if args.churn else ""))
    await db.init_db(url)
    try:
        rng = random.Random(SEED + 1)
        await warm_up(rng)
        timings: Timings = {}
        baseline: Timings = {}
        await run_iterations(args.iterations, rng, timings)
        dropped = await run_baseline(args.baseline_iterations, rng, baseline)
        rows = summarise(timings, baseline)
        print_table(rows, args.cases, args.iterations, args.baseline_iterations)
        print(f"baseline dropped (and restored): {', '.join(dropped)}")
        failing = sorted({r.level for r in rows if r.verdict == "FAIL"})
        for level in failing or (["province"] if args.explain else []):
            await explain_worst(level)
        print(
            f"\nverdict: {'FAIL at ' + ', '.join(failing) if failing else 'PASS'}"
            + (" (smoke run: too small to judge the target)" if args.smoke else "")
        )
    finally:
        await db.close_db()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.database_url:
        return asyncio.run(benchmark(args.database_url, args))
    from scripts.pg_temp import TempPostgres

    with tempfile.TemporaryDirectory(prefix="queue-bench-") as tmp:
        server = TempPostgres(Path(tmp) / "pg").start()
        try:
            return asyncio.run(benchmark(server.url("queue_bench"), args))
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
