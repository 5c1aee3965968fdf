"""Reading and checking a year's State Council schedule typed into a CSV, before it is trusted with deadlines.

The file is `date,kind` (an optional `name` column names the holiday), one row per day that does not follow
Monday–Friday: `holiday` for every day off of each break (weekend days inside it may be listed or not) and
`workday` for every make-up working day (调休). Lines starting with `#` are comments. It covers one year;
the only days of another year it may hold are late-December ones of the year before, which a New Year
break can move.

Checks that catch the usual slips (a truncated paste, the wrong year, a swapped column), all reported at
once with line numbers: a bad date or kind, a date listed twice, a make-up working day that is not a
Saturday or Sunday, and any statutory holiday of the year (元旦, 春节 ×4, 清明, 劳动节 ×2, 端午, 中秋,
国庆 ×3, dates from the `holidays` package) that the file does not give as a day off.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from datetime import date

import holidays

from cases.workdays import HOLIDAY, WORKDAY

MAX_ROWS = 400


class ScheduleError(ValueError):
    """The file is not a usable schedule; `problems` lists every reason, each naming its line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ParsedSchedule:
    year: int
    days: dict[date, tuple[str, str]]  # date -> (HOLIDAY | WORKDAY, name)
    file_sha256: str

    def as_json(self) -> dict[str, list[str]]:
        return {d.isoformat(): [kind, name] for d, (kind, name) in sorted(self.days.items())}


def statutory_days(year: int) -> dict[date, str]:
    """The statutory holidays of `year` (no 补假, no 调休): what every schedule of that year must give off."""
    calendar = holidays.China(years=year, language="zh_CN", observed=False)
    return {d: str(name) for d, name in calendar.items() if "调休" not in str(name)}


def _cells(line: str) -> list[str]:
    return next(csv.reader([line]), [])


def parse(content: bytes) -> ParsedSchedule:
    """The schedule in `content` (UTF-8, a BOM is fine), or ScheduleError naming everything wrong with it."""
    digest = hashlib.sha256(content).hexdigest()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScheduleError([f"the file is not UTF-8 text ({exc.reason} at byte {exc.start})"]) from None
    numbered = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not numbered:
        raise ScheduleError(["the file has no rows"])
    header = [cell.strip().lower() for cell in _cells(numbered[0][1])]
    if "date" not in header or "kind" not in header:
        raise ScheduleError([f"line {numbered[0][0]}: the header must name the columns date and kind"])
    at_date, at_kind = header.index("date"), header.index("kind")
    at_name = header.index("name") if "name" in header else None
    problems: list[str] = []
    days: dict[date, tuple[str, str]] = {}
    lines: dict[date, int] = {}
    for number, line in numbered[1:]:
        cells = [cell.strip() for cell in _cells(line)]
        if len(cells) <= max(at_date, at_kind):
            problems.append(f"line {number}: expected date,kind")
            continue
        try:
            day = date.fromisoformat(cells[at_date])
        except ValueError:
            problems.append(f"line {number}: {cells[at_date]!r} is not a date (YYYY-MM-DD)")
            continue
        kind = cells[at_kind].lower()
        if kind not in (HOLIDAY, WORKDAY):
            problems.append(f"line {number}: kind must be {HOLIDAY} or {WORKDAY}, not {cells[at_kind]!r}")
            continue
        if day in days:
            problems.append(f"line {number}: {day} is already on line {lines[day]}")
            continue
        if kind == WORKDAY and day.weekday() < 5:
            problems.append(
                f"line {number}: {day} is a weekday; a make-up working day is a Saturday or Sunday"
            )
        name = cells[at_name] if at_name is not None and len(cells) > at_name else ""
        days[day] = (kind, name)
        lines[day] = number
    if len(days) > MAX_ROWS:
        problems.append(f"{len(days)} rows: a year's schedule has far fewer")
    if not days:
        raise ScheduleError([*problems, "the file lists no day"])
    year = max(day.year for day in days)
    for day in sorted(days):
        if day.year != year and not (day.year == year - 1 and day.month == 12):
            problems.append(
                f"line {lines[day]}: {day} is outside {year} (only late December of {year - 1} may be listed)"
            )
    for day, name in sorted(statutory_days(year).items()):
        kind = days.get(day, (None, ""))[0]
        if kind == WORKDAY:
            problems.append(f"line {lines[day]}: {day} ({name}) is a statutory holiday, not a working day")
        elif kind is None and day.weekday() < 5:
            problems.append(f"{day} ({name}) is a statutory holiday of {year} but is not listed as a holiday")
    if problems:
        raise ScheduleError(problems)
    return ParsedSchedule(year, days, digest)
