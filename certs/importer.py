"""`python run.py certs import FILE.csv`: load the certificate registry from a UTF-8 CSV file.

Rows are independent: a bad row is reported with its line number and reason and the others go in.
Re-importing the same file changes nothing (each certificate keeps the hash of its normalised row); a
changed row updates the certificate, and the change (field, old, new) is returned in the report. Rows
are processed in chunks, one query to find the existing certificates of a chunk and one transaction to
write it, so a registry of hundreds of thousands of rows imports in minutes, not hours.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from certs.rows import COLUMNS, OPTIONAL_COLUMNS, CertRow, RowError, parse_row
from identity import numbers as id_numbers

log = logging.getLogger(__name__)
CHUNK = 500
MAX_FIELD = 4096


class ImportFileError(ValueError):
    """The file as a whole cannot be imported (not UTF-8, no header, missing columns)."""


@dataclass(frozen=True, slots=True)
class CertChange:
    line: int
    cert_no: str
    changes: dict[str, tuple[object, object]]  # field -> (old, new)


@dataclass(slots=True)
class ImportReport:
    source: str
    actor: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # imported, with something to look at
    changes: list[CertChange] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.rejected

    def summary(self) -> str:
        return (
            f"{self.source}: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        )


def _read_text(path_or_text: str | Path | bytes) -> tuple[str, str]:
    """(text, source name). A str that names an existing file is read as a file; other strs are CSV."""
    if isinstance(path_or_text, bytes):
        data, source = path_or_text, "<bytes>"
    elif isinstance(path_or_text, Path) or ("\n" not in path_or_text and Path(path_or_text).is_file()):
        path = Path(path_or_text)
        data, source = path.read_bytes(), str(path)
    else:
        return path_or_text.removeprefix("\ufeff"), "<text>"
    try:
        return data.decode("utf-8-sig"), source
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{source} is not UTF-8 (byte {exc.start}); save it as UTF-8 CSV") from None


def _records(text: str) -> Iterator[tuple[int, dict[str, str | None]]]:
    """(line number, row by column name); raises ImportFileError for the header."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("the file is empty") from None
    names = [name.strip().lstrip("\ufeff").lower() for name in header]
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise ImportFileError(f"missing columns: {', '.join(missing)} (header: {', '.join(names)})")
    wanted = {name: index for index, name in enumerate(names) if name in COLUMNS + OPTIONAL_COLUMNS}
    previous_line = reader.line_num
    for values in reader:
        line = previous_line + 1  # where the record starts, even when a quoted field spans lines
        previous_line = reader.line_num
        if not any(value.strip() for value in values):
            continue
        if any(len(value) > MAX_FIELD for value in values):
            yield line, {"__error__": f"a field is longer than {MAX_FIELD} characters"}
            continue
        yield line, {name: values[index] if index < len(values) else None for name, index in wanted.items()}


async def import_csv(path_or_text: str | Path | bytes, *, actor: str = "cli") -> ImportReport:
    text, source = _read_text(path_or_text)
    report = ImportReport(source=source, actor=actor)
    seen: dict[str, int] = {}
    chunk: list[tuple[int, CertRow]] = []
    try:
        for line, raw in _records(text):
            row = _parse(line, raw, seen, report)
            if row is None:
                continue
            chunk.append((line, row))
            if len(chunk) >= CHUNK:
                await _write_chunk(chunk, report)
                chunk = []
    except csv.Error as exc:
        raise ImportFileError(f"{source}: not a readable CSV file ({exc})") from None
    if chunk:
        await _write_chunk(chunk, report)
    log.info("certificate import by %s: %s", actor, report.summary())
    return report


def _parse(
    line: int, raw: dict[str, str | None], seen: dict[str, int], report: ImportReport
) -> CertRow | None:
    try:
        if "__error__" in raw:
            raise RowError(str(raw["__error__"]))
        row = parse_row(raw)
        if row.cert_no in seen:
            raise RowError(f"cert_no {row.cert_no} already appears on line {seen[row.cert_no]}")
    except RowError as exc:
        report.rejected += 1
        report.errors.append((line, str(exc)))
        return None
    seen[row.cert_no] = line
    for warning in row.id_warnings:
        report.warnings.append((line, f"id_number {row.id_number}: {id_numbers.WARNINGS[warning]}"))
    return row


async def _write_chunk(chunk: list[tuple[int, CertRow]], report: ImportReport) -> None:
    from tortoise.transactions import in_transaction

    from models.certificates import Certificate, CertificateChange

    numbers = [row.cert_no for _, row in chunk]
    existing = {cert.cert_no: cert for cert in await Certificate.filter(cert_no__in=numbers)}
    async with in_transaction() as connection:
        new = []
        for line, row in chunk:
            digest = row.row_hash()
            cert = existing.get(row.cert_no)
            if cert is None:
                new.append(Certificate(**row.model_values(), row_hash=digest))
                continue
            if cert.row_hash == digest:
                report.unchanged += 1
                continue
            changes = _diff(cert, row)
            for name, (_, value) in changes.items():
                setattr(cert, name, value)
            cert.row_hash = digest
            await cert.save(using_db=connection)
            report.updated += 1
            if changes:
                report.changes.append(CertChange(line, row.cert_no, changes))
                await CertificateChange.create(
                    certificate=cert,
                    actor=report.actor,
                    source=str(report.source)[:300],
                    line=line,
                    changes={
                        k: [str(a) if a is not None else None, str(b) if b is not None else None]
                        for k, (a, b) in changes.items()
                    },
                    using_db=connection,
                )
        if new:
            await Certificate.bulk_create(new, using_db=connection)
            report.created += len(new)


def _diff(cert: object, row: CertRow) -> dict[str, tuple[object, object]]:
    changes = {}
    for name, value in row.model_values().items():
        old = getattr(cert, name)
        if isinstance(old, date) and isinstance(value, date) and old == value:
            continue
        if old != value:
            changes[name] = (old, value)
    return changes
