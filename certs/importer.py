"""`python run.py certs import FILE.csv`: load the certificate registry from a UTF-8 CSV file of any size.

Rows are independent: a bad row is reported with its line number and reason and the others go in, and every
rejected row is written to `FILE.rejected.csv` beside the input (its columns plus `line` and `reason`, so it
can be fixed and imported on its own). Re-importing the same file changes nothing (each certificate keeps the
hash of its normalised row); a changed row updates the certificate, and the change (field, old, new) is
recorded in `certificate_changes`.

The file is streamed: rows are read, checked and staged in `certificate_import_rows` a batch at a time, so
memory stays flat whatever the file's size (a national registry has tens of millions of rows). Duplicates
within the file are then found by the database, and the staged rows are merged into `certificates` with a
few set-based statements in one transaction: an import interrupted at any point leaves the registry as it
was, and running it again finishes with the same result. One import runs at a time (a database lease).
"""

from __future__ import annotations

import csv
import json
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from certs.import_reader import (
    WORKER_MIN_BYTES,
    Batch,
    ImportFileError,
    SplitMismatch,
    WorkerBatches,
    batches,
    open_source,
)
from certs.import_split import SplitBatches, cut_point
from certs.rows import COLUMNS, OPTIONAL_COLUMNS
from foundation import clock

log = logging.getLogger(__name__)
BATCH = 2000  # rows staged per statement
KEPT = 1000  # errors, warnings and changes kept in the report's lists; all of them go to the files / tables
LEASE = "certs:import"
LEASE_TTL = timedelta(minutes=2)  # renewed with every batch; a killed import blocks the next this long

# Columns copied from the staging table into `certificates` (CertRow's fields).
FIELDS = (
    "cert_no", "cert_type", "name", "sex", "id_number", "id_type", "id_warnings", "category", "item",
    "first_issued", "valid_from", "valid_to", "review_due", "issuer", "issuer_division", "status",
    "status_reason", "exam_site_code", "row_hash",
)  # fmt: skip

Progress = Callable[[int, int, int], None]  # (rows read, bytes read, total bytes or 0)


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
    # The first KEPT of each, for the command's output; the rejects file and certificate_changes have all.
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # imported, with something to look at
    changes: list[CertChange] = field(default_factory=list)
    warned: int = 0
    rejects_path: Path | None = None

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.rejected

    def summary(self) -> str:
        return (
            f"{self.source}: {self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected"
        )

    def reject(self, line: int, reason: str) -> None:
        self.rejected += 1
        if len(self.errors) < KEPT:
            self.errors.append((line, reason))

    def warn(self, line: int, note: str) -> None:
        self.warned += 1
        if len(self.warnings) < KEPT:
            self.warnings.append((line, note))


# --------------------------------------------------------------------------- reading


class _Rejects:
    """FILE.rejected.csv beside the input, opened at the first rejected row (none: no file)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path.with_name(path.stem + ".rejected.csv") if path else None
        self._file: IO[str] | None = None
        self._writer: Any = None
        if self.path is not None and self.path.exists():
            self.path.unlink()  # from an earlier run of the same file

    def write(self, line: int, reason: str, raw: dict[str, Any]) -> None:
        if self.path is None:
            return
        if self._writer is None:
            self._file = self.path.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._file)
            self._writer.writerow(["line", "reason", *COLUMNS, *OPTIONAL_COLUMNS])
        values = ["" if raw.get(c) is None else str(raw.get(c)) for c in (*COLUMNS, *OPTIONAL_COLUMNS)]
        self._writer.writerow([line, reason, *values])

    def close(self) -> Path | None:
        if self._file is None:
            return None
        self._file.close()
        return self.path


# --------------------------------------------------------------------------- the import


async def import_csv(
    path_or_text: str | Path | bytes, *, actor: str = "cli", progress: Progress | None = None
) -> ImportReport:
    from foundation import leases

    owner = f"import:{uuid.uuid4().hex}"
    if not await leases.acquire(LEASE, owner, LEASE_TTL):
        raise ImportFileError(
            "another certificate import is running (or one was killed in the last 2 minutes); try again later"
        )
    try:
        return await _import(path_or_text, actor, progress, owner)
    finally:
        await leases.release(LEASE, owner)


async def _import(
    path_or_text: str | Path | bytes, actor: str, progress: Progress | None, owner: str
) -> ImportReport:
    key = owner.removeprefix("import:")
    await _clear_staging()  # left by an interrupted import (we hold the lease)
    await _drop_staging_index()
    with open_source(path_or_text) as (stream, source, done_bytes, total_bytes, path):
        report = ImportReport(source=source, actor=actor)
        rejects = _Rejects(path)
        cut = cut_point(path, total_bytes) if path else None
        if path and cut is not None:
            try:
                split = SplitBatches(path, key, BATCH, cut, total_bytes)
                await _load(split, key, owner, report, rejects, progress, total_bytes)
            except SplitMismatch:  # cut inside a quoted field: read it again in one piece
                rejects.close()
                await _clear_staging()
                report, rejects, cut = ImportReport(source=source, actor=actor), _Rejects(path), None
        if cut is None:
            reader: _LocalBatches | WorkerBatches
            if path and total_bytes >= WORKER_MIN_BYTES:
                reader = WorkerBatches(path, key, BATCH)
            else:
                reader = _LocalBatches(batches(stream, source, done_bytes, total_bytes, key, BATCH))
            await _load(reader, key, owner, report, rejects, progress, total_bytes)
        if not await _index_staging():
            await _reject_duplicates(key, report, rejects)
        await _merge(key, report)
        report.rejects_path = rejects.close()
    log.info("certificate import by %s: %s", actor, report.summary())
    return report


class _LocalBatches:
    """Batches read in this process, behind the interface of the worker processes' (small files, text)."""

    def __init__(self, batches: Iterator[Batch]) -> None:
        self._batches = batches

    async def next_batch(self) -> Batch | None:
        return next(self._batches, None)

    async def close(self) -> None:
        return None


async def _load(
    reader: _LocalBatches | WorkerBatches | SplitBatches,
    key: str,
    owner: str,
    report: ImportReport,
    rejects: _Rejects,
    progress: Progress | None,
    total_bytes: int,
) -> None:
    """Stages the file's checked rows and reports its rejected rows and warnings, a batch at a time."""
    from foundation import leases
    from models.certificates import CertificateImportRow

    try:
        while (batch := await reader.next_batch()) is not None:
            for line, reason, raw in batch.rejected:
                report.reject(line, reason)
                rejects.write(line, reason, raw)
            for line, note in batch.warnings:
                report.warn(line, note)
            if batch.staged:
                await _stage(batch.staged)
            await leases.acquire(LEASE, owner, LEASE_TTL)
            if progress:
                progress(batch.rows, batch.done_bytes, total_bytes)
    except ImportFileError as exc:
        if exc.staged_rows_void:
            await CertificateImportRow.filter(import_key=key).delete()
        rejects.close()
        raise
    finally:
        await reader.close()


_STAGE = (
    f"INSERT INTO certificate_import_rows (import_key, line, {', '.join(FIELDS)})"  # nosec B608
    f" VALUES ({', '.join('?' for _ in range(len(FIELDS) + 2))})"
)


STAGE_COLUMNS = ("import_key", "line", *FIELDS)

# The staging table's one index, as migrations 5 (both dialects) create it. It is dropped while an import
# loads the table and built once after: kept up row by row, its random inserts (certificate numbers come in
# no order) were most of the staging time, and grew with the file (SQLite: 29,000 rows/s at 1 M rows with
# it, 110,000 without, and 1.3 s to build it from the loaded rows). The lease keeps other imports out; an
# import killed in between leaves no index, and the next one drops nothing and builds it the same way.
_DROP_STAGING_INDEX = 'DROP INDEX IF EXISTS "idx_certificate_import__82de0f"'
_CREATE_STAGING_INDEX = (
    'CREATE INDEX IF NOT EXISTS "idx_certificate_import__82de0f"'
    ' ON "certificate_import_rows" ("import_key", "cert_no")'
)
_CREATE_UNIQUE_STAGING_INDEX = _CREATE_STAGING_INDEX.replace("CREATE INDEX", "CREATE UNIQUE INDEX")


async def _clear_staging() -> None:
    """Empties the staging table. Only the lease holder stages rows, so every row in it is ours or left by
    an interrupted import; without a WHERE, SQLite drops the table's pages at once instead of deleting
    row by row (and PostgreSQL's TRUNCATE leaves no dead rows for the next load to skip)."""
    from foundation import hot_sql

    conn = hot_sql.connection()
    if hot_sql.is_postgres(conn):
        await hot_sql.execute("TRUNCATE certificate_import_rows")
    else:
        await hot_sql.execute("DELETE FROM certificate_import_rows")


async def _drop_staging_index() -> None:
    from foundation import hot_sql

    await hot_sql.execute(_DROP_STAGING_INDEX)


async def _index_staging() -> bool:
    """Builds the staging index over the loaded rows (one sort) and says whether every certificate number
    was staged once; on PostgreSQL it also gathers the table's statistics, which autovacuum would only get
    to later: the planner otherwise takes the freshly loaded table for an empty one and picks nested loops
    for the merge's joins.

    The index is first built unique. Most files repeat no number, and then the build itself is the proof,
    where a separate count of repeated numbers read the whole index again (0.8-1.1 s at 1 M rows on
    PostgreSQL); when a number repeats, the unique build fails without leaving anything behind and the
    index is built as the migrations define it."""
    from tortoise.exceptions import IntegrityError

    from foundation import hot_sql

    try:
        await hot_sql.execute(_CREATE_UNIQUE_STAGING_INDEX)
        unique = True
    except IntegrityError:
        await hot_sql.execute(_CREATE_STAGING_INDEX)
        unique = False
    if hot_sql.is_postgres(hot_sql.connection()):
        await hot_sql.execute("ANALYZE certificate_import_rows")
    return unique


async def _stage(rows: list[tuple[Any, ...]]) -> None:
    """Writes a batch of (import key, line, *FIELDS) to the staging table: COPY on PostgreSQL (asyncpg's
    binary copy, several times faster than the executemany of INSERTs), one executemany on SQLite; values as
    the ORM stores them: dates as dates, the warnings as JSON text."""
    from foundation import hot_sql

    conn = hot_sql.connection()
    if hot_sql.is_postgres(conn):
        async with conn.acquire_connection() as raw:
            await raw.copy_records_to_table("certificate_import_rows", records=rows, columns=STAGE_COLUMNS)
        return
    await conn.execute_many(_STAGE, rows)


async def _reject_duplicates(key: str, report: ImportReport, rejects: _Rejects) -> None:
    """A certificate number on several lines: the first one counts, the later ones are rejected. Called
    only when the unique staging index could not be built (see _index_staging): the query that pages
    through the repeated numbers joins every staged row (6 s at 1 M rows on SQLite, whatever the count)."""
    from foundation.hot_sql import execute, fetch

    columns = ", ".join(f"s.{name}" for name in FIELDS)
    last_line = 0
    while True:
        later = await fetch(
            f"SELECT s.id, s.line, f.first_line, {columns} FROM certificate_import_rows s JOIN ("  # nosec B608
            " SELECT cert_no, MIN(line) AS first_line FROM certificate_import_rows WHERE import_key = ?"
            " GROUP BY cert_no HAVING COUNT(*) > 1) f ON f.cert_no = s.cert_no"
            " WHERE s.import_key = ? AND s.line <> f.first_line AND s.line > ? ORDER BY s.line LIMIT ?",
            (key, key, last_line, BATCH),
        )
        if not later:
            return
        last_line = later[-1]["line"]
        for found in later:
            reason = f"cert_no {found['cert_no']} already appears on line {found['first_line']}"
            report.reject(found["line"], reason)
            rejects.write(found["line"], reason, {name: found[name] for name in FIELDS})
        marks = ", ".join("?" for _ in later)
        await execute(  # only "?" marks are formatted in; the ids are parameters
            f"DELETE FROM certificate_import_rows WHERE id IN ({marks})",  # nosec B608
            [found["id"] for found in later],
        )


def _value(name: str, value: object) -> object:
    """A staged value as the ORM reads it, for comparing with the certificate's own."""
    if name == "id_warnings" and isinstance(value, str):
        return json.loads(value)
    if name in ("first_issued", "valid_from", "valid_to", "review_due") and isinstance(value, str):
        return date.fromisoformat(value)
    return value


async def _merge(key: str, report: ImportReport) -> None:
    """Created, updated and unchanged rows in one transaction; each update's fields in certificate_changes.

    The statements read the whole staging table, without `import_key = ?`: it holds only this import's rows
    (emptied at the start under the lease), and the condition only misled SQLite's planner into walking the
    staging index, a random read of the table per row, and into joining every staged row again for each
    batch of changed rows instead of reading them by id. New certificates go in in cert_no order, so their
    unique index grows at its end instead of at random places (9.2 s to 5.5 s at 1 M rows on SQLite)."""
    from tortoise.transactions import in_transaction

    from foundation.hot_sql import execute, fetch
    from models.certificates import CertificateChange

    columns = ", ".join(FIELDS)
    now = clock.now()
    async with in_transaction():
        counts = await fetch(
            "SELECT COUNT(*) AS staged, COUNT(c.id) AS known,"
            " SUM(CASE WHEN c.row_hash = s.row_hash THEN 1 ELSE 0 END) AS same"
            " FROM certificate_import_rows s LEFT JOIN certificates c ON c.cert_no = s.cert_no",
        )
        staged, known = int(counts[0]["staged"]), int(counts[0]["known"])
        report.unchanged = int(counts[0]["same"] or 0)
        last_id = 0
        compared = ", ".join(f"s.{name} AS new_{name}, c.{name} AS old_{name}" for name in FIELDS)
        while True:  # the changed rows, a batch at a time, for their field-by-field record
            changed = await fetch(
                f"SELECT s.id AS staged_id, s.line, c.id AS certificate_id, {compared}"  # nosec B608
                " FROM certificate_import_rows s JOIN certificates c ON c.cert_no = s.cert_no"
                " WHERE s.id > ? AND (c.row_hash IS NULL OR c.row_hash <> s.row_hash)"
                " ORDER BY s.id LIMIT ?",
                (last_id, BATCH),
            )
            if not changed:
                break
            last_id = changed[-1]["staged_id"]
            records = []
            for found in changed:
                diff = {
                    name: (_value(name, found[f"old_{name}"]), _value(name, found[f"new_{name}"]))
                    for name in FIELDS
                    if name != "row_hash"
                    and _value(name, found[f"old_{name}"]) != _value(name, found[f"new_{name}"])
                }
                report.updated += 1
                if not diff:
                    continue
                if len(report.changes) < KEPT:
                    report.changes.append(CertChange(found["line"], found["new_cert_no"], diff))
                records.append(
                    CertificateChange(
                        certificate_id=found["certificate_id"],
                        actor=report.actor,
                        source=str(report.source)[:300],
                        line=found["line"],
                        changes={
                            k: [str(a) if a is not None else None, str(b) if b is not None else None]
                            for k, (a, b) in diff.items()
                        },
                    )
                )
            if records:
                await CertificateChange.bulk_create(records)
        assignments = ", ".join(f"{name} = s.{name}" for name in FIELDS)
        await execute(  # column names from the constant FIELDS; values are parameters
            f"UPDATE certificates SET {assignments}, updated_at = ? FROM certificate_import_rows s"  # nosec B608
            " WHERE certificates.cert_no = s.cert_no"
            " AND (certificates.row_hash IS NULL OR certificates.row_hash <> s.row_hash)",
            (now,),
        )
        await execute(  # column names from the constant FIELDS; values are parameters
            f"INSERT INTO certificates ({columns}, created_at, updated_at)"  # nosec B608
            f" SELECT {columns}, ?, ? FROM certificate_import_rows s"
            " WHERE NOT EXISTS (SELECT 1 FROM certificates c WHERE c.cert_no = s.cert_no) ORDER BY s.cert_no",
            (now, now),
        )
        report.created = staged - known
        await _clear_staging()
