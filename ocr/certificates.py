"""The fields of a photographed certificate, each with whether the reading can be trusted.

Fields are found after their labels (ocr.labels), whatever the layout: the new-style 特种作业操作证 front and
its back with the 复审 records, the older IC card, the 安全生产知识和管理能力考核合格证, and an electronic
certificate in a screenshot or photographed on a screen. When a label was not read, a value's own shape
(T + ID number, two dates, a catalogue item, an authority's name) finds it instead.

A value is returned as uncertain, not guessed, when the recogniser was unsure of its line, when it had to be
repaired or snapped to a catalogue entry, when it was found without its label, or when the card
contradicts itself (the sex against the ID number's 17th digit, dates out of order). The inspector is then
asked about exactly those fields.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ocr.catalog import (
    AUTHORITY_RE,
    CATEGORIES,
    INDUSTRIES,
    ISSUER_SUFFIXES,
    ITEMS,
    POSTS,
    SPECIAL_OPERATIONS,
    parent_category,
    plausible_name,
    snap,
    snap_issuer,
)
from ocr.dates import date_from_remnant, find_dates, split_validity, validity_with_a_year_repaired
from ocr.engine import OcrLine
from ocr.idnumbers import IdCheck, check_id_number, find_id_numbers, sex_from_id
from ocr.labels import Piece, RowText, Value, compact, find_labels, labelled_values, row_text
from ocr.layout import Row, group_rows, slant, x_span
from ocr.places import snap_place

SO_FIELDS = ("cert_no", "name", "sex", "category", "item", "first_issued", "valid_from", "valid_to", "issuer")
LAYOUT_FIELDS: dict[str, tuple[str, ...]] = {
    "so_front": SO_FIELDS,
    "so_back": ("cert_no", "reviews"),
    "ic_card": SO_FIELDS,
    "mgmt_cert": (
        "cert_no", "name", "sex", "id_number", "employer", "post", "industry", "first_issued", "valid_from",
        "valid_to", "issuer",
    ),
    "e_screenshot": SO_FIELDS,
    "screen_photo": SO_FIELDS,
}  # fmt: skip
# Fields a photo of the card's back may lack without that being a problem.
OPTIONAL = {"so_back": {"cert_no"}}
# Below this recognition score a value is not trusted as read. PP-OCR scores clean print at 0.97-1.0; a
# glyph under a seal, in glare or moiré, or half cut off drops well below.
LOW_SCORE = 0.90
CERT_NO_RE = re.compile(r"^[T7Tt丁]?([0-9OoDQIl|]{17}[0-9Xx×OoDQIl|])$")
_DIGITISH = re.compile(r"[OoDQIl|GbBZz]")
# The one-character abbreviations of the provinces, which begin the number of a 考核合格证 (皖2010931560).
PROVINCE_ABBREVIATIONS = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕吉闽贵黔粤青藏川蜀宁琼港澳台"
_STRAY_BEFORE_PROVINCE = re.compile(rf"^[0-9A-Za-z]{{1,2}}(?=[{PROVINCE_ABBREVIATIONS}]\d{{6}})")
_STRAY_AFTER_DIGITS = re.compile(r"(?<=\d{6})(?!号$)[\u4e00-\u9fff]{1,4}$")
# What is left of the issuer's label when it was read into the value (签发机关 read 签发机 and a glyph).
_ISSUER_LABEL_REMNANT = re.compile(r"^(?:[签颁核]?发(?:证|照)?(?:机关?|机构|部门|单位)|机关|机构)")
ORG_SUFFIXES = (
    "公司", "厂", "矿", "集团", "中心", "站", "所", "院", "局", "场", "店", "社", "部", "队", "单位", "处",
)  # fmt: skip


@dataclass
class Reading:
    layout: str
    fields: dict[str, Any] = field(default_factory=dict)
    uncertain: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def put(self, key: str, value: Any, *, sure: bool = True) -> None:
        if value in (None, "", []):
            return
        self.fields[key] = value
        if not sure:
            self.uncertain.add(key)

    def doubt(self, *keys: str) -> None:
        self.uncertain.update(k for k in keys if k in self.fields)


def clean_cjk(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff" or ch in "·()（）、")


def normalise_cert_no(raw: str) -> tuple[str, IdCheck | None]:
    """(cert_no, IdCheck or None). New-style numbers are T + the holder's ID number (T is sometimes read
    as 7 or 丁); older cards print the ID number alone, and keep it that way."""
    text = re.sub(r"[^0-9A-Za-z×|丁]", "", raw)
    squeezed = re.sub(r"\s", "", raw)
    if len(text) == 18 and re.match(r"^[\[【「(（{]", squeezed):  # the T read as a bracket
        text = "T" + text
    elif len(text) == 19 and text[0] in "1Il|I" and check_id_number(text[1:]).valid:  # the T read as 1
        text = "T" + text[1:]
    match = CERT_NO_RE.match(text)
    if not match:
        return re.sub(r"\s", "", raw).strip(":：;；"), None
    check = check_id_number(match.group(1))
    number = check.number if check.valid else match.group(1)
    return ("T" + number if len(text) == 19 else number), check


def detect_layout(rows: Sequence[Row], values: dict[str, Value]) -> str:
    text = compact("".join(r.text for r in rows))
    front = sum(k in values for k in ("name", "category", "item", "first_issued", "validity", "issuer"))
    if ("复审" in text or "review" in values) and front < 2:
        return "so_back"
    mgmt_words = ("管理能力", "考核合格证", "安全生产知识")
    if any(w in text for w in mgmt_words) or any(_mgmt_value(values.get(k)) for k in ("post", "industry")):
        return "mgmt_cert"
    if "准操项目" in text or "IC卡" in text:
        return "ic_card"
    if any(w in text for w in ("电子证", "刷新时间", "更新时间", "生成时间", "亮证")):
        return "e_screenshot"
    cert = values.get("cert_no")
    if cert is not None and re.fullmatch(r"[0-9OoDQIl|]{17}[0-9Xx×]", re.sub(r"\W", "", cert.text)):
        return "ic_card"
    return "so_front"


def _simplified(text: str) -> bool:
    """Whether every character is one of GB 2312's. Mainland certificates are printed in simplified
    characters; a traditional or Japanese glyph (設 for 股, 姫 for 娟) is the recogniser's misreading. A rare
    character of a real name falls outside too, and is then asked about, which is right for it as well."""
    try:
        text.replace("·", "").encode("gb2312")  # the middle dot of a minority name: GB 2312 has it as ・
    except UnicodeEncodeError:
        return False
    return True


def _mgmt_value(value: Value | None) -> bool:
    """A 人员类型 or 行业类别 of a management certificate. The weak labels 类别 and 行业 alone do not say
    so: 作业类别 with its head misread (件业类别) leaves 类别 before an operation category."""
    if value is None:
        return False
    if value.label not in ("类别", "行业"):
        return True
    vocabulary = POSTS if value.key == "post" else INDUSTRIES
    return snap(clean_cjk(value.text), vocabulary, cutoff=0.6) in vocabulary


def _unsure(value: Value | None) -> bool:
    return value is None or value.confidence < LOW_SCORE


def _repaired(text: str) -> bool:
    """Whether a date had to be read through letter-for-digit confusions or a lost leading 2."""
    return (
        bool(_DIGITISH.search(text))
        or bool(re.search(r"(?<!\d)0\d{2}\s*年", text))
        or bool(re.search(r"\d\s*[:：=()（）]\s*\d", text))
    )


def _shape_lines(lines: Sequence[OcrLine], skip: set[int]) -> list[tuple[str, OcrLine]]:
    return [(compact(line.text), line) for line in lines if id(line) not in skip]


def read_certificate(lines: Sequence[OcrLine]) -> Reading:
    rows = group_rows(lines)
    values = labelled_values(rows)
    layout = detect_layout(rows, values)
    reading = Reading(layout)
    used = {id(line) for v in values.values() for line in v.lines}
    refreshed = {id(line) for line in values["_refreshed"].lines} if "_refreshed" in values else set()
    loose = _shape_lines(lines, used | refreshed)

    if layout == "so_back":
        _cert_no(reading, values, loose, optional=True)
        _reviews(reading, rows)
    else:
        id_check = _cert_no(reading, values, loose)
        if layout == "mgmt_cert":
            id_check = _id_number(reading, values, loose, lines) or id_check
            _employer(reading, values)
            _post_industry(reading, values, loose)
        else:
            _category_item(reading, values, loose)
        _name(reading, values, rows, used)
        _sex(reading, values, loose, id_check)
        _dates(reading, values, loose, layout, id_check)
        _issuer(reading, values, loose)
        if id_check is not None and layout != "mgmt_cert":
            reading.fields["id_number"] = id_check.number
        if id_check is not None:
            reading.fields["id_valid"] = id_check.valid
            if id_check.corrected:
                reading.fields["id_corrected_from"] = id_check.raw
            if not id_check.valid:
                reading.problems.append(f"invalid_id:{id_check.number}")
    wanted = LAYOUT_FIELDS[layout]
    optional = OPTIONAL.get(layout, set())
    reading.problems += [f"missing:{k}" for k in wanted if k not in reading.fields and k not in optional]
    return reading


# --------------------------------------------------------------------------- one field at a time


def _cert_no(
    reading: Reading, values: dict[str, Value], loose: list[tuple[str, OcrLine]], *, optional: bool = False
) -> IdCheck | None:
    value = values.get("cert_no")
    if value is not None and len(re.sub(r"\D", "", value.text)) < 4:
        value = None  # the label's row held other text (a title, a seal's glyph): the number is elsewhere
    source, sure = (value.text, not _unsure(value)) if value else ("", False)
    if value is not None and len(value.lines) > 1:  # a stray character read beside the number
        whole = next((compact(ln.text) for ln in value.lines if CERT_NO_RE.match(compact(ln.text))), None)
        source = whole or source
    if not source:
        shaped = next((t for t, _ in loose if CERT_NO_RE.match(normalise_cert_no(t)[0])), "")
        source, sure = shaped, False
        if shaped and optional:
            sure = True  # a T + ID number on a card's back is the number, label or not
    if not source:
        return None
    number, check = normalise_cert_no(source)
    if check is None:
        trimmed = _STRAY_AFTER_DIGITS.sub("", _STRAY_BEFORE_PROVINCE.sub("", number))
        if trimmed != number:  # a glyph read beside the number: cut off, and the number asked about
            number, sure = trimmed, False
    if number.startswith("T") and compact(source)[:1] != "T":
        sure = False  # the T was read as something else
    if check is not None:
        sure = sure and check.valid and not check.corrected
        if check.valid and not value:
            sure = True  # the checksum vouches for a number found by its shape
    elif value is not None and len(number) < 6:
        sure = False
    if check is None and not re.fullmatch(r"[\u4e00-\u9fff]{0,6}[0-9A-Z\-]{6,24}", number):
        sure = False  # not a shape any issuer uses
    if check is None and re.search(r"\d[A-Z]+\d|\d[A-Z]$", number):
        sure = False  # a letter among the digits (…5096S), or an X where no ID number ends: a misread digit
    if check is None and number.isdigit():
        # the number of an operation certificate is an ID number: other digit runs are misread; on a
        # 考核合格证 a number of digits alone may have lost its province (辽2017… read 12017…)
        sure = False
    if check is not None and not number.startswith("T") and reading.layout in ("so_front", "e_screenshot"):
        sure = False  # new-style numbers start with T: a bare ID number here may have lost it
    reading.put("cert_no", number, sure=sure)
    return check


def _id_number(
    reading: Reading, values: dict[str, Value], loose: list[tuple[str, OcrLine]], lines: Sequence[OcrLine]
) -> IdCheck | None:
    value = values.get("id_number")
    checks = []
    if value is not None:
        checks = find_id_numbers(value.text)
        if not checks and len(re.sub(r"\D", "", value.text)) >= 6:  # a number, misread: reported as read
            checks = [check_id_number(value.text)]
    if not checks:  # the label's row held another field's value (性别 … 男): the number is elsewhere
        checks = find_id_numbers("".join(t for t, _ in loose)) or find_id_numbers(
            "".join(compact(line.text) for line in lines)
        )
    if not checks:
        return None
    check = checks[0]
    sure = check.valid and not check.corrected and (value is None or not _unsure(value) or check.valid)
    reading.put("id_number", check.number, sure=sure)
    return check


def _name(reading: Reading, values: dict[str, Value], rows: Sequence[Row], used: set[int]) -> None:
    value = values.get("name")
    if value is not None:
        name = _name_text(value.text)
        first = _name_text(re.sub(r"^姓?名[:：]?", "", compact(value.lines[0].text))) if value.lines else ""
        if len(value.lines) > 1 and not plausible_name(name) and plausible_name(first):
            name = first  # the next box is another field whose label was partly lost (…别:男)
        if name:
            reading.put("name", name, sure=not _unsure(value) and plausible_name(name) and _simplified(name))
            return
    # No label read, or nothing after it: a short line shaped like a name, near the top of the card.
    for row in rows:
        for line in row.lines:
            text = compact(line.text)
            if id(line) in used or not text or find_labels(row_text(Row([line], 0, 1))):
                continue
            candidate = clean_cjk(text)
            shaped = plausible_name(candidate) and candidate not in POSTS and not _value(text)
            if candidate == text and shaped:
                reading.put("name", candidate, sure=False)
                return


def _value(text: str) -> bool:
    """A catalogue value, which a name is not (高处作业 would pass for one: 高 is a surname)."""
    return text.endswith("作业") or snap(text, CATEGORIES) in CATEGORIES or snap(text, ITEMS) in ITEMS


# What the recogniser returns for the middle dot of a minority name (买买提·艾力): the katakana dot, a bullet,
# a full stop or a hyphen. Between two characters of a name it can be nothing else.
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[・･•‧∙⋅.．\-－‐–—](?=[\u4e00-\u9fff])")


def _name_text(text: str) -> str:
    # the sex printed on the name's row, its label misread (性剔, 牲别) or lost: no name has 性 or 别 in it,
    # and 别 after 牲 or 姓 is the label
    text = re.split(r"性|[牲姓]?别|民族|[:：][男女]$", text)[0]
    return clean_cjk(_NAME_DOT.sub("·", text)).strip("()（）、")


def _sex(
    reading: Reading, values: dict[str, Value], loose: list[tuple[str, OcrLine]], check: IdCheck | None
) -> None:
    value = values.get("sex")
    text = value.text if value else next((t for t, _ in loose if t in ("男", "女")), "")
    partial = value is None and not text
    if partial:  # 性　别 with its first character lost: 别:男
        text = next((m.group(1) for t, _ in loose if (m := re.search(r"别[:：]?([男女])", t))), "")
    sex = next((ch for ch in text if ch in "男女"), None)
    from_id = sex_from_id(check.number) if check is not None and check.valid else None
    if sex is None:
        if from_id:  # not read, but the ID number says it: offered, to be confirmed
            reading.put("sex", from_id, sure=False)
        return
    reading.put("sex", sex, sure=value is not None and not _unsure(value))
    if partial:
        reading.doubt("sex")
    if from_id and from_id != sex:
        reading.doubt("sex")
        reading.problems.append("sex_id_mismatch")
    elif from_id == sex:
        reading.uncertain.discard("sex")  # two independent readings agree


def _snapped(raw: str, vocabulary: tuple[str, ...]) -> tuple[str, bool]:
    """(value, exact): the catalogue entry for `raw`, and whether it was printed so without repair."""
    if raw and raw not in vocabulary and raw + "作业" in vocabulary:
        raw += "作业"
    value = snap(raw, vocabulary)
    return value, value == raw.replace("（", "(").replace("）", ")") and value in vocabulary


def _category_item(reading: Reading, values: dict[str, Value], loose: list[tuple[str, OcrLine]]) -> None:
    cat_value, item_value = values.get("category"), values.get("item")
    cut_label = cat_value is None and values.get("post") is not None and not _mgmt_value(values["post"])
    if cut_label:  # 作业类别 read as …类别 (件业类别): the value is the category, its label half read
        cat_value = values["post"]
    cat_raw = clean_cjk(cat_value.text) if cat_value else ""
    item_raw = clean_cjk(item_value.text) if item_value else ""
    cat_label = bool(cat_raw) and not cut_label
    item_label = bool(item_raw)
    if not cat_raw:
        cat_raw = next((clean_cjk(t) for t, _ in loose if snap(clean_cjk(t), CATEGORIES) in CATEGORIES), "")
    if not item_raw:
        item_raw = next((clean_cjk(t) for t, _ in loose if snap(clean_cjk(t), ITEMS) in ITEMS), "")
    category, cat_exact = _snapped(cat_raw, CATEGORIES) if cat_raw else ("", False)
    item, item_exact = _snapped(item_raw, ITEMS) if item_raw else ("", False)
    if not category and item in ITEMS:
        category, cat_exact, cat_label = parent_category(item) or "", False, False
    reading.put("category", category, sure=cat_exact and cat_label and not _unsure(cat_value))
    reading.put("item", item, sure=item_exact and item_label and not _unsure(item_value))
    if category in SPECIAL_OPERATIONS and item in ITEMS and item not in SPECIAL_OPERATIONS[category]:
        reading.doubt("category", "item")


def _dates(
    reading: Reading,
    values: dict[str, Value],
    loose: list[tuple[str, OcrLine]],
    layout: str,
    check: IdCheck | None,
) -> None:
    validity = values.get("validity")
    start_v, end_v = values.get("valid_from"), values.get("valid_to")
    start = end = None
    sure_start = sure_end = False
    if validity is not None and len(find_dates(validity.text, compact=True)) >= 1:
        start, end = split_validity(validity.text)
        sure_start = sure_end = not _unsure(validity) and not _repaired(validity.text)
        if start is None and len(re.sub(r"\D", "", validity.text)) > 8:
            # one date read where digits for two were printed: the other one was garbled, and the date
            # read may be either end, unless the garbled one is a year misread by one digit (3027.12.06)
            sure_start = sure_end = False
            start, end = validity_with_a_year_repaired(validity.text) or (start, end)
            if start is None and end is not None:  # 2021年月15日至2027年11月15日: the first lost a part
                before = re.split(r"[至~～]|(?<=\d)[\-—–一](?=\s*[12]\d{3})", validity.text)[0]
                if before != validity.text:
                    start = date_from_remnant(before, end)
                    start = start if start and 1 <= int(end[:4]) - int(start[:4]) <= 10 else None
    if start_v is not None and (start is None or len(find_dates(start_v.text, compact=True))):
        found = find_dates(start_v.text, compact=True)
        if found:
            start, sure_start = found[0], not _unsure(start_v) and not _repaired(start_v.text)
    if end_v is not None:
        found = find_dates(end_v.text, compact=True)
        if found:
            end, sure_end = found[-1], not _unsure(end_v) and not _repaired(end_v.text)
    if (start is None and end is None) or (validity is not None and start is None and start_v is None):
        pair = next((t for t, _ in loose if len(find_dates(t)) >= 2), None)
        if pair is not None:
            start, end = split_validity(pair)
            sure_start = sure_end = False
    reading.put("valid_from", start, sure=sure_start)
    reading.put("valid_to", end, sure=sure_end)
    first_v = values.get("first_issued")
    first = None
    if first_v is not None:
        found = find_dates(first_v.text, compact=True)
        first = found[0] if found else None
        sure_first = not _unsure(first_v) and not _repaired(first_v.text)
        if first is None and start is not None and layout != "mgmt_cert":  # 2022/717: a separator lost
            first, sure_first = date_from_remnant(first_v.text, start), False
            first = first if first and first <= start else None
        reading.put("first_issued", first, sure=sure_first)
    else:
        # Its label not read (pale print, glare): the one line that is a single date and nothing else. The
        # validity prints two, the 生成时间 of an app carries a time as well.
        lone = {
            found[0] for t, _ in loose if len(found := find_dates(t)) == 1 and len(re.sub(r"\D", "", t)) <= 8
        }
        if len(lone) == 1:
            first = lone.pop()
            reading.put("first_issued", first, sure=False)
        elif start is None and end is None and first_v is None and validity is None:
            # No date label read at all: a card prints first issue, then validity from and to, each a
            # date alone on its line; taken in that order when they make a whole-year period.
            order = [found[0] for t, _ in loose if len(found := find_dates(t)) == 1 and len(t) <= 12]
            if len(order) == 3 and order[0] <= order[1] < order[2]:
                first, start, end = order
                reading.put("first_issued", first, sure=False)
                reading.put("valid_from", start, sure=False)
                reading.put("valid_to", end, sure=False)
    # The card against itself: issue before validity, validity a whole number of years, the holder an adult.
    if start and end:
        a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        whole = any(_years_later(a, n) in (b, b + dt.timedelta(days=1)) for n in range(1, 7))
        if not whole:
            reading.doubt("valid_from", "valid_to")
    if first and start and first > start:
        reading.doubt("first_issued", "valid_from")
    elif first and start and first[5:] != start[5:] and layout != "mgmt_cert":
        # Validity runs in whole periods from the first issue: another day of the year is one misread digit
        # away from either date.
        reading.doubt("first_issued")
    if first and check is not None and check.valid:
        birth = dt.date(int(check.number[6:10]), int(check.number[10:12]), int(check.number[12:14]))
        if dt.date.fromisoformat(first) < _years_later(birth, 16):
            reading.doubt("first_issued")


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _issuer(reading: Reading, values: dict[str, Value], loose: list[tuple[str, OcrLine]]) -> None:
    value = values.get("issuer")
    raw = clean_cjk(value.text) if value else ""
    sure = value is not None and not _unsure(value)
    issuer = _authority(raw) if raw else None
    if raw and issuer is None:
        # a seal's glyph read beside the label (猫, 润, 司): the authority's name is on a line of its own
        found = _loose_issuer(loose)
        if found is not None:
            (raw, sure), issuer = found, _authority(found[0])
        elif _unsure(value):
            raw = ""
    if not raw:
        found = _loose_issuer(loose)
        if found is None:
            return
        (raw, sure), issuer = found, _authority(found[0])
    reading.put("issuer", issuer or snap_issuer(raw), sure=sure and issuer == raw)


def _loose_issuer(loose: list[tuple[str, OcrLine]]) -> tuple[str, bool] | None:
    """An authority's name on a line no label claimed: as printed, else one that is a place and a near
    miss of a suffix (浙江省急管理厂), which is then a repair and so uncertain."""
    found = next(((clean_cjk(t), line) for t, line in loose if AUTHORITY_RE.search(clean_cjk(t))), None)
    if found is None:
        found = next(((clean_cjk(t), line) for t, line in loose if _authority(clean_cjk(t))), None)
    return None if found is None else (found[0], found[1].confidence >= LOW_SCORE)


def _authority(text: str) -> str | None:
    """An authority's name: a place of GB/T 2260 and an authority's suffix, each repaired when a near miss
    (ocr.catalog.snap_issuer, ocr.places.snap_place); None when it is not one."""
    issuer = snap_issuer(text)
    suffix = next((s for s in ISSUER_SUFFIXES if issuer.endswith(s)), None)
    place = snap_place(issuer[: -len(suffix)]) if suffix and issuer != suffix else None
    if place is None and _ISSUER_LABEL_REMNANT.match(text):  # a repair, so never equal to what was read
        return _authority(_ISSUER_LABEL_REMNANT.sub("", text))
    return place + suffix if place and suffix else None


def _employer(reading: Reading, values: dict[str, Value]) -> None:
    value = values.get("employer")
    if value is None:
        return
    employer = clean_cjk(value.text)
    sure = not _unsure(value) and employer.endswith(ORG_SUFFIXES) and _simplified(employer)
    reading.put("employer", employer, sure=sure)


def _post_industry(reading: Reading, values: dict[str, Value], loose: list[tuple[str, OcrLine]]) -> None:
    for key, vocabulary in (("post", POSTS), ("industry", INDUSTRIES)):
        value = values.get(key)
        if value is None:  # the label misread (类剧): a line that is an entry of the list, to be confirmed
            found = next((clean_cjk(t) for t, _ in loose if clean_cjk(t) in vocabulary), None)
            if found is not None:
                reading.put(key, found, sure=False)
            continue
        raw = clean_cjk(value.text)
        snapped = snap(raw, vocabulary, cutoff=0.6)
        reading.put(key, snapped, sure=not _unsure(value) and snapped == raw and raw in vocabulary)


# Dates on a back that are not a 复审 held: validity extended to, the next 复审 due, a front's dates.
_NOT_REVIEW = frozenset({"_extended", "_next_review", "valid_to", "valid_from", "validity", "first_issued"})
_BARE_DATE_HEAD = ("日期", "时间")  # a table's date column headed 日期 beside 复审结论 / 复审机关
_OTHER_HEADS = frozenset({"_result", "_review_issuer", "_extended", "_next_review"})


@dataclass
class _Column:
    left: float
    right: float
    review: bool


def _review_header(rt: RowText, angle: float) -> list[_Column] | None:
    """The columns of a 复审 table's header row (or of the first unruled `复审日期：…` record), or None when
    the row is not one. Beside the other 复审 column heads, a head ending in 日期 or 时间 is the date's."""
    matches = find_labels(rt)
    found = [(m.start, m.key) for m in matches]
    if not any(key == "review" for _, key in found):
        if not any(key in _OTHER_HEADS for _, key in found):
            return None
        # the date column's head beside the other heads: 日期, or 复审日期 with a character lost or
        # misread (审日期, 复率时间)
        bare = [
            p.start
            for p in rt.pieces
            if rt.text[p.start : p.end].strip(":：").endswith(_BARE_DATE_HEAD)
            and not any(m.start < p.end and p.start < m.end for m in matches)
        ]
        if not bare:
            return None
        found = sorted([*found, (bare[0], "review")])
    columns = []
    for k, (at, key) in enumerate(found):
        right = rt.x_at(found[k + 1][0], angle) if k + 1 < len(found) else float("inf")
        columns.append(_Column(rt.x_at(at, angle) - rt.row.height, right, key == "review"))
    return columns


def _date_pieces(rt: RowText) -> list[tuple[str, int, list[Piece], str]]:
    """(date, piece start, pieces, text) for every date in the row: a box's own dates, and where no box
    held a whole one, the boxes joined (a date set with wide spacing comes back as 2019年 and 05月01日)."""
    out = []
    for piece in rt.pieces:
        text = rt.text[piece.start : piece.end]
        out.extend((found, piece.start, [piece], text) for found in find_dates(text))
    if not out:
        for first, second in itertools.pairwise(rt.pieces):
            joined = rt.text[first.start : second.end]
            out.extend((found, first.start, [first, second], joined) for found in find_dates(joined)[:1])
    return out


def _reviews(reading: Reading, rows: Sequence[Row]) -> None:
    """The 复审 dates on a back, however the records are laid out: a table (the column under 复审日期, or
    a bare 日期 beside 复审结论), unruled `复审日期：<date>` records, `第一次复审 <date>` lines, or boxes of
    seals two to a row. Every date on the back counts except those that say something else: a column or
    label of 有效期延至 / 下次复审日期, or a row that carries a front's field."""
    angle = slant([line for row in rows for line in row.lines])
    texts = [row_text(row) for row in rows]
    columns: list[_Column] | None = None
    start = 0
    for index, rt in enumerate(texts):
        columns = _review_header(rt, angle)
        if columns is not None:
            start = index
            break
    by_row: list[list[str]] = []  # the 复审 dates read in each row
    sure = True
    for index, rt in enumerate(texts):
        # above the header: records whose own 复审日期 label was split and lost (复 / 日 / 期：…)
        under = columns if index >= start else None
        found = find_labels(rt)
        if any(m.key not in _NOT_REVIEW and not m.key.startswith("_") and m.key != "review" for m in found):
            continue  # 证号 and the like: no 复审 record
        row_dates: list[str] = []
        by_row.append(row_dates)
        for day, at, pieces, text in _date_pieces(rt):
            owner = next((m.key for m in reversed(found) if m.end <= at), None)
            if owner in _NOT_REVIEW:
                continue
            if owner != "review" and under is not None:
                centre = sum(sum(x_span(p.line, angle)) for p in pieces) / (2 * len(pieces))
                column = next((c for c in under if c.left <= centre < c.right), None)
                if column is None or not column.review:
                    continue
            row_dates.append(day)
            sure = sure and min(p.line.confidence for p in pieces) >= LOW_SCORE and not _repaired(text)
        # a table's row with figures in it, or a record's words with figures or the authority's name
        worded = "合格" in rt.text or "同意" in rt.text
        figures = re.search(r"\d{2}", rt.text) is not None
        sealed = rt.text.endswith(ISSUER_SUFFIXES)
        record = (figures and under is not None) or (worded and (figures or sealed))
        if not row_dates and record:
            sure = False  # a record whose date could not be read: the list has a gap
    dates = sorted(day for row in by_row for day in row)
    if not dates and columns is not None:
        reading.fields["reviews"] = []  # the table is there and empty: no 复审 yet
        if not sure:
            reading.uncertain.add("reviews")  # or its records are there and not one date could be read
    if not dates:
        return
    regular = _regular(dates)
    firsts = sorted(row[0] for row in by_row if row)
    if not regular and len(firsts) < len(dates) and _regular(firsts):
        # Two dates a row and no header read: a table with 有效期延至 or 下次复审日期 beside each 复审,
        # which always comes first. Every 复审 date also close to another one says so.
        dates, sure = firsts, False
    headed = columns is not None or len(dates) > 1
    reading.put("reviews", dates, sure=sure and regular and headed)


def _regular(dates: Sequence[str]) -> bool:
    """Whether the dates (in order) are 复审 every three years (six for a clean record); other gaps mean a
    misread date, or a date that is not a 复审."""
    days = [dt.date.fromisoformat(d) for d in dates]
    return all(
        any(abs((b - _years_later(a, n)).days) <= 200 for n in (3, 6)) for a, b in itertools.pairwise(days)
    )
