"""The legal calendar after 2026: 60-day clocks across the 2027 Spring Festival with the estimate and with an
imported schedule, the recomputation written on each case, imports refused or repeated, the periodic job,
`run.py calendar status | import`, the admins' banner and /metrics."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tortoise import connections

from cases import calendar, service, workdays
from cases.calendar_file import ScheduleError
from foundation import clock
from models.calendar import CalendarImport
from models.cases import Case, CaseEvent

TZ = workdays.TZ
ROOT = Path(__file__).resolve().parents[2]
# A made-up 2027 schedule shaped like the 2024-2026 notices: it is NOT the State Council's. The Spring
# Festival break runs 5-13 February with Sunday 31 January and Sunday 14 February worked; the estimate
# from `holidays` (no notice for 2027 in 0.109) has 5-10 February off and no make-up working day.
SCHEDULE_2027 = (
    """# test schedule, not official
date,kind,name
2027-01-01,holiday,元旦
2027-01-02,holiday,元旦
2027-01-03,holiday,元旦
2027-01-31,workday,春节
"""
    + "".join(f"2027-02-{day:02d},holiday,春节\n" for day in range(5, 14))
    + """2027-02-14,workday,春节
2027-04-03,holiday,清明节
2027-04-04,holiday,清明节
2027-04-05,holiday,清明节
2027-04-25,workday,劳动节
"""
    + "".join(f"2027-05-{day:02d},holiday,劳动节\n" for day in range(1, 6))
    + """2027-06-09,holiday,端午节
2027-09-15,holiday,中秋节
2027-09-26,workday,国庆节
"""
    + "".join(f"2027-10-{day:02d},holiday,国庆节\n" for day in range(1, 8))
    + "2027-10-09,workday,国庆节\n"
)


def at(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, tzinfo=TZ)


def day_of(moment: datetime) -> str:
    return moment.astimezone(TZ).date().isoformat()


@pytest.fixture(autouse=True)
async def fresh_calendar() -> AsyncIterator[None]:
    calendar.forget()
    yield
    calendar.forget()


async def accepted_tip(accepted_on: datetime) -> Case:
    case = await service.open_case("tip", "某培训学校", "130102", category="tr_hours_cut", at=accepted_on)
    return await service.accept(case, "li", at=accepted_on)


async def test_the_library_has_no_2027_notice_so_2027_is_an_estimate() -> None:
    assert workdays.source(2026) == workdays.OFFICIAL
    assert workdays.source(2027) == workdays.ESTIMATED
    assert not workdays.schedule(2027).workdays, "an estimate has no make-up working days"
    assert not workdays.is_workday(datetime(2027, 2, 10, 12, tzinfo=TZ))
    assert workdays.is_workday(datetime(2027, 2, 11, 12, tzinfo=TZ))


async def test_60_day_clock_across_the_2027_spring_festival_estimate_then_import(database: str) -> None:
    now = datetime(2026, 12, 20, 2, tzinfo=UTC)
    with clock.frozen(now):
        # Day 60 after 11 December 2026 is Tuesday 9 February 2027, inside the break.
        lands_in_break = await accepted_tip(at(2026, 12, 11))
        # Day 60 after 16 December is Sunday 14 February: a day off in the estimate, worked in the schedule.
        lands_on_sunday = await accepted_tip(at(2026, 12, 16))
        # A clock that ends before 2027 does not depend on it and must not move.
        before_2027 = await accepted_tip(at(2026, 10, 20))
        assert lands_in_break.clock == "verify"
        assert day_of(lands_in_break.due_at) == "2027-02-11", "estimate: first working day after 5-10 Feb"
        assert day_of(lands_on_sunday.due_at) == "2027-02-15", "estimate: Sunday moves to Monday"
        assert lands_in_break.clock_calendar["2027"].startswith("estimated:")
        assert set(before_2027.clock_calendar) == {"2026"}

        outcome = await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:admin")

    assert outcome.year == 2027 and outcome.seq == 1
    assert outcome.library_source == workdays.ESTIMATED
    assert sorted(case_id for case_id, _, _ in outcome.recomputed.moved) == [
        lands_in_break.id,
        lands_on_sunday.id,
    ]
    await lands_in_break.refresh_from_db()
    await lands_on_sunday.refresh_from_db()
    await before_2027.refresh_from_db()
    assert day_of(lands_in_break.due_at) == "2027-02-14", "the make-up Sunday is the first working day"
    assert day_of(lands_on_sunday.due_at) == "2027-02-14", "a make-up working day ends the period itself"
    assert day_of(before_2027.due_at) == "2026-12-21"
    assert lands_in_break.clock_calendar["2027"].startswith("imported:")

    event = await CaseEvent.filter(case_id=lands_in_break.id, action=calendar.RECOMPUTED).get()
    assert event.actor == "cli:admin"
    assert event.before["due_at"].startswith("2027-02-11T23:59:59")
    assert event.after["due_at"].startswith("2027-02-14T23:59:59")
    assert event.before["calendar"]["2027"].startswith("estimated:")
    assert event.after["calendar_change"] == {
        "reason": calendar.BY_IMPORT,
        "years": ["2027"],
        "import": 1,
        "year": 2027,
    }
    assert not await CaseEvent.filter(case_id=before_2027.id, action=calendar.RECOMPUTED).exists()

    # New clocks use the import at once; the same file again changes nothing.
    with clock.frozen(now):
        later = await accepted_tip(at(2026, 12, 16, 15))
        assert day_of(later.due_at) == "2027-02-14"
        again = await calendar.import_schedule(SCHEDULE_2027.encode(), "copy.csv", "cli:admin")
    assert again.seq is None and not again.recomputed.moved
    assert await CalendarImport.all().count() == 1
    assert (await calendar.verify_imports()).ok


async def test_an_extended_clock_is_recomputed_with_its_extension(database: str) -> None:
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        case = await accepted_tip(at(2026, 11, 1))  # day 60: 31 December 2026
        await service.extend(case, 30, "需要现场核查", "li", at=at(2026, 12, 20))
        # 31 December + 30 days = Saturday 30 January; the estimate has the weekend off → Monday 1 February
        assert day_of(case.due_at) == "2027-02-01"
        await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:admin")
    await case.refresh_from_db()
    assert day_of(case.due_at) == "2027-01-31", "the schedule makes 31 January a working day"


async def test_a_passed_deadline_is_not_recomputed(database: str) -> None:
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        case = await accepted_tip(at(2026, 12, 11))
    with clock.frozen(datetime(2027, 2, 12, 2, tzinfo=UTC)):  # after the estimated deadline of 11 February
        outcome = await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:admin")
    assert not outcome.recomputed.moved
    await case.refresh_from_db()
    assert day_of(case.due_at) == "2027-02-11"


async def test_a_bad_schedule_is_refused_with_every_problem_and_nothing_changes(database: str) -> None:
    broken = SCHEDULE_2027.replace("2027-02-14,workday", "2027-02-15,workday").replace(
        "2027-10-01,holiday,国庆节\n", ""
    )
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        case = await accepted_tip(at(2026, 12, 11))
        with pytest.raises(ScheduleError) as refused:
            await calendar.import_schedule(broken.encode(), "2027.csv", "cli:admin")
    problems = refused.value.problems
    assert any("2027-02-15 is a weekday" in p for p in problems), problems
    assert any("2027-10-01 (国庆节)" in p for p in problems), problems
    assert await CalendarImport.all().count() == 0
    await case.refresh_from_db()
    assert day_of(case.due_at) == "2027-02-11"


async def test_a_tampered_import_breaks_the_trail(database: str) -> None:
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:admin")
    conn = connections.get("default")
    await conn.execute_query('UPDATE "calendar_imports" SET "actor" = \'someone\' WHERE "seq" = 1')
    check = await calendar.verify_imports()
    assert not check.ok and check.broken_seq == 1


async def test_the_periodic_job_recomputes_clocks_set_with_an_older_calendar(database: str) -> None:
    """What a `holidays` upgrade or an import made on another node looks like to the job."""
    now = datetime(2026, 12, 20, 2, tzinfo=UTC)
    with clock.frozen(now):
        case = await accepted_tip(at(2026, 12, 16))
        # As left by the old shipped table, which counted 2027 Monday-Friday and recorded no calendar.
        await Case.filter(id=case.id).update(
            due_at=datetime(2027, 2, 15, 23, 59, 59, 999999, tzinfo=TZ), clock_calendar=None
        )
        first = await calendar.sync(now)
        assert first == {}, "same deadline under the estimate: only bookkeeping, nothing to tell"
        await case.refresh_from_db()
        assert case.clock_calendar["2027"].startswith("estimated:")
        assert await calendar.sync(now) == {}

        # Another node imported the schedule (the row is there, this process has not loaded it).
        other = await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:admin")
        assert other.recomputed.moved
        await Case.filter(id=case.id).update(
            due_at=datetime(2027, 2, 15, 23, 59, 59, 999999, tzinfo=TZ),
            clock_calendar={"2026": workdays.signature(2026), "2027": "estimated:0000"},
            updated_at=now,  # what its save() wrote (auto_now reads the real clock, not the frozen one)
        )
        calendar.forget()
        assert await calendar.sync(now) == {"moved": 1, "confirmed": 0}
    await case.refresh_from_db()
    assert day_of(case.due_at) == "2027-02-14"
    reasons = [
        e.after["calendar_change"]["reason"]
        for e in await CaseEvent.filter(case_id=case.id, action=calendar.RECOMPUTED).order_by("seq")
    ]
    assert reasons == [calendar.BY_IMPORT, calendar.BY_UPDATE]


async def test_status_banner_years_and_metrics(database: str) -> None:
    from bot.metrics import calendar_gauges

    with clock.frozen(datetime(2026, 10, 31, 2, tzinfo=UTC)):
        assert calendar.banner_years(clock.today()) == [], "before 1 November nobody is warned"
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        await accepted_tip(at(2026, 12, 11))
        years = {y.year: y for y in await calendar.status()}
        assert years[2026].source == "official" and years[2027].source == "estimated"
        assert years[2027].open_clocks == 1 and years[2027].stale_clocks == 0
        assert calendar.banner_years(clock.today()) == [2027]
        text = "".join(await calendar_gauges())
        assert 'safetywatch_calendar_year_source{year="2027",source="estimated"} 1.0' in text
        assert "safetywatch_calendar_unofficial_years 1.0" in text
        await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:admin")
        assert calendar.banner_years(clock.today()) == []
        text = "".join(await calendar_gauges())
        assert 'safetywatch_calendar_year_source{year="2027",source="imported"} 1.0' in text
        assert "safetywatch_calendar_unofficial_years 0.0" in text


def run(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path / "data")}
    env.pop("BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "run.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


async def test_calendar_commands(database: str, tmp_path: Path) -> None:
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        case = await accepted_tip(at(2026, 12, 11))
    status = run(database, tmp_path, "calendar", "status")
    assert status.returncode == 0, status.stderr
    assert "2027  estimated 推定" in status.stdout and "not official: 2027" in status.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind\n2027-01-01,holiday\n", encoding="utf-8")
    refused = run(database, tmp_path, "calendar", "import", str(bad))
    assert refused.returncode == 1 and "nothing imported" in refused.stderr
    good = tmp_path / "2027.csv"
    good.write_text(SCHEDULE_2027, encoding="utf-8")
    imported = run(database, tmp_path, "calendar", "import", str(good), "--by", "admin")
    assert imported.returncode == 0, imported.stderr
    assert "imported 2027 as import #1" in imported.stdout
    await case.refresh_from_db()
    # The command ran at the real date: this clock's deadline has not passed yet (or the test is from
    # after February 2027, when it is left alone).
    if clock.now() < datetime(2027, 2, 11, 16, tzinfo=UTC):
        assert f"case {case.id}: 2027-02-11 -> 2027-02-14" in imported.stdout
        assert day_of(case.due_at) == "2027-02-14"
    status = run(database, tmp_path, "calendar", "status")
    assert "2027  imported 已导入" in status.stdout and "import #1" in status.stdout
