"""The legal calendar in the database: imported schedules, which years are official, and deadlines that
must move when the calendar does.

cases.workdays computes with whatever schedules are installed in this process; this module keeps them equal
to the database on every node (`ensure_current`, cheap enough to call before computing a deadline), writes
imports as a hash-chained trail (`import_schedule`), and recomputes running clocks whose deadline was
computed with another calendar (`recompute_open_clocks`), writing old → new deadline and why on each case.
The periodic job `sync` notices what an import on another node, or a `holidays` upgrade at start-up,
changed; it rescans cases only when the calendar's fingerprint moved or a clock changed since it last ran.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from cases import audit, calendar_file, clocks, workdays
from foundation import clock
from models.calendar import CalendarImport, CalendarSync
from models.cases import Case, CaseEvent

log = logging.getLogger(__name__)

GENESIS = "0" * 64
REFRESH_SECONDS = 5.0
RECOMPUTED = "deadline_recomputed"
# Why a deadline was recomputed (stored on the case's audit event; the back office shows a label).
BY_IMPORT, BY_UPDATE = "calendar_import", "calendar_update"
BANNER_FROM_MONTH = 11  # from 1 November the next year's schedule is due from the State Council

_state: dict[str, Any] = {"seq": None, "checked": 0.0}


# --- keeping this process's calendar equal to the database -------------------------------------------------


def _label(row: CalendarImport) -> str:
    day = clock.local_date(row.imported_at).isoformat()
    return f"import #{row.seq} of {day} by {row.actor} ({row.file_name})"


async def load() -> int:
    """Installs the newest import of each year from the database; returns the chain's last seq (0: none)."""
    rows = await CalendarImport.all().order_by("seq")
    newest: dict[int, CalendarImport] = {row.year: row for row in rows}
    imports = {
        year: workdays.ImportedYear(
            year,
            {date.fromisoformat(day): (kind, name) for day, (kind, name) in row.days.items()},
            _label(row),
        )
        for year, row in newest.items()
    }
    workdays.install_imports(imports)
    seq = rows[-1].seq if rows else 0
    _state.update(seq=seq, checked=time.monotonic())
    return seq


async def ensure_current(force: bool = False) -> None:
    """Reloads the imports when another process added one; asks the database at most every few seconds."""
    if not force and _state["seq"] is not None and time.monotonic() - _state["checked"] < REFRESH_SECONDS:
        return
    head = await CalendarImport.all().order_by("-seq").first().values_list("seq", flat=True)
    if (head or 0) != _state["seq"]:
        await load()
    else:
        _state["checked"] = time.monotonic()


def forget() -> None:
    """Drops what this process loaded (tests with a fresh database)."""
    _state.update(seq=None, checked=0.0)
    workdays.install_imports({})


# --- imports ---


def _chain_hash(prev_hash: str, body: dict[str, Any]) -> str:
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{prev_hash}|{text}".encode()).hexdigest()


def _body(row: CalendarImport) -> dict[str, Any]:
    return {
        "seq": row.seq,
        "year": row.year,
        "days": row.days,
        "digest": row.digest,
        "file_name": row.file_name,
        "file_sha256": row.file_sha256,
        "actor": row.actor,
        "at": row.imported_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }


@dataclass
class Recomputed:
    checked: int = 0
    moved: list[tuple[int, datetime, datetime]] = field(default_factory=list)  # (case id, old, new)
    confirmed: int = 0  # deadline kept, now computed with the new calendar (recorded too)

    def counts(self) -> dict[str, int]:
        return {"moved": len(self.moved), "confirmed": self.confirmed} if self.moved or self.confirmed else {}


@dataclass
class ImportOutcome:
    year: int
    seq: int | None  # None: the same schedule was already in force, nothing written
    days_off: int
    workdays: int
    library_source: str  # what the `holidays` release says of the year, for comparison
    library_agrees: bool
    recomputed: Recomputed


async def import_schedule(
    content: bytes, file_name: str, actor: str, now: datetime | None = None
) -> ImportOutcome:
    """Validates the file, appends it to the chain of imports and moves every running deadline it changes.

    Raises calendar_file.ScheduleError (with every problem found) when the file is not a usable schedule.
    """
    now = now or clock.now()
    parsed = calendar_file.parse(content)
    await ensure_current(force=True)
    imported = workdays.ImportedYear(parsed.year, parsed.days, "")
    schedule = workdays.imported_schedule(imported)
    library = workdays.library_schedule(parsed.year)
    in_force = workdays.installed_imports().get(parsed.year)
    seq: int | None = None
    if in_force is None or workdays.imported_schedule(in_force).digest != schedule.digest:
        async with in_transaction():
            last = await CalendarImport.all().order_by("-seq").first()
            row = CalendarImport(
                seq=(last.seq + 1) if last else 1,
                year=parsed.year,
                days=parsed.as_json(),
                digest=schedule.digest,
                file_name=file_name[-255:],
                file_sha256=parsed.file_sha256,
                actor=actor[:64],
                imported_at=now,
                prev_hash=last.hash if last else GENESIS,
            )
            row.hash = _chain_hash(row.prev_hash, _body(row))
            await row.save()
        seq = row.seq
        await load()
    recomputed = await recompute_open_clocks(now, actor, BY_IMPORT, {"import": seq, "year": parsed.year})
    await _remember(now)
    return ImportOutcome(
        parsed.year,
        seq,
        sum(1 for d in schedule.days_off if d.weekday() < 5),
        sum(1 for d in schedule.workdays if d.weekday() >= 5),
        library.source,
        library.source == workdays.OFFICIAL and library.digest == schedule.digest,
        recomputed,
    )


@dataclass
class ChainCheck:
    ok: bool
    checked: int
    broken_seq: int | None = None


async def verify_imports() -> ChainCheck:
    """Walks the chain of imports: an altered or removed import breaks it."""
    prev, expected = GENESIS, 1
    rows = await CalendarImport.all().order_by("seq")
    for row in rows:
        if row.seq != expected or row.prev_hash != prev or _chain_hash(prev, _body(row)) != row.hash:
            return ChainCheck(False, expected - 1, expected)
        prev, expected = row.hash, expected + 1
    return ChainCheck(True, len(rows))


# --- recomputing deadlines ---


async def _extension_days(case: Case) -> int | None:
    event = await CaseEvent.filter(case_id=case.id, action="extended").order_by("-seq").first()
    if event is None or not isinstance(event.after, dict):
        return None
    days = event.after.get("days")
    return int(days) if isinstance(days, int | str) and str(days).isdigit() else None


def _iso(moment: datetime) -> str:
    return moment.astimezone(workdays.TZ).isoformat()


async def recompute_open_clocks(
    now: datetime, actor: str, reason: str, extra: dict[str, Any] | None = None, since: datetime | None = None
) -> Recomputed:
    """Recomputes each deadline not yet passed whose stored calendar differs from the one in force.

    A moved deadline, or one confirmed by a new source, is written on the case's audit trail with the old
    and new deadline and calendar. A case that another actor changed meanwhile is left to that change.
    """
    result = Recomputed()
    running = Case.filter(
        due_at__gt=now, overdue=False, clock__isnull=False, clock_started_at__isnull=False
    ).order_by("id")
    if since is not None:
        running = running.filter(updated_at__gte=since)
    for case in await running:
        result.checked += 1
        stored = case.clock_calendar
        if stored == clocks.calendar_basis(case.clock_started_at, case.due_at):
            continue
        extension = await _extension_days(case) if case.extended else None
        if case.extended and extension is None:
            log.warning("case %s: extended clock without a recorded length; deadline left as it is", case.id)
            continue
        due = clocks.recomputed_due(case.kind, case.clock, case.clock_started_at, extension)
        if due is None:
            log.warning("case %s: no rule for clock %r any more; deadline left as it is", case.id, case.clock)
            continue
        basis = clocks.calendar_basis(case.clock_started_at, due)
        moved = due != case.due_at
        async with in_transaction():
            fresh = await Case.filter(id=case.id).select_for_update().first()
            if fresh is None or (fresh.due_at, fresh.clock, fresh.clock_started_at) != (
                case.due_at,
                case.clock,
                case.clock_started_at,
            ):
                continue  # changed meanwhile: whoever changed it computed with the calendar in force
            next_check = clocks.next_check(fresh.clock_started_at, due, fresh.warned_level, fresh.overdue)
            await Case.filter(id=case.id).update(
                due_at=due, clock_calendar=basis, next_check_at=next_check, updated_at=clock.now()
            )
            if not moved and stored is None:
                continue  # a clock from before calendars were recorded: nothing to tell, only bookkeeping
            changed_years = sorted(year for year, sig in basis.items() if (stored or {}).get(year) != sig)
            await audit.append(
                case,
                actor,
                RECOMPUTED,
                {"due_at": _iso(case.due_at), "calendar": stored},
                {
                    "due_at": _iso(due),
                    "calendar": basis,
                    "calendar_change": {"reason": reason, "years": changed_years, **(extra or {})},
                },
                at=now,
            )
        if moved:
            result.moved.append((case.id, case.due_at, due))
        else:
            result.confirmed += 1
    return result


async def _years_of_open_clocks() -> tuple[int, int] | None:
    running = Case.filter(overdue=False, clock__isnull=False, due_at__isnull=False)
    first = await running.order_by("clock_started_at").first().values_list("clock_started_at", flat=True)
    last = await running.order_by("-due_at").first().values_list("due_at", flat=True)
    if first is None or last is None:
        return None
    return clock.local_date(first).year, clock.local_date(last).year


async def fingerprint(today: date) -> str:
    years = set(years_ahead(today))
    span = await _years_of_open_clocks()
    if span is not None:
        years |= set(range(span[0], span[1] + 1))
    text = "\n".join(f"{year}={workdays.signature(year)}" for year in sorted(years))
    return hashlib.sha256(text.encode()).hexdigest()


async def _remember(now: datetime) -> None:
    value = await fingerprint(clock.local_date(now))
    await CalendarSync.update_or_create(id=1, defaults={"fingerprint": value, "checked_at": now})


async def sync(now: datetime) -> dict[str, int]:
    """The periodic job: recompute clocks after a `holidays` upgrade or another node's import."""
    await ensure_current(force=True)
    state = await CalendarSync.get_or_none(id=1)
    current = await fingerprint(clock.local_date(now))
    if state is not None and state.fingerprint == current:
        # Same calendar: only clocks set since the last run may have been computed by a process that had
        # not yet seen the newest import.
        result = await recompute_open_clocks(
            now, "system", BY_UPDATE, since=state.checked_at - timedelta(minutes=1)
        )
        await CalendarSync.filter(id=1).update(checked_at=now)
        return result.counts()
    result = await recompute_open_clocks(now, "system", BY_UPDATE, {"library": workdays.LIBRARY})
    await CalendarSync.update_or_create(id=1, defaults={"fingerprint": current, "checked_at": now})
    if result.moved:
        log.info("working-day calendar changed: %d deadlines moved", len(result.moved))
    return result.counts()


# --- status ---


def years_ahead(today: date) -> list[int]:
    """This year, and every year a clock started today can end in; the next year from 1 November too."""
    start = datetime(today.year, today.month, today.day, 12, tzinfo=workdays.TZ)
    last = clocks.longest_due(start).year
    if today.month >= BANNER_FROM_MONTH:
        last = max(last, today.year + 1)
    return list(range(today.year, last + 1))


def banner_years(today: date) -> list[int]:
    """Years the back office warns admins about: needed soon and without an official or imported schedule."""
    needed = [today.year] + ([today.year + 1] if today.month >= BANNER_FROM_MONTH else [])
    return [year for year in needed if workdays.source(year) in (workdays.ESTIMATED, workdays.MISSING)]


@dataclass
class YearStatus:
    year: int
    source: str
    label: str
    signature: str
    library_source: str
    open_clocks: int  # running clocks whose deadline depends on this year
    stale_clocks: int  # of those, computed with another calendar than the one in force


async def status(today: date | None = None) -> list[YearStatus]:
    """Each year the product may compute deadlines in: this year to the longest clock's end, and every year
    a running clock spans."""
    today = today or clock.today()
    await ensure_current(force=True)
    years = set(years_ahead(today))
    span = await _years_of_open_clocks()
    if span is not None:
        years |= set(range(span[0], span[1] + 1))
    counts = {year: [0, 0] for year in years}
    now = clock.now()
    running = Case.filter(due_at__gt=now, overdue=False, clock__isnull=False, clock_started_at__isnull=False)
    for started, due, stored in await running.values_list("clock_started_at", "due_at", "clock_calendar"):
        for year, sig in clocks.calendar_basis(started, due).items():
            entry = counts.setdefault(int(year), [0, 0])
            entry[0] += 1
            entry[1] += (stored or {}).get(year) != sig
    out = []
    for year in sorted(counts):
        schedule = workdays.schedule(year)
        out.append(
            YearStatus(
                year,
                schedule.source,
                schedule.label,
                schedule.signature,
                workdays.library_schedule(year).source,
                *counts[year],
            )
        )
    return out
