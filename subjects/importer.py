"""`run.py subjects import FILE.csv`: subject files from a UTF-8 CSV with the columns
`credit_code, name, subject_type, division, address, high_risk`.

Each bad row is reported by its line and field and the rest are imported; importing the same file again
changes nothing (rows are matched by credit code). Refusals and warnings are message ids with parameters,
so the command line and the back office word them in their reader's language.
"""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from foundation.i18n import N_
from models.subjects import Subject
from regions import divisions
from subjects import codes
from subjects.kinds import TYPES

COLUMNS = ("credit_code", "name", "subject_type", "division", "address", "high_risk")
MAX_BYTES = 20 * 1024 * 1024  # a province's subject list is far below this
TRUE = {"1", "true", "yes", "y", "是", "高危"}
FALSE = {"", "0", "false", "no", "n", "否"}

Message = tuple[str, dict[str, Any]]


class SubjectFileError(Exception):
    """The file as a whole cannot be read (missing columns, not UTF-8, too large)."""

    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid.format(**params))
        self.msgid, self.params = msgid, params


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, Message]] = field(default_factory=list)
    warnings: list[tuple[int, Message]] = field(default_factory=list)


def _row_values(
    line: int, row: dict[str, str], jurisdiction: str | None
) -> tuple[dict[str, Any] | None, list, list]:
    errors: list[Message] = []
    warnings: list[Message] = []
    checked = codes.check(row.get("credit_code", "").strip())
    if checked.code is None:
        errors.append(
            (
                N_("credit_code: “{value}” is not an 18-character unified social credit code"),
                {"value": row.get("credit_code", "")[:40]},
            )
        )
    elif checked.checksum_failed:
        warnings.append(
            (
                N_("credit_code: {value} fails the check character (kept: some early codes do)"),
                {"value": checked.code},
            )
        )
    name = " ".join(row.get("name", "").split())
    if not name or len(name) > 200:
        errors.append((N_("name: a name of 1 to 200 characters is needed"), {}))
    kind = row.get("subject_type", "").strip()
    if kind not in TYPES:
        errors.append(
            (
                N_("subject_type: “{value}” is not one of {allowed}"),
                {"value": kind[:40], "allowed": ", ".join(TYPES)},
            )
        )
    division = row.get("division", "").strip()
    place = divisions.get(division) if division.isdigit() else None
    if place is None:
        errors.append((N_("division: “{value}” is not a division code"), {"value": division[:12]}))
    elif jurisdiction and not divisions.is_within(place.code, jurisdiction):
        errors.append(
            (
                N_("division: {value} is outside your jurisdiction {scope}"),
                {"value": place.code, "scope": jurisdiction},
            )
        )
    flag = row.get("high_risk", "").strip().lower()
    if flag not in TRUE | FALSE:
        errors.append((N_("high_risk: “{value}” is neither yes nor no"), {"value": flag[:20]}))
    address = " ".join(row.get("address", "").split())[:300] or None
    if errors:
        return None, errors, warnings
    values = {
        "credit_code": checked.code,
        "credit_code_warning": checked.checksum_failed,
        "name": name,
        "subject_type": kind,
        "division_code": place.code if place else division,
        "address": address,
        "high_risk": flag in TRUE,
    }
    return values, errors, warnings


async def import_rows(text: str, jurisdiction: str | None = None) -> ImportReport:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise SubjectFileError(N_("the file lacks the column(s): {columns}"), columns=", ".join(missing))
    reader.fieldnames = header
    report = ImportReport()
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        values, errors, warnings = _row_values(line, {k: v or "" for k, v in row.items() if k}, jurisdiction)
        report.warnings.extend((line, w) for w in warnings)
        if values is None:
            report.errors.extend((line, e) for e in errors)
            continue
        code = values["credit_code"]
        if code in seen:
            report.errors.append(
                (
                    line,
                    (
                        N_("credit_code: {value} already appears on line {first}"),
                        {"value": code, "first": seen[code]},
                    ),
                )
            )
            continue
        seen[code] = line
        existing = await Subject.get_or_none(credit_code=code)
        if existing is None:
            await Subject.create(**values)
            report.created += 1
        elif any(getattr(existing, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(existing, k, v)
            await existing.save()
            report.updated += 1
        else:
            report.unchanged += 1
    return report


def read_text(path: Path) -> str:
    """The file's text, refused whole when too large (checked before it is read) or not UTF-8."""
    if path.stat().st_size > MAX_BYTES:
        raise SubjectFileError(N_("the file is larger than {mb} MB"), mb=MAX_BYTES // (1024 * 1024))
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SubjectFileError(N_("the file is not UTF-8 text")) from exc


async def import_csv(path: Path, jurisdiction: str | None = None) -> ImportReport:
    text = await asyncio.to_thread(read_text, path)
    return await import_rows(text, jurisdiction)
