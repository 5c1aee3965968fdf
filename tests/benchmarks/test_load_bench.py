"""The load benchmark still runs end to end: the echo baselines, the project on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = (
    "echo baseline (bare PTB)",
    "echo on aiohttp (reference)",
    "project on SQLite",
    "project on PostgreSQL",
)


def table_row(output: str, label: str) -> list[str]:
    """The figures of one variant's row: users, updates/s, ..., failed."""
    line = next((line for line in output.splitlines() if line.startswith(label)), None)
    assert line is not None, f"no row for {label!r} in:\n{output[-2000:]}"
    return line[len(label) :].split()


@pytest.mark.e2e
def test_load_bench_smoke_prints_its_table() -> None:
    # A subprocess: the benchmark starts its own sandbox, bot processes and PostgreSQL server.
    run = subprocess.run(
        [sys.executable, "benchmarks/load_bench.py", "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    for label in LABELS:
        figures = table_row(run.stdout, label)
        updates_per_second, failed = float(figures[1]), int(figures[-1])
        assert updates_per_second > 0, (label, figures)
        assert failed == 0, (label, figures)
