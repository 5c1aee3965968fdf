"""The dashboard as an XLSX report: one sheet per table, the figures behind the charts as numbers.

A regulator forwards the month's figures to the level above in Excel; copying them off charts is how
mistakes get in. The sheets hold exactly what the dashboard shows (web/dashboard.py computes both), with
the same words, typed: counts are numbers, months are text `YYYY-MM` (a month is not a day), division
codes are text (they keep their digits).
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from foundation import clock, spreadsheet
from foundation.i18n import Translator
from foundation.spreadsheet import Column, Kind
from regions import divisions
from web import texts, timefmt
from web.auth import SEES_DASHBOARD, require
from web.dashboard import dashboard_data
from web.keys import GETTEXT, STAFF


def report_book(data: dict, _: Translator) -> spreadsheet.Book:
    from web.queue_pages import STATUSES

    book = spreadsheet.Book(timefmt.CHINA)
    count = _("Cases")

    overview = book.add(_("Overview"), [Column(_("Figure"), width=28), Column(count, Kind.INTEGER)])
    overview.append([_("Cases in total"), data["total"]])
    overview.append([_("Overdue open cases"), data["overdue_count"]])
    overview.extend([texts.status_label(s, _), data["by_status"].get(s, 0)] for s in STATUSES)

    kinds = book.add(_("Open cases by kind"), [Column(_("Kind"), width=24), Column(count, Kind.INTEGER)])
    kinds.extend([texts.kind_label(k, _), data["by_kind"].get(k, 0)] for k in texts.KINDS)

    months = [label for label, _counts in data["per_month"]]
    monthly = book.add(
        _("Tips per month"),
        [Column(_("Category"), width=40)] + [Column(m, Kind.INTEGER, 10) for m in months],
    )
    monthly.extend(
        [texts.category_label(c, _)] + [counts.get(c, 0) for _m, counts in data["per_month"]]
        for c in data["categories"]
    )

    places = book.add(
        _("Tips by place"),
        [
            Column(_("Jurisdiction"), width=30),
            Column(_("Jurisdiction code")),
            Column(_("Tips"), Kind.INTEGER),
        ],
    )
    places.extend([divisions.label(code) or code, code, n] for code, n in data["place_counts"])

    quota = data["quota"]
    yes, no = _("Yes"), _("No")
    inspections = book.add(
        _("Inspections {month}").format(month=data["month"]),
        [
            Column(_("County"), width=30),
            Column(_("Jurisdiction code")),
            Column(_("Inspections"), Kind.INTEGER),
            Column(_("Quota"), Kind.INTEGER),
            Column(_("Below quota"), width=12),
        ],
    )
    inspections.extend(
        [divisions.label(c.code) or c.name, c.code, n, quota, yes if n < quota else no]
        for c, n in data["inspection_rows"]
    )
    return book


@require(*SEES_DASHBOARD)
async def dashboard_xlsx(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    data = await dashboard_data(request[STAFF], _, clock.now())
    body = await asyncio.to_thread(lambda: report_book(data, _).to_bytes())
    stamp = clock.now().astimezone(timefmt.CHINA).strftime("%Y%m%d-%H%M")
    return web.Response(
        body=body,
        headers={
            "Content-Type": spreadsheet.MEDIA_TYPE,
            "Content-Disposition": f'attachment; filename="report-{stamp}.xlsx"',
            "Cache-Control": "no-store",
        },
    )
