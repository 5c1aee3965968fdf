"""Telegram's limits shared by the bot's processes: each live process takes its share, and gets the whole
back when the other stops."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.rate_limit import SharedRateLimiter, live_processes, presence_job
from bot.scheduler import Scheduler


def test_a_limiter_takes_its_share() -> None:
    limiter = SharedRateLimiter(overall_max_rate=30, overall_time_period=1, group_max_rate=20)
    assert limiter.overall_rate == 30
    limiter.set_processes(3)
    assert limiter.overall_rate == 10 and limiter._group_max_rate == 20 / 3
    limiter.set_processes(0)
    assert limiter.overall_rate == 30 and limiter.processes == 1


async def test_two_processes_split_the_limit_and_one_gets_it_back(database) -> None:
    now = datetime.now(UTC)
    limiters = {owner: SharedRateLimiter() for owner in ("host:1", "host:2")}
    schedulers = {
        owner: Scheduler(owner, [presence_job(owner, limiter)], clock=lambda: now)
        for owner, limiter in limiters.items()
    }
    for scheduler in schedulers.values():
        assert await scheduler.run_once(scheduler.jobs[0])
    await schedulers["host:1"].run_once(schedulers["host:1"].jobs[0])  # it sees the second one now
    assert await live_processes(now) == 2
    assert [limiter.overall_rate for limiter in limiters.values()] == [15, 15]

    await schedulers["host:2"].stop()  # a clean stop gives its lease back at once
    await schedulers["host:1"].run_once(schedulers["host:1"].jobs[0])
    assert limiters["host:1"].overall_rate == 30

    later = now + timedelta(seconds=31)  # a process that died without stopping counts until its lease ends
    assert await live_processes(later) == 0
