"""The benchmark's plain baseline parser: split the OCR text on the schema's label words, take what follows.

Deliberately simple (what anyone would write in an afternoon on top of rapidocr), so the benchmark shows
what the project's parser adds. It knows the label words of the shared schema and the usual date spellings,
nothing about layouts, seals or misreads.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from typing import Any

LABELS: dict[str, tuple[str, ...]] = {
    "cert_no": ("证书编号", "证号"),
    "name": ("姓名",),
    "sex": ("性别",),
    "id_number": ("身份证号",),
    "category": ("作业类别",),
    "item": ("操作项目", "准操项目"),
    "first_issued": ("初领日期",),
    "validity": ("有效期限", "有效期"),
    "issuer": ("签发机关", "发证机关"),
    "employer": ("单位名称",),
    "post": ("人员类型",),
    "industry": ("行业类别",),
}
_BY_WORD = {word: key for key, words in LABELS.items() for word in words}
_LABEL_RE = re.compile("|".join(sorted(map(re.escape, _BY_WORD), key=len, reverse=True)))
_DATE_RE = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})")
_SQUEEZE = re.compile(r"[\s\u3000:：]")


def _rows(lines: Sequence[Any]) -> list[str]:
    """Lines grouped into printed rows after taking out the page's median slant, left to right."""
    angles = [
        math.atan2(line.box[1][1] - line.box[0][1], line.box[1][0] - line.box[0][0])
        for line in lines
        if line.width > 2 * line.height
    ]
    angle = statistics.median(angles) if angles else 0.0
    cos, sin = math.cos(-angle), math.sin(-angle)
    placed = sorted(
        (
            (line.center[0] * sin + line.center[1] * cos, line.center[0] * cos - line.center[1] * sin, line)
            for line in lines
        ),
        key=lambda t: t[0],
    )
    rows: list[list[tuple[float, float, Any]]] = []
    for item in placed:
        if rows and abs(item[0] - statistics.fmean(y for y, _, _ in rows[-1])) < 0.5 * item[2].height:
            rows[-1].append(item)
        else:
            rows.append([item])
    return [" ".join(line.text for _, _, line in sorted(row, key=lambda t: t[1])) for row in rows]


def _date(text: str) -> str | None:
    match = _DATE_RE.search(text)
    if not match:
        return None
    y, m, d = match.groups()
    return f"{y}-{int(m):02d}-{int(d):02d}"


def parse(lines: Sequence[Any]) -> dict[str, Any]:
    """Fields by label; a label with nothing after it on its row takes the next row."""
    rows = [_SQUEEZE.sub("", row) for row in _rows(lines)]
    raw: dict[str, str] = {}
    for r, row in enumerate(rows):
        hits = list(_LABEL_RE.finditer(row))
        for k, hit in enumerate(hits):
            end = hits[k + 1].start() if k + 1 < len(hits) else len(row)
            value = row[hit.end() : end]
            if not value and k + 1 == len(hits) and r + 1 < len(rows) and not _LABEL_RE.search(rows[r + 1]):
                value = rows[r + 1]
            raw.setdefault(_BY_WORD[hit.group()], value)
    fields: dict[str, Any] = {}
    for key, value in raw.items():
        if not value:
            continue
        if key in ("cert_no", "id_number"):
            fields[key] = re.sub(r"[^0-9A-Za-z]", "", value).upper()
        elif key == "sex":
            sex = next((c for c in value if c in "男女"), None)
            if sex:
                fields[key] = sex
        elif key == "first_issued":
            if day := _date(value):
                fields[key] = day
        elif key == "validity":
            days = [f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _DATE_RE.findall(value)]
            if days:
                fields["valid_from"] = days[0]
            if len(days) > 1:
                fields["valid_to"] = days[1]
        else:
            fields[key] = value.replace("（", "(").replace("）", ")")
    if any("复审" in row for row in rows):
        # the back of a card: every date on it is a re-exam date, in reading order
        fields["reviews"] = [
            f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _DATE_RE.findall("\n".join(rows))
        ]
    return fields
