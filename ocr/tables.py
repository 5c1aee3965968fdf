"""Rows of ruled forms (sign-in sheets, rosters, score sheets) rebuilt from OCR boxes.

Columns come from the header row's boxes (姓名, 身份证号码, 签名 …), rows from the vertical position of
the boxes below it. Whether a row is signed is not a matter of text at all: a signature is a scribble the
OCR may or may not read, so the signature cell is measured for ink in the image itself, and the cells of
one sheet are compared with each other for copies (ocr/signatures.py).
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from ocr.dates import find_dates, normalize_date
from ocr.engine import OcrLine
from ocr.idnumbers import check_id_number, find_id_numbers
from ocr.layout import Row, group_rows, slant, x_span
from ocr.signatures import analyse, ink_mask

# Column roles and the header words that announce them. A header box is matched longest word first, so
# 签到日期 is a date column and not a signature column (签到) followed by half a date.
HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id_number", ("公民身份号码", "身份证号码", "身份证号", "证件号码", "身份证")),
    ("signature", ("本人签字", "学员签字", "学员签名", "本人签名", "签名", "签字", "签到")),
    ("score", ("理论成绩", "实操成绩", "考试成绩", "成绩", "分数", "得分")),
    ("date", ("签到日期", "签到时间", "培训日期", "考勤日期", "上课日期", "日期", "时间")),
    ("hours", ("培训学时", "学时", "课时")),
    ("name", ("姓名",)),
    ("sex", ("性别",)),
    ("seq", ("序号",)),
    ("org", ("工作单位", "单位")),
    ("category", ("培训类别", "作业类别", "类别", "工种")),
    ("result", ("是否合格", "结果")),
)
_WORDS = sorted(((word, role) for role, words in HEADERS for word in words), key=lambda p: -len(p[0]))
MAX_ROWS = 100  # rows read from one photo; a longer sheet is photographed in parts


@dataclass
class Column:
    role: str
    header: str
    left: float
    right: float

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


def _roles_in(text: str) -> list[tuple[int, str, str]]:
    """(position, role, header word) for each header word in a header box's text."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for word, role in _WORDS:
        for match in re.finditer(re.escape(word), text):
            span = (match.start(), match.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            found.append((match.start(), role, word))
    return sorted(found)


def find_header(rows: Sequence[Row]) -> int | None:
    """Index of the header row: the row naming the most columns, one of them 姓名."""
    best, best_score = None, 1
    for index, row in enumerate(rows):
        roles = {role for line in row.lines for _, role, _ in _roles_in(line.text.replace(" ", ""))}
        if "name" in roles and len(roles) > best_score:
            best, best_score = index, len(roles)
    return best


def columns_from(header: Row, angle: float) -> list[Column]:
    """One column per header word; a box holding several words is split in proportion to the text."""
    cols: list[Column] = []
    for line in header.lines:
        text = line.text.replace(" ", "")
        left, right = x_span(line, angle)
        roles = _roles_in(text)
        if not roles:
            continue
        per_char = (right - left) / max(len(text), 1)
        for k, (pos, role, word) in enumerate(roles):
            end = roles[k + 1][0] if k + 1 < len(roles) else len(text)
            cols.append(Column(role, word, left + pos * per_char, left + end * per_char))
    cols.sort(key=lambda c: c.center)
    return cols


def _bounds(cols: Sequence[Column]) -> list[tuple[float, float]]:
    """Cell x-ranges: halfway between neighbouring header centres (headers sit centred in their cells)."""
    centers = [c.center for c in cols]
    out = []
    for i, c in enumerate(centers):
        left = (
            (centers[i - 1] + c) / 2 if i > 0 else c - (centers[1] - c) / 2 if len(centers) > 1 else c - 100
        )
        right = (c + centers[i + 1]) / 2 if i + 1 < len(centers) else c + (c - left)
        out.append((left, right))
    return out


def _deslanted(image: np.ndarray, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """The image rotated into the frame `layout` measures in, and the offset added to its coordinates."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    if abs(angle) < math.radians(0.5):
        return gray, np.zeros(2)
    c, s = math.cos(-angle), math.sin(-angle)
    h, w = gray.shape
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], float) @ np.array([[c, s], [-s, c]])
    offset = -corners.min(axis=0)
    size = np.ceil(corners.max(axis=0) + offset).astype(int)
    matrix = np.array([[c, -s, offset[0]], [s, c, offset[1]]])
    return cv2.warpAffine(gray, matrix, (int(size[0]), int(size[1])), borderValue=255), offset


def _clean_name(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff" or ch == "·")


def _score(text: str) -> int | float | None:
    match = re.search(r"\d{1,3}(?:\.\d)?", text.replace(" ", ""))
    if not match:
        return None
    value = float(match.group(0))
    return int(value) if value.is_integer() else value


_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*[月./\-]\s*(\d{1,2})(?!\d)")


def row_date(text: str, sheet_date: str | None) -> str | None:
    """A date cell as YYYY-MM-DD. Handwritten cells often leave out the year (11月30日, 11.30): the
    sheet's own date supplies it."""
    full = normalize_date(text)
    if full or not sheet_date:
        return full
    match = _MONTH_DAY.search(text.replace(" ", ""))
    if not match:
        return None
    return normalize_date(f"{sheet_date[:4]}-{match.group(1)}-{match.group(2)}")


def _back_to_image(points: np.ndarray, angle: float, offset: np.ndarray) -> list[list[float]]:
    """Corners in the de-slanted frame back in the pixels of the image that was passed in."""
    if abs(angle) < math.radians(0.5):  # _deslanted leaves such images as they are
        angle = 0.0
    c, s = math.cos(angle), math.sin(angle)
    shifted = points - offset
    out = shifted @ np.array([[c, s], [-s, c]])
    return [[round(float(x), 1), round(float(y), 1)] for x, y in out]


def _assign(row: Row, cols: Sequence[Column], bounds: Sequence[tuple[float, float]], angle: float) -> dict:
    """Column index -> the row's boxes in that column (by the box's centre, else the nearest column)."""
    cells: dict[int, list[OcrLine]] = {}
    for line in row.lines:
        lo, hi = x_span(line, angle)
        center = (lo + hi) / 2
        index = min(
            range(len(cols)),
            key=lambda i: (
                0
                if bounds[i][0] <= center < bounds[i][1]
                else min(abs(center - bounds[i][0]), abs(center - bounds[i][1]))
            ),
        )
        cells.setdefault(index, []).append(line)
    return cells


def _signature_span(
    index: int,
    cols: Sequence[Column],
    bounds: Sequence[tuple[float, float]],
    assigned: Sequence[dict[int, list[OcrLine]]],
    angle: float,
) -> tuple[float, float]:
    """How far a signature cell reaches across: up to the text of the neighbouring columns.

    Column bounds halfway between header centres fall inside a wide cell next to a narrow one (签字 after
    学时), and a signature cut short there no longer matches its copy. The neighbours' printed text, header
    and body, is where the cell surely ends; the last column reaches toward the page edge. Strokes that
    only touch the box's borders are left out when the ink is measured (ocr.signatures.ink_mask).
    """
    left, right = bounds[index]
    pad = 0.03 * (right - left)

    def spans(k: int) -> list[tuple[float, float]]:
        return [(cols[k].left, cols[k].right)] + [
            x_span(ln, angle) for cells in assigned for ln in cells.get(k, [])
        ]

    if index > 0:
        left = min(left, max(hi for _, hi in spans(index - 1)) + pad)
    if index + 1 < len(cols):
        right = max(right, min(lo for lo, _ in spans(index + 1)) - pad)
    else:
        right += 0.3 * (right - left)
    return left, right


def _cell_box(
    span: tuple[float, float], y: float, pitch: float, offset: np.ndarray
) -> tuple[float, float, float, float]:
    """A cell's box in the de-slanted image: a whole row high, `span` wide."""
    return (
        span[0] + offset[0],
        y - 0.5 * pitch + offset[1],
        span[1] + offset[0],
        y + 0.5 * pitch + offset[1],
    )


def _crop(gray: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray | None:
    x0, y0, x1, y1 = (round(v) for v in box)
    h, w = gray.shape
    x0, x1, y0, y1 = max(0, x0), min(w, x1), max(0, y0), min(h, y1)
    if x1 - x0 < 6 or y1 - y0 < 6:
        return None
    return gray[y0:y1, x0:x1]


def _mark_signatures(out: list[dict], cells: list[np.ndarray | None]) -> None:
    """Row keys for the signature checks: `signature_copy` (the same number on rows whose signatures are
    one image) and `signature_one_hand` (every signature on the sheet looks written by one person)."""
    report = analyse(cells)
    for number, group in enumerate(report.copies, start=1):
        for index in group:
            out[index]["signature_copy"] = number
    for index in report.one_hand:
        out[index]["signature_one_hand"] = True


def extract_rows(lines: Sequence[OcrLine], image: np.ndarray | None) -> tuple[list[dict], list[str], dict]:
    """(rows, problems, sheet fields) for a ruled form. Sheet fields: title, date.

    Each row: name, id_number (+ id_valid), date (the row's own, else the sheet's, YYYY-MM-DD), and where
    the form has them sex, score(s), hours, signed, and signature_box (the signature cell's corners in
    `image` pixels; ocr.pipeline maps them to the photo's). At most MAX_ROWS rows are read ("rows_capped:N"
    says so), which bounds the work on a long sheet; signatures are compared for copies within those rows
    (see ocr/signatures.py), and the rows concerned carry signature_copy / signature_one_hand.
    """
    rows = group_rows(lines)
    header_index = find_header(rows)
    sheet: dict = {}
    above = rows[:header_index] if header_index is not None else rows[:3]
    if above:
        title_row = max(above, key=lambda r: r.height)
        sheet["title"] = title_row.text.strip()
    sheet_dates = [d for r in above for d in find_dates(r.text)]
    sheet["date"] = sheet_dates[0] if sheet_dates else None
    if header_index is None:
        return [], ["no_table"], sheet
    angle = slant(lines)
    cols = columns_from(rows[header_index], angle)
    bounds = _bounds(cols)
    body = rows[header_index + 1 :]
    ys = [r.y for r in [rows[header_index], *body]]
    pitch = statistics.median([b - a for a, b in itertools.pairwise(ys)]) if len(ys) > 1 else 0.0
    gray, offset = (None, np.zeros(2)) if image is None else _deslanted(image, angle)
    out: list[dict] = []
    cells_out: list[np.ndarray | None] = []
    problems: list[str] = []
    assigned = [_assign(row, cols, bounds, angle) for row in body]
    spans = {
        k: _signature_span(k, cols, bounds, assigned, angle)
        for k, c in enumerate(cols)
        if c.role == "signature"
    }
    for row, cells in zip(body, assigned, strict=True):
        record: dict = {}
        scores: dict[str, int | float] = {}
        signature_cell: np.ndarray | None = None
        for index, col in enumerate(cols):
            text = "".join(line.text for line in cells.get(index, [])).strip()
            if col.role == "name":
                record["name"] = _clean_name(text) or None
            elif col.role == "id_number" and text:
                found = find_id_numbers(text) or [check_id_number(text)]
                record["id_number"] = found[0].number
                record["id_valid"] = found[0].valid
                if found[0].corrected:
                    record["id_corrected_from"] = found[0].raw
            elif col.role == "sex" and text:
                record["sex"] = next((ch for ch in text if ch in "男女"), None)
            elif col.role == "score" and text:
                value = _score(text)
                if value is not None:
                    scores[col.header] = value
            elif col.role == "hours" and text:
                value = _score(text)
                if value is not None:
                    record["hours"] = value
            elif col.role == "date" and text:
                record["date"] = row_date(text, sheet.get("date"))
            elif col.role == "signature" and "signed" not in record:
                if gray is not None and pitch > 0:
                    box = _cell_box(spans[index], row.y, pitch, offset)
                    signature_cell = _crop(gray, box)
                    inked = signature_cell is not None and ink_mask(signature_cell) is not None
                    record["signed"] = inked or bool(text)
                    corners = np.array(
                        [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]]
                    )
                    record["signature_box"] = _back_to_image(corners, angle, offset)
                    if not record["signed"]:
                        signature_cell = None
                else:
                    record["signed"] = bool(text)
        if not record.get("name") and not record.get("id_number"):
            continue
        if len(out) == MAX_ROWS:
            problems.append(f"rows_capped:{MAX_ROWS}")
            break
        if scores:
            record["score"] = next(iter(scores.values()))
            if len(scores) > 1:
                record["scores"] = scores
        record.setdefault("date", sheet.get("date"))
        out.append(record)
        cells_out.append(signature_cell)
    if out:
        _mark_signatures(out, cells_out)
    else:
        problems.append("no_rows")
    return out, problems, sheet
