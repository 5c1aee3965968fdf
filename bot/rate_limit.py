"""Telegram's sending limits belong to the bot, not to a process: with N processes behind one token, each
may use 1/N of them.

Telegram allows a bot about 30 messages per second overall and 20 per minute in one group. PTB's
AIORateLimiter enforces that inside one process. Asking the database before every message would cost more
than the message; instead every process announces itself every few seconds (a lease named after it), counts
the live ones and sets its own limiter to its share. When a process stops, its lease goes at once; when it
dies, after the lease's time-out, and the others take its share back.
"""

from __future__ import annotations

from datetime import datetime

from aiolimiter import AsyncLimiter
from telegram.constants import FloodLimit
from telegram.ext import AIORateLimiter

from models.ops import Lease

PRESENCE_PREFIX = "job:presence:"  # leases of the scheduler's per-process presence jobs
PRESENCE_EVERY = 5.0


class SharedRateLimiter(AIORateLimiter):
    def __init__(
        self,
        overall_max_rate: float = FloodLimit.MESSAGES_PER_SECOND,
        overall_time_period: float = 1,
        group_max_rate: float = FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP,
        group_time_period: float = 60,
        max_retries: int = 0,
    ) -> None:
        super().__init__(
            overall_max_rate=overall_max_rate,
            overall_time_period=overall_time_period,
            group_max_rate=group_max_rate,
            group_time_period=group_time_period,
            max_retries=max_retries,
        )
        self.bot_overall_rate, self.overall_period = overall_max_rate, overall_time_period
        self.bot_group_rate = group_max_rate
        self.processes = 1

    @property
    def overall_rate(self) -> float:
        """Messages per period this process may send now (0: no overall cap)."""
        return self._base_limiter.max_rate if self._base_limiter is not None else 0

    def set_processes(self, count: int) -> None:
        """Takes this process's share of the bot's limits; requests already waiting finish on the old one."""
        count = max(1, count)
        if count == self.processes:
            return
        self.processes = count
        if self.bot_overall_rate and self.overall_period:
            self._base_limiter = AsyncLimiter(self.bot_overall_rate / count, self.overall_period)
        if self.bot_group_rate:
            self._group_max_rate = self.bot_group_rate / count
            self._group_limiters.clear()  # new groups' limiters are made with the new rate


async def live_processes(now: datetime) -> int:
    return await Lease.filter(name__startswith=PRESENCE_PREFIX, expires_at__gt=now).count()


def presence_job(owner: str, limiter: object):  # type: ignore[no-untyped-def]
    """The scheduler job that keeps this process counted and its limiter at its share. It runs under a
    lease named after the process, so every process runs its own."""
    from bot.scheduler import Job

    async def presence(now: datetime) -> None:
        if isinstance(limiter, SharedRateLimiter):
            limiter.set_processes(await live_processes(now))

    return Job(f"presence:{owner}", PRESENCE_EVERY, presence)
