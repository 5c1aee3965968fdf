"""CSV export of the queue as currently filtered, for Excel: UTF-8 with a byte-order mark (without it
Excel on Chinese Windows reads the file as GBK and garbles every name).

Only case columns are written: never a reporter's identity, contact or Telegram id. Rows are streamed in
batches, so a large export neither waits for the whole list nor holds it in memory.

The header and every cell are in the reader's language (labels, local times, 是/否), except the columns
named "… code" (CODE_COLUMNS), which hold the stored code beside its label for sorting and for other
systems: the case kind, the category (a violation, a verdict reason, …), the GB/T 2260 division code and
the status. README.md ("CSV export of the queue") lists the columns.
"""

from __future__ import annotations

import csv
import io

from aiohttp import web

from cases import queue
from foundation import clock
from foundation.i18n import N_
from regions import divisions
from web import texts, timefmt
from web.auth import require
from web.keys import GETTEXT, STAFF
from web.queue_pages import filter_from_query

BATCH = 1000
MAX_ROWS = 200_000
# (header msgid, is a code column)
COLUMNS: tuple[tuple[str, bool], ...] = (
    (N_("No."), False),
    (N_("Kind"), False),
    (N_("Kind code"), True),
    (N_("Category"), False),
    (N_("Category code"), True),
    (N_("Jurisdiction"), False),
    (N_("Jurisdiction code"), True),
    (N_("Status"), False),
    (N_("Status code"), True),
    (N_("Priority"), False),
    (N_("Assignee"), False),
    (N_("Due"), False),
    (N_("Overdue"), False),
    (N_("Received"), False),
    (N_("Title"), False),
)
CODE_COLUMNS = frozenset(i for i, (_header, is_code) in enumerate(COLUMNS) if is_code)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A cell a spreadsheet will not run: text starting like a formula (=, +, -, @, tab, CR) gets a
    leading apostrophe, which Excel and LibreOffice show as text. Subject names and titles come from
    anonymous tipsters, and `=HYPERLINK(…)` in a regulator's Excel is a phishing link or worse. Numbers
    are left alone. Every export (CSV now, XLSX later) writes its cells through this."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _line(values: list[object]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([neutralise(v) for v in values])
    return buffer.getvalue().encode("utf-8")


@require()
async def export_csv(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    f = filter_from_query(request)
    query = queue.ordered(queue.list_query(request[STAFF], f))
    stamp = clock.now().astimezone(timefmt.CHINA).strftime("%Y%m%d-%H%M")
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="cases-{stamp}.csv"',
            "Cache-Control": "no-store",
        }
    )
    await response.prepare(request)
    await response.write(b"\xef\xbb\xbf" + _line([_(header) for header, _code in COLUMNS]))
    yes, no = _("Yes"), _("No")
    offset = 0
    while offset < MAX_ROWS:
        batch = await query.offset(offset).limit(BATCH)
        if not batch:
            break
        chunk = b"".join(
            _line(
                [
                    case.id,
                    texts.kind_label(case.kind, _),
                    case.kind,
                    texts.category_label(case.category, _),
                    case.category or "",
                    divisions.full_name(case.division_code) or "",
                    case.division_code,
                    texts.status_label(case.status, _),
                    case.status,
                    case.priority,
                    texts.actor_label(case.assignee, _) if case.assignee else "",
                    timefmt.local(case.due_at),
                    yes if case.overdue else no,
                    timefmt.local(case.created_at),
                    texts.case_title(case, _),
                ]
            )
            for case in batch
        )
        await response.write(chunk)
        offset += len(batch)
    await response.write_eof()
    return response
