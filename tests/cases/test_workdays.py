"""Tests for cases.workdays: the `holidays` calendar (official to 2026, estimated after), imports."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

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


def test_a_year_without_any_calendar_falls_back_to_weekdays_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert wd.source(2101) == wd.MISSING  # the library's lunar tables end with 2100
    with caplog.at_level(logging.WARNING, logger=wd.__name__):
        assert wd.is_workday(date(2101, 1, 3))  # a Monday; New Year is not known for 2101
        assert not wd.is_workday(date(2101, 1, 1))  # Saturday
        assert wd.add_workdays(at(2101, 1, 7), 1) == end_of(2101, 1, 10)  # Friday → Monday
    warnings = [r for r in caplog.records if "2101" in r.getMessage()]
    assert len(warnings) == 1


def test_2027_is_estimated_from_the_statutory_days() -> None:
    assert 2027 not in wd.covered_years()
    assert wd.source(2027) == wd.ESTIMATED
    assert wd.holiday_name(date(2027, 2, 6)) == "春节"
    assert not wd.is_workday(date(2027, 2, 9))  # 补假 for the festival days on the weekend
    assert wd.is_workday(date(2027, 2, 11))


def test_an_import_replaces_the_library_for_its_year_only() -> None:
    imported = wd.ImportedYear(
        2027,
        {
            date(2026, 12, 27): (wd.WORKDAY, "元旦"),  # a Sunday of the year before, moved by the notice
            date(2027, 2, 11): (wd.HOLIDAY, "春节"),
            date(2027, 2, 14): (wd.WORKDAY, "春节"),
        },
        "test import",
    )
    wd.install_imports({2027: imported})
    try:
        assert wd.source(2027) == wd.IMPORTED and wd.source(2026) == wd.OFFICIAL
        assert not wd.is_workday(date(2027, 2, 11))
        assert wd.is_workday(date(2027, 2, 14)) and wd.holiday_name(date(2027, 2, 14)) == "春节"
        assert wd.is_workday(date(2027, 2, 9)), "the library's estimate no longer counts for 2027"
        assert wd.is_workday(date(2026, 12, 27))
        assert wd.is_workday(date(2026, 10, 10)), "the rest of 2026 is still the library's"
        assert set(wd.basis(at(2026, 12, 1), at(2027, 2, 1))) == {"2026", "2027"}
        assert wd.basis(at(2026, 12, 1), at(2027, 2, 1))["2027"].startswith("imported:")
    finally:
        wd.install_imports({})
    assert wd.source(2027) == wd.ESTIMATED


def test_digest_is_the_same_however_a_schedule_is_written() -> None:
    """Weekend days listed as days off, and names, do not change which days are worked."""
    plain = wd.imported_schedule(wd.ImportedYear(2027, {date(2027, 2, 8): (wd.HOLIDAY, "")}, ""))
    verbose = wd.imported_schedule(
        wd.ImportedYear(
            2027, {date(2027, 2, 6): (wd.HOLIDAY, "春节"), date(2027, 2, 8): (wd.HOLIDAY, "春节")}, ""
        )
    )
    assert plain.digest == verbose.digest


def test_library_make_up_days_are_weekend_days() -> None:
    for year in range(2020, 2027):
        for day in wd.schedule(year).workdays:
            assert day.weekday() >= 5, day
    assert wd.next_workday(date(2025, 9, 30)) - date(2025, 9, 30) == timedelta(days=9)
