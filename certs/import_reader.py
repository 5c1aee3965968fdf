"""Reading and checking a registry file for the import, a batch at a time, here or in a process of its own.

Checking a row is Python (the CSV reader, certs.rows, the ID number rule, the row hash) and was most of an
import's time; writing a batch is mostly the database's. A large file is therefore read and checked by a
worker process while the importing process writes the batch before: the two overlap on a machine with two
cores. The worker sends finished batches through a pipe (it waits when the writer is behind), so memory
stays flat whatever the file; it reads the file by its path, and knows nothing of the database. Small
files and text are read in this process (starting a process costs more than it saves).

Both ways give the same batches, in file order: the same staged rows, rejected rows and warnings.
"""

from __future__ import annotations

import asyncio
import csv
import io
import pickle  # nosec B403: batches from our own child process, never from outside
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import IO, Any

from certs.rows import COLUMNS, OPTIONAL_COLUMNS, RowError, RowParser
from foundation import clock
from identity import numbers as id_numbers

MAX_FIELD = 4096
WORKER_MIN_BYTES = 4_000_000  # about 20,000 rows; below this a worker costs more than it saves


class ImportFileError(ValueError):
    """The file as a whole cannot be imported (not UTF-8, no header, missing columns, another import)."""

    def __init__(self, message: str, *, staged_rows_void: bool = False) -> None:
        super().__init__(message)
        self.staged_rows_void = staged_rows_void  # rows already staged must be thrown away


@dataclass(slots=True)
class Batch:
    """Rows read so far and bytes read so far (for the progress bar), and this batch's results."""

    rows: int
    done_bytes: int
    staged: list[tuple[Any, ...]] = field(default_factory=list)  # (import key, line, *FIELDS)
    rejected: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)  # line, reason, row
    warnings: list[tuple[int, str]] = field(default_factory=list)  # line, note


@contextmanager
def open_source(
    path_or_text: str | Path | bytes,
) -> Iterator[tuple[IO[str], str, Callable[[], int], int, Path | None]]:
    """(text stream, source name, bytes read so far, total bytes, path). A str naming an existing file is
    read as that file; other strs are the CSV itself."""
    if isinstance(path_or_text, str) and not (
        "\n" not in path_or_text and path_or_text and Path(path_or_text).is_file()
    ):
        text = path_or_text.removeprefix("\ufeff")
        yield io.StringIO(text, newline=""), "<text>", lambda: 0, 0, None
        return
    if isinstance(path_or_text, bytes):
        raw: IO[bytes] = io.BytesIO(path_or_text)
        source, total, path = "<bytes>", len(path_or_text), None
    else:
        path = Path(path_or_text)
        raw = path.open("rb")
        source, total = str(path), path.stat().st_size
    try:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        yield stream, source, raw.tell, total, path
    finally:
        raw.close()


def _records(stream: IO[str]) -> tuple[RowParser, Iterator[tuple[int, list[str], str | None]]]:
    """The file's row parser and its (line number, values, whole-row problem or None); raises ImportFileError
    for a bad header."""
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("the file is empty") from None
    names = [name.strip().lstrip("\ufeff").lower() for name in header]
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise ImportFileError(f"missing columns: {', '.join(missing)} (header: {', '.join(names)})")
    wanted = {name: index for index, name in enumerate(names) if name in COLUMNS + OPTIONAL_COLUMNS}

    def records() -> Iterator[tuple[int, list[str], str | None]]:
        previous_line = reader.line_num
        for values in reader:
            line = previous_line + 1  # where the record starts, even when a quoted field spans lines
            previous_line = reader.line_num
            joined = "".join(values)
            if not joined.strip():
                continue
            if len(joined) > MAX_FIELD and max(map(len, values)) > MAX_FIELD:
                yield line, values, f"a field is longer than {MAX_FIELD} characters"
                continue
            yield line, values, None

    return RowParser(wanted), records()


def batches(
    stream: IO[str], source: str, done_bytes: Callable[[], int], total_bytes: int, key: str, size: int
) -> Iterator[Batch]:
    """The file's rows checked, `size` staged rows (or rejected ones) a batch; the last batch has every row
    read and all bytes done. Raises ImportFileError for a file that cannot be read as a whole."""
    rows = 0
    current = Batch(0, 0)
    try:
        parser, records = _records(stream)
        for line, values, problem in records:
            rows += 1
            try:
                if problem is not None:
                    raise RowError(problem)
                staged, warnings = parser.parse(values)
            except RowError as exc:  # the long field itself is not written back, as before
                current.rejected.append((line, str(exc), {} if problem is not None else parser.raw(values)))
            else:
                current.staged.append((key, line, *staged))
                for warning in warnings:
                    current.warnings.append((line, f"id_number {staged[4]}: {id_numbers.WARNINGS[warning]}"))
            if len(current.staged) + len(current.rejected) >= size:
                current.rows, current.done_bytes = rows, done_bytes()
                yield current
                current = Batch(0, 0)
    except UnicodeDecodeError as exc:
        where = f" (near byte {done_bytes()})" if total_bytes else ""
        message = f"{source} is not UTF-8{where}; save it as UTF-8 CSV"
        raise ImportFileError(message, staged_rows_void=True) from exc
    except csv.Error as exc:
        raise ImportFileError(f"{source}: not a readable CSV file ({exc})", staged_rows_void=True) from None
    current.rows, current.done_bytes = rows, total_bytes
    yield current


# --------------------------------------------------------------------------- the worker process
#
# `python -m certs.import_reader PATH KEY SIZE OFFSET ZONE`, started by WorkerBatches: a plain child process
# (not multiprocessing, whose spawn re-runs the parent's main script and whose fork would copy a process
# holding database connections and threads) writing length-prefixed pickles of its batches to stdout. The
# pipe is the bound: when the importer is behind, the child waits on its next write.


def _work(
    path: str, key: str, size: int, offset_seconds: float, zone: str, put: Callable[[Any], None]
) -> None:
    """Reads `path` and puts each ("batch", Batch), then ("done", None); an ImportFileError as
    ("file", (message, staged_rows_void)); anything else as ("crash", its text)."""
    clock.set_zone(zone)
    # the importer's clock (a test's frozen one included)
    with clock.shifted(timedelta(seconds=offset_seconds)):
        try:
            with open_source(Path(path)) as (stream, source, done_bytes, total_bytes, _path):
                for batch in batches(stream, source, done_bytes, total_bytes, key, size):
                    put(("batch", batch))
            put(("done", None))
        except ImportFileError as exc:
            put(("file", (str(exc), exc.staged_rows_void)))
        except Exception as exc:  # reported to the importer, which fails with it
            put(("crash", f"{type(exc).__name__}: {exc}"))


def main(argv: list[str]) -> int:
    path, key, size, offset, zone = argv
    out = sys.stdout.buffer

    def put(message: Any) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(len(data).to_bytes(8, "big") + data)
        out.flush()

    _work(path, key, int(size), float(offset), zone, put)
    return 0


class WorkerBatches:
    """The batches of a file read by a child process: `await next_batch()` until None, then `close()`."""

    def __init__(self, path: Path, key: str, size: int) -> None:
        offset = clock.offset().total_seconds()
        self._args = (str(path), key, str(size), repr(offset), clock.zone().key)
        self._process: asyncio.subprocess.Process | None = None

    async def next_batch(self) -> Batch | None:
        """The next batch, None after the last; raises ImportFileError as reading in this process would."""
        if self._process is None:
            self._process = await asyncio.create_subprocess_exec(  # nosec B603: our interpreter, our module
                sys.executable, "-m", "certs.import_reader", *self._args,
                stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
        pipe = self._process.stdout
        assert pipe is not None  # nosec B101: created with stdout=PIPE
        try:
            size = int.from_bytes(await pipe.readexactly(8), "big")
            kind, payload = pickle.loads(await pipe.readexactly(size))  # nosec B301: our own child's output
        except asyncio.IncompleteReadError:
            code = await self._process.wait()
            raise RuntimeError(f"the process reading the registry file ended (exit code {code})") from None
        if kind == "batch":
            return payload  # type: ignore[no-any-return]
        if kind == "done":
            return None
        if kind == "file":
            message, void = payload
            raise ImportFileError(message, staged_rows_void=void)
        raise RuntimeError(f"reading the registry file failed: {payload}")

    async def close(self) -> None:
        if self._process is None:
            return
        if self._process.returncode is None:
            self._process.kill()
        await self._process.wait()


if __name__ == "__main__":
    from certs import import_reader  # the batches pickled as certs.import_reader.Batch, not __main__.Batch

    sys.exit(import_reader.main(sys.argv[1:]))
