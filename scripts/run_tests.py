"""Runs pytest once on SQLite and once on PostgreSQL (a temporary cluster started here).

PostgreSQL failing to start fails the run: the suite must never pass by quietly skipping a database.
Extra arguments go to both pytest runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
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


def main() -> int:
    args = sys.argv[1:]
    only = os.environ.get("TEST_ONLY")
    codes: dict[str, int] = {}
    if only != "postgres":
        codes["sqlite"] = pytest({"TEST_DATABASE_URL": ""}, args, "SQLite")
    if only != "sqlite":
        with tempfile.TemporaryDirectory(prefix="safetywatch-pg-") as tmp:
            try:
                pg = TempPostgres(Path(tmp) / "pg").start()
            except PostgresUnavailable as exc:
                print(f"PostgreSQL could not start: {exc}", file=sys.stderr)
                return 1
            try:
                codes["postgres"] = pytest(
                    {
                        "TEST_DATABASE_URL": pg.url("safetywatch_test"),
                        "TEST_PG_ADMIN_URL": pg.url("postgres", create=False),
                    },
                    args,
                    "PostgreSQL",
                )
            finally:
                pg.stop()
    for label, code in codes.items():
        print(f"{label}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
    return 0 if codes and all(code == 0 for code in codes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
