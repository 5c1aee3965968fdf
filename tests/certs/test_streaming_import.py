"""The importer streams: memory stays flat for a file many times its batch, an interrupted import leaves
the registry as it was and runs again to the same result, and rejected rows land in a file beside the input
that can be fixed and imported on its own."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum.cn import ric

from certs import importer
from certs.importer import ImportFileError, import_csv
from models.certificates import Certificate, CertificateImportRow

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("peak_rss.py")
HEADER = (
    "cert_no,cert_type,name,sex,id_number,category,item,first_issued,valid_from,valid_to,review_due,"
    "issuer,issuer_division,status"
)


def rows(count: int, start: int = 0) -> list[str]:
    out = []
    for n in range(start, start + count):
        body = f"130102{1950 + n % 50}{1 + n % 12:02d}{1 + n % 28:02d}{n % 1000:03d}"
        number = body + ric.calc_check_digit(body + "0")
        out.append(
            f"T{number}-{n},special_operation,王{n % 97},男,{number},电工作业,低压电工作业,2024-03-07,"
            "2024-03-07,2030-03-06,,石家庄市应急管理局,130100,valid"
        )
    return out


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


async def test_an_interrupted_import_changes_nothing_and_runs_again_to_the_same_result(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 50)
    source = write(tmp_path / "registry.csv", rows(400))
    calls = []

    def interrupt(read: int, done: int, total: int) -> None:
        calls.append(read)
        if len(calls) == 3:  # three batches staged: the operator presses Ctrl-C
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        await import_csv(source, progress=interrupt)
    assert await Certificate.all().count() == 0, "nothing reached the registry"
    assert await CertificateImportRow.all().count() == 150

    report = await import_csv(source)
    assert (report.created, report.rejected) == (400, 0)
    assert await CertificateImportRow.all().count() == 0
    again = await import_csv(source)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 400)


async def test_a_failure_during_the_merge_leaves_the_registry_as_it_was(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "registry.csv", rows(30))
    await import_csv(source)
    later = [r.replace("2030-03-06", "2031-03-06") for r in rows(30)] + rows(5, 30)
    changed = write(tmp_path / "changed.csv", later)
    original = importer._merge

    async def merge_then_fail(key: str, report: importer.ImportReport) -> None:
        from tortoise.transactions import in_transaction

        async with in_transaction():
            await original(key, report)
            raise ConnectionError("the database went away")

    monkeypatch.setattr(importer, "_merge", merge_then_fail)
    with pytest.raises(ConnectionError):
        await import_csv(changed)
    assert await Certificate.all().count() == 30
    assert await Certificate.filter(valid_to="2031-03-06").count() == 0
    monkeypatch.setattr(importer, "_merge", original)
    report = await import_csv(changed)
    assert (report.created, report.updated, report.unchanged) == (5, 30, 0)


async def test_rejected_rows_are_written_beside_the_input_and_can_be_imported_when_fixed(
    database, tmp_path: Path
) -> None:
    good = rows(3)
    bad_check = good[0].replace(",男,", ",男,").split(",")
    bad_check[0], bad_check[4] = "T1", bad_check[4][:-1] + ("0" if bad_check[4][-1] != "0" else "1")
    source = write(tmp_path / "registry.csv", [*good, ",".join(bad_check), good[1]])
    report = await import_csv(source)
    assert (report.created, report.rejected) == (3, 2)
    assert report.rejects_path == tmp_path / "registry.rejected.csv"
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rejected = list(csv.DictReader(fh))
    assert [(r["line"], r["cert_no"]) for r in rejected] == [("5", "T1"), ("6", good[1].split(",")[0])]
    assert "check character" in rejected[0]["reason"] and "already appears on line 3" in rejected[1]["reason"]
    rejected[0]["id_number"] = good[2].split(",")[4]  # fixed by the operator
    rejected[0]["cert_no"] = "T1-fixed"
    fixed = tmp_path / "fixed.csv"
    with fixed.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rejected[0]))
        writer.writeheader()
        writer.writerow(rejected[0])
    assert (await import_csv(fixed)).created == 1
    clean = await import_csv(write(tmp_path / "registry.csv", good))
    assert clean.rejects_path is None and not (tmp_path / "registry.rejected.csv").exists()


async def test_bytes_that_are_not_utf8_late_in_a_big_file_refuse_it_whole(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 50)
    source = tmp_path / "registry.csv"
    source.write_bytes(("\n".join([HEADER, *rows(300)]) + "\n").encode() + "王".encode("gbk") + b"\n")
    with pytest.raises(ImportFileError, match="not UTF-8"):
        await import_csv(source)
    assert await Certificate.all().count() == 0 and await CertificateImportRow.all().count() == 0


@pytest.mark.e2e
def test_memory_stays_flat_for_a_file_many_times_the_batch(tmp_path: Path) -> None:
    """Peak RSS of `run.py certs import` (a fresh process each) for 8 and 32 batches of rows."""

    def peak_mb(count: int) -> float:
        data = tmp_path / f"data-{count}"
        source = write(tmp_path / f"registry-{count}.csv", rows(count))
        env = {**os.environ, "DATA_DIR": str(data), "DATABASE_URL": f"sqlite://{data / 'db.sqlite3'}"}
        migrate = [sys.executable, "run.py", "migrate"]
        subprocess.run(migrate, cwd=ROOT, env=env, check=True, capture_output=True)
        command = [sys.executable, str(PROBE), "run.py", "certs", "import", str(source)]
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        assert f"{count} created" in done.stdout, done.stdout + done.stderr
        return int(done.stdout.rsplit("PEAK", 1)[1]) / 1024

    small, large = peak_mb(importer.BATCH * 8), peak_mb(importer.BATCH * 32)
    assert large - small < 20, f"peak RSS {small:.0f} MB for 8 batches, {large:.0f} MB for 32"


async def test_postgres_stages_each_batch_with_one_copy(database, tmp_path: Path, monkeypatch) -> None:
    """COPY, not INSERTs, on PostgreSQL; the rows read back exactly as the ORM would have written them."""
    if database.startswith("sqlite"):
        pytest.skip("COPY is PostgreSQL's; SQLite stages with executemany")
    import asyncpg

    monkeypatch.setattr(importer, "BATCH", 100)
    copies = []
    real = asyncpg.connection.Connection.copy_records_to_table

    async def counted(self, table, *, records, **kwargs):
        copies.append((table, len(records)))
        return await real(self, table, records=records, **kwargs)

    monkeypatch.setattr(asyncpg.connection.Connection, "copy_records_to_table", counted)
    report = await import_csv(write(tmp_path / "copy.csv", rows(250)))
    assert report.created == 250 and copies == [("certificate_import_rows", n) for n in (100, 100, 50)]
    first = await Certificate.get(cert_no=rows(1)[0].split(",")[0])
    assert str(first.valid_to) == "2030-03-06" and first.issuer_division == "130100"


def mixed_rows() -> list[str]:
    """Good rows, a bad check character, a duplicate, a county no edition lists (a warning), a long field."""
    good = rows(120)
    bad = good[5].split(",")
    bad[0], bad[4] = "T-bad", bad[4][:-1] + ("0" if bad[4][-1] != "0" else "1")
    body = "13019919800101123"
    unknown = (
        f"T-unknown,special_operation,李四,女,{body}{ric.calc_check_digit(body + '0')},电工作业,低压电工作业,"
        + ("2024-03-07,2024-03-07,2030-03-06,,石家庄市应急管理局,130100,valid")
    )
    return [*good[:60], ",".join(bad), good[7], unknown, "T-long," + "x" * 5000, *good[60:]]


async def test_a_worker_process_reads_the_file_to_the_same_result(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file is read and checked by a process of its own while this one writes: the summary, the
    errors and warnings and the rejected-rows file are those of reading it here."""
    monkeypatch.setattr(importer, "BATCH", 25)
    here = await import_csv(write(tmp_path / "here.csv", mixed_rows()))
    here_rejects = (tmp_path / "here.rejected.csv").read_text(encoding="utf-8-sig")
    await Certificate.all().delete()
    started = []
    real = importer.WorkerBatches

    def counted(*args, **kwargs):
        started.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "WorkerBatches", counted)
    monkeypatch.setattr(importer, "WORKER_MIN_BYTES", 0)
    seen = []
    there = await import_csv(write(tmp_path / "there.csv", mixed_rows()), progress=lambda *a: seen.append(a))
    assert started, "the file was read by a worker process"
    assert (there.created, there.updated, there.unchanged, there.rejected) == (
        here.created, here.updated, here.unchanged, here.rejected,
    )  # fmt: skip
    assert here.rejected == 3 and here.created == 121
    assert there.errors == here.errors and there.warnings == here.warnings and here.warned >= 1
    assert (tmp_path / "there.rejected.csv").read_text(encoding="utf-8-sig") == here_rejects
    assert seen[-1][1] == seen[-1][2] > 0 and len(seen) > 4, "progress a batch at a time, to the end"
    again = await import_csv(tmp_path / "there.csv")
    assert (again.created, again.unchanged) == (0, 121)


async def test_a_worker_refuses_a_file_that_is_not_utf8_whole(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 50)
    monkeypatch.setattr(importer, "WORKER_MIN_BYTES", 0)
    source = tmp_path / "registry.csv"
    source.write_bytes(("\n".join([HEADER, *rows(300)]) + "\n").encode() + "王".encode("gbk") + b"\n")
    with pytest.raises(ImportFileError, match="not UTF-8 \\(near byte"):
        await import_csv(source)
    assert await Certificate.all().count() == 0 and await CertificateImportRow.all().count() == 0
    (tmp_path / "short.csv").write_text("cert_no,name\nT1,x\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="missing columns"):
        await import_csv(tmp_path / "short.csv")
