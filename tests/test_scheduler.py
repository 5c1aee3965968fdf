"""Scheduled jobs run once across processes: a database lease decides who runs, and a crashed holder's lease
expires so another process takes over."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.scheduler import Job, Scheduler
from foundation import leases


async def test_only_one_of_two_processes_runs_a_job(database: str) -> None:
    runs: list[str] = []

    def job(owner: str) -> Job:
        async def run(now: datetime) -> int:
            runs.append(owner)
            return 1

        return Job("tick", 60.0, run)

    now = datetime(2026, 5, 1, 8, tzinfo=UTC)
    a = Scheduler("host-a:1", [job("a")], clock=lambda: now)
    b = Scheduler("host-b:2", [job("b")], clock=lambda: now)
    assert await a.run_once(a.jobs[0]) is True
    assert await b.run_once(b.jobs[0]) is False
    assert await a.run_once(a.jobs[0]) is True, "the holder renews its lease"
    assert runs == ["a", "a"]

    later = now + timedelta(minutes=10)  # a died: its lease (3 x 60 s) has run out
    b.clock = lambda: later
    assert await b.run_once(b.jobs[0]) is True
    assert runs == ["a", "a", "b"]


async def test_lease_release_lets_another_take_over_at_once(database: str) -> None:
    ttl = timedelta(minutes=5)
    assert await leases.acquire("x", "p1", ttl)
    assert not await leases.acquire("x", "p2", ttl)
    await leases.release("x", "p1")
    assert await leases.acquire("x", "p2", ttl)
