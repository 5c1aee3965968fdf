"""The importer's fast row parser (certs.rows.RowParser) gives what parse_row gives: the same normalised
values and row hash for a good row (so a re-import of an unchanged registry stays "unchanged"), and the same
first problem, word for word, for a bad one."""

from __future__ import annotations

import json

import pytest

from certs.importer import FIELDS
from certs.rows import ALL_COLUMNS, RowError, RowParser, parse_row

GOOD = {
    "cert_no": " t130102199003071234-1 ",
    "cert_type": "Special_Operation",
    "name": " 王  小明 ",
    "sex": "F",
    "id_number": "130102199003071233",
    "category": "电工作业",
    "item": "低压电工作业",
    "first_issued": "2024-03-07",
    "valid_from": " 2024-03-07",
    "valid_to": "2030-03-06",
    "review_due": "",
    "issuer": "石家庄市应急管理局",
    "issuer_division": "130100",
    "status": "VALID",
}
VARIANTS = [
    {},
    {"review_due": "2027-03-06", "sex": ""},
    {"id_number": "130102900307123", "status_reason": "补发"},  # 15 digits: converted
    {"id_number": "999999199003071234"},
    {"id_number": "130102199003071230"},  # wrong check character
    {"id_number": "E12345678", "id_type": "passport"},
    {"id_number": "E12345678", "id_type": "alien"},
    {"cert_type": "safety_management", "category": "", "item": ""},
    {"cert_type": "special_operation", "item": ""},
    {"cert_type": "pilot"},
    {"cert_no": "A#1"},
    {"cert_no": ""},
    {"sex": "x"},
    {"name": "王" * 65},
    {"first_issued": "2024-3-7"},
    {"valid_to": "2024-02-30"},
    {"valid_to": "2020-01-01"},
    {"first_issued": "2025-01-01"},
    {"issuer_division": "13010"},
    {"issuer_division": "999999"},
    {"issuer_division": "110100"},
    {"status": "lost"},
    {"issuer": ""},
    {"status_reason": "x" * 301},
    {"exam_site_code": "91130100MA07L0QX3W"},
    {"exam_site_code": "91130100ma0000000x"},  # an early code whose check character fails: kept
    {"exam_site_code": "12345"},
]


def expected(raw: dict[str, str]) -> tuple[object, ...] | str:
    try:
        row = parse_row(raw)
    except RowError as exc:
        return str(exc)
    values = row.model_values()
    values["row_hash"] = row.row_hash()
    values["id_warnings"] = json.dumps(values["id_warnings"]) if values["id_warnings"] else None
    return tuple(values[name] for name in FIELDS)


def fast(raw: dict[str, str], header: list[str]) -> tuple[object, ...] | str:
    parser = RowParser({name: index for index, name in enumerate(header)})
    try:
        staged, _warnings = parser.parse([raw.get(name, "") for name in header])
    except RowError as exc:
        return str(exc)
    return staged


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: ",".join(v) or "good")
def test_the_fast_parser_agrees_with_parse_row(variant: dict[str, str]) -> None:
    raw = {**GOOD, **variant}
    header = [c for c in reversed(ALL_COLUMNS) if c in raw]  # columns in any order, optional ones absent
    assert fast(raw, header) == expected(raw)


def test_short_and_long_rows_read_missing_cells_as_empty() -> None:
    header = list(ALL_COLUMNS[:14])
    parser = RowParser({name: index for index, name in enumerate(header)})
    values = [GOOD[name] for name in header]
    long_row, _ = parser.parse([*values, "extra", "cells"])
    assert long_row == expected(GOOD)
    with pytest.raises(RowError, match="status is empty"):
        parser.parse(values[:-1])


def test_the_good_rows_are_really_good() -> None:
    """The comparison above is only worth something if most variants parse."""
    parsed = [v for v in VARIANTS if not isinstance(expected({**GOOD, **v}), str)]
    assert len(parsed) >= 6, parsed
