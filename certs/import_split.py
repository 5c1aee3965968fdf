"""A large registry file read by two worker processes at once, each checking half of it.

Checking rows (certs.import_reader) is the longest part of an import's reading, and one worker keeps one
core busy while the importer and the database use part of the other. Two workers share the checking: the
file is cut at the first line end after its middle, the first worker reads up to the cut and the second
from it (with the header and the line count read from the start, so line numbers are the file's own).

A cut inside a quoted field (a field may hold line breaks) is found by the first worker: its last record
then ends inside quotes, or holds a line break. The importer then throws away what was staged and reads the
file again in one piece; the cut costs time, never a different result.

Rows are staged as they come from either half. What the importer reports in file order (rejected rows, with
the rejects file, and warnings) is reported for the first half as it comes, and kept for the second half in
a temporary file and reported after the first half ends: memory stays flat however many rows are rejected.
"""

from __future__ import annotations

import asyncio
import os
import pickle  # nosec B403: our own spill file, written and read by this process
import tempfile
from pathlib import Path

from certs.import_reader import Batch, WorkerBatches

SPLIT_MIN_BYTES = 64_000_000  # about 300,000 rows: below this a second process saves under a second
_SEARCH = 1 << 20  # how far past the middle a line end is looked for


def cut_point(path: Path, total: int) -> int | None:
    """The offset just after the first line end past the middle of the file, or None (a file too small to
    be worth two processes, a machine with one core, or no line end near the middle)."""
    if total < SPLIT_MIN_BYTES or (os.cpu_count() or 1) < 2:
        return None
    with path.open("rb") as raw:
        raw.seek(total // 2)
        chunk = raw.read(_SEARCH)
    end = chunk.find(b"\n")
    if end < 0 or total // 2 + end + 1 >= total:
        return None
    return total // 2 + end + 1


class SplitBatches:
    """The batches of the two halves of a file, read by two worker processes; used as WorkerBatches is.

    `next_batch()` raises certs.import_reader.SplitMismatch when the cut was not at a record's end."""

    def __init__(self, path: Path, key: str, size: int, cut: int, total: int) -> None:
        self._cut, self._total = cut, total
        self._workers = (
            WorkerBatches(path, key, size, (0, cut)),
            WorkerBatches(path, key, size, (cut, total)),
        )
        self._pending: dict[int, asyncio.Task[Batch | None]] = {}
        self._finished = [False, False]
        self._rows = [0, 0]
        self._done = [0, cut]  # bytes read, from the start of the file, by each worker
        self._later = tempfile.TemporaryFile()  # the second half's rejected rows and warnings
        self._replaying = False
        self._second_failed: BaseException | None = None

    def _progress(self) -> tuple[int, int]:
        return sum(self._rows), self._done[0] + self._done[1] - self._cut

    async def next_batch(self) -> Batch | None:
        """The next batch from either half, then the second half's rejected rows and warnings, then None."""
        while not self._replaying:
            if all(self._finished):
                if self._second_failed is not None:  # and the first half ended at a record's end
                    raise self._second_failed
                self._replaying = True
                self._later.seek(0)
                break
            for part in (0, 1):
                if not self._finished[part] and part not in self._pending:
                    self._pending[part] = asyncio.create_task(self._workers[part].next_batch())
            await asyncio.wait(self._pending.values(), return_when=asyncio.FIRST_COMPLETED)
            for part in (0, 1):  # the first half first when both have a batch ready
                task = self._pending.get(part)
                if task is None or not task.done():
                    continue
                del self._pending[part]
                if part == 1 and task.exception() is not None:
                    # After a cut inside quotes the second half reads nonsense: the first half's end tells
                    # whether this is the file's fault, so its failure waits for that.
                    self._second_failed, self._finished[1] = task.exception(), True
                    break
                batch = task.result()
                if batch is None:
                    self._finished[part] = True
                    break
                return self._take(part, batch)
        return self._replay()

    def _take(self, part: int, batch: Batch) -> Batch:
        self._rows[part], self._done[part] = batch.rows, batch.done_bytes
        rows, done = self._progress()
        if part == 1 and (batch.rejected or batch.warnings):
            pickle.dump((batch.rejected, batch.warnings), self._later, protocol=pickle.HIGHEST_PROTOCOL)
            return Batch(rows, done, batch.staged)
        return Batch(rows, done, batch.staged, batch.rejected, batch.warnings)

    def _replay(self) -> Batch | None:
        try:
            rejected, warnings = pickle.load(self._later)  # nosec B301: written above by this process
        except EOFError:
            return None
        rows, _done = self._progress()
        return Batch(rows, self._total, [], rejected, warnings)

    async def close(self) -> None:
        for task in self._pending.values():
            task.cancel()
        await asyncio.gather(*self._pending.values(), return_exceptions=True)
        self._pending.clear()
        for worker in self._workers:
            await worker.close()
        self._later.close()
