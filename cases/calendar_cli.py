"""`run.py calendar status` and `run.py calendar import FILE`: the working-day calendar deadlines use.

`status` lists each year the product may compute deadlines in with its source (official, estimated,
imported or missing), so an operator sees in November that next year's schedule is still an estimate.
`import` stores a year's State Council schedule typed into a CSV before a `holidays` release carries it,
and moves at once every running deadline it changes.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path
from typing import Any

from foundation.config import Settings

SOURCE_LABELS = {
    "official": "official 正式公布",
    "imported": "imported 已导入",
    "estimated": "estimated 推定",
    "missing": "missing 缺失",
}
NEEDS_ACTION = ("estimated", "missing")


def _default_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


async def cmd_calendar_status(args: argparse.Namespace, settings: Settings) -> int:
    from cases import calendar, workdays
    from foundation.db import with_db as _with_db

    async def run() -> int:
        years = await calendar.status()
        chain = await calendar.verify_imports()
        imports = len(workdays.installed_imports())
        print(
            f"working-day calendar: {workdays.LIBRARY}; imported years: {imports}; "
            + ("import trail intact" if chain.ok else f"import trail BROKEN at import #{chain.broken_seq}")
        )
        print(f"{'year':<6}{'source':<22}{'open clocks':>12}{'on an older calendar':>22}  detail")
        for year in years:
            detail = year.label
            if year.source == "imported":
                detail += f" (the library alone: {year.library_source})"
            elif year.source == "estimated":
                detail += ": statutory holidays only, no make-up working days (调休)"
            print(
                f"{year.year:<6}{SOURCE_LABELS[year.source]:<22}{year.open_clocks:>12}"
                f"{year.stale_clocks:>22}  {detail}"
            )
        pending = [str(y.year) for y in years if y.source in NEEDS_ACTION]
        if pending:
            print(
                f"not official: {', '.join(pending)}. When the State Council publishes the schedule, "
                "import it (run.py calendar import FILE) or upgrade the holidays package."
            )
        return 0 if chain.ok else 1

    return await _with_db(settings, run)


async def cmd_calendar_import(args: argparse.Namespace, settings: Settings) -> int:
    from cases import calendar
    from cases.calendar_file import ScheduleError
    from foundation.db import with_db as _with_db

    path = Path(args.file)
    try:
        content = await asyncio.to_thread(path.read_bytes)
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1

    async def run() -> int:
        try:
            outcome = await calendar.import_schedule(content, path.name, args.by or _default_actor())
        except ScheduleError as exc:
            for problem in exc.problems:
                print(f"error: {problem}", file=sys.stderr)
            print(f"nothing imported: {len(exc.problems)} problem(s) in {path}", file=sys.stderr)
            return 1
        if outcome.seq is None:
            print(f"{outcome.year}: this schedule is already in force; nothing changed")
        else:
            print(
                f"imported {outcome.year} as import #{outcome.seq}: {outcome.days_off} weekdays off, "
                f"{outcome.workdays} make-up working days"
            )
        if outcome.library_source == "official":
            agreement = "the same days" if outcome.library_agrees else "DIFFERENT days: check the file"
            print(f"the installed holidays release also has {outcome.year} officially, with {agreement}")
        moved = outcome.recomputed.moved
        print(
            f"running clocks checked: {outcome.recomputed.checked}; deadlines moved: {len(moved)}; "
            f"confirmed: {outcome.recomputed.confirmed}"
        )
        for case_id, old, new in moved:
            print(f"  case {case_id}: {old.astimezone(_tz()):%Y-%m-%d} -> {new.astimezone(_tz()):%Y-%m-%d}")
        return 0

    return await _with_db(settings, run)


def _tz() -> Any:
    from cases.workdays import TZ

    return TZ


def register(sub: Any) -> dict[str, Any]:
    calendar = sub.add_parser("calendar", help="the working-day calendar of legal deadlines").add_subparsers(
        dest="action", required=True
    )
    calendar.add_parser("status", help="each year deadlines may fall in, with its source")
    imported = calendar.add_parser(
        "import", help="a year's State Council schedule (CSV date,kind), in force at once"
    )
    imported.add_argument("file", help="CSV with columns date,kind (kind: holiday or workday), optional name")
    imported.add_argument("--by", help="who imports it, for the audit trail (default: cli:<login>)")
    return {"calendar status": cmd_calendar_status, "calendar import": cmd_calendar_import}
