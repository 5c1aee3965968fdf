"""One CSV row of the certificate import, checked and normalised; no database here.

The normalised row is what gets hashed (`Certificate.row_hash`), so cosmetic differences in a file
(spaces, `x` for `X` in an ID number, 女 vs F) never count as a change on re-import.
"""

from __future__ import annotations

import hashlib
import json
import operator
import re
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any

from stdnum import exceptions
from stdnum.cn import uscc

from foundation import clock
from identity import numbers as id_numbers

CERT_TYPES = ("special_operation", "safety_management", "team_leader")
STATUSES = ("valid", "suspended", "revoked")
COLUMNS = (
    "cert_no",
    "cert_type",
    "name",
    "sex",
    "id_number",
    "category",
    "item",
    "first_issued",
    "valid_from",
    "valid_to",
    "review_due",
    "issuer",
    "issuer_division",
    "status",
)
OPTIONAL_COLUMNS = ("status_reason", "id_type", "exam_site_code")
_SEXES = {"男": "男", "女": "女", "m": "男", "f": "女", "male": "男", "female": "女"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LIMITS = {"cert_no": 40, "name": 64, "category": 64, "item": 64, "issuer": 128, "status_reason": 300}


class RowError(ValueError):
    """The reason a row is rejected, phrased for the operator who fixes the file."""


@dataclass(frozen=True, slots=True)
class CertRow:
    cert_no: str
    cert_type: str
    name: str
    sex: str | None
    id_number: str
    category: str | None
    item: str | None
    first_issued: date
    valid_from: date
    valid_to: date
    review_due: date | None
    issuer: str
    issuer_division: str
    status: str
    status_reason: str | None
    id_type: str = "resident_id"
    id_warnings: tuple[str, ...] = ()
    exam_site_code: str | None = None  # the exam site (or institution) the certificate came from

    def _values(self) -> dict[str, object]:
        """The fields as a dict; not dataclasses.asdict, whose deep copy was half an import's time (the
        values are immutable: strings, dates, a tuple)."""
        return {name: getattr(self, name) for name in _ROW_FIELDS}

    def model_values(self) -> dict[str, object]:
        values = self._values()
        values["id_warnings"] = list(self.id_warnings) or None
        return values

    def row_hash(self) -> str:
        """Over what the file says; the default id_type and the warnings (derived) are left out, so rows
        imported before the column existed hash as they did."""
        values = self._values()
        values.pop("id_warnings")
        if values["id_type"] == "resident_id":
            values.pop("id_type")
        if values["exam_site_code"] is None:
            values.pop("exam_site_code")
        parts = ["" if value is None else str(value) for value in values.values()]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


_ROW_FIELDS = tuple(f.name for f in fields(CertRow))


def _text(raw: dict[str, str | None], column: str, required: bool = True) -> str | None:
    value = " ".join((raw.get(column) or "").split())
    if not value:
        if required:
            raise RowError(f"{column} is empty")
        return None
    limit = _LIMITS.get(column)
    if limit and len(value) > limit:
        raise RowError(f"{column} is longer than {limit} characters")
    return value


def _date(raw: dict[str, str | None], column: str, required: bool = True) -> date | None:
    value = (raw.get(column) or "").strip()
    if not value:
        if required:
            raise RowError(f"{column} is empty")
        return None
    if not _DATE.match(value):
        raise RowError(f"{column} {value!r} is not a YYYY-MM-DD date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError(f"{column} {value!r} is not a real date") from None


def _required_date(raw: dict[str, str | None], column: str) -> date:
    value = _date(raw, column)
    if value is None:  # pragma: no cover - _date raises first
        raise RowError(f"{column} is empty")
    return value


def _id_number(raw: dict[str, str | None]) -> id_numbers.IdNumber:
    """Checked by the one ID rule (identity.numbers); an empty id_type column means: tell from the number."""
    value = _text(raw, "id_number") or ""
    declared = _text(raw, "id_type", required=False)
    result = id_numbers.check(value, declared)
    if not result.valid:
        raise RowError(f"id_number {value!r}: {id_numbers.PROBLEMS[result.problem or 'characters']}")
    return result


def _division(value: str) -> str:
    if not re.fullmatch(r"\d{6}", value):
        raise RowError(f"issuer_division {value!r} is not a 6-digit division code")
    try:
        from regions import divisions
    except ImportError:  # the divisions table is optional for this module
        return value
    division = divisions.get(value)
    if division is None:
        raise RowError(f"issuer_division {value!r} is not a known division code")
    return division.code  # pseudo-levels such as 110100 (市辖区) stand for the province: route there


def _site_code(raw: dict[str, str | None]) -> str | None:
    """The exam site's unified social credit code (GB 32100), checked by python-stdnum. An early code whose
    check character fails is kept, as the subject files keep it (DOMAIN.md); a wrong length or alphabet is
    refused, since it could never match a subject file."""
    return _credit_code(_text(raw, "exam_site_code", required=False))


def _credit_code(value: str | None) -> str | None:
    if value is None:
        return None
    compact = uscc.compact(value)
    try:
        return uscc.validate(compact)
    except exceptions.InvalidChecksum:
        return compact
    except exceptions.ValidationError:
        raise RowError(f"exam_site_code {value!r} is not an 18-character credit code") from None


def parse_row(raw: dict[str, str | None]) -> CertRow:
    """Raises RowError with the first problem found."""
    cert_no = (_text(raw, "cert_no") or "").replace(" ", "").upper()
    if "#" in cert_no:
        raise RowError("cert_no must not contain '#'")
    cert_type = (_text(raw, "cert_type") or "").lower()
    if cert_type not in CERT_TYPES:
        raise RowError(f"cert_type {cert_type!r} is not one of {', '.join(CERT_TYPES)}")
    name = _text(raw, "name") or ""
    sex_text = _text(raw, "sex", required=False)
    sex = _SEXES.get(sex_text.lower()) if sex_text else None
    if sex_text and sex is None:
        raise RowError(f"sex {sex_text!r} is not 男 or 女")
    identity = _id_number(raw)
    needs_item = cert_type == "special_operation"
    category = _text(raw, "category", required=needs_item)
    item = _text(raw, "item", required=needs_item)
    first_issued = _required_date(raw, "first_issued")
    valid_from = _required_date(raw, "valid_from")
    valid_to = _required_date(raw, "valid_to")
    review_due = _date(raw, "review_due", required=False)
    if valid_to < valid_from:
        raise RowError("valid_to is before valid_from")
    if first_issued > valid_from:
        raise RowError("first_issued is after valid_from")
    issuer = _text(raw, "issuer") or ""
    division = _division(_text(raw, "issuer_division") or "")
    status = (_text(raw, "status") or "").lower()
    if status not in STATUSES:
        raise RowError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    return CertRow(
        cert_no=cert_no,
        cert_type=cert_type,
        name=name,
        sex=sex,
        id_number=identity.number,
        category=category,
        item=item,
        first_issued=first_issued,
        valid_from=valid_from,
        valid_to=valid_to,
        review_due=review_due,
        issuer=issuer,
        issuer_division=division,
        status=status,
        status_reason=_text(raw, "status_reason", required=False),
        id_type=identity.id_type,
        id_warnings=tuple(w for w in identity.warnings if w != "converted"),
        exam_site_code=_site_code(raw),
    )


# --------------------------------------------------------------------------- the importer's fast path
#
# The same checks, in the same order and with the same messages as parse_row, for rows given as the CSV's
# list of values: no dict per row, no dataclass, and the checks of the columns whose values repeat across a
# registry (types, dates, divisions, issuers, statuses) answered from bounded caches. A registry import spent
# most of its time in parse_row's Python; test_rows_fast_path.py holds the two to the same answers.

ALL_COLUMNS = (*COLUMNS, *OPTIONAL_COLUMNS)
_cached = lru_cache(maxsize=4096)  # bounded: memory stays flat whatever the file


def _clean(column: str, value: str, required: bool) -> str | None:
    value = " ".join(value.split())
    if not value:
        if required:
            raise RowError(f"{column} is empty")
        return None
    limit = _LIMITS.get(column)
    if limit and len(value) > limit:
        raise RowError(f"{column} is longer than {limit} characters")
    return value


_clean_cached = _cached(_clean)


@_cached
def _cert_type(value: str) -> str:
    cert_type = (_clean("cert_type", value, True) or "").lower()
    if cert_type not in CERT_TYPES:
        raise RowError(f"cert_type {cert_type!r} is not one of {', '.join(CERT_TYPES)}")
    return cert_type


@_cached
def _sex(value: str) -> str | None:
    sex_text = _clean("sex", value, False)
    sex = _SEXES.get(sex_text.lower()) if sex_text else None
    if sex_text and sex is None:
        raise RowError(f"sex {sex_text!r} is not 男 or 女")
    return sex


@_cached
def _date_text(column: str, value: str, required: bool) -> tuple[date | None, str]:
    """(the date, its text as the row hash has it)."""
    found = _date({column: value}, column, required)
    return found, "" if found is None else str(found)


@_cached
def _division_cached(value: str) -> str:
    return _division(_clean("issuer_division", value, True) or "")


@_cached
def _status(value: str) -> str:
    status = (_clean("status", value, True) or "").lower()
    if status not in STATUSES:
        raise RowError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    return status


class RowParser:
    """Parses rows as the csv module gives them, for a file whose header put each column at `positions`."""

    def __init__(self, positions: dict[str, int]) -> None:
        self.width = max(positions.values()) + 1
        absent = self.width  # a column the header lacks reads the empty slot appended to every row
        self.positions = {column: positions.get(column) for column in ALL_COLUMNS}
        self._pick = operator.itemgetter(*(positions.get(column, absent) for column in ALL_COLUMNS))
        self.today = clock.today()  # the birth-date bound, read once for the file rather than once a row

    def raw(self, values: list[str]) -> dict[str, str | None]:
        """The row by column name, as parse_row and the rejects file take it."""
        return {
            column: values[index] if index < len(values) else None
            for column, index in self.positions.items()
            if index is not None
        }

    def parse(self, values: list[str]) -> tuple[tuple[Any, ...], tuple[str, ...]]:
        """(the staged values in FIELDS order, without the import key and line; the ID warnings), or
        RowError with the first problem found, as parse_row would say it."""
        if len(values) == self.width:
            padded = [*values, ""]
        else:
            padded = values[: self.width] + [""] * (self.width + 1 - min(len(values), self.width))
        (
            cert_no, cert_type, name, sex, id_number, category, item, first_issued, valid_from, valid_to,
            review_due, issuer, division, status, status_reason, id_type, exam_site,
        ) = self._pick(padded)  # fmt: skip
        cert_no = (_clean("cert_no", cert_no, True) or "").replace(" ", "").upper()
        if "#" in cert_no:
            raise RowError("cert_no must not contain '#'")
        cert_type = _cert_type(cert_type)
        name = _clean("name", name, True) or ""
        sex = _sex(sex)
        identity = _identity(id_number, id_type, self.today)
        needs_item = cert_type == "special_operation"
        category = _clean_cached("category", category, needs_item)
        item = _clean_cached("item", item, needs_item)
        first_issued, first_text = _date_text("first_issued", first_issued, True)
        valid_from, from_text = _date_text("valid_from", valid_from, True)
        valid_to, to_text = _date_text("valid_to", valid_to, True)
        review_due, review_text = _date_text("review_due", review_due, False)
        if valid_to < valid_from:  # type: ignore[operator]  # required dates are never None
            raise RowError("valid_to is before valid_from")
        if first_issued > valid_from:  # type: ignore[operator]
            raise RowError("first_issued is after valid_from")
        issuer = _clean_cached("issuer", issuer, True) or ""
        division = _division_cached(division)
        status = _status(status)
        status_reason = _clean_cached("status_reason", status_reason, False)
        exam_site_code = _credit_code(_clean("exam_site_code", exam_site, False)) if exam_site else None
        warnings = tuple(w for w in identity.warnings if w != "converted") if identity.warnings else ()
        parts = [
            cert_no, cert_type, name, sex or "", identity.number, category or "", item or "", first_text,
            from_text, to_text, review_text, issuer, division, status, status_reason or "",
        ]  # fmt: skip
        if identity.id_type != "resident_id":
            parts.append(identity.id_type)
        if exam_site_code is not None:
            parts.append(exam_site_code)
        row_hash = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        staged = (
            cert_no, cert_type, name, sex, identity.number, identity.id_type,
            json.dumps(list(warnings)) if warnings else None, category, item, first_issued, valid_from,
            valid_to, review_due, issuer, division, status, status_reason, exam_site_code, row_hash,
        )  # fmt: skip
        return staged, warnings


def _identity(value: str, declared: str, today: date) -> id_numbers.IdNumber:
    number = _clean("id_number", value, True) or ""
    declared_type = _clean_cached("id_type", declared, False)
    result = id_numbers.check(number, declared_type, today=today)
    if not result.valid:
        raise RowError(f"id_number {number!r}: {id_numbers.PROBLEMS[result.problem or 'characters']}")
    return result
