"""Noticing users who flood the bot, so they are slowed down and told so, never silently dropped."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class FloodVerdict:
    flooding: bool
    notify: bool
    delay: float


@dataclass
class FloodGuard:
    """A sliding window per user: more than `limit` updates in `window` seconds is flooding."""

    limit: int = 20
    window: float = 10.0
    max_delay: float = 3.0
    clock: callable = time.monotonic  # type: ignore[valid-type]
    _seen: dict[int, deque[float]] = field(default_factory=dict)
    _notified_at: dict[int, float] = field(default_factory=dict)

    def check(self, user_id: int) -> FloodVerdict:
        now = self.clock()
        times = self._seen.setdefault(user_id, deque())
        times.append(now)
        while times and times[0] <= now - self.window:
            times.popleft()
        excess = len(times) - self.limit
        if excess <= 0:
            if not times:
                self._seen.pop(user_id, None)
            return FloodVerdict(False, False, 0.0)
        last = self._notified_at.get(user_id)
        notify = last is None or now - last >= self.window
        if notify:
            self._notified_at[user_id] = now
        return FloodVerdict(True, notify, min(self.max_delay, 0.25 * excess))

    def forget_idle(self) -> None:
        """Drops users with no recent updates so the map does not grow without bound."""
        now = self.clock()
        for user_id in [u for u, t in self._seen.items() if not t or t[-1] <= now - self.window]:
            self._seen.pop(user_id, None)
            self._notified_at.pop(user_id, None)
