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


@dataclass(slots=True)
class Part:
    """Bytes [start, end) of a file, read by one of two worker processes (certs.import_split)."""

    start: int
    end: int
    header: list[str] | None = None  # the file's header, for a part that does not start the file
    lines_before: int = 0  # physical lines before `start`, as the csv module counts them

    @property
    def ends_at_split(self) -> bool:
        """The first part: it has to end at the end of a record."""
        return self.start == 0


class _Range(io.RawIOBase):
    """A file's bytes from `start` up to `end`, as if they were the whole file; tell() is the absolute
    position, for the progress bar and the error messages."""

    def __init__(self, raw: IO[bytes], start: int, end: int) -> None:
        raw.seek(start)
        self._raw, self._position, self._end = raw, start, end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self._end - self._position)
        if wanted <= 0:
            return 0
        got = self._raw.readinto(memoryview(buffer)[:wanted])  # type: ignore[attr-defined]
        self._position += got or 0
        return got or 0

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._raw.close()
        super().close()


def _lines_before(path: Path, start: int) -> int:
    """Line ends before `start` as the csv module counts lines: \n, \r and \r\n each end one."""
    count = 0
    previous = b""
    with path.open("rb") as raw:
        left = start
        while left > 0:
            chunk = raw.read(min(left, 1 << 20))
            if not chunk:
                break
            left -= len(chunk)
            count += chunk.count(b"\n") + chunk.count(b"\r") - chunk.count(b"\r\n")
            if previous == b"\r" and chunk[:1] == b"\n":
                count -= 1  # a \r\n across two chunks
            previous = chunk[-1:]
    return count


@contextmanager
def open_part(path: Path, part: Part) -> Iterator[tuple[IO[str], Callable[[], int]]]:
    """(text stream of the part, bytes read so far counted from the file's start); fills in the part's
    header and lines before it when it does not start the file."""
    if part.start > 0:
        with open_source(path) as (stream, _source, _done, _total, _path):
            part.header = next(csv.reader(stream), [])
        part.lines_before = _lines_before(path, part.start)
    window = _Range(path.open("rb"), part.start, part.end)
    try:
        yield io.TextIOWrapper(io.BufferedReader(window), encoding="utf-8-sig", newline=""), window.tell
    finally:
        window.close()


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


class SplitMismatch(Exception):
    """The first part of a file split in two ended inside a quoted field: the split was not at a record's end
    (see certs.import_split), and the file has to be read in one piece."""


def _records(
    stream: IO[str], part: Part | None = None
) -> tuple[RowParser, Iterator[tuple[int, list[str], str | None]]]:
    """The file's row parser and its (line number, values, whole-row problem or None); raises ImportFileError
    for a bad header. For a part of a file, the header and the lines before it come from `part`."""
    reader = csv.reader(stream)
    try:
        header = next(reader) if part is None or part.header is None else part.header
    except StopIteration:
        raise ImportFileError("the file is empty") from None
    names = [name.strip().lstrip("\ufeff").lower() for name in header]
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise ImportFileError(f"missing columns: {', '.join(missing)} (header: {', '.join(names)})")
    wanted = {name: index for index, name in enumerate(names) if name in COLUMNS + OPTIONAL_COLUMNS}

    before = part.lines_before if part is not None else 0

    def records() -> Iterator[tuple[int, list[str], str | None]]:
        previous_line = reader.line_num + before
        values: list[str] = []
        for values in reader:
            line = previous_line + 1  # where the record starts, even when a quoted field spans lines
            previous_line = reader.line_num + before
            joined = "".join(values)
            if not joined.strip():
                continue
            if len(joined) > MAX_FIELD and max(map(len, values)) > MAX_FIELD:
                yield line, values, f"a field is longer than {MAX_FIELD} characters"
                continue
            yield line, values, None
        if part is not None and part.ends_at_split and any("\n" in v or "\r" in v for v in values):
            raise SplitMismatch  # the part ended inside a quoted field (or just after a multi-line one)

    return RowParser(wanted), records()


def batches(
    stream: IO[str],
    source: str,
    done_bytes: Callable[[], int],
    total_bytes: int,
    key: str,
    size: int,
    part: Part | None = None,
) -> Iterator[Batch]:
    """The file's rows checked, `size` staged rows (or rejected ones) a batch; the last batch has every row
    read and all bytes done. Raises ImportFileError for a file that cannot be read as a whole."""
    rows = 0
    current = Batch(0, 0)
    try:
        parser, records = _records(stream, part)
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
# `python -m certs.import_reader PATH KEY SIZE OFFSET ZONE [START END]`, started by WorkerBatches: a plain
# child process (not multiprocessing, whose spawn re-runs the parent's main script and whose fork would copy
# a process holding database connections and threads) writing length-prefixed pickles of its batches to
# stdout. The pipe is the bound: when the importer is behind, the child waits on its next write. START END:
# read only those bytes of the file (one of two parts, certs.import_split).


def _work(
    path: str,
    key: str,
    size: int,
    offset_seconds: float,
    zone: str,
    put: Callable[[Any], None],
    part: Part | None = None,
) -> None:
    """Reads `path` (or the part of it) and puts each ("batch", Batch), then ("done", None); an
    ImportFileError as ("file", (message, staged_rows_void)); a first part that did not end at a record's
    end as ("split", None); anything else as ("crash", its text)."""
    clock.set_zone(zone)
    # the importer's clock (a test's frozen one included)
    with clock.shifted(timedelta(seconds=offset_seconds)):
        try:
            if part is None:
                with open_source(Path(path)) as (stream, source, done_bytes, total_bytes, _path):
                    for batch in batches(stream, source, done_bytes, total_bytes, key, size):
                        put(("batch", batch))
            else:
                with open_part(Path(path), part) as (stream, done_bytes):
                    for batch in batches(stream, path, done_bytes, part.end, key, size, part):
                        put(("batch", batch))
            put(("done", None))
        except SplitMismatch:
            put(("split", None))
        except ImportFileError as exc:
            put(("file", (str(exc), exc.staged_rows_void)))
        except Exception as exc:  # reported to the importer, which fails with it
            put(("crash", f"{type(exc).__name__}: {exc}"))


def main(argv: list[str]) -> int:
    path, key, size, offset, zone, *span = argv
    part = None
    if span:
        start, end = int(span[0]), int(span[1])
        part = Part(start, end)
    out = sys.stdout.buffer

    def put(message: Any) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(len(data).to_bytes(8, "big") + data)
        out.flush()

    _work(path, key, int(size), float(offset), zone, put, part)
    return 0


class WorkerBatches:
    """The batches of a file read by a child process: `await next_batch()` until None, then `close()`."""

    def __init__(self, path: Path, key: str, size: int, span: tuple[int, int] | None = None) -> None:
        offset = clock.offset().total_seconds()
        self._args = (str(path), key, str(size), repr(offset), clock.zone().key, *map(str, span or ()))
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
        if kind == "split":
            raise SplitMismatch
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
