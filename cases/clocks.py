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


def rule_named(kind: str, name: str) -> ClockRule | None:
    """The rule of a running clock, found by the name stored on the case (a review restarts "verify" while the
    case is in `verifying`, so the status alone does not say which rule runs)."""
    return next((rule for rule in clock_table().get(kind, {}).values() if rule.name == name), None)


def calendar_basis(started: datetime, due: datetime) -> dict[str, str]:
    """Which calendar each year between start and deadline came from, to store beside the deadline."""
    return workdays.basis(started, due)


def recomputed_due(kind: str, name: str, started: datetime, extension_days: int | None) -> datetime | None:
    """The deadline of a running clock under the calendar now in force; None when its rule is gone."""
    rule = rule_named(kind, name)
    if rule is None:
        return None
    due = rule.due(started)
    return extended_due(due, extension_days) if extension_days else due


def longest_due(start: datetime) -> datetime:
    """The latest deadline a clock started at `start` can have, extension included: how far ahead the
    calendar must be known."""
    return max(
        extended_due(rule.due(start), MAX_EXTENSION_DAYS)
        for rules in clock_table().values()
        for rule in rules.values()
    )


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


def next_check(started: datetime | None, due: datetime | None, warned: int, overdue: bool) -> datetime | None:
    """When the deadline job must next look at a clock: its next warning (70 %, 90 %), else the moment
    after its deadline; None for no running clock. Stored on the case, so the job reads only what is due."""
    if started is None or due is None or overdue:
        return None
    for level in WARNING_LEVELS:
        if warned < level:
            return at_moment(started, due, level / 100)
    return due + timedelta(microseconds=1)  # breached once now > due


def extended_due(due: datetime, days: int) -> datetime:
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ValueError(f"an extension is 1 to {MAX_EXTENSION_DAYS} days")
    return workdays.legal_deadline_days(due, days)


def at_moment(started: datetime, due: datetime, fraction: float) -> datetime:
    """The moment when `fraction` of the clock has passed (for simulated clocks in tests and demos)."""
    return started + timedelta(seconds=(due - started).total_seconds() * fraction)
