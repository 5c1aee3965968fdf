"""Every kind of genuine ID number through `run.py certs import`, and bad ones rejected saying which part.

The rows are what a provincial registry export really holds: holders born before their county was created,
counties abolished since, 港澳台 residence permits, foreigners' permanent residence IDs, passports, and
first-generation 15-digit numbers.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from stdnum.cn import ric

from certs.importer import import_csv
from models.certificates import Certificate

ROOT = Path(__file__).resolve().parents[2]
HEADER = (
    "cert_no,cert_type,name,sex,id_number,id_type,category,item,first_issued,valid_from,valid_to,review_due,"
    "issuer,issuer_division,status"
)
TAIL = "电工作业,低压电工作业,2024-03-07,2024-03-07,2030-03-06,,石家庄市应急管理局,130100,valid"


def _with_check(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


PERMIT = _with_check("81000019880214123")
FOREIGN = _with_check("91184019850607001")
UNKNOWN_COUNTY = _with_check("13019919900101123")
GENUINE = [
    ("T130102198003120176", "王长安", "男", "130102198003120176", ""),  # 长安区 created 1983, born 1980
    ("T110103197505050012", "崇文人", "男", _with_check("11010319750505001"), ""),  # 崇文区 abolished 2010
    (f"T{PERMIT}", "陈港生", "男", PERMIT, "residence_permit"),
    (f"T{FOREIGN}", "约翰", "男", FOREIGN, ""),
    ("E12345678-DG", "史密斯", "男", "E12345678", "passport"),
    ("T130102198003120176A", "老一代", "男", "130102800312017", ""),  # 15 digits, stored as 18
    (f"T{UNKNOWN_COUNTY}", "无名县", "女", UNKNOWN_COUNTY, ""),
]


def _row(cert_no: str, name: str, sex: str, id_number: str, id_type: str) -> str:
    return f"{cert_no},special_operation,{name},{sex},{id_number},{id_type},{TAIL}"


def _csv(rows: list[str]) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


async def test_every_kind_of_genuine_number_is_imported(database: str) -> None:
    report = await import_csv(_csv([_row(*g) for g in GENUINE]))
    assert report.errors == [] and report.created == len(GENUINE)
    kinds = {c.cert_no: (c.id_number, c.id_type, c.id_warnings) for c in await Certificate.all()}
    assert kinds["T130102198003120176"] == ("130102198003120176", "resident_id", None)
    assert kinds[f"T{PERMIT}"][1] == "residence_permit"
    assert kinds[f"T{FOREIGN}"][1] == "foreign_permanent"
    assert kinds["E12345678-DG"][:2] == ("E12345678", "passport")
    assert kinds["T130102198003120176A"][0] == "130102198003120176", "the 15-digit number is kept as 18"
    assert kinds[f"T{UNKNOWN_COUNTY}"][2] == ["county_unknown"]
    assert report.warnings == [
        (8, f"id_number {UNKNOWN_COUNTY}: the county code (digits 3 to 6) is in no edition of the national "
            "division codes")
    ]  # fmt: skip


async def test_bad_numbers_are_rejected_naming_the_part(database: str) -> None:
    rows = [
        _row("T1", "错校验", "男", "130102198003120177", ""),
        _row("T2", "错日期", "男", _with_check("13010219800230017"), ""),
        _row("T3", "无省份", "男", _with_check("99010219800312017"), ""),
        _row("T4", "有字母", "男", "13010219800312O176", ""),
        _row("T5", "错类型", "男", "130102198003120176", "residence_permit"),
        _row("T6", "乱类型", "男", "130102198003120176", "driving_licence"),
    ]
    report = await import_csv(_csv(rows))
    assert report.created == 0
    reasons = dict(report.errors)
    assert "check character" in reasons[2]
    assert "birth date" in reasons[3]
    assert "province" in reasons[4]
    assert "only digits" in reasons[5]
    assert "document type given" in reasons[6]
    assert "document type is not one of" in reasons[7]


async def test_rows_imported_before_the_id_type_column_keep_their_hash(database: str) -> None:
    """A registry loaded by the earlier importer re-imports as unchanged, so only the rows it rejected (the
    genuine numbers it wrongly refused) are new."""
    old_header = HEADER.replace("id_type,", "")
    old_row = f"T130102199001011237,special_operation,王建国,男,130102199001011237,{TAIL}"
    refused_before = f"T130102198003120176,special_operation,王长安,男,130102198003120176,{TAIL}"
    await import_csv("\n".join([old_header, old_row]) + "\n")
    cert = await Certificate.get(cert_no="T130102199001011237")
    fields = ["T130102199001011237", "special_operation", "王建国", "男", "130102199001011237", "电工作业",
              "低压电工作业", "2024-03-07", "2024-03-07", "2030-03-06", "", "石家庄市应急管理局", "130100",
              "valid", ""]  # fmt: skip
    assert cert.row_hash == hashlib.sha256("\x1f".join(fields).encode()).hexdigest(), "the old formula"
    again = await import_csv("\n".join([old_header, old_row, refused_before]) + "\n")
    assert (again.created, again.updated, again.unchanged, again.rejected) == (1, 0, 1, 0)


def test_run_py_certs_import_prints_the_warning_and_the_reasons(tmp_path: Path) -> None:
    csv_file = tmp_path / "registry.csv"
    csv_file.write_text(
        _csv([_row(*GENUINE[0]), _row(*GENUINE[-1]), _row("T9", "错校验", "男", "130102198003120177", "")]),
        encoding="utf-8",
    )
    env = {"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "run.py", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "run.py", "certs", "import", str(csv_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "2 created" in done.stdout and "1 rejected" in done.stdout
    assert "line 4: id_number '130102198003120177': the last character (the check character)" in done.stdout
    assert "line 3: imported, but id_number" in done.stdout and "no edition" in done.stdout
