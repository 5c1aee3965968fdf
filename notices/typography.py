"""Chinese typography for the notice: how amounts and rates are written, and where a line may break.

A wall notice is read by people, not parsed: "30 万元" rather than "300,000 元", "15 %" rather than
"15.00%", and a date or an amount never split over two lines ("2030-03-" / "18", "3," / "000"). Line
breaks follow the Unicode line-breaking algorithm (UAX #14, through `uniseg`), which already keeps CJK
punctuation off the start of a line and digits together; on top of it a few spans are never broken at all:
dates, date ranges' ends, and a number with its unit. The number and its unit are joined by a no-break space,
so even another renderer keeps them together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache

from uniseg.linebreak import line_break_units

NBSP = "\u00a0"
CLOSING = "，。；：、）》」』！？,.;:!?)%"
NO_START = CLOSING + "·・"
# Never broken inside: an ISO date, a number with its unit (元, 万元, %), a number with separators.
_KEEP = re.compile(
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d[\d,.]*[{NBSP} ]?(?:万元|元|%)|[A-Za-z0-9][A-Za-z0-9,.:/\-]*[A-Za-z0-9]"
)


def amount_cn(yuan: int) -> str:
    """An amount of yuan as a notice writes it: 30 万元 when it is a whole number of 万, else 3000 元."""
    if yuan >= 10_000 and yuan % 10_000 == 0:
        return f"{yuan // 10_000}{NBSP}万元"
    return f"{yuan}{NBSP}元"


def percent(rate: Decimal | float) -> str:
    """A rate (0.15) as a percentage without needless decimals: 15 %, 12.5 %."""
    value = (Decimal(str(rate)) * 100).normalize()
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text}{NBSP}%"


@lru_cache(maxsize=4096)
def break_units(text: str) -> tuple[str, ...]:
    """The pieces between which a line may break; joined, they give back `text`. Cached: uniseg is pure
    Python and a notice asks for the same texts again (measuring pass, then drawing pass)."""
    units = list(line_break_units(text)) if text else []
    keep = [m.span() for m in _KEEP.finditer(text)]
    merged: list[str] = []
    pos = 0
    for unit in units:
        start = pos
        pos += len(unit)
        # A break at `start` falls strictly inside a kept span, or before a mark that may not start a
        # line (the "·" of a transcribed name): glue this unit to the previous one.
        if merged and (unit[:1] in NO_START or any(a < start < b for a, b in keep)):
            merged[-1] += unit
        else:
            merged.append(unit)
    return tuple(merged)


def _after(text: str, breaks: str) -> list[str]:
    units, unit = [], ""
    for ch in text:
        unit += ch
        if ch in breaks:
            units.append(unit)
            unit = ""
    return [*units, unit] if unit else units


def wrap(text: str, width: float, measure: Callable[[str], float], breaks: str | None = None) -> list[str]:
    """Greedy line filling at the allowed breaks (only after one of `breaks`, when given: "、" keeps a list
    of words whole); explicit newlines are kept. A single piece wider than the line (a very long name) is
    the only thing ever cut between characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for unit in _after(paragraph, breaks) if breaks else break_units(paragraph):
            if measure((line + unit).rstrip()) <= width:
                line += unit
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = ""
            if measure(unit.rstrip()) <= width:
                line = unit
                continue
            for ch in unit:  # nothing else fits: cut the piece itself
                # A closing mark hangs at the end of the line rather than start the next (悬挂标点).
                if line.strip() and measure(line + ch) > width and ch not in CLOSING:
                    lines.append(line.rstrip())
                    line = ""
                line += ch.lstrip() if not line else ch
        lines.append(line.rstrip())
    return lines
