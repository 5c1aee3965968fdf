"""The dashboard of a jurisdiction: counts by status and kind, overdue cases, tips by category per month
and by jurisdiction, and inspections per county this month against the monthly quota.

Every figure is a grouped count in the database (one query per month, per grouping), so the page stays
fast with millions of cases; nothing is loaded row by row except the short overdue list.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import datetime
from typing import Any

from aiohttp import web
from tortoise.functions import Count

from cases import counts as case_counts
from cases import queue
from foundation import clock
from models.inspections import Inspection
from regions import divisions
from web import charts, texts
from web.auth import SEES_DASHBOARD, require
from web.context import inspection_quota
from web.keys import GETTEXT, STAFF
from web.render import render
from web.timefmt import CHINA

MONTHS = 6
MAX_NAMED = 40  # counties without inspections named on the page; the count says how many there are


def month_starts(now: datetime, count: int) -> list[datetime]:
    """The first instants (China time) of the last `count` months, oldest first, plus the next month."""
    local = now.astimezone(CHINA)
    year, month = local.year, local.month
    starts = []
    for back in range(count - 1, -2, -1):
        m = month - back
        y = year + (m - 1) // 12
        m = (m - 1) % 12 + 1
        starts.append(datetime(y, m, 1, tzinfo=CHINA))
    return starts


def child_of_scope(code: str, scope: str) -> str | None:
    """The unit directly below `scope` that contains `code` (or `scope` itself for cases placed there)."""
    if code == scope:
        return scope
    chain = [code] + [d.code for d in divisions.ancestors(code)]
    if scope not in chain:
        return None
    index = chain.index(scope)
    return chain[index - 1] if index > 0 else scope


def counties_in(scope: str) -> list[divisions.Division]:
    """County-level units in the scope (the scope itself when it is a county)."""
    root = divisions.get(scope)
    if root is None:
        return []
    if root.level == divisions.COUNTY:
        return [root]
    found: list[divisions.Division] = []
    stack = [root.code]
    while stack:
        for child in divisions.children(stack.pop()):
            if child.level == divisions.COUNTY:
                found.append(child)
            else:
                stack.append(child.code)
    return sorted(found, key=lambda d: d.code)


async def grouped(query: Any, field: str) -> dict[str, int]:
    rows = await query.annotate(n=Count("id")).group_by(field).values(field, "n")
    return {row[field]: row["n"] for row in rows}


async def dashboard_data(staff: Any, _: Any, now: datetime) -> dict[str, Any]:
    scope = staff.division_code
    scoped = queue.scoped(scope)
    # From the stored counts: their cost does not grow with the jurisdiction's backlog (cases.counts).
    by_status = await case_counts.grouped(case_counts.Selection(scope), "status")
    by_kind = await case_counts.grouped(case_counts.Selection(scope, is_open=True), "kind")
    overdue_count = await case_counts.total(case_counts.Selection(scope, is_open=True, overdue=True))
    overdue = await scoped.filter(overdue=True, is_open=True).order_by("due_at", "id").limit(20)

    starts = month_starts(now, MONTHS)
    per_month: list[tuple[str, dict[str, int]]] = []
    for begin, end in itertools.pairwise(starts):
        counts = await grouped(
            scoped.filter(kind="tip", created_at__gte=begin, created_at__lt=end), "category"
        )
        per_month.append((begin.strftime("%Y-%m"), counts))
    categories = sorted({c for _m, counts in per_month for c in counts if c}, key=str)
    colours = charts.colour_for([texts.category_label(c, _) for c in categories])
    month_bars = [  # months without tips are left out of the chart (see charts.hbar_chart)
        charts.Bar(label, [(texts.category_label(c, _), counts.get(c, 0)) for c in categories])
        for label, counts in per_month
    ]

    by_division = await grouped(scoped.filter(kind="tip", created_at__gte=starts[0]), "division_code")
    rolled: Counter[str] = Counter()
    for code, n in by_division.items():
        child = child_of_scope(code, scope)
        if child:
            rolled[child] += n
    tips_key = _("Tips")
    place_bars = [
        charts.Bar(divisions.label(code) or code, [(tips_key, n)]) for code, n in rolled.most_common(30)
    ]

    quota = inspection_quota()
    counties = counties_in(scope)
    month_start = starts[-2]
    done = (
        await grouped(
            Inspection.filter(started_at__gte=month_start, division_code__in=[c.code for c in counties]),
            "division_code",
        )
        if counties
        else {}
    )
    inspection_rows = sorted(
        ((c, done.get(c.code, 0)) for c in counties), key=lambda pair: (pair[1], pair[0].code)
    )
    # Counties without any inspection are named in words, not drawn as rows of zeros.
    inspected = [(c, n) for c, n in inspection_rows if n > 0]
    inspections_key = _("Inspections")
    inspection_bars = [
        charts.Bar(divisions.label(c.code) or c.name, [(inspections_key, n)], target=quota)
        for c, n in inspected[:60]
    ]
    not_inspected = [divisions.label(c.code) or c.name for c, n in inspection_rows if n == 0]
    return {
        "by_status": by_status,
        "by_kind": by_kind,
        "total": sum(by_status.values()),
        "overdue_count": overdue_count,
        "overdue": overdue,
        "month_chart": charts.hbar_chart(month_bars, colours, _("Tips by category per month"), width=400),
        "legend": list(colours.items()),
        "place_chart": charts.hbar_chart(
            place_bars, {tips_key: charts.PALETTE[0]}, _("Tips by jurisdiction"), width=460
        )
        or None,
        "inspection_chart": charts.hbar_chart(
            inspection_bars,
            {inspections_key: charts.PALETTE[2]},
            _("Inspections per county this month"),
            width=480,
        )
        or None,
        "inspection_rows": inspection_rows,
        "below_quota": sum(1 for _c, n in inspection_rows if n < quota),
        "counties_shown": min(len(inspected), 60),
        "inspected_count": len(inspected),
        "not_inspected": not_inspected[:MAX_NAMED],
        "not_inspected_count": len(not_inspected),
        "quota": quota,
        "month": month_start.strftime("%Y-%m"),
        # the figures behind the charts, for the XLSX report (web/report_export.py)
        "per_month": per_month,
        "categories": categories,
        "place_counts": [(code, n) for code, n in rolled.most_common()],
    }


@require(*SEES_DASHBOARD)
async def dashboard_page(request: web.Request) -> web.StreamResponse:
    data = await dashboard_data(request[STAFF], request[GETTEXT], clock.now())
    from web.queue_pages import STATUSES

    return render(request, "admin/dashboard.html", statuses=STATUSES, kinds=texts.KINDS, **data)
