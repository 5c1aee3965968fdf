"""Dates as printed on certificates and sheets, normalised to YYYY-MM-DD.

Cards print 2021年03月15日, 2021年3月15日, 2021.03.15 or 2021-03-15, and a validity period as two dates
joined by 至, a dash or a long dash (which OCR often reads as 一, the character for "one"). OCR also
confuses O with 0 and l with 1 inside numbers; those are repaired only inside a date-shaped match.
"""

from __future__ import annotations

import datetime as dt
import re

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／", "0123456789.-/")
# Letters OCR gives for digits inside a date. S is left out on purpose: it stands for 5 as often as for 8,
# and a wrong but plausible date is worse than a missing one.
_DIGITISH = str.maketrans("OoDQIl|GbBZz", "000011166822")
_D = r"[0-9OoDQIl|GbBZz]"
_SEP1 = r"\s*[年./\-_—–·,，、]\s*"
_SEP2 = r"\s*[月./\-_—–·,，、]\s*"
_Y = rf"[12]{_D}{{3}}"
# The same date with each way OCR garbles it, most complete first. A lost separator is accepted only where
# the digit counts leave no doubt (a two-digit month or day), and a year that lost its leading 2 only
# before 年 (024年7月13日 cannot be anything but 2024).
DATE_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<y>{_Y}){_SEP1}(?P<m>{_D}{{1,2}}){_SEP2}(?P<d>{_D}{{1,2}})\s*日?",
        rf"(?<!\d)(?P<y>{_Y})(?P<m>{_D}{{2}}){_SEP2}(?P<d>{_D}{{1,2}})\s*日?",
        rf"(?<!\d)(?P<y>{_Y}){_SEP1}(?P<m>{_D}{{2}})(?P<d>{_D}{{2}})(?!\d)\s*日?",
        rf"(?<![\d.\-/])(?P<y>0\d{{2}})\s*年\s*(?P<m>{_D}{{1,2}}){_SEP2}(?P<d>{_D}{{1,2}})\s*日?",
    )
)
COMPACT_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")


def _make(year: str, month: str, day: str) -> str | None:
    year = year.translate(_DIGITISH)
    if len(year) == 3:
        year = "2" + year
    try:
        value = dt.date(int(year), int(month.translate(_DIGITISH)), int(day.translate(_DIGITISH)))
    except ValueError:
        return None
    if not 1950 <= value.year <= 2100:
        return None
    return value.isoformat()


def find_dates(text: str, *, compact: bool = False) -> list[str]:
    """Every date in `text`, in order. `compact` also accepts 20210315 (not used near ID numbers, which
    contain a birth date in that form)."""
    text = text.translate(_FULLWIDTH)
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, value))

    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            add(match.start(), match.end(), _make(match["y"], match["m"], match["d"]))
    if compact:
        for match in COMPACT_RE.finditer(text):
            add(match.start(), match.end(), _make(*match.groups()))
    return [value for _, _, value in sorted(found)]


def normalize_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD, or None."""
    dates = find_dates(text, compact=True)
    return dates[0] if dates else None


def split_validity(text: str) -> tuple[str | None, str | None]:
    """(valid_from, valid_to) from "2021-03-15 至 2027-03-15" and the like; None for what is missing.

    A single date is taken as the end of validity: cards that print one date under 有效期 mean "until".
    """
    dates = find_dates(text, compact=True)
    if len(dates) >= 2:
        return dates[0], dates[1]
    if len(dates) == 1:
        return None, dates[0]
    return None, None
