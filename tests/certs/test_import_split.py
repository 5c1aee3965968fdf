"""A large registry file read by two worker processes, one half each, imports exactly as when it is read in
one piece: the same certificates, the same summary, errors and warnings in file order, the same rejected-rows
file with the file's own line numbers (CRLF files too), also when the cut falls inside a quoted field that
spans lines, and a file broken in its second half is still refused whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from stdnum.cn import ric

from certs import import_split, importer
from certs.importer import ImportFileError, import_csv
from models.certificates import Certificate, CertificateImportRow

from .test_streaming_import import HEADER, rows


def _unknown_county(n: int) -> str:
    body = f"13019919800101{n:03d}"
    number = body + ric.calc_check_digit(body + "0")
    return (
        f"T-unknown-{n},special_operation,李四,女,{number},电工作业,低压电工作业,"
        "2024-03-07,2024-03-07,2030-03-06,,石家庄市应急管理局,130100,valid"
    )


def _bad_check(line: str, cert_no: str) -> str:
    values = line.split(",")
    values[0], values[4] = cert_no, values[4][:-1] + ("0" if values[4][-1] != "0" else "1")
    return ",".join(values)


def problem_rows() -> list[str]:
    """Rejected rows and warnings in both halves, and a number of the first half repeated in the second."""
    good = rows(200)
    return [
        *good[:20], _bad_check(good[0], "T-bad-1"), *good[20:30], _unknown_county(1), *good[30:100],
        *good[100:150], _bad_check(good[1], "T-bad-2"), good[10], *good[150:170], _unknown_county(2),
        *good[170:],
    ]  # fmt: skip


def write(path: Path, lines: list[str], newline: str = "\n") -> Path:
    path.write_bytes((newline.join([HEADER, *lines]) + newline).encode("utf-8"))
    return path


async def registry() -> list[tuple[str, str, str]]:
    return sorted(await Certificate.all().values_list("cert_no", "id_number", "issuer"))


async def import_both_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[str], newline: str):
    """(report read here, its rejects file, registry), the same imported in two halves, and how often the
    file was cut in two and read again in one piece."""
    monkeypatch.setattr(importer, "BATCH", 20)
    here = await import_csv(write(tmp_path / "here.csv", lines, newline))
    here_rejects = (tmp_path / "here.rejected.csv").read_text(encoding="utf-8-sig")
    here_registry = await registry()
    await Certificate.all().delete()
    started = []
    real = importer.SplitBatches

    def counted(*args, **kwargs):
        started.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "SplitBatches", counted)
    whole = []
    local = importer._LocalBatches
    monkeypatch.setattr(importer, "_LocalBatches", lambda *a: whole.append(a) or local(*a))
    monkeypatch.setattr(import_split, "SPLIT_MIN_BYTES", 0)
    seen: list[tuple[int, int, int]] = []
    halves = await import_csv(
        write(tmp_path / "halves.csv", lines, newline), progress=lambda *a: seen.append(a)
    )
    halves_rejects = (tmp_path / "halves.rejected.csv").read_text(encoding="utf-8-sig")
    assert seen and seen[-1][1] == seen[-1][2] > 0, "progress ends with every byte read"
    return (
        (here, here_rejects, here_registry),
        (halves, halves_rejects, await registry()),
        (len(started), len(whole)),
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
async def test_two_halves_import_as_one_piece(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str
) -> None:
    (
        (here, here_rejects, here_registry),
        (halves, halves_rejects, halves_registry),
        split,
    ) = await import_both_ways(tmp_path, monkeypatch, problem_rows(), newline)
    assert split == (1, 0), "the file was read in two halves"
    assert (halves.created, halves.rejected, halves.warned) == (here.created, here.rejected, here.warned)
    assert (here.created, here.rejected, here.warned) == (202, 3, 2)
    assert halves.errors == here.errors and halves.warnings == here.warnings
    assert [line for line, _ in here.errors] == [22, 154, 155], "the file's own line numbers, in file order"
    assert "already appears on line 12" in here.errors[2][1]
    assert halves_rejects == here_rejects
    assert halves_registry == here_registry


async def test_a_cut_inside_a_quoted_field_reads_the_file_again_in_one_piece(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spread = rows(1, 900)[0].replace(",石家庄市应急管理局,", ',"石家庄市' + "\n" * 2000 + '应急管理局",')
    lines = [*rows(8), spread, *rows(8, 8), _bad_check(rows(1, 30)[0], "T-bad-after")]
    middle = len(write(tmp_path / "probe.csv", lines).read_bytes()) // 2
    before = len(("\n".join([HEADER, *rows(8)]) + "\n").encode())
    assert before < middle < before + 2000, "the middle of the file is inside the quoted field"
    (
        (here, here_rejects, here_registry),
        (halves, halves_rejects, halves_registry),
        split,
    ) = await import_both_ways(tmp_path, monkeypatch, lines, "\n")
    assert split == (1, 1), "cut in two, then read again in one piece"
    assert (halves.created, halves.rejected) == (here.created, here.rejected) == (17, 1)
    assert halves.errors == here.errors and here.errors[0][0] == 2019, "line numbers count the field's lines"
    assert halves_rejects == here_rejects and halves_registry == here_registry
    assert (
        "T" + rows(1, 900)[0].split(",")[0][1:],
        rows(1, 900)[0].split(",")[4],
        "石家庄市 应急管理局",
    ) in (halves_registry)


async def test_a_file_broken_in_its_second_half_is_refused_whole(
    database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH", 20)
    monkeypatch.setattr(import_split, "SPLIT_MIN_BYTES", 0)
    source = tmp_path / "registry.csv"
    source.write_bytes(("\n".join([HEADER, *rows(300)]) + "\n").encode() + "王".encode("gbk") + b"\n")
    with pytest.raises(ImportFileError, match="not UTF-8 \\(near byte"):
        await import_csv(source)
    assert await Certificate.all().count() == 0 and await CertificateImportRow.all().count() == 0
