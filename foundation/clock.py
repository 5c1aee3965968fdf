"""One clock for the whole product: the instant (UTC) and the jurisdiction's local date.

A certificate valid to 4 December is expired from 00:00 on the 5th in Beijing, whatever time zone the server
runs in; `date.today()` would give the server's own date (a day behind from 16:00 to 24:00 UTC). So every
"today" comes from here, in the zone named by the `TIMEZONE` setting (Asia/Shanghai by default), and tests
set the instant with `frozen()` instead of depending on the hour they run at.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Shanghai"

_zone = ZoneInfo(DEFAULT_ZONE)
_source: Callable[[], datetime] | None = None


def zone() -> ZoneInfo:
    """The jurisdiction's time zone (TIMEZONE)."""
    return _zone


def set_zone(name: str) -> ZoneInfo:
    """Makes `name` the local zone; ValueError when it is not an IANA zone name."""
    global _zone
    try:
        _zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone name (such as Asia/Shanghai)") from None
    return _zone


def now() -> datetime:
    """The current instant, timezone-aware in UTC."""
    if _source is not None:
        return _source().astimezone(UTC)
    return datetime.now(UTC)


def offset() -> timedelta:
    """How far this clock is from the system's (zero unless frozen or shifted): what a child process needs
    to run on the same clock, through `shifted(offset)`."""
    return now() - datetime.now(UTC)


def local_now() -> datetime:
    """The current instant in the jurisdiction's zone."""
    return now().astimezone(_zone)


def today() -> date:
    """The jurisdiction's date now: what 'today' means on a certificate, a notice or a ledger."""
    return local_now().date()


def local_date(at: datetime) -> date:
    """The jurisdiction's date at the instant `at` (aware; a naive datetime is taken as UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(_zone).date()


@contextmanager
def frozen(at: datetime | Callable[[], datetime]) -> Iterator[None]:
    """Runs the block with the clock at `at` (an aware datetime, or a function giving one)."""
    global _source
    if isinstance(at, datetime) and at.tzinfo is None:
        raise ValueError("frozen() needs an aware datetime")
    previous = _source
    _source = at if callable(at) else (lambda: at)
    try:
        yield
    finally:
        _source = previous


@contextmanager
def shifted(by: timedelta) -> Iterator[None]:
    """Runs the block with the clock moving on as usual but `by` ahead (or behind)."""
    with frozen(lambda: datetime.now(UTC) + by):
        yield
