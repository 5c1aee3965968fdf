"""Runs pytest once on SQLite and once on PostgreSQL (a temporary cluster started here).

PostgreSQL failing to start fails the run: the suite must never pass by quietly skipping a database.
Extra arguments go to both pytest runs. The two runs go side by side (TEST_SERIAL=1: one after the other).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.pg_temp import PostgresUnavailable, TempPostgres  # noqa: E402


def pytest(extra_env: dict[str, str], args: list[str], label: str) -> int:
    print(f"\n=== tests on {label} ===", flush=True)
    env = {**os.environ, **extra_env}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *args], cwd=ROOT, env=env, check=False
    ).returncode


def both_at_once(runs: dict[str, dict[str, str]], args: list[str]) -> dict[str, int]:
    """Both databases' runs side by side: most of a run is waiting (on the database, on the bot emulator,
    on a browser), so two processes share two cores well. Each run's output is kept in a file and printed
    whole when it ends, so the two never interleave; a line a minute says the runs are alive."""
    with tempfile.TemporaryDirectory(prefix="safetywatch-logs-") as logs:
        started: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}
        for label, extra_env in runs.items():
            log = Path(logs) / f"{label}.log"
            with log.open("wb") as out:
                started[label] = (
                    subprocess.Popen(
                        [sys.executable, "-m", "pytest", "-q", *args],
                        cwd=ROOT,
                        env={**os.environ, **extra_env},
                        stdout=out,
                        stderr=subprocess.STDOUT,
                    ),
                    log,
                )
        codes: dict[str, int] = {}
        waited = 0
        while len(codes) < len(started):
            for label, (process, log) in started.items():
                if label in codes or process.poll() is None:
                    continue
                codes[label] = process.returncode
                print(f"\n=== tests on {label} ===", flush=True)
                sys.stdout.write(log.read_text(encoding="utf-8", errors="replace"))
                sys.stdout.flush()
            time.sleep(1)
            waited += 1
            if waited % 60 == 0 and len(codes) < len(started):
                running = [label for label in started if label not in codes]
                print(f"... {waited // 60} min, still running: {', '.join(running)}", flush=True)
        return codes


def main() -> int:
    """TEST_ONLY=sqlite|postgres runs one database; TEST_SERIAL=1 runs the two one after the other."""
    args = sys.argv[1:]
    only = os.environ.get("TEST_ONLY")
    codes: dict[str, int] = {}
    sqlite_env = {"TEST_DATABASE_URL": ""}
    if only == "sqlite":
        codes["sqlite"] = pytest(sqlite_env, args, "SQLite")
    else:
        with tempfile.TemporaryDirectory(prefix="safetywatch-pg-") as tmp:
            try:
                pg = TempPostgres(Path(tmp) / "pg").start()
            except PostgresUnavailable as exc:
                print(f"PostgreSQL could not start: {exc}", file=sys.stderr)
                return 1
            pg_env = {
                "TEST_DATABASE_URL": pg.url("safetywatch_test"),
                "TEST_PG_ADMIN_URL": pg.url("postgres", create=False),
            }
            try:
                if only == "postgres":
                    codes["postgres"] = pytest(pg_env, args, "PostgreSQL")
                elif os.environ.get("TEST_SERIAL"):
                    codes["sqlite"] = pytest(sqlite_env, args, "SQLite")
                    codes["postgres"] = pytest(pg_env, args, "PostgreSQL")
                else:
                    codes = both_at_once({"sqlite": sqlite_env, "postgres": pg_env}, args)
            finally:
                pg.stop()
    for label, code in codes.items():
        print(f"{label}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
    return 0 if codes and all(code == 0 for code in codes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
