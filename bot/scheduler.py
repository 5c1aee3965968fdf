"""Periodic work of the bot process: sending the outbox, case clocks, reminders about untouched drafts.

Each job runs under a database lease, so with several bot processes exactly one runs it at a time; state
that says what was done (sent_at, warned_level, reminded_at) lives in the database, so a restart neither
repeats nor forgets anything.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from foundation import clock as product_clock
from foundation import leases
from foundation.logs import log_fields

log = logging.getLogger(__name__)

JobFunc = Callable[[datetime], Awaitable[object]]


@dataclass
class Job:
    name: str
    every: float
    run: JobFunc


class Scheduler:
    def __init__(self, owner: str, jobs: list[Job], clock: Callable[[], datetime] | None = None) -> None:
        self.owner = owner
        self.jobs = jobs
        self.clock = clock or product_clock.now
        self._tasks: list[asyncio.Task] = []

    async def run_once(self, job: Job) -> bool:
        """Runs `job` now if this process holds (or can take) its lease; True when it ran."""
        ttl = timedelta(seconds=max(30.0, job.every * 3))
        if not await leases.acquire(f"job:{job.name}", self.owner, ttl, now=self.clock()):
            return False
        try:
            result = await job.run(self.clock())
        except Exception:
            log_fields(log, "scheduled job failed", level=logging.ERROR, job=job.name)
            log.debug("job failure detail", exc_info=True)
            return False
        if result:
            log_fields(log, "scheduled job ran", job=job.name, result=result)
        return True

    async def _loop(self, job: Job) -> None:
        while True:
            await self.run_once(job)
            await asyncio.sleep(job.every)

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(job), name=f"job:{job.name}") for job in self.jobs]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for job in self.jobs:
            await leases.release(f"job:{job.name}", self.owner)
        self._tasks = []
