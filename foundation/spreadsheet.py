"""XLSX files a regulator opens in Excel (or WPS, LibreOffice): typed cells, words as column heads.

Why beside CSV: a CSV makes Excel guess, and it guesses badly (a GB/T 2260 code or a certificate number
becomes a number in scientific notation, a date becomes text in one locale and a date in another). Here a
number is a number, a date is a date cell with a date format, text is text, the header row is bold and
frozen, and every column has a width that fits its words.

Text cells are always stored as strings, never formulas: subject names and titles come from anonymous
tipsters, and `=HYPERLINK(…)` in a regulator's Excel is a phishing link or worse (openpyxl would turn any
text starting with `=` into a formula; this module forces the string type instead).

The workbook is openpyxl's write-only mode: rows go to a temporary file as they come, so a 200,000-row
export does not hold 200,000 row objects; `save` is CPU work, so callers in the event loop run it in a
thread.
"""

from __future__ import annotations

import enum
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_TEXT = 32767  # Excel's limit for one cell
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


class Kind(enum.StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True, slots=True)
class Column:
    header: str  # already in the reader's language
    kind: Kind = Kind.TEXT
    width: float | None = None  # in characters; None: from the header


def neutralise(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula (=, +, -, @, tab, CR) gets a
    leading apostrophe, which Excel and LibreOffice show as text. Numbers are left alone. (XLSX cells need
    no apostrophe: their type is stored, see `Sheet.append`.)"""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _display_width(text: str) -> float:
    """Excel widths count Latin characters; a CJK character is about two of them."""
    return sum(2.0 if ord(char) > 0x2E7F else 1.0 for char in text)


class Book:
    """A workbook of several sheets (a report: one table a sheet); a lone `Sheet(...)` makes its own."""

    def __init__(self, zone: tzinfo = UTC) -> None:
        self.zone = zone  # Excel has no time zones: datetimes are written as wall time in this zone
        self.workbook = Workbook(write_only=True)
        self.sheets: list[Sheet] = []

    def add(self, title: str, columns: Sequence[Column]) -> Sheet:
        return Sheet(title, columns, book=self)

    def save(self, target: IO[bytes]) -> None:
        for sheet in self.sheets:
            sheet.finish()
        self.workbook.save(target)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.save(buffer)
        return buffer.getvalue()


_TITLE_FORBIDDEN = str.maketrans({char: " " for char in "[]:*?/\\"})


class Sheet:
    """One worksheet. `append` rows of Python values, then `save` or `to_bytes` (of its book)."""

    def __init__(
        self, title: str, columns: Sequence[Column], zone: tzinfo = UTC, book: Book | None = None
    ) -> None:
        self.book = book or Book(zone)
        self.book.sheets.append(self)
        self.columns = tuple(columns)
        self.zone = self.book.zone
        clean = title.translate(_TITLE_FORBIDDEN).strip()[:31] or f"Sheet{len(self.book.sheets)}"
        self.sheet = self.book.workbook.create_sheet(title=clean)
        self.rows = 0
        for index, column in enumerate(self.columns, start=1):
            width = column.width or max(_display_width(column.header) + 2, 10)
            self.sheet.column_dimensions[get_column_letter(index)].width = min(width, 80)
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(self.sheet, value=column.header)
            cell.data_type = "s"
            cell.font = bold
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            header.append(cell)
        self.sheet.append(header)

    def append(self, values: Sequence[object]) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{len(values)} values for {len(self.columns)} columns")
        pairs = zip(self.columns, values, strict=True)
        self.sheet.append([self._cell(column, value) for column, value in pairs])
        self.rows += 1

    def extend(self, rows: Iterable[Sequence[object]]) -> None:
        for values in rows:
            self.append(values)

    def _cell(self, column: Column, value: object) -> WriteOnlyCell | None:
        if value is None or value == "":
            return None
        if column.kind is Kind.INTEGER and type(value) is int:
            return WriteOnlyCell(self.sheet, value=value)
        if column.kind is Kind.DATETIME and isinstance(value, datetime):
            moment = value if value.tzinfo else value.replace(tzinfo=UTC)
            cell = WriteOnlyCell(self.sheet, value=moment.astimezone(self.zone).replace(tzinfo=None))
            cell.number_format = DATETIME_FORMAT
            return cell
        if column.kind is Kind.DATE and isinstance(value, date) and not isinstance(value, datetime):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        cell = WriteOnlyCell(self.sheet, value=str(value)[:MAX_TEXT])
        cell.data_type = "s"  # never a formula, whatever the text starts with
        return cell

    def finish(self) -> None:
        if self.rows:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A1:{last}{self.rows + 1}"

    def save(self, target: IO[bytes]) -> None:
        self.book.save(target)

    def to_bytes(self) -> bytes:
        return self.book.to_bytes()
