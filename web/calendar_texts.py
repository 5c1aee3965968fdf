"""The working-day calendar in words for the back office: the admins' banner while a year that deadlines
need is not official yet, and the calendar fields of a "deadline recomputed" event on a case's timeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

from cases import calendar, workdays
from foundation import clock
from foundation.i18n import N_
from web.keys import STAFF

Translate = Callable[[str], str]
BANNER_YEARS = web.RequestKey("sw_calendar_banner", list)
SOURCES = {
    workdays.OFFICIAL: N_("official schedule"),
    workdays.IMPORTED: N_("imported schedule"),
    workdays.ESTIMATED: N_("estimate (no official schedule yet)"),
    workdays.MISSING: N_("no calendar (Monday to Friday)"),
}
CHANGES = {
    calendar.BY_IMPORT: N_("An official schedule was imported"),
    calendar.BY_UPDATE: N_("The working-day calendar was updated"),
}
KEYS = frozenset({"calendar", "calendar_change"})


async def load_banner(request: web.Request) -> None:
    """For admins: which years soon needed have no official schedule (read once per page)."""
    staff = request.get(STAFF)
    if staff is None or staff.role != "admin":
        return
    await calendar.ensure_current()
    years = calendar.banner_years(clock.today())
    if years:
        request[BANNER_YEARS] = years


def banner(request: web.Request, _: Translate) -> str | None:
    years = request.get(BANNER_YEARS)
    if not years:
        return None
    return _(
        "There is no official working-day calendar for {years} yet: deadlines falling in it are computed "
        "with an estimate (statutory holidays only, no make-up working days) and will move when the "
        "schedule arrives. When the State Council publishes it, ask the team that runs this service to "
        "import it; deadlines already running are then recomputed and the change is noted on each case."
    ).format(years=", ".join(str(year) for year in years))


def value_text(key: str, value: Any, _: Translate) -> str:
    """`calendar` ({year: "source:hash"}) and `calendar_change` ({reason, import, years}) in words."""
    if key == "calendar" and isinstance(value, dict):
        parts = []
        for year, signature in sorted(value.items()):
            source = str(signature).split(":", 1)[0]
            parts.append(
                f"{year}: {_(SOURCES[source]) if source in SOURCES else _(SOURCES[workdays.MISSING])}"
            )
        return "; ".join(parts) or "—"
    if key == "calendar_change" and isinstance(value, dict):
        text = _(CHANGES.get(value.get("reason", ""), CHANGES[calendar.BY_UPDATE]))
        if value.get("import"):
            text += " " + _("(import #{number})").format(number=value["import"])
        if value.get("years"):
            text += " · " + _("years: {years}").format(years=", ".join(str(y) for y in value["years"]))
        return text
    return "—"
