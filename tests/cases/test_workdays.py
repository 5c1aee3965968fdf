"""Tests for cases.workdays against the shipped calendar (State Council notices, via chinesecalendar)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cases import workdays as wd

SH = wd.TZ


def at(y: int, m: int, d: int, hour: int = 15) -> datetime:
    return datetime(y, m, d, hour, tzinfo=SH)


def end_of(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, 23, 59, 59, 999999, tzinfo=SH)


@pytest.fixture(autouse=True)
def fresh_calendar() -> Iterator[None]:
    wd.reload()
    yield
    wd.reload()


def test_years_2020_to_2026_are_covered() -> None:
    assert set(range(2020, 2027)) <= wd.covered_years()


def test_national_day_2025() -> None:
    for day in range(1, 9):
        assert not wd.is_workday(date(2025, 10, day)), day
    assert wd.holiday_name(date(2025, 10, 1)) == "国庆节"
    assert wd.is_workday(date(2025, 9, 28))  # Sunday, make-up working day
    assert wd.is_workday(date(2025, 10, 11))  # Saturday, make-up working day
    assert wd.holiday_name(date(2025, 10, 11)) == "国庆节"
    assert wd.is_workday(date(2025, 10, 9))
    assert not wd.is_workday(date(2025, 10, 12))  # ordinary Sunday


def test_spring_festival_2026() -> None:
    for day in range(15, 24):
        assert not wd.is_workday(date(2026, 2, day)), day
    assert wd.holiday_name(date(2026, 2, 17)) == "春节"
    assert wd.is_workday(date(2026, 2, 14))  # Saturday
    assert wd.is_workday(date(2026, 2, 28))  # Saturday
    assert wd.is_workday(date(2026, 2, 24))


def test_datetime_is_taken_at_its_shanghai_date() -> None:
    assert not wd.is_workday(datetime(2025, 9, 30, 17, tzinfo=UTC))  # 01:00 on 1 October in Shanghai
    assert wd.is_workday(datetime(2025, 9, 30, 15, tzinfo=UTC))


def test_one_working_day_after_friday_is_monday() -> None:
    assert wd.add_workdays(at(2025, 11, 14), 1) == end_of(2025, 11, 17)


def test_make_up_sunday_counts() -> None:
    assert wd.add_workdays(at(2025, 9, 26), 1) == end_of(2025, 9, 28)


def test_deadline_crosses_national_day() -> None:
    assert wd.add_workdays(at(2025, 9, 30, 10), 1) == end_of(2025, 10, 9)
    # 9, 10, 11 (make-up Saturday), 13, 14 October
    assert wd.add_workdays(at(2025, 9, 30, 10), 5) == end_of(2025, 10, 14)


def test_received_on_a_holiday() -> None:
    assert wd.add_workdays(at(2025, 10, 3), 1) == end_of(2025, 10, 9)
    assert wd.add_workdays(at(2026, 2, 14), 1) == end_of(2026, 2, 24)


def test_receipt_day_is_the_shanghai_day() -> None:
    thursday_late = datetime(2025, 11, 13, 15, tzinfo=UTC)  # Thursday 23:00 in Shanghai
    friday_early = datetime(2025, 11, 13, 17, tzinfo=UTC)  # Friday 01:00 in Shanghai
    assert wd.add_workdays(thursday_late, 1) == end_of(2025, 11, 14)
    assert wd.add_workdays(friday_early, 1) == end_of(2025, 11, 17)
    assert wd.add_workdays(friday_early, 1).tzinfo == SH


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        wd.add_workdays(datetime(2025, 11, 14, 15), 1)
    with pytest.raises(ValueError):
        wd.add_workdays(at(2025, 11, 14), 0)
    with pytest.raises(ValueError):
        wd.add_calendar_days(at(2025, 11, 14), -1)


def test_workdays_between_matches_add_workdays() -> None:
    start = at(2025, 9, 25)
    for n in range(1, 15):
        assert wd.workdays_between(start, wd.add_workdays(start, n)) == n
    assert wd.workdays_between(date(2025, 9, 30), date(2025, 10, 9)) == 1
    assert wd.workdays_between(date(2025, 10, 9), date(2025, 9, 30)) == -1
    assert wd.workdays_between(date(2025, 10, 1), date(2025, 10, 1)) == 0


def test_calendar_days() -> None:
    assert wd.add_calendar_days(at(2025, 9, 1), 30) == end_of(2025, 10, 1)
    assert wd.add_calendar_days(at(2025, 9, 1), 0) == end_of(2025, 9, 1)


def test_legal_deadline_moves_off_days_off() -> None:
    assert wd.legal_deadline_days(at(2025, 8, 2), 60) == end_of(2025, 10, 9)  # lands on 1 October
    assert wd.legal_deadline_days(at(2025, 9, 11), 30) == end_of(2025, 10, 11)  # make-up Saturday stays
    assert wd.legal_deadline_days(at(2025, 10, 16), 30) == end_of(2025, 11, 17)  # Saturday → Monday
    assert wd.legal_deadline_days(at(2025, 10, 2), 30) == end_of(2025, 11, 3)  # Saturday 1 Nov → Monday


def test_uncovered_year_falls_back_to_weekdays_and_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    assert 2099 not in wd.covered_years()
    with caplog.at_level(logging.WARNING, logger=wd.__name__):
        assert wd.is_workday(date(2099, 1, 1))  # a Thursday; New Year is not known for 2099
        assert not wd.is_workday(date(2099, 1, 3))  # Saturday
        assert wd.add_workdays(at(2099, 1, 2), 1) == end_of(2099, 1, 5)
    warnings = [r for r in caplog.records if "2099" in r.getMessage()]
    assert len(warnings) == 1


def test_holidays_file_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = tmp_path / "holidays.csv"
    table.write_text(
        "# local calendar for a test\ndate,kind,name\n2099-01-05,holiday,测试\n2099-01-10,workday,测试\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(wd.HOLIDAYS_FILE_ENV, str(table))
    wd.reload()
    assert wd.covered_years() == {2099}
    assert not wd.is_workday(date(2099, 1, 5))
    assert wd.is_workday(date(2099, 1, 10))
    assert wd.is_workday(date(2025, 10, 1))  # the shipped table is not read any more


@pytest.mark.parametrize(
    "content",
    [
        "date,kind,name\n2099-01-05,vacation,x\n",
        "date,kind,name\n2099-13-05,holiday,x\n",
        "date,kind,name\n2099-01-05,holiday,x\n2099-01-05,workday,x\n",
    ],
)
def test_broken_holidays_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    table = tmp_path / "holidays.csv"
    table.write_text(content, encoding="utf-8")
    monkeypatch.setenv(wd.HOLIDAYS_FILE_ENV, str(table))
    wd.reload()
    with pytest.raises(ValueError):
        wd.is_workday(date(2099, 1, 5))


def test_shipped_table_has_no_workday_on_a_weekday_off() -> None:
    """Guards hand edits: a make-up working day is always a weekend day."""
    for day, (kind, _name) in wd._calendar().special.items():
        if kind == wd.WORKDAY:
            assert day.weekday() >= 5, day
    assert wd.next_workday(date(2025, 9, 30)) - date(2025, 9, 30) == timedelta(days=9)
