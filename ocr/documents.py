"""What a photographed document is, and the fields printed on it.

Classification is by keywords, title first: a roster's header may say 公民身份号码 without being an ID
card, so the words in the title (the tallest lines at the top) decide before the body text does.
Certificate fields are found after their printed labels, with the registry CSV's names; when a label
was misread, the value's own shape (a T + ID number, two dates, a catalogue item) finds it instead.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ocr.catalog import AUTHORITY_RE, CATEGORIES, ITEMS, snap
from ocr.certificates import LAYOUT_FIELDS, SO_FIELDS, clean_cjk, normalise_cert_no, read_certificate
from ocr.dates import find_dates, normalize_date
from ocr.engine import OcrLine
from ocr.idnumbers import check_id_number, find_id_numbers, sex_from_id
from ocr.labels import compact, label_only_lines
from ocr.layout import Row, group_rows
from ocr.tables import extract_rows

DOC_TYPES = (
    "certificate",
    "id_card",
    "sign_in_sheet",
    "class_hour_record",
    "training_roster",
    "exam_room_record",
    "score_sheet",
    "other",
)
TABLE_TYPES = ("sign_in_sheet", "class_hour_record", "training_roster", "score_sheet")
CERTIFICATE_FIELDS = SO_FIELDS
__all__ = ["LAYOUT_FIELDS", "DocumentResult", "analyze_lines", "classify", "normalise_cert_no"]

# Problem codes a caller may see in DocumentResult.problems ("code" or "code:detail"), for messages.
PROBLEMS = {
    "file_too_large": "the file is over the size limit",
    "image_too_large": "the image has too many pixels to decode safely",
    "not_an_image": "the file is not an image this service reads",
    "pdf_unsupported": "PDF pages cannot be rendered here; send a photo or screenshot of the page",
    "pdf_empty": "the PDF has no pages",
    "pdf_more_pages": "only the first page of the PDF was read",
    "rows_capped": "only the first rows of a long table were read (detail: how many)",
    "screen_moire": "a photo of a screen: moiré may have caused misreadings",
    "motion_blur": "the photo is smeared by a moving hand: fields without a check digit are uncertain",
    "blank_image": "the image is blank",
    "black_image": "the image is black (lens covered or too dark)",
    "no_text": "no text was found",
    "unknown_document": "text was found but the document type was not recognised",
    "missing": "a field expected on this document was not read (detail: field name)",
    "invalid_id": "an ID number fails the GB 11643 check (detail: the number as read)",
    "sex_id_mismatch": "the printed sex does not match the ID number",
    "no_table": "no table header (姓名 …) was found",
    "no_rows": "the table has no readable rows",
}

# (doc_type, keywords): the first rule with a keyword present wins.
RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("exam_room_record", ("考场记录", "考场情况记录")),
    ("sign_in_sheet", ("签到表", "签到册", "签到簿", "考勤表", "签到")),
    ("score_sheet", ("成绩汇总", "成绩单", "成绩表", "成绩登记", "成绩")),
    ("training_roster", ("花名册", "学员信息汇总表", "学员名册", "人员名单", "学员名单", "汇总表", "名册")),
    ("class_hour_record", ("学时证明", "学时记录", "学时")),
    # a card's back whose title was not read still has its 复审 columns or records
    (
        "certificate",
        (
            "特种作业操作证",
            "操作证",
            "合格证",
            "考核合格",
            "复审记录",
            "复审日期",
            "复审时间",
            "复审结论",
            "复审结果",
            "复审机关",
            "次复审",
            "电子证照",
        ),
    ),
    ("id_card", ("居民身份证", "公民身份号码")),
)
CERT_LABELS = (
    "证号", "作业类别", "操作项目", "准操项目", "初领日期", "有效期", "签发机关", "发证机关", "复审日期",
    "证书编号", "单位名称", "人员类型", "人员类别", "行业类别",  # a 考核合格证's, beside its 公民身份号码
)  # fmt: skip


@dataclass
class DocumentResult:
    doc_type: str
    fields: dict[str, Any] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    lines: list[OcrLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ms: float = 0.0
    # Fields returned but not to be trusted as read (low score, repaired, contradicted): to be confirmed.
    uncertain: list[str] = field(default_factory=list)

    def to_json(self, file: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if file is None else {"file": file}
        out.update(
            {
                "doc_type": self.doc_type,
                "fields": self.fields,
                "lines": [line.to_json() for line in self.lines],
                "ms": round(self.ms),
                "rows": self.rows,
                "problems": self.problems,
                "uncertain": self.uncertain,
            }
        )
        return out


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _title_text(rows: Sequence[Row]) -> str:
    """The text of the tallest rows near the top: where a form says what it is."""
    if not rows:
        return ""
    typical = statistics.median(r.height for r in rows)
    top = rows[: max(3, len(rows) // 4)]
    return "".join(r.text for r in top if r.height >= 1.15 * typical)


def classify(lines: Sequence[OcrLine]) -> str:
    """One of DOC_TYPES, from the recognised text."""
    rows = group_rows(lines)
    text = _compact("".join(r.text for r in rows))
    # A certificate whose title was not read still has its labels; 公民身份号码 among them (on a
    # 考核合格证) does not make it an ID card.
    labelled = compact(text)  # as the labels are read (初领目期 is 初领日期)
    certificate_labels = sum(label in labelled for label in CERT_LABELS) >= 3
    for part in (_compact(_title_text(rows)), text):
        for doc_type, words in RULES:
            if any(word in part for word in words):
                return "certificate" if doc_type == "id_card" and certificate_labels else doc_type
    if certificate_labels or re.search(r"[T丁][0-9]{17}[0-9X]", text):  # labels, or a T + ID number
        return "certificate"
    if _certificate_values(rows):
        return "certificate"
    if "姓名" in text and "出生" in text and "住址" in text:
        return "id_card"
    return "other"


def _certificate_values(rows: Sequence[Row]) -> bool:
    """A certificate whose labels and title were all lost (a dark, shaken photo of a phone showing it):
    what is left are its values, and three of them together are a certificate's and nothing else's, an
    operation of the national catalogue, an ID-number-shaped certificate number and an authority."""
    texts = [_compact(line.text) for row in rows for line in row.lines]
    operation = any(snap(clean_cjk(t), CATEGORIES) in CATEGORIES or clean_cjk(t) in ITEMS for t in texts)
    number = any(re.fullmatch(r"[T丁1Il|7]?[0-9]{17}[0-9Xx]", t) for t in texts)
    authority = any(AUTHORITY_RE.search(clean_cjk(t)) for t in texts)
    return operation and number and authority


# --------------------------------------------------------------------------- labelled fields

# field -> label variants on an ID card (certificates: ocr.labels).
ID_LABEL_MAP: dict[str, tuple[str, ...]] = {
    "name": ("姓名",),
    "sex": ("性别",),
    "ethnicity": ("民族",),
    "birth": ("出生",),
    "address": ("住址",),
    "id_number": ("公民身份号码",),
}


def _label_regex(labels: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    variants = sorted({(v, k) for k, vs in labels.items() for v in vs}, key=lambda p: -len(p[0]))
    return re.compile("|".join(f"(?P<{k}_{i}>{re.escape(v)})" for i, (v, k) in enumerate(variants)))


def labelled_values(rows: Sequence[Row], labels: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """field -> the text between its label and the next label on the same row (or the next row)."""
    pattern = _label_regex(labels)
    values: dict[str, str] = {}
    texts = [_compact(row.text) for row in rows]
    for index, text in enumerate(texts):
        matches = list(pattern.finditer(text))
        for k, match in enumerate(matches):
            key = match.lastgroup.rsplit("_", 1)[0] if match.lastgroup else ""
            end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            value = text[match.end() : end].lstrip(":：;；.、 ")
            if not value and k + 1 == len(matches) and index + 1 < len(texts):
                following = texts[index + 1]
                if not pattern.search(following):
                    value = following
            if value and key not in values:
                values[key] = value
    return values


_clean_cjk = clean_cjk


def extract_certificate(lines: Sequence[OcrLine]) -> tuple[dict[str, Any], list[str]]:
    """(fields, problems) of a certificate; read_certificate also says which fields are uncertain."""
    reading = read_certificate(lines)
    return reading.fields, reading.problems


# Where to look again for a value the detector missed: its label's key and how far right of the label
# (in label heights) the value can reach.
SECOND_LOOK = {
    "cert_no": ("cert_no", 12.0),
    "name": ("name", 5.0),
    "sex": ("sex", 2.5),
    "category": ("category", 12.0),
    "item": ("item", 14.0),
    "first_issued": ("first_issued", 8.0),
    "valid_from": ("validity", 16.0),
    "valid_to": ("validity", 16.0),
    "issuer": ("issuer", 12.0),
    "id_number": ("id_number", 12.0),
    "employer": ("employer", 14.0),
    "post": ("post", 10.0),
    "industry": ("industry", 12.0),
}


def second_look_regions(lines: Sequence[OcrLine], missing: Sequence[str]) -> dict[str, tuple]:
    """For each missing certificate field whose label was read on its own: the quadrilateral right of the
    label where the value must be printed, ending before the next box on that row.

    A short value standing alone (性别 … 男, a two-character name) is what the detector most often misses;
    reading that strip directly with the recogniser costs one small inference.
    """
    keys = {SECOND_LOOK[field][0]: SECOND_LOOK[field][1] for field in missing if field in SECOND_LOOK}
    if not keys:
        return {}
    rows = group_rows(lines)
    labels = {id(line): key for key, line in label_only_lines(rows)}
    edge = _value_edge(rows, labels)
    regions: dict[str, tuple] = {}
    for row in rows:
        for index, line in enumerate(row.lines):
            key = labels.get(id(line))
            if key not in keys or key in regions:
                continue
            tl, tr, br, _bl = (np.asarray(p, np.float64) for p in line.box)
            direction = (tr - tl) / max(float(np.linalg.norm(tr - tl)), 1e-6)
            height = line.height
            start = 0.15 * height
            reach = keys[key] * height
            if edge is not None and index + 1 == len(row.lines):  # values set flush right (an app)
                reach = max(reach, min(float(np.dot(np.asarray(edge) - tr, direction)), 24 * height))
            if index + 1 < len(row.lines):
                gap = float(np.dot(np.asarray(row.lines[index + 1].box[0]) - tr, direction))
                reach = min(reach, gap - 0.3 * height)
            if reach < height:
                continue
            a, b = tr + direction * start, br + direction * start
            regions[key] = (tuple(a), tuple(a + direction * reach), tuple(b + direction * reach), tuple(b))
    return regions


def _value_edge(rows: Sequence[Row], labels: dict[int, str]) -> tuple[float, float] | None:
    """Where values end when they are set flush right, as e-certificate apps do (姓名 ……… 金立): the
    right end of the last box of most rows that have a label and a value; None when they do not line up."""
    ends = [
        row.lines[-1].box[1]
        for row in rows
        if len(row.lines) >= 2 and id(row.lines[0]) in labels and id(row.lines[-1]) not in labels
    ]
    if len(ends) < 3:
        return None
    ends = sorted(((float(x), float(y)) for x, y in ends), key=lambda point: point[0])
    middle = ends[len(ends) // 2]
    height = float(np.median([row.height for row in rows]))
    if sum(abs(x - middle[0]) < height for x, _ in ends) < 0.6 * len(ends):
        return None
    return middle


def extract_id_card(lines: Sequence[OcrLine]) -> tuple[dict[str, Any], list[str]]:
    rows = group_rows(lines)
    raw = labelled_values(rows, ID_LABEL_MAP)
    fields: dict[str, Any] = {}
    problems: list[str] = []
    fields["name"] = _clean_cjk(raw.get("name", "")) or None
    fields["sex"] = next((ch for ch in raw.get("sex", "") if ch in "男女"), None)
    ethnicity = _clean_cjk(raw.get("ethnicity", ""))
    fields["ethnicity"] = ethnicity or None
    fields["birth"] = normalize_date(raw.get("birth", "")) if raw.get("birth") else None
    address = raw.get("address", "")
    if address:
        # The address wraps onto following rows up to the ID number's label.
        start = next((i for i, r in enumerate(rows) if "住址" in _compact(r.text)), None)
        if start is not None:
            for row in rows[start + 1 :]:
                text = _compact(row.text)
                if "公民身份号码" in text or find_id_numbers(text):
                    break
                address += text
    fields["address"] = address or None
    source = raw.get("id_number", "")
    checks = (
        find_id_numbers(source)
        or ([check_id_number(source)] if source else [])
        or find_id_numbers("".join(_compact(line.text) for line in lines))
    )
    if checks:
        check = checks[0]
        fields["id_number"] = check.number
        fields["id_valid"] = check.valid
        if check.corrected:
            fields["id_corrected_from"] = check.raw
        if not check.valid:
            problems.append(f"invalid_id:{check.number}")
        else:
            if fields["sex"] and sex_from_id(check.number) != fields["sex"]:
                problems.append("sex_id_mismatch")
            if not fields["birth"]:
                fields["birth"] = f"{check.number[6:10]}-{check.number[10:12]}-{check.number[12:14]}"
    else:
        fields["id_number"] = None
    problems += [f"missing:{key}" for key in ("name", "id_number") if not fields.get(key)]
    return fields, problems


def extract_generic(lines: Sequence[OcrLine]) -> dict[str, Any]:
    """For documents without a field schema: the title, dates and checked ID numbers found."""
    rows = group_rows(lines)
    text = "".join(_compact(r.text) for r in rows)
    return {
        "title": _title_text(rows) or (rows[0].text if rows else None),
        "dates": find_dates(text),
        "id_numbers": [c.to_json() for c in find_id_numbers(text)],
    }


def analyze_lines(lines: Sequence[OcrLine], image: np.ndarray | None = None) -> DocumentResult:
    """Classifies and extracts. `image` is the picture the boxes refer to (for signature ink)."""
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return DocumentResult("other", problems=["no_text"], lines=list(lines))
    lines = [line for row in group_rows(lines) for line in row.lines]  # reading order for people and tests
    doc_type = classify(lines)
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    uncertain: list[str] = []
    if doc_type == "certificate":
        reading = read_certificate(lines)
        fields, problems = reading.fields, reading.problems
        fields["layout"] = reading.layout
        uncertain = [key for key in LAYOUT_FIELDS[reading.layout] if key in reading.uncertain]
    elif doc_type == "id_card":
        fields, problems = extract_id_card(lines)
    elif doc_type in TABLE_TYPES:
        rows, problems, fields = extract_rows(lines, image)
        problems += [
            f"invalid_id:{r['id_number']}" for r in rows if r.get("id_number") and not r.get("id_valid")
        ]
    else:
        fields = extract_generic(lines)
        if doc_type == "other":
            problems.append("unknown_document")
    return DocumentResult(doc_type, fields, rows, list(lines), problems, uncertain=uncertain)
