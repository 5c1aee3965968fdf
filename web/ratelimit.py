"""Brakes for an anonymous public: failed status-page logins (per client address and per receipt code),
uploads (files and bytes per address and hour), back-office logins (growing delays per account and
address), and the one rule for which address a request comes from (TRUSTED_PROXIES).

Failed status-page logins:

A receipt code plus password is all that protects a tip's follow-up, so guessing must be slow: after
`limit` failures within `window` seconds for the same address or the same code, the page says "try later"
without even checking. Counts live in process memory: a restart forgets them, and with several web
processes each counts on its own (the limit then applies per process), which is acceptable for a brake.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from ipaddress import IPv4Network, IPv6Network, ip_address

from aiohttp import web


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


def client_address(request: web.Request) -> str:
    """The client's address for every limit: the peer, unless the peer is one of TRUSTED_PROXIES; then the
    right-most X-Forwarded-For entry that is not itself a trusted proxy. Nobody is trusted by default, so
    a forged header from the internet changes nothing; behind the load balancer its address is listed."""
    from web.context import ctx

    peer = request.remote or "?"
    trusted = ctx(request).settings.trusted_proxies
    if not trusted or not _in(peer, trusted):
        return peer
    hops = [h.strip() for h in ",".join(request.headers.getall("X-Forwarded-For", [])).split(",")]
    for hop in reversed([h for h in hops if h]):
        if not _in(hop, trusted):
            try:
                return str(ip_address(hop))
            except ValueError:
                return peer  # garbage from before the proxy: count it on the proxy, not a made-up name
    return peer


def _in(address: str, networks: tuple[IPv4Network | IPv6Network, ...]) -> bool:
    try:
        ip = ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in networks)


class UploadQuota:
    """Files and bytes accepted per client address and per hour (sliding window), so that nobody fills the
    disk by repeating valid-looking uploads. A draft's or a tip's own total is checked by the caller."""

    def __init__(self, files: int, size: int, window: float = 3600.0) -> None:
        self.files, self.size, self.window = files, size, window
        self._used: dict[str, deque[tuple[float, int]]] = defaultdict(deque)

    def _recent(self, key: str, now: float) -> deque[tuple[float, int]]:
        used = self._used[key]
        while used and used[0][0] <= now - self.window:
            used.popleft()
        return used

    def allows(self, key: str, size: int) -> bool:
        used = self._recent(key, time.monotonic())
        return len(used) < self.files and sum(n for _t, n in used) + size <= self.size

    def take(self, key: str, size: int) -> None:
        now = time.monotonic()
        self._recent(key, now).append((now, size))
        if len(self._used) > 100_000:
            for quiet in [k for k, v in self._used.items() if not v]:
                del self._used[quiet]


class LoginThrottle:
    """Growing delays per (account, client address) instead of an account lock: after FREE failures the
    pair must wait 2, 4, 8 … seconds (at most MAX_DELAY) before its next attempt is even checked. Failures
    from an attacker's address never slow the real user down at theirs. A per-address count (any
    account) stops one address from spraying many accounts."""

    FREE = 3
    MAX_DELAY = 15 * 60.0
    ADDRESS_LIMIT = 50  # failures per address and hour, across accounts

    def __init__(self) -> None:
        self._pairs: dict[tuple[str, str], tuple[int, float]] = {}
        self._addresses = FailureLimiter(limit=self.ADDRESS_LIMIT, window=3600.0)

    def wait(self, account: str, address: str) -> float:
        """Seconds before this pair may try again (0: now)."""
        if self._addresses.blocked(f"ip:{address}"):
            return 3600.0
        failures, last = self._pairs.get((account, address), (0, 0.0))
        if failures < self.FREE:
            return 0.0
        delay = min(self.MAX_DELAY, 2.0 ** (failures - self.FREE + 1))
        return max(0.0, last + delay - time.monotonic())

    def fail(self, account: str, address: str) -> None:
        failures, _last = self._pairs.get((account, address), (0, 0.0))
        self._pairs[(account, address)] = (failures + 1, time.monotonic())
        self._addresses.fail(f"ip:{address}")
        if len(self._pairs) > 100_000:
            cutoff = time.monotonic() - self.MAX_DELAY
            for pair in [p for p, (_n, t) in self._pairs.items() if t < cutoff]:
                del self._pairs[pair]

    def succeed(self, account: str, address: str) -> None:
        self._pairs.pop((account, address), None)
