"""Working days and legal deadlines under China's official holiday calendar.

Tip-handling deadlines are counted in working days (工作日) or in calendar days, and weekends are not
simply days off: each year the State Council moves some weekend days to working days (调休). Where a
year's days off and make-up working days come from, in order:

1. an **imported** schedule (`run.py calendar import FILE`, stored in the database and installed here by
   cases.calendar), for a year whose State Council notice is out before a library release carries it;
2. the `holidays` package (`holidays.China`): **official** for the years whose notice it transcribes
   (its table of substituted days), **estimated** for later years: the statutory days of the 全国年节及
   纪念日放假办法 with its "weekend holiday → next working day" rule, and no make-up working days;
3. **missing**: a year the library cannot compute (before 1950, after 2100) counts Monday–Friday, with
   one warning per year in the log, because a deadline slightly off is better than a case not filed.

Each year's days have a source string such as `estimated:1f3a…` (the source and a hash of the days),
which a case clock stores with its deadline, so a deadline computed with an estimate can be found and
recomputed once the official schedule arrives (cases.calendar). Nothing is downloaded at run time.

How deadlines are counted (one rule everywhere, as Chinese law counts periods):
- The day of receipt is never counted (民法典 第二百零一条: 开始的当日不计入，自下一日开始计算), whatever
  the time of day and whether or not it is a working day.
- Working-day periods skip weekends and holidays but count make-up working days (行政许可法 第八十二条,
  行政处罚法 第八十五条: 工作日，不含法定节假日). "1 working day" after a tip received on Friday 15:00 is
  the next Monday, or the first working day after a holiday.
- Calendar-day periods count every day; legal_deadline_days() then moves a last day that is not a
  working day to the first working day after it (民法典 第二百零三条).
- A deadline ends at the end of its last day (二十四时), returned as 23:59:59.999999 in Asia/Shanghai:
  a case is overdue when now > deadline. Counting from office hours instead is left to the caller.
All datetimes must be timezone-aware; results are in Asia/Shanghai.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

TZ = ZoneInfo("Asia/Shanghai")
HOLIDAY, WORKDAY = "holiday", "workday"
OFFICIAL, ESTIMATED, IMPORTED, MISSING = "official", "estimated", "imported", "missing"
LIBRARY = f"holidays {holidays.__version__}"
FIRST_OFFICIAL_YEAR = 2001  # the library checks its China data against the State Council's notices from 2001

log = logging.getLogger(__name__)
_ONE_DAY = timedelta(days=1)
_MAX_DAYS_OFF = 366  # no real calendar has a longer run of days off; more means a broken schedule
# Suffixes the library puts on names of days that are not the festival itself.
_NAME_SUFFIX = re.compile(r"（(补假|推定|补假，推定)）$")
_SUBSTITUTED_FROM = re.compile(r"由 (\d{4}-\d{2}-\d{2}) 调休")


@dataclass(frozen=True, slots=True)
class ImportedYear:
    """One year's schedule as imported: every special day, and where it came from."""

    year: int
    days: dict[date, tuple[str, str]]  # date -> (HOLIDAY | WORKDAY, name); may reach into December before
    label: str  # "import #3, 2026-11-20, by cli:root" for people; never part of a signature


@dataclass(frozen=True, slots=True)
class Schedule:
    """The days of one calendar year that do not follow Monday–Friday."""

    year: int
    source: str  # OFFICIAL | ESTIMATED | IMPORTED | MISSING
    days_off: dict[date, str] = field(default_factory=dict)  # weekday or weekend days off -> break name
    workdays: dict[date, str] = field(default_factory=dict)  # weekend days that are working days -> name
    label: str = ""

    @property
    def digest(self) -> str:
        """A hash of the weekdays off and the weekend days worked: what moves a deadline. Names, and weekend
        days listed as days off, are left out, so one calendar hashes the same however it was written."""
        lines = [f"{d.isoformat()} {HOLIDAY}" for d in self.days_off if d.weekday() < 5] + [
            f"{d.isoformat()} {WORKDAY}" for d in self.workdays if d.weekday() >= 5
        ]
        return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()

    @property
    def signature(self) -> str:
        """What a clock remembers of this year: the source and the days' hash, e.g. `official:3f2a…`."""
        return f"{self.source}:{self.digest[:16]}"

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.days_off:
            return False
        return day.weekday() < 5


_lock = threading.Lock()
_imports: dict[int, ImportedYear] = {}
_schedules: dict[int, Schedule] = {}
_warned_years: set[int] = set()
_last_official: list[int] = []  # computed once per process: the library does not change while it runs


def install_imports(imports: dict[int, ImportedYear]) -> None:
    """Makes these imported schedules the ones in force (replacing those installed before)."""
    with _lock:
        _imports.clear()
        _imports.update(imports)
        _schedules.clear()


def installed_imports() -> dict[int, ImportedYear]:
    return dict(_imports)


def reload() -> None:
    """Forgets the computed schedules and the warnings given (the imports installed stay)."""
    with _lock:
        _schedules.clear()
        _warned_years.clear()


def last_official_year() -> int:
    """The last year whose State Council notice the installed `holidays` release transcribes."""
    if not _last_official:
        table = getattr(holidays.China(years=()), "special_public_holidays", None) or {}
        _last_official.append(max((y for y in table if isinstance(y, int)), default=FIRST_OFFICIAL_YEAR - 1))
    return _last_official[0]


def _festival(name: str) -> str:
    return _NAME_SUFFIX.sub("", name)


def _whole_breaks(days_off: dict[date, str], workdays: dict[date, str]) -> dict[date, str]:
    """Adds the weekend days inside or next to each run of days off, named after the run's festival.

    The library lists a break's weekday days off only; the notice (and a person) counts 春节 as 15 to 23
    February, weekend included. A substituted day off ("休息日（由 … 调休）") takes its break's name too.
    """

    def off(day: date) -> bool:
        return day in days_off or (day.weekday() >= 5 and day not in workdays)

    named: dict[date, str] = {}
    for start in sorted(days_off):
        if start in named:
            continue
        run = [start]
        day = start - _ONE_DAY
        while off(day) and day.year == start.year:
            run.insert(0, day)
            day -= _ONE_DAY
        day = start + _ONE_DAY
        while off(day) and day.year == start.year:
            run.append(day)
            day += _ONE_DAY
        festivals = [_festival(days_off[d]) for d in run if d in days_off and "调休" not in days_off[d]]
        # The festival most days belong to: 春节 rather than 农历除夕 for the Spring Festival break.
        name = Counter(festivals).most_common(1)[0][0] if festivals else _festival(days_off[start])
        for d in run:
            named[d] = name
    return named


@cache
def library_schedule(year: int) -> Schedule:
    """What the installed `holidays` release says of `year`, imports or not (it does not change while the
    process runs)."""
    calendar = holidays.China(years=(year, year + 1), language="zh_CN")
    raw = {d: str(name) for d, name in calendar.items() if d.year == year}
    if not raw:
        return Schedule(year, MISSING, label=f"{LIBRARY} has no calendar for {year}")
    workdays = {d: "" for d in calendar.weekend_workdays if d.year == year}
    days_off = _whole_breaks(raw, workdays)
    for name in raw.values():  # a make-up working day belongs to the break it moved a day off to
        if match := _SUBSTITUTED_FROM.search(name):
            moved_from = date.fromisoformat(match.group(1))
            if moved_from in workdays:
                to_day = next(d for d, n in raw.items() if n == name)
                workdays[moved_from] = days_off.get(to_day, "")
    estimated = (
        year > last_official_year() or year < FIRST_OFFICIAL_YEAR or any("推定" in n for n in raw.values())
    )
    return Schedule(year, ESTIMATED if estimated else OFFICIAL, days_off, workdays, LIBRARY)


def imported_schedule(imported: ImportedYear) -> Schedule:
    days_off = {
        d: name for d, (kind, name) in imported.days.items() if kind == HOLIDAY and d.year == imported.year
    }
    workdays = {
        d: name for d, (kind, name) in imported.days.items() if kind == WORKDAY and d.year == imported.year
    }
    return Schedule(imported.year, IMPORTED, days_off, workdays, imported.label)


def _build(year: int) -> Schedule:
    own = _imports.get(year)
    schedule = imported_schedule(own) if own is not None else library_schedule(year)
    following = _imports.get(year + 1)
    if following is not None:  # next year's notice may move a late-December day (the New Year break)
        reaching = {d: v for d, v in following.days.items() if d.year == year}
        if reaching:
            days_off = {d: n for d, n in schedule.days_off.items() if d not in reaching}
            workdays = {d: n for d, n in schedule.workdays.items() if d not in reaching}
            days_off.update({d: name for d, (kind, name) in reaching.items() if kind == HOLIDAY})
            workdays.update({d: name for d, (kind, name) in reaching.items() if kind == WORKDAY})
            label = f"{schedule.label}; December days from {following.label}"
            schedule = Schedule(year, schedule.source, days_off, workdays, label)
    return schedule


def schedule(year: int) -> Schedule:
    """The days of `year` that do not follow Monday–Friday, and where they come from."""
    found = _schedules.get(year)
    if found is None:
        with _lock:
            found = _schedules.get(year)
            if found is None:
                found = _schedules[year] = _build(year)
    return found


def source(year: int) -> str:
    """OFFICIAL, ESTIMATED, IMPORTED or MISSING."""
    return schedule(year).source


def signature(year: int) -> str:
    return schedule(year).signature


def basis(first: date | datetime, last: date | datetime) -> dict[str, str]:
    """The signature of every year from first's to last's: what a deadline between them depends on."""
    a, b = _local_date(first), _local_date(last)
    if b < a:
        a, b = b, a
    return {str(year): signature(year) for year in range(a.year, b.year + 1)}


def covered_years() -> frozenset[int]:
    """Years with an official or imported schedule; other years are estimated or fall back to Mon–Fri."""
    official = set(range(FIRST_OFFICIAL_YEAR, last_official_year() + 1))
    return frozenset(official | set(_imports))


def _local_date(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return _local(value).date()
    return value


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: pass a timezone-aware one")
    return moment.astimezone(TZ)


def _end_of_day(day: date) -> datetime:
    return datetime.combine(day, time.max, tzinfo=TZ)


def is_workday(day: date | datetime) -> bool:
    """Whether day is an official working day (a datetime is taken at its date in Asia/Shanghai)."""
    day = _local_date(day)
    found = schedule(day.year)
    if found.source == MISSING and day.year not in _warned_years:
        _warned_years.add(day.year)
        log.warning(
            "no holiday calendar for %s (%s): counting Monday-Friday as working days", day.year, LIBRARY
        )
    return found.is_workday(day)


def holiday_name(day: date | datetime) -> str | None:
    """The holiday a day off or a make-up working day belongs to (国庆节, 春节, ...), if any."""
    day = _local_date(day)
    found = schedule(day.year)
    name = found.days_off.get(day, found.workdays.get(day))
    return name or None


def next_workday(day: date | datetime) -> date:
    """The first working day strictly after day."""
    current = _local_date(day)
    for _ in range(_MAX_DAYS_OFF):
        current += _ONE_DAY
        if is_workday(current):
            return current
    raise ValueError(f"no working day within {_MAX_DAYS_OFF} days after {day}: check the holiday schedule")


def add_workdays(start: datetime, n: int) -> datetime:
    """The end of the n-th working day after the day of start (the day of start itself never counts)."""
    if n < 1:
        raise ValueError("n must be at least 1 working day")
    day = _local(start).date()
    for _ in range(n):
        day = next_workday(day)
    return _end_of_day(day)


def workdays_between(a: date | datetime, b: date | datetime) -> int:
    """Working days after a's day up to and including b's day; negative when b is before a.

    Consistent with add_workdays: workdays_between(start, add_workdays(start, n)) == n.
    """
    first, last = _local_date(a), _local_date(b)
    if last < first:
        return -workdays_between(b, a)
    return sum(1 for offset in range(1, (last - first).days + 1) if is_workday(first + timedelta(offset)))


def add_calendar_days(start: datetime, n: int) -> datetime:
    """The end of the n-th calendar day after the day of start, holidays or not."""
    if n < 0:
        raise ValueError("n must not be negative")
    return _end_of_day(_local(start).date() + timedelta(days=n))


def legal_deadline_days(start: datetime, n: int) -> datetime:
    """A period of n calendar days whose last day, if not a working day, moves to the next working day.

    This is the 60-day verification clock and the like (民法典 第二百零三条: 期间的最后一日是法定休假日的，
    以法定休假日结束的次日为期间的最后一日). Weekends count as days off unless the calendar makes them
    make-up working days.
    """
    last = add_calendar_days(start, n).date()
    if not is_workday(last):
        last = next_workday(last)
    return _end_of_day(last)
