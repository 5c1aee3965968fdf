"""Fuzzing the certificate CSV importer (`run.py certs import`): well-formed files with hostile values and
files that are not CSV at all. The only acceptable failure is a whole-file `ImportFileError`; otherwise
every record is counted once, every rejection names a line of the file, and importing the same bytes again
changes nothing."""

from __future__ import annotations

import csv
import io

from hypothesis import strategies as st
from stdnum.cn import ric

from certs.importer import ImportFileError, import_csv
from certs.rows import COLUMNS, OPTIONAL_COLUMNS
from tests.fuzz.drawing import draw_examples


def valid_id(birth: str, sequence: int) -> str:
    body = f"110101{birth}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0")  # it wants a placeholder where the check digit goes


IDS = [valid_id("19800101", 123), valid_id("19921231", 456), valid_id("20000229", 7)]
NASTY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from("\x00,\"'\n\r\t#\ufeff"),
    max_size=40,
)
VALUES = {
    "cert_no": st.sampled_from(["T110101198001011234", "t 1101", "A#1", "", "X" * 41]) | NASTY,
    "cert_type": st.sampled_from(["special_operation", "SAFETY_MANAGEMENT", "team_leader", "boss", ""]),
    "name": st.sampled_from(["张三", "李四", "", "王" * 65]) | NASTY,
    "sex": st.sampled_from(["男", "女", "M", "female", "", "其他"]),
    "id_number": st.sampled_from([*IDS, IDS[0][:-1] + "0", "11010119800101", "x"]) | NASTY,
    "category": st.sampled_from(["电工作业", "", "高处作业"]) | NASTY,
    "item": st.sampled_from(["低压电工作业", ""]) | NASTY,
    "issuer_division": st.sampled_from(["110000", "110101", "440300", "999999", "11010", "abcdef"]),
    "issuer": st.sampled_from(["北京市应急管理局", ""]) | NASTY,
    "status": st.sampled_from(["valid", "suspended", "revoked", "VALID", "lost", ""]),
    "status_reason": st.sampled_from(["", "挂失", "x" * 301]) | NASTY,
}
DATES = st.sampled_from(
    ["2020-01-01", "2026-12-31", "2030-06-30", "2021-02-29", "2021-13-01", "20210101", "", "2021-1-1"]
)
for column in ("first_issued", "valid_from", "valid_to", "review_due"):
    VALUES[column] = DATES
GOOD_ROW = {
    "cert_type": "special_operation",
    "name": "张三",
    "sex": "男",
    "id_number": IDS[0],
    "category": "电工作业",
    "item": "低压电工作业",
    "first_issued": "2020-01-01",
    "valid_from": "2020-01-01",
    "valid_to": "2026-12-31",
    "review_due": "",
    "issuer": "北京市应急管理局",
    "issuer_division": "110000",
    "status": "valid",
}


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV file as an operator might send it: all columns or some missing, in any order, with extras."""
    columns = list(COLUMNS) + draw(
        st.lists(st.sampled_from([*OPTIONAL_COLUMNS, "remark", "备注"]), max_size=2)
    )
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    if draw(st.integers(0, 9)) == 0:
        columns.remove(draw(st.sampled_from(COLUMNS)))
    header = [draw(st.sampled_from([name, name.upper(), f" {name} "])) for name in columns]
    rows = []
    for number in range(draw(st.integers(0, 12))):
        # A good row with a few fields spoiled, so that both the rejections and the writes are exercised.
        good = dict(GOOD_ROW, cert_no=f"T{number:04d}{draw(st.sampled_from(['A', 'B']))}")
        spoiled = set(draw(st.lists(st.sampled_from(columns), max_size=3)))
        row = [
            draw(VALUES.get(name.strip().lower(), NASTY)) if column in spoiled else good.get(column, "")
            for name, column in zip(header, columns, strict=True)
        ]
        if draw(st.integers(0, 9)) == 0:
            row = row[: draw(st.integers(0, len(row)))]  # a short row
        rows.append(row)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    prefix = draw(st.sampled_from(["", "\ufeff"]))
    return (prefix + text).encode("utf-8")


RAW_FILES = st.binary(max_size=300) | st.text(max_size=300).map(lambda text: text.encode("utf-8"))


def records_in(data: bytes) -> int | None:
    """The non-blank records after the header, counted the way a CSV reader sees them."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except (UnicodeDecodeError, csv.Error):
        return None
    return sum(1 for row in rows[1:] if any(value.strip() for value in row))


async def test_the_importer_survives_any_file(database: str) -> None:
    files = draw_examples(csv_files() | RAW_FILES, 120)
    accepted_somewhere = 0
    for data in files:
        try:
            report = await import_csv(data, actor="fuzz")
        except ImportFileError as refused:
            assert str(refused), data  # a whole-file refusal says why
            continue
        lines = data.decode("utf-8-sig").count("\n") + 1
        assert report.total == records_in(data), (data, report.summary())
        assert len(report.errors) == report.rejected
        assert all(2 <= line <= lines and reason for line, reason in report.errors), (data, report.errors)
        accepted_somewhere += report.created + report.updated + report.unchanged
        again = await import_csv(data, actor="fuzz")
        assert (again.created, again.updated) == (0, 0), (data, again.summary(), again.changes)
        assert again.rejected == report.rejected
    assert accepted_somewhere > 0  # the generator does reach valid rows, so the database path is fuzzed too
