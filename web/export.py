"""CSV export of the queue as currently filtered, for Excel: UTF-8 with a byte-order mark (without it
Excel on Chinese Windows reads the file as GBK and garbles every name).

Only case columns are written: never a reporter's identity, contact or Telegram id. Rows are streamed in
batches, so a large export neither waits for the whole list nor holds it in memory.
"""

from __future__ import annotations

import csv
import io

from aiohttp import web

from cases import divisions, queue
from foundation import clock
from web import texts, timefmt
from web.auth import require
from web.keys import GETTEXT, STAFF
from web.queue_pages import filter_from_query

BATCH = 1000
MAX_ROWS = 200_000
COLUMNS = (
    "id",
    "kind",
    "category",
    "jurisdiction_code",
    "jurisdiction_name",
    "status",
    "priority",
    "assignee",
    "due",
    "overdue",
    "created",
    "title",
)


def _line(values: list[object]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
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
    await response.write(b"\xef\xbb\xbf" + _line(list(COLUMNS)))
    offset = 0
    while offset < MAX_ROWS:
        batch = await query.offset(offset).limit(BATCH)
        if not batch:
            break
        chunk = b"".join(
            _line(
                [
                    case.id,
                    case.kind,
                    case.category or "",
                    case.division_code,
                    divisions.full_name(case.division_code) or "",
                    texts.status_label(case.status, _),
                    case.priority,
                    case.assignee or "",
                    timefmt.local(case.due_at),
                    "1" if case.overdue else "0",
                    timefmt.local(case.created_at),
                    case.title,
                ]
            )
            for case in batch
        )
        await response.write(chunk)
        offset += len(batch)
    await response.write_eof()
    return response
