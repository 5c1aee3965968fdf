"""Legal and configured clocks on cases: when each is due, and what 70 %, 90 % and 100 % of it mean.

Tips follow the national rules (安全生产领域举报奖励办法): the accept decision 1 working day after receipt,
verification 60 days after acceptance (one extension of at most 30 days), the result to the reporter within
10 days after verification. Other kinds of items have their own clocks, configurable with a JSON file named
by the environment variable CASE_CLOCKS_FILE: {"kind": {"status": ["clock name", amount, "workdays"|"days"]}}.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from cases import workdays

MAX_EXTENSION_DAYS = 30
WARNING_LEVELS = (70, 90)


@dataclass(frozen=True)
class ClockRule:
    name: str
    amount: int
    unit: str  # "workdays" or "days"

    def due(self, start: datetime) -> datetime:
        if self.unit == "workdays":
            return workdays.add_workdays(start, self.amount)
        return workdays.legal_deadline_days(start, self.amount)


DEFAULT_CLOCKS: dict[str, dict[str, ClockRule]] = {
    "tip": {
        "received": ClockRule("accept", 1, "workdays"),
        "accepted": ClockRule("verify", 60, "days"),
        "verified": ClockRule("reply", 10, "days"),
    },
    "verification": {
        "received": ClockRule("triage", 1, "workdays"),
        "accepted": ClockRule("handle", 30, "days"),
    },
    "notice": {"received": ClockRule("review", 10, "workdays")},
    "appointment": {"received": ClockRule("review", 10, "workdays")},
    "inspection": {"received": ClockRule("act", 30, "days")},
}


@cache
def clock_table() -> dict[str, dict[str, ClockRule]]:
    table = {kind: dict(rules) for kind, rules in DEFAULT_CLOCKS.items()}
    path = os.environ.get("CASE_CLOCKS_FILE")
    if path:
        with open(path, encoding="utf-8") as fh:
            for kind, rules in json.load(fh).items():
                table.setdefault(kind, {})
                for status, (name, amount, unit) in rules.items():
                    if unit not in ("workdays", "days"):
                        raise ValueError(f"{path}: unit must be workdays or days, got {unit!r}")
                    table[kind][status] = ClockRule(name, int(amount), unit)
    return table


def rule_for(kind: str, status: str) -> ClockRule | None:
    """The clock that starts when a case of `kind` enters `status`; None when no clock runs then."""
    return clock_table().get(kind, {}).get(status)


def fraction_elapsed(started: datetime, due: datetime, now: datetime) -> float:
    total = (due - started).total_seconds()
    if total <= 0:
        return 1.0
    return (now - started).total_seconds() / total


def warning_due(started: datetime, due: datetime, now: datetime, already: int) -> int | None:
    """The warning level (70 or 90) to give now, if one is due and was not given yet."""
    pct = fraction_elapsed(started, due, now) * 100
    for level in reversed(WARNING_LEVELS):
        if pct >= level and already < level:
            return level
    return None


def extended_due(due: datetime, days: int) -> datetime:
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ValueError(f"an extension is 1 to {MAX_EXTENSION_DAYS} days")
    return workdays.legal_deadline_days(due, days)


def at_moment(started: datetime, due: datetime, fraction: float) -> datetime:
    """The moment when `fraction` of the clock has passed (for simulated clocks in tests and demos)."""
    return started + timedelta(seconds=(due - started).total_seconds() * fraction)
