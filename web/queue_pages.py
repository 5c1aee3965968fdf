"""The queue list: the cases of the user's jurisdiction, filtered, nearest deadline first, paginated,
with the remaining time of each clock and its 70 % / 90 % / overdue marker; and "take the next case"."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from cases import queue
from foundation import clock
from models.cases import CaseKind
from web import texts, timefmt
from web.auth import WORKS_CASES, require
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import colleagues, division_options

PAGE_SIZE = 50
FILTER_KEYS = ("status", "kind", "category", "division", "assignee", "overdue", "q")
STATUSES = ("received", "accepted", "verifying", "verified", "closed", "rejected")


def filter_from_query(request: web.Request) -> queue.QueueFilter:
    """The queue filter from the query string; unknown values are ignored rather than refused."""
    q = request.query
    staff = request[STAFF]
    assignee = q.get("assignee") or None
    if assignee == "me":
        assignee = staff.username
    overdue = {"1": True, "0": False}.get(q.get("overdue", ""))
    return queue.QueueFilter(
        status=q.get("status") if q.get("status") in (*STATUSES, "open", "all") else None,
        kind=q.get("kind") if q.get("kind") in CaseKind.ALL else None,
        category=q.get("category") or None,
        division_code=q.get("division") or None,
        assignee=assignee,
        overdue=overdue,
        search=(q.get("q") or "").strip()[:100] or None,
    )


def current_filters(request: web.Request) -> dict[str, str]:
    return {k: request.query[k] for k in FILTER_KEYS if request.query.get(k)}


def row(case: Any, _: Any, now: datetime) -> dict[str, Any]:
    return {
        "case": case,
        "deadline": timefmt.deadline(case.clock_started_at, case.due_at, case.overdue, _, now),
    }


@require()
async def queue_page(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    staff = request[STAFF]
    try:
        page = max(1, int(request.query.get("page", "1")))
    except ValueError:
        page = 1
    f = filter_from_query(request)
    found = await queue.list_cases(staff, f, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
    tally = await queue.count_cases(staff, f)
    now = clock.now()
    filters = current_filters(request)
    return render(
        request,
        "admin/queue.html",
        rows=[row(c, _, now) for c in found[:PAGE_SIZE]],
        matching=matching_text(tally, _),
        filters=filters,
        page=page,
        prev_url="?" + urlencode({**filters, "page": page - 1}) if page > 1 else None,
        next_url="?" + urlencode({**filters, "page": page + 1}) if len(found) > PAGE_SIZE else None,
        export_url="/admin/export.csv" + ("?" + urlencode(filters) if filters else ""),
        xlsx_url="/admin/export.xlsx" + ("?" + urlencode(filters) if filters else ""),
        statuses=STATUSES,
        kinds=CaseKind.ALL,
        category_groups=texts.category_groups(_),
        divisions=division_options(staff.division_code),
        assignees=await colleagues(staff),
        notice=_notice(request),
        can_take=staff.role in WORKS_CASES,
    )


def matching_text(tally: queue.Tally, _: Any) -> str:
    """The count above the list; "more than" when a filter the stored counts do not keep hit the cap."""
    if not tally.complete:
        return _("Cases matching: more than {n}").format(n=f"{tally.n:,}")
    return _("Cases matching: {n}").format(n=f"{tally.n:,}")


def _notice(request: web.Request) -> str | None:
    _ = request[GETTEXT]
    if request.query.get("none_left"):
        return _("There is no unassigned open case left in your jurisdiction.")
    if request.query.get("moved"):
        return _("The case was transferred out of your jurisdiction.")
    return None


@require(*WORKS_CASES)
async def take_next(request: web.Request) -> web.StreamResponse:
    kind = (await request.post()).get("kind") or None
    case = await queue.take_next(request[STAFF], kind=kind if kind in CaseKind.ALL else None)
    if case is None:
        raise web.HTTPSeeOther("/admin/?none_left=1")
    raise web.HTTPSeeOther(f"/admin/cases/{case.id}?ok=taken")
