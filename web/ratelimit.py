"""Counting failed status-page logins, per client address and per receipt code.

A receipt code plus password is all that protects a tip's follow-up, so guessing must be slow: after
`limit` failures within `window` seconds for the same address or the same code, the page says "try later"
without even checking. Counts live in process memory: a restart forgets them, and with several web
processes each counts on its own (the limit then applies per process), which is acceptable for a brake.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque


class FailureLimiter:
    def __init__(self, limit: int = 10, window: float = 3600.0) -> None:
        self.limit = limit
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        return any(len(self._recent(key, now)) >= self.limit for key in keys)

    def fail(self, *keys: str) -> None:
        now = time.monotonic()
        for key in keys:
            self._recent(key, now).append(now)
        if len(self._failures) > 100_000:  # forget quiet keys rather than grow without bound
            for key in [k for k, v in self._failures.items() if not v]:
                del self._failures[key]

    def reset(self) -> None:
        self._failures.clear()
