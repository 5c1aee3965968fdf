"""National-scale benchmark (issue 17): builds its own data and prints, in one run, per size:

- registry import (`run.py certs import`, a process of its own): rows/s and peak RSS;
- certificate lookup by number (`certs.registry.find_by_cert_no`): p50 / p95;
- the public `/V/` page at 10 / 50 / 200 concurrent clients beside `/healthz` on the same server (one
  server process; the clients run in this process), and `/V/` revalidated with If-None-Match (a 304);
- the deadline sweep (`cases.service.tick`): a run at steady state (a minute after the last), and the runs
  a day's backlog takes, each bounded by the job's budget;
- the queue per level (county / city / province: list 50 + count, take next), p95;
- the staff list the queue page loads (`web.scope.colleagues`) with 10 and with 50,000 staff accounts;

then, when several sizes were given, how each figure grew from the smallest size to the largest.

    .venv/bin/python benchmarks/scale_bench.py                            # PostgreSQL, 1 M certs, 1 M cases
    .venv/bin/python benchmarks/scale_bench.py --sizes 100000,1000000     # the growth from 0.1 M to 1 M
    .venv/bin/python benchmarks/scale_bench.py --database sqlite --sizes 1000000   # import, lookup, /V/
    .venv/bin/python benchmarks/scale_bench.py --smoke                    # 20,000 of each, seconds

A size is both the number of certificates and of cases. PostgreSQL is a throw-away server started in a
temporary directory; the case parts need it (cases are seeded with COPY, as benchmarks/queue_bench.py
does), so on SQLite only the import, lookup and /V/ parts run. `--sizes 10000000` takes about 11 minutes
and 30 GB of disk on the 2-core machine (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from stdnum.cn import ric  # noqa: E402

from benchmarks import queue_bench  # noqa: E402
from foundation import db  # noqa: E402

PUBLIC = "https://verify.example.gov.cn"
HEADER = [
    "cert_no", "cert_type", "name", "sex", "id_number", "category", "item", "first_issued", "valid_from",
    "valid_to", "review_due", "issuer", "issuer_division", "status",
]  # fmt: skip
PROBE = ROOT / "tests" / "certs" / "peak_rss.py"
CONCURRENCY = (10, 50, 200)
Results = dict[str, float]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)] if ordered else float("nan")


def cert_no(n: int) -> str:
    return f"T{id_number(n)}-{n}"


def id_number(n: int) -> str:
    body = f"130102{1950 + n % 50}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def write_registry(path: Path, count: int) -> None:
    """A registry CSV of `count` valid rows, written as it is generated (it is larger than memory at 10 M)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(count):
            number = id_number(n)
            writer.writerow(
                [f"T{number}-{n}", "special_operation", f"王{n % 97}", "男", number, "电工作业",
                 "低压电工作业", "2024-03-07", "2024-03-07", "2030-03-06", "", "石家庄市应急管理局",
                 "130100", "valid"]
            )  # fmt: skip


def environment(url: str, data_dir: Path) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": url, "DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}


def run_import(url: str, data_dir: Path, source: Path, count: int) -> Results:
    """`run.py certs import` in its own process, its peak RSS read by tests/certs/peak_rss.py."""
    started = time.perf_counter()
    done = subprocess.run(  # nosec B603: our own interpreter and script
        [sys.executable, str(PROBE), str(ROOT / "run.py"), "certs", "import", str(source)],
        env=environment(url, data_dir),
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"import failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    peak = int(done.stdout.rsplit("PEAK", 1)[1].split()[0])
    return {"import rows/s": count / seconds, "import peak RSS MB": peak / 1024}


async def lookups(count: int, rng: random.Random) -> Results:
    from certs.registry import find_by_cert_no

    ms = []
    for _ in range(400):
        started = time.perf_counter()
        found = await find_by_cert_no(cert_no(rng.randrange(count)))
        ms.append((time.perf_counter() - started) * 1000)
        assert found is not None
    return {"lookup p50 ms": percentile(ms, 50), "lookup p95 ms": percentile(ms, 95)}


# ------------------------------------------------------------------------------------------------- /V/


def serve(url: str, data_dir: str, port: int) -> None:
    """The product's HTTP server (bot.http + web), as run.py mounts it, in this process."""
    from aiohttp import web

    from bot.http import build_http_app
    from foundation.config import load_settings
    from web import setup_web

    settings = load_settings(
        {"DATABASE_URL": url, "DATA_DIR": data_dir, "HTTP_PORT": str(port), "PUBLIC_URL": PUBLIC}
    )
    app = build_http_app(None)
    setup_web(app, settings)

    async def start(_app: Any) -> None:
        await db.init_db(url)

    async def stop(_app: Any) -> None:
        await db.close_db()

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


async def qr_paths(data_dir: Path, count: int, rng: random.Random) -> list[str]:
    from certs import keys
    from certs.links import issue_qr_text
    from certs.registry import find_by_cert_no

    keys_dir = data_dir / "keys"
    if not keys.list_keys(keys_dir):
        keys.create_key(keys_dir)
    key = keys.active_key(keys_dir)
    paths = []
    for _ in range(50):
        record = await find_by_cert_no(cert_no(rng.randrange(count)))
        paths.append(issue_qr_text(record.cert_fields(), key, PUBLIC)[len(PUBLIC) :])
    return paths


async def load(base: str, paths: list[str], clients: int, seconds: float, tags: dict[str, str]) -> Results:
    """`clients` connections asking in a loop for `seconds`: requests per second and p95 in ms."""
    ms: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def client(i: int) -> None:
            nonlocal errors
            n = i
            while time.perf_counter() < deadline:
                path = paths[n % len(paths)]
                n += 1
                headers = {"If-None-Match": tags[path]} if path in tags else {}
                started = time.perf_counter()
                async with session.get(base + path, headers=headers) as response:
                    await response.read()
                    if response.status not in (200, 304):
                        errors += 1
                ms.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(client(i) for i in range(clients)))
        elapsed = time.perf_counter() - started
    if errors:
        raise SystemExit(f"{errors} failed requests")
    return {"rps": len(ms) / elapsed, "p95": percentile(ms, 95)}


async def web_load(url: str, data_dir: Path, count: int, seconds: float, rng: random.Random) -> Results:
    paths = await qr_paths(data_dir, count, rng)
    port = 18000 + rng.randrange(1000)
    server = subprocess.Popen(  # noqa: ASYNC220  # nosec B603: our own interpreter and script
        [sys.executable, __file__, "_serve", url, str(data_dir), str(port)], env=environment(url, data_dir)
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                try:
                    async with session.get(base + "/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.2)
            tags = {}
            for path in paths:
                async with session.get(base + path) as response:
                    assert response.status == 200 and "✅" in await response.text(), path
                    tags[path] = response.headers["ETag"]
        results: Results = {}
        for clients in CONCURRENCY:
            await load(base, paths, clients, 1.0, {})  # warm-up
            health = await load(base, ["/healthz"], clients, seconds, {})
            page = await load(base, paths, clients, seconds, {})
            cached = await load(base, paths, clients, seconds, tags)
            results[f"/healthz @{clients} req/s"] = health["rps"]
            results[f"/V/ @{clients} req/s"] = page["rps"]
            results[f"/V/ @{clients} p95 ms"] = page["p95"]
            results[f"/V/ @{clients} / healthz %"] = 100 * page["rps"] / health["rps"]
            results[f"/V/ 304 @{clients} req/s"] = cached["rps"]
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


# --------------------------------------------------------------------------------------- cases and staff

# When the sweep next looks at a seeded case: its next warning (70 % then 90 % of the clock) or the breach.
NEXT_CHECK = """
UPDATE cases SET next_check_at = CASE
    WHEN warned_level = 0 THEN clock_started_at + (due_at - clock_started_at) * 0.7
    WHEN warned_level = 70 THEN clock_started_at + (due_at - clock_started_at) * 0.9
    ELSE due_at END
WHERE is_open AND due_at IS NOT NULL AND clock_started_at IS NOT NULL AND NOT overdue
"""


async def sweep(now: datetime) -> Results:
    """Catches up the seeded clocks, then times a run a minute later and the runs of a day's backlog."""
    from cases import service

    catch_up = 0
    for _ in range(50):
        counts = await service.tick(now)
        catch_up += sum(counts.values())
        if not any(counts.values()):
            break
    timings = []
    for minute in range(1, 6):
        started = time.perf_counter()
        await service.tick(now + timedelta(minutes=minute))
        timings.append((time.perf_counter() - started) * 1000)
    day = now + timedelta(days=1)
    runs, actions, started, longest = 0, 0, time.perf_counter(), 0.0
    while True:
        run_started = time.perf_counter()
        counts = await service.tick(day)
        longest = max(longest, time.perf_counter() - run_started)
        runs += 1
        actions += sum(counts.values())
        if not any(counts.values()) or runs > 50:
            break
    return {
        "sweep steady ms/run": statistics_median(timings),
        "sweep day backlog actions": actions,
        "sweep day backlog s": time.perf_counter() - started,
        "sweep day longest run s": longest,
        "sweep catch-up actions": catch_up,
    }


def statistics_median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


async def queue_p95(iterations: int, rng: random.Random) -> Results:
    timings: queue_bench.Timings = {}
    await queue_bench.warm_up(rng)
    await queue_bench.run_iterations(iterations, rng, timings)
    results: Results = {}
    for (operation, level), samples in timings.items():
        if operation == "  count by index walk":  # the same-run baseline of the stored counts
            results[f"queue count by index walk (before) {level} p95 ms"] = percentile(
                [s.ms for s in samples], 95
            )
        if operation.startswith(" "):
            continue
        name = "queue page" if operation.startswith("queue page") else operation
        results[f"{name} {level} p95 ms"] = percentile([s.ms for s in samples], 95)
    return results


async def colleagues_with(url: str, accounts: int, rng: random.Random) -> float:
    """p95 ms of the queue page's staff list for a county handler, with `accounts` staff in the country."""
    import asyncpg

    from models.staff import StaffUser
    from regions import divisions
    from web.scope import colleagues

    codes = queue_bench.scope_codes()["county"]
    conn = await asyncpg.connect(db.normalise_url(url))
    try:
        await conn.execute("DELETE FROM staff_users WHERE username LIKE 'scale-%'")
        now = datetime.now(UTC)
        rows = [
            (f"scale-{n}", "-", "handler", rng.choice(codes) if n >= 10 else "130102", True, now, 0)
            for n in range(accounts)
        ]  # fmt: skip
        await conn.copy_records_to_table(
            "staff_users",
            records=rows,
            columns=("username", "password_hash", "role", "division_code", "active", "created_at",
                     "failed_logins"),
        )  # fmt: skip
        await conn.execute("ANALYZE staff_users")
    finally:
        await conn.close()
    viewer = await StaffUser.get(username="scale-0")
    assert divisions.get(viewer.division_code) is not None
    ms = []
    for _ in range(200):
        started = time.perf_counter()
        await colleagues(viewer)
        ms.append((time.perf_counter() - started) * 1000)
    return percentile(ms, 95)


# ------------------------------------------------------------------------------------------------- a run


async def measure(url: str, data_dir: Path, size: int, args: argparse.Namespace) -> Results:
    rng = random.Random(17)
    postgres = url.startswith("postgres")
    await db.migrate(url)
    source = data_dir / "registry.csv"
    print(f"[{size:,}] writing the registry file", flush=True)
    write_registry(source, size)
    print(f"[{size:,}] importing", flush=True)
    results = run_import(url, data_dir, source, size)
    source.unlink()
    await db.init_db(url)
    try:
        results.update(await lookups(size, rng))
        print(f"[{size:,}] /V/ under load", flush=True)
        results.update(await web_load(url, data_dir, size, args.seconds, rng))
        if postgres:
            print(f"[{size:,}] seeding {size:,} cases", flush=True)
            await queue_bench.seed(url, size)
            conn = await _raw(url)
            try:
                await conn.execute(NEXT_CHECK)
                await conn.execute("VACUUM ANALYZE cases")
            finally:
                await conn.close()
            results.update(await queue_p95(args.iterations, rng))
            results["staff list @10 accounts p95 ms"] = await colleagues_with(url, 10, rng)
            results["staff list @50,000 accounts p95 ms"] = await colleagues_with(url, 50_000, rng)
            print(f"[{size:,}] sweep", flush=True)
            results.update(await sweep(datetime.now(UTC)))
    finally:
        await db.close_db()
    return results


async def _raw(url: str) -> Any:
    import asyncpg

    return await asyncpg.connect(db.normalise_url(url))


def print_table(sizes: list[int], table: dict[int, Results], database: str) -> None:
    names = list(dict.fromkeys(name for size in sizes for name in table[size]))
    print(f"\nscale benchmark on {database}; {os.cpu_count()} CPUs; sizes = certificates = cases\n")
    header = f"{'measure':<38}" + "".join(f"{size:>14,}" for size in sizes)
    if len(sizes) > 1:
        header += f"{'growth':>10}"
    print(header)
    print("-" * len(header))
    for name in names:
        values = [table[size].get(name) for size in sizes]
        line = f"{name:<38}" + "".join(f"{v:>14,.1f}" if v is not None else f"{'-':>14}" for v in values)
        if len(sizes) > 1 and values[0] and values[-1] is not None:
            line += f"{values[-1] / values[0]:>9.2f}x"
        print(line)
    if len(sizes) > 1:
        print(
            f"\ngrowth: the largest size's figure over the smallest's ({sizes[-1] / sizes[0]:.0f}x the data)"
        )


def fresh_database(tmp: Path, database: str, server: Any, size: int) -> str:
    if database == "sqlite":
        return f"sqlite://{tmp / f'scale-{size}.sqlite3'}"
    return server.url(f"scale_{size}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_serve":
        serve(argv[1], argv[2], int(argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--sizes", default="1000000", help="comma-separated sizes (default 1000000)")
    parser.add_argument("--smoke", action="store_true", help="20,000 rows and short load runs")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds per load measurement")
    parser.add_argument("--iterations", type=int, default=200, help="queue handlers per level")
    args = parser.parse_args(argv)
    sizes = [20_000] if args.smoke else [int(s.replace("_", "")) for s in args.sizes.split(",")]
    if args.smoke:
        args.seconds, args.iterations = 1.0, 20
    table: dict[int, Results] = {}
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as name:
        tmp = Path(name)
        server: Any = None
        if args.database == "postgres":
            from scripts.pg_temp import TempPostgres

            server = TempPostgres(tmp / "pg").start()
        try:
            for size in sizes:
                data_dir = tmp / f"data-{size}"
                data_dir.mkdir()
                url = fresh_database(tmp, args.database, server, size)
                started = time.perf_counter()
                table[size] = asyncio.run(measure(url, data_dir, size, args))
                print(f"[{size:,}] measured in {time.perf_counter() - started:.0f} s", flush=True)
        finally:
            if server is not None:
                server.stop()
    print_table(sizes, table, args.database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
