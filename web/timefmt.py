"""Dates as regulators read them: China time (Asia/Shanghai), and how much of a legal clock is left."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from cases import clocks
from foundation import clock

CHINA = ZoneInfo("Asia/Shanghai")


def local(value: datetime | None, with_time: bool = True) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    shown = value.astimezone(CHINA)
    return shown.strftime("%Y-%m-%d %H:%M") if with_time else shown.strftime("%Y-%m-%d")


def parse_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


@dataclass(frozen=True)
class Deadline:
    text: str  # "2 d 3 h left" / "overdue by 5 h"
    level: str  # "", "w70", "w90", "overdue"
    percent: int


def _span(seconds: float, _: Callable[[str], str]) -> str:
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return _("{d} d {h} h").format(d=days, h=hours)
    if hours:
        return _("{h} h {m} min").format(h=hours, m=mins)
    return _("{m} min").format(m=mins)


def deadline(
    started: datetime | None,
    due: datetime | None,
    overdue: bool,
    _: Callable[[str], str],
    now: datetime | None = None,
) -> Deadline | None:
    """The remaining time of a running clock and its marker: past 70 %, past 90 %, or overdue."""
    if due is None:
        return None
    now = now or clock.now()
    left = (due - now).total_seconds()
    percent = int(clocks.fraction_elapsed(started, due, now) * 100) if started else 0
    if overdue or left < 0:
        return Deadline(_("overdue by {span}").format(span=_span(left, _)), "overdue", max(percent, 100))
    level = "w90" if percent >= 90 else "w70" if percent >= 70 else ""
    return Deadline(_("{span} left").format(span=_span(left, _)), level, percent)
