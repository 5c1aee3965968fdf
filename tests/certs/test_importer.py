"""CSV import into the registry, and the registry lookups verification uses."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from certs import keys
from certs.importer import ImportFileError, import_csv
from certs.payload import sign_certificate, verify_payload
from certs.registry import RegistryRecord, find_by_cert_no, find_for_payload
from certs.verdict import Reason, verdict

from .conftest import ID_ABDU, ID_LI, ID_OUYANG, ID_ZHANG

HEADER = (
    "cert_no, cert_type, name, sex, id_number, category, item, first_issued, valid_from, valid_to, "
    "review_due, issuer, issuer_division, status, remarks"
)
ROWS = [
    f"T{ID_ZHANG},special_operation,张三丰,男,{ID_ZHANG},电工作业,低压电工作业,2018-03-07,2024-03-07,2030-03-06,"
    "2027-03-06,北京市东城区应急管理局,110101,valid,first",
    f' T{ID_OUYANG} , special_operation , 欧阳娜娜 ,女,{ID_OUYANG},高处作业,"高处安装、维护、拆除作业",'
    "2019-05-01,2019-05-01,2025-04-30,,南京市应急管理局,320102,suspended,",
    f"{ID_LI},safety_management,李四,M,{ID_LI},主要负责人,危险化学品经营单位,2023-01-10,2023-01-10,2026-01-09,,"
    "北京市朝阳区应急管理局,110105,valid,",
]


def _csv(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


async def test_import_creates_and_reimport_changes_nothing(database: str) -> None:
    text = "\ufeff" + _csv(*ROWS)
    report = await import_csv(text)
    assert (report.created, report.updated, report.unchanged, report.rejected) == (3, 0, 0, 0)
    again = await import_csv(text)
    assert (again.created, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert again.changes == []
    record = await find_by_cert_no(f"t{ID_OUYANG}")
    assert record is not None
    assert (record.name, record.status, record.review_due, record.sex) == (
        "欧阳娜娜",
        "suspended",
        None,
        "女",
    )
    li = await find_by_cert_no(ID_LI)
    assert li is not None and li.sex == "男" and li.issuer_division == "110105"


async def test_changed_row_updates_and_is_recorded(database: str) -> None:
    await import_csv(_csv(*ROWS))
    changed = ROWS[0].replace("2030-03-06", "2031-03-06").replace(",valid,first", ",revoked,first")
    report = await import_csv(_csv(changed, ROWS[1], ROWS[2]), actor="admin:7")
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    assert report.actor == "admin:7"
    [change] = report.changes
    assert change.line == 2 and change.cert_no == f"T{ID_ZHANG}"
    assert change.changes == {
        "valid_to": (date(2030, 3, 6), date(2031, 3, 6)),
        "status": ("valid", "revoked"),
    }
    record = await find_by_cert_no(f"T{ID_ZHANG}")
    assert record is not None and record.status == "revoked" and record.valid_to == date(2031, 3, 6)


async def test_bad_rows_are_reported_with_line_numbers(database: str) -> None:
    bad_id = ID_ABDU[:-1] + ("0" if ID_ABDU[-1] != "0" else "1")
    rows = [
        ROWS[0],
        ROWS[0].replace(f"T{ID_ZHANG},", "TDUP,").replace(f",{ID_ZHANG},", f",{bad_id},"),  # line 3
        ROWS[0].replace(f"T{ID_ZHANG}", "T2").replace("2024-03-07", "2024/03/07"),  # line 4
        ROWS[0].replace(f"T{ID_ZHANG}", "T3").replace("special_operation", "driver"),  # line 5
        ROWS[0].replace(f"T{ID_ZHANG}", "T4").replace(",valid,", ",expired,"),  # line 6
        ROWS[0].replace(f"T{ID_ZHANG}", "T5").replace(",110101,", ",999999,"),  # line 7
        ROWS[0].replace(f"T{ID_ZHANG}", "T6").replace("2030-03-06", "2020-03-06"),  # line 8
        ROWS[0],  # line 9: duplicate
        "",  # line 10: blank, skipped
        ROWS[0].replace(f"T{ID_ZHANG}", "T7").replace("张三丰", ""),  # line 11
        ROWS[0].replace(f"T{ID_ZHANG}", "T8").replace("低压电工作业", ""),  # line 12
        ROWS[0].replace(f"T{ID_ZHANG}", "T#9"),  # line 13
        ROWS[0].replace(f"T{ID_ZHANG}", "T10").replace("2024-03-07", "2024-02-30"),  # line 14
        ROWS[1],  # line 15: fine
    ]
    report = await import_csv(_csv(*rows))
    assert (report.created, report.rejected) == (2, 11)
    lines = dict(report.errors)
    assert sorted(lines) == [3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]
    assert "check character" in lines[3]
    assert "YYYY-MM-DD" in lines[4]
    assert "cert_type" in lines[5]
    assert "status" in lines[6]
    assert "division" in lines[7]
    assert "valid_to is before valid_from" in lines[8]
    assert "line 2" in lines[9]
    assert "name is empty" in lines[11]
    assert "item is empty" in lines[12]
    assert "'#'" in lines[13]
    assert "real date" in lines[14]


async def test_line_numbers_count_physical_lines(database: str) -> None:
    multiline = ROWS[0].replace("北京市东城区应急管理局", '"北京市东城区\n应急管理局"')
    report = await import_csv(_csv(multiline, ROWS[1].replace("suspended", "paused")))
    assert report.created == 1
    assert report.errors == [(4, "status 'paused' is not one of valid, suspended, revoked")]


async def test_file_path_and_bytes(database: str, tmp_path: Path) -> None:
    path = tmp_path / "certs.csv"
    path.write_bytes(("\ufeff" + _csv(*ROWS)).encode("utf-8"))
    assert (await import_csv(path)).created == 3
    assert (await import_csv(str(path))).unchanged == 3
    assert (await import_csv(path.read_bytes())).unchanged == 3


async def test_whole_file_errors(database: str, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="missing columns: issuer_division"):
        await import_csv(_csv(ROWS[0], header=HEADER.replace("issuer_division", "division")))
    with pytest.raises(ImportFileError, match="not UTF-8"):
        await import_csv(_csv(*ROWS).encode("gb18030"))
    with pytest.raises(ImportFileError, match="empty"):
        await import_csv(b"")


async def test_verify_against_the_registry(database: str, keys_dir: Path) -> None:
    """Import, sign from the stored row, scan, look up: genuine; then the registry changes."""
    from models.certificates import Certificate

    await import_csv(_csv(*ROWS))
    key = keys.active_key(keys_dir)
    ring = keys.load_keyring(keys_dir)
    stored = RegistryRecord.from_model(await Certificate.get(cert_no=f"T{ID_ZHANG}"))
    today = date(2026, 6, 1)

    result = verify_payload(sign_certificate(stored.cert_fields(), key), ring)
    found = await find_for_payload(result.fields)
    assert found == stored
    assert verdict(result, found, today).reason is Reason.GENUINE_VALID

    no_hint = dataclasses.replace(stored.cert_fields(), record_id=None)  # looked up by name + last 4
    result = verify_payload(sign_certificate(no_hint, key), ring)
    assert await find_for_payload(result.fields) == stored

    plain = RegistryRecord.from_model(await Certificate.get(cert_no=ID_LI))
    assert plain.cert_no == ID_LI  # the whole number is the ID number: payload holds "#"
    result = verify_payload(sign_certificate(plain.cert_fields(), key), ring)
    assert result.fields.cert_no == "#" and await find_for_payload(result.fields) == plain

    await Certificate.filter(cert_no=f"T{ID_ZHANG}").update(name="张三")
    result = verify_payload(sign_certificate(stored.cert_fields(), key), ring)
    changed = await find_for_payload(result.fields)
    assert changed is not None and verdict(result, changed, today).reason is Reason.PAYLOAD_MISMATCH

    other = dataclasses.replace(stored.cert_fields(), cert_no="X-NOT-IN-REGISTRY", record_id=None)
    result = verify_payload(sign_certificate(other, key), ring)
    assert await find_for_payload(result.fields) is None
    assert verdict(result, None, today).reason is Reason.UNKNOWN_CERTIFICATE
