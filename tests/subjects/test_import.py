"""`run.py subjects import`: good rows land, bad rows are named by line and field, re-import changes
nothing, an early code failing only its check character is kept with a warning."""

from __future__ import annotations

from pathlib import Path

from models.subjects import Subject
from subjects.importer import import_rows
from tests.subjects.helpers import bad_check, code, run

HEADER = "credit_code,name,subject_type,division,address,high_risk\n"


def sheet() -> str:
    return HEADER + "".join(
        [
            f"{code(1)},石家庄化工有限公司,enterprise,130102,长安区某路1号,是\n",  # line 2
            f"{code(2)},某安全培训学校,training_institution,130104,,0\n",  # line 3
            f"{bad_check(3)},老字号冶炼厂,enterprise,130105,,yes\n",  # line 4: early code, warned
            "12345,坏代码公司,enterprise,130102,,0\n",  # line 5: wrong code
            f"{code(5)},某考试点,exam_room,130102,,0\n",  # line 6: unknown class
            f"{code(6)},唐山某公司,enterprise,130203,,0\n",  # line 7: outside 石家庄
            f"{code(7)},某考试机构,exam_institution,999999,,0\n",  # line 8: no such division
        ]
    )


async def test_import_reports_bad_rows_by_line_and_is_idempotent(database: str, tmp_path: Path) -> None:
    path = tmp_path / "subjects.csv"
    path.write_text(sheet(), encoding="utf-8")
    first = run(database, tmp_path, "subjects", "import", str(path), "--division", "130100")
    assert first.returncode == 0, first.stderr
    out = first.stdout
    assert "3 created, 0 updated, 0 unchanged, 4 rejected" in out
    assert "line 5: refused: credit_code" in out
    assert "line 6: refused: subject_type" in out and "exam_room" in out
    assert "line 7: refused: division: 130203 is outside your jurisdiction 130100" in out
    assert "line 8: refused: division" in out
    assert "line 4: warning: credit_code" in out and "check character" in out
    early = await Subject.get(credit_code=bad_check(3))
    assert early.credit_code_warning and early.high_risk and early.name == "老字号冶炼厂"
    chem = await Subject.get(credit_code=code(1))
    assert chem.high_risk and chem.division_code == "130102" and chem.address == "长安区某路1号"

    again = run(database, tmp_path, "subjects", "import", str(path), "--division", "130100")
    assert "0 created, 0 updated, 3 unchanged, 4 rejected" in again.stdout
    assert await Subject.all().count() == 3


async def test_reimport_updates_changed_rows_and_refuses_duplicates(database: str) -> None:
    await import_rows(HEADER + f"{code(1)},甲公司,enterprise,130102,,0\n")
    report = await import_rows(
        HEADER + f"{code(1)},甲公司（更名）,enterprise,130102,,1\n{code(1)},甲公司,enterprise,130102,,0\n"
    )
    assert (report.created, report.updated) == (0, 1)
    assert report.errors and report.errors[0][0] == 3 and "already appears on line" in report.errors[0][1][0]
    renamed = await Subject.get(credit_code=code(1))
    assert renamed.name == "甲公司（更名）" and renamed.high_risk


async def test_a_file_without_the_columns_is_refused_whole(database: str, tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("code,name\n1,2\n", encoding="utf-8")
    result = run(database, tmp_path, "subjects", "import", str(path))
    assert result.returncode == 1 and "credit_code" in result.stderr and "subject_type" in result.stderr
