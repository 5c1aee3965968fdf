"""Printed labels and the values beside or under them, from OCR rows.

A card prints a field as a label and a value, and the same label comes in many forms: 姓名, 姓 名, 姓　　名
(spaced out to the width of four-character labels), with a colon of either width or none; the OCR may
return label and value as one box, as two, or the spaced label as two one-character boxes. So labels are
looked for in a row's text with every space removed, and the value is what follows up to the next label
on that row; when nothing follows (the value is printed under its label, as e-certificate apps and some
cards do), it is the text in the next row that sits in the label's column.

Short labels that also occur inside values (单位 in 危险化学品经营单位, 类别 in 作业类别) are "weak": they
count only where a box starts with them or a colon follows them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ocr.engine import OcrLine
from ocr.layout import Row, slant, x_span

# key -> printed variants. Keys starting with "_" mark labels that only end the value before them.
LABELS: dict[str, tuple[str, ...]] = {
    "cert_no": ("证书编号", "证件号码", "证件编号", "证照编号", "证书号码", "证书号", "证号", "编号"),
    "name": ("姓名", "持证人"),
    "sex": ("性别",),
    "category": ("作业类别", "作业类型", "准操类别"),
    "item": ("操作项目", "准操项目", "作业项目"),
    "first_issued": ("初次领证日期", "首次领证日期", "初领证日期", "初领日期", "领证日期", "发证日期"),
    "validity": ("有效期限", "有效日期", "有效期"),
    # the shorter forms also where the recogniser dropped a long label's end (有效期开始 of 有效期开始日期)
    "valid_from": (
        "有效期开始日期",
        "有效期起始日期",
        "有效期开始",
        "有效期起始",
        "有效期起",
        "起始日期",
        "开始日期",
    ),
    "valid_to": (
        "有效期结束日期",
        "有效期截止日期",
        "有效期结束",
        "有效期截止",
        "有效期至",
        "有效期止",
        "截止日期",
        "结束日期",
    ),
    "issuer": (
        "签发机关",
        "发证机关",
        "签发单位",
        "发证单位",
        "发证机构",
        "签发机构",
        "颁发机构",
        "颁发单位",
        "发证部门",
    ),
    "id_number": ("公民身份号码", "身份证号码", "身份证号"),
    "employer": ("单位名称", "工作单位", "单位"),
    "post": ("人员类型", "人员类别", "类别"),
    "industry": ("行业类别", "行业类型", "行业"),
    "review": ("复审日期", "复审时间"),
    "_extended": ("有效期延至", "延期至"),
    # when the next 复审 falls due: a date on the back that is not a 复审 held
    "_next_review": ("下次复审日期", "下次复审时间", "应复审日期", "下次复审"),
    "_result": ("复审结果", "复审结论", "复审意见"),
    "_review_issuer": ("复审机关", "复审单位"),
    "_ethnicity": ("民族",),
    "_birth": ("出生日期",),
    "_refreshed": ("刷新时间", "更新时间", "生成时间"),
}
WEAK = frozenset({"单位", "类别", "行业", "编号", "开始日期", "结束日期"})
# The second character of a two-character label spaced out to four (姓　　名): the detector can drop the
# lone first character, leaving `名：程怡峰`. Counted only at the start of a row and before a colon.
CUT: dict[str, str] = {"名": "name", "别": "sex", "号": "cert_no"}
# ...or drop the second, leaving the first character alone in its box (性　　别: read as 性). A box of that
# one character is then the label wherever it stands in the row; none of these begins a value or a name.
HEAD: dict[str, str] = {"姓": "name", "性": "sex", "证": "cert_no"}
STRIP = ":：;；.、,，·|"

_VARIANTS = sorted(((v, k) for k, vs in LABELS.items() for v in vs), key=lambda p: -len(p[0]))
_PATTERN = re.compile("|".join(re.escape(v) for v, _ in _VARIANTS))
_KEY_OF = dict(_VARIANTS)


@dataclass
class Piece:
    """A run of characters from one OCR line inside a row's text."""

    line: OcrLine
    start: int  # in the row's compact text
    end: int


@dataclass
class RowText:
    row: Row
    text: str
    pieces: list[Piece]

    def lines_in(self, start: int, end: int) -> list[OcrLine]:
        return [p.line for p in self.pieces if p.start < end and start < p.end]

    def x_at(self, index: int, angle: float) -> float:
        """The de-slanted x of the character at `index` (interpolated inside its box)."""
        for piece in self.pieces:
            if piece.start <= index < piece.end:
                x0, x1 = x_span(piece.line, angle)
                return x0 + (x1 - x0) * (index - piece.start) / max(1, piece.end - piece.start)
        return x_span(self.pieces[-1].line, angle)[1] if self.pieces else 0.0

    def starts_piece(self, index: int) -> bool:
        return any(p.start == index for p in self.pieces)


@dataclass
class Value:
    """What a label was found with: the text, the OCR lines it came from, and how it was found."""

    key: str
    label: str
    text: str
    lines: list[OcrLine] = field(default_factory=list)
    below: bool = False  # read from the row under the label

    @property
    def confidence(self) -> float:
        return min((line.confidence for line in self.lines), default=0.0)


# Traditional / Japanese glyphs the recogniser returns for characters of the labels (作业类別, 证書號):
# mainland certificates print simplified characters only, so these are always misreadings.
_VARIANT_GLYPHS = str.maketrans("別號證書發關機業項類審間効", "别号证书发关机业项类审间效")


def compact(text: str) -> str:
    """The text without spaces and the symbols (☑, □, ●) OCR reads into the gaps of a spaced label, with
    variant glyphs read back as the simplified characters printed."""
    # 日 read as 目 in 日期 (复审目期): no value on a certificate has 目期 in it
    text = re.sub(r"\s+", "", text).translate(_VARIANT_GLYPHS).replace("目期", "日期")
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Co"))


def row_text(row: Row) -> RowText:
    pieces, parts, at = [], [], 0
    for line in row.lines:
        text = compact(line.text)
        if text:
            pieces.append(Piece(line, at, at + len(text)))
            parts.append(text)
            at += len(text)
    return RowText(row, "".join(parts), pieces)


@dataclass
class Match:
    key: str
    label: str
    start: int
    end: int


def find_labels(rt: RowText) -> list[Match]:
    found = []
    for m in _PATTERN.finditer(rt.text):
        label = m.group(0)
        if label in WEAK:
            after = rt.text[m.end() : m.end() + 1]
            if not (rt.starts_piece(m.start()) or after in (":", "：")):
                continue
        found.append(Match(_KEY_OF[label], label, m.start(), m.end()))
    head = rt.text[:1]
    if head in CUT and rt.text[1:2] in (":", "：") and not (found and found[0].start == 0):
        found.insert(0, Match(CUT[head], head, 0, 1))
    for piece in rt.pieces:
        head = _strip(rt.text[piece.start : piece.end])
        if head in HEAD and not any(m.start < piece.end and piece.start < m.end for m in found):
            found.append(Match(HEAD[head], head, piece.start, piece.end))
    found.sort(key=lambda m: m.start)
    if rt.pieces and not (found and found[0].start < rt.pieces[0].end):
        first = rt.pieces[0]
        near = _near_label(rt.text[first.start : first.end])
        if near is not None:
            found.insert(0, Match(_KEY_OF[near], near, first.start, first.end))
    return found


def _near_label(box: str) -> str | None:
    """The label that a box standing alone at a row's start is one character away from, misread (有姓期开始
    日期) or lost (发证关): a box of nothing but label-like text, against the labels of four characters or
    more, whose one key it must be."""
    bare = box.strip(STRIP)
    if not 3 <= len(bare) <= 8:
        return None
    hits = [v for v, _ in _VARIANTS if len(v) >= 4 and _one_edit(bare, v)]
    return hits[0] if hits and len({_KEY_OF[v] for v in hits}) == 1 else None


def _one_edit(text: str, label: str) -> bool:
    if len(text) == len(label):
        return sum(a != b for a, b in zip(text, label, strict=True)) == 1
    if len(text) + 1 == len(label):
        return any(label[:i] + label[i + 1 :] == text for i in range(len(label)))
    return False


def _strip(text: str) -> str:
    return text.strip(STRIP)


def labelled_values(rows: Sequence[Row]) -> dict[str, Value]:
    """key -> the first value found after (or under) one of its labels."""
    angle = slant([line for row in rows for line in row.lines])
    texts = [row_text(row) for row in rows]
    matches = [find_labels(rt) for rt in texts]
    values: dict[str, Value] = {}
    for r, (rt, found) in enumerate(zip(texts, matches, strict=True)):
        for k, match in enumerate(found):
            if match.key in values:
                continue
            end = found[k + 1].start if k + 1 < len(found) else len(rt.text)
            raw = rt.text[match.end : end]
            text = _strip(raw)
            if text:
                offset = match.end + (len(raw) - len(raw.lstrip(STRIP)))
                lines = rt.lines_in(offset, offset + len(text))
                values[match.key] = Value(match.key, match.label, text, lines)
                continue
            below = _value_below(texts, matches, r, k, angle)
            if below is not None:
                values[match.key] = below
    return values


def _value_below(
    texts: Sequence[RowText], matches: Sequence[list[Match]], r: int, k: int, angle: float
) -> Value | None:
    """The text under label k of row r: in the next row, between the label's left edge and the next
    label's, when that row carries no label there itself."""
    if r + 1 >= len(texts):
        return None
    rt, match = texts[r], matches[r][k]
    below = texts[r + 1]
    height = rt.row.height
    if below.row.y - rt.row.y > 2.6 * max(height, below.row.height):
        return None
    left = rt.x_at(match.start, angle) - 0.6 * height
    nxt = matches[r][k + 1] if k + 1 < len(matches[r]) else None
    right = rt.x_at(nxt.start, angle) - 0.3 * height if nxt else float("inf")
    labelled = [(m.start, m.end) for m in matches[r + 1]]
    chosen: list[Piece] = []
    for piece in below.pieces:
        x0, x1 = x_span(piece.line, angle)
        centre = (x0 + x1) / 2
        if not left <= centre < right and not (left <= x0 + height < right):
            continue
        if any(s < piece.end and piece.start < e for s, e in labelled):
            return None  # the row under is itself labelled here: the value is not below
        chosen.append(piece)
    if not chosen:
        return None
    text = _strip("".join(below.text[p.start : p.end] for p in chosen))
    if not text:
        return None
    return Value(match.key, match.label, text, [p.line for p in chosen], below=True)


def label_only_lines(rows: Iterable[Row]) -> list[tuple[str, OcrLine]]:
    """(key, line) for every OCR line that is a label and nothing else (for a second look right of it)."""
    out = []
    for row in rows:
        for line in row.lines:
            bare = _strip(compact(line.text))
            if bare in _KEY_OF:
                out.append((_KEY_OF[bare], line))
    return out


def labelled_row_indexes(rows: Sequence[Row]) -> set[int]:
    return {i for i, row in enumerate(rows) if find_labels(row_text(row))}
