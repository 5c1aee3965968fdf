"""The queue benchmark still runs end to end: tiny data set, few iterations (its own PostgreSQL server)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_queue_bench_smoke_prints_its_table() -> None:
    # A subprocess, so the benchmark's Tortoise set-up and event loop stay apart from the test session's.
    run = subprocess.run(
        [sys.executable, "benchmarks/queue_bench.py", "--smoke", "--iterations", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    for expected in ("queue page (list + count)", "take next", "province", "baseline p95", "verdict:"):
        assert expected in run.stdout, run.stdout[-2000:]
