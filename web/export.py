"""Exports of the queue as currently filtered, for Excel: CSV (UTF-8 with a byte-order mark; without it
Excel on Chinese Windows reads the file as GBK and garbles every name) and XLSX (typed cells: numbers,
dates and times as such, a bold frozen header, widths that fit; foundation/spreadsheet.py).

Only case columns are written: never a reporter's identity, contact or Telegram id. CSV rows are streamed
in batches, so a large export neither waits for the whole list nor holds it in memory; the XLSX is built
in a temporary file (a zip cannot be streamed before it is complete) off the event loop.

The header and every cell are in the reader's language (labels, local times, 是/否). The CSV also has the
columns named "… code" (CODE_COLUMNS), which hold the stored code beside its label for sorting and for
other systems: the case kind, the category (a violation, a verdict reason, …), the GB/T 2260 division code
and the status. The XLSX, for people, has the words only, plus the division code (a public standard
number, as text). README.md ("CSV export of the queue") lists the columns.
"""

from __future__ import annotations

import asyncio
import csv
import io
import tempfile
from collections.abc import AsyncIterator
from datetime import datetime

from aiohttp import web

from cases import queue
from foundation import clock, spreadsheet
from foundation.i18n import N_, Translator
from foundation.spreadsheet import Kind
from regions import divisions
from web import texts, timefmt
from web.auth import require
from web.keys import GETTEXT, STAFF
from web.queue_pages import filter_from_query

BATCH = 1000
MAX_ROWS = 200_000
# (header msgid, is a code column, cell type in the XLSX)
COLUMNS: tuple[tuple[str, bool, Kind], ...] = (
    (N_("No."), False, Kind.INTEGER),
    (N_("Kind"), False, Kind.TEXT),
    (N_("Kind code"), True, Kind.TEXT),
    (N_("Category"), False, Kind.TEXT),
    (N_("Category code"), True, Kind.TEXT),
    (N_("Jurisdiction"), False, Kind.TEXT),
    (N_("Jurisdiction code"), True, Kind.TEXT),
    (N_("Status"), False, Kind.TEXT),
    (N_("Status code"), True, Kind.TEXT),
    (N_("Priority"), False, Kind.INTEGER),
    (N_("Assignee"), False, Kind.TEXT),
    (N_("Due"), False, Kind.DATETIME),
    (N_("Overdue"), False, Kind.TEXT),
    (N_("Received"), False, Kind.DATETIME),
    (N_("Title"), False, Kind.TEXT),
)
CODE_COLUMNS = frozenset(i for i, (_header, is_code, _kind) in enumerate(COLUMNS) if is_code)
# The XLSX keeps the division code (a public GB/T 2260 number people use) and drops the stored codes.
XLSX_COLUMNS = tuple(
    i for i in range(len(COLUMNS)) if i not in CODE_COLUMNS or COLUMNS[i][0] == "Jurisdiction code"
)
XLSX_WIDTHS = {"No.": 8, "Jurisdiction": 30, "Title": 48, "Category": 36, "Due": 17, "Received": 17}

# Kept here for the CSV writers that import it from this module.
FORMULA_STARTS = spreadsheet.FORMULA_STARTS
neutralise = spreadsheet.neutralise


def _line(values: list[object]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([neutralise(_csv_text(v)) for v in values])
    return buffer.getvalue().encode("utf-8")


def _csv_text(value: object) -> object:
    return timefmt.local(value) if isinstance(value, datetime) else value


def _stamp() -> str:
    return clock.now().astimezone(timefmt.CHINA).strftime("%Y%m%d-%H%M")


async def _batches(request: web.Request) -> AsyncIterator[list[list[object]]]:
    """The filtered queue, BATCH rows at a time, as typed values in COLUMNS order (datetimes stay
    datetimes: the CSV writes them as local time text, the XLSX as date cells)."""
    _ = request[GETTEXT]
    query = queue.ordered(queue.list_query(request[STAFF], filter_from_query(request)))
    yes, no = _("Yes"), _("No")
    offset = 0
    while offset < MAX_ROWS:
        batch = await query.offset(offset).limit(min(BATCH, MAX_ROWS - offset))
        if not batch:
            break
        yield [
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
                case.due_at,
                yes if case.overdue else no,
                case.created_at,
                texts.case_title(case, _),
            ]
            for case in batch
        ]
        offset += len(batch)


@require()
async def export_csv(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="cases-{_stamp()}.csv"',
            "Cache-Control": "no-store",
        }
    )
    await response.prepare(request)
    await response.write(b"\xef\xbb\xbf" + _line([_(header) for header, _code, _kind in COLUMNS]))
    async for batch in _batches(request):
        await response.write(b"".join(_line(row) for row in batch))
    await response.write_eof()
    return response


def xlsx_sheet(_: Translator) -> spreadsheet.Sheet:
    columns = []
    for i in XLSX_COLUMNS:
        header, _code, kind = COLUMNS[i]
        columns.append(spreadsheet.Column(_(header), kind, XLSX_WIDTHS.get(header)))
    return spreadsheet.Sheet(_("Cases"), columns, zone=timefmt.CHINA)


@require()
async def export_xlsx(request: web.Request) -> web.StreamResponse:
    """The same rows as the CSV, typed. Built in a spooled temporary file (memory up to 8 MB, then disk)
    and sent in chunks."""
    sheet = xlsx_sheet(request[GETTEXT])
    async for batch in _batches(request):
        await asyncio.to_thread(sheet.extend, [[row[i] for i in XLSX_COLUMNS] for row in batch])
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as target:
        await asyncio.to_thread(sheet.save, target)
        size = target.tell()
        target.seek(0)
        response = web.StreamResponse(
            headers={
                "Content-Type": spreadsheet.MEDIA_TYPE,
                "Content-Disposition": f'attachment; filename="cases-{_stamp()}.xlsx"',
                "Cache-Control": "no-store",
            }
        )
        response.content_length = size
        await response.prepare(request)
        while chunk := target.read(256 * 1024):
            await response.write(chunk)
    await response.write_eof()
    return response
