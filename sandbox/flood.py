"""Flood control like Telegram's, so a bot's retry/backoff path can be exercised locally.

Telegram publishes only approximate numbers (about 30 messages/s overall, 20/min per group, about
1/s per private chat with short bursts tolerated); the defaults follow them and every number is
configurable, including turning the whole mechanism off for tests that send a lot.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

from .limits import too_many_requests


@dataclass
class FloodLimits:
    """Tunable flood-control parameters; mutate the instance on a running server to change them."""

    enabled: bool = True
    global_per_second: int = 30
    group_per_minute: int = 20
    private_burst: float = 5.0
    private_per_second: float = 1.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def update(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.__dataclass_fields__:
                current = getattr(self, name)
                setattr(self, name, type(current)(value))


class FloodControl:
    """Counts sent messages per chat and overall; refuses with 429 instead of delaying."""

    def __init__(self, limits: FloodLimits) -> None:
        self.limits = limits
        self._global: deque[float] = deque()
        self._groups: dict[int, deque[float]] = {}
        self._buckets: dict[int, tuple[float, float]] = {}

    def reset(self) -> None:
        self._global.clear()
        self._groups.clear()
        self._buckets.clear()

    def check(self, chat_id: int, is_group: bool) -> None:
        """Account one outgoing message, or raise the 429 refusal without counting it."""
        if not self.limits.enabled:
            return
        now = time.monotonic()
        waits = [self._global_wait(now)]
        if is_group:
            waits.append(self._group_wait(chat_id, now))
        else:
            waits.append(self._private_wait(chat_id, now))
        wait = max(waits)
        if wait > 0:
            raise too_many_requests(max(1, math.ceil(wait)))
        self._global.append(now)
        if is_group:
            self._groups.setdefault(chat_id, deque()).append(now)
        else:
            tokens, _ = self._bucket(chat_id, now)
            self._buckets[chat_id] = (tokens - 1, now)

    def _global_wait(self, now: float) -> float:
        while self._global and self._global[0] <= now - 1.0:
            self._global.popleft()
        if len(self._global) < self.limits.global_per_second:
            return 0.0
        return self._global[0] + 1.0 - now

    def _group_wait(self, chat_id: int, now: float) -> float:
        sent = self._groups.setdefault(chat_id, deque())
        while sent and sent[0] <= now - 60.0:
            sent.popleft()
        if len(sent) < self.limits.group_per_minute:
            return 0.0
        return sent[0] + 60.0 - now

    def _bucket(self, chat_id: int, now: float) -> tuple[float, float]:
        tokens, last = self._buckets.get(chat_id, (self.limits.private_burst, now))
        tokens = min(self.limits.private_burst, tokens + (now - last) * self.limits.private_per_second)
        return tokens, now

    def _private_wait(self, chat_id: int, now: float) -> float:
        tokens, _ = self._bucket(chat_id, now)
        if tokens >= 1.0:
            return 0.0
        if self.limits.private_per_second <= 0:
            return 60.0
        return (1.0 - tokens) / self.limits.private_per_second
