"""The OCR benchmark's test split and tables: deterministic photos with full truth, tables that add up.

Accuracy is not asserted here (the benchmark reports it); these tests only prove the split renders what
it claims and the benchmark's scoring and table code count right.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from stdnum.cn import ric

from benchmarks import ocr_bench, ocr_naive, ocr_testsplit
from ocr.catalog import SPECIAL_OPERATIONS
from ocr.engine import OcrLine

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    bool(ocr_testsplit.fonts_missing()), reason="test-split fonts missing: scripts/bootstrap.sh bench"
)


def test_same_seed_same_photo_other_seed_other_photo() -> None:
    first, again = ocr_testsplit.sample(4), ocr_testsplit.sample(4)
    assert first.data == again.data and first.fields == again.fields
    other = ocr_testsplit.sample(4, seed=ocr_testsplit.SEED + 1)
    assert other.data != first.data and other.fields != first.fields


def test_split_cycles_through_every_layout() -> None:
    assert [ocr_testsplit.LAYOUTS[i % 6] for i in range(6)] == list(ocr_testsplit.LAYOUTS)


@pytest.mark.parametrize("layout", ocr_testsplit.LAYOUTS)
def test_every_layout_renders_a_photo_with_all_its_truth_fields(layout: str) -> None:
    for index in (1,):
        photo = ocr_testsplit.sample(index, layout=layout)
        required = set(ocr_testsplit.LAYOUT_FIELDS[layout]) - ({"cert_no"} if layout == "so_back" else set())
        assert required <= set(photo.fields) <= set(ocr_testsplit.LAYOUT_FIELDS[layout])
        assert all(photo.fields[k] not in ("", None, []) for k in photo.fields)
        image = cv2.imdecode(np.frombuffer(photo.data, np.uint8), cv2.IMREAD_COLOR)
        assert image is not None and min(image.shape[:2]) >= 640
        assert photo.ext == ("png" if photo.data.startswith(b"\x89PNG") else "jpg")
        for key in ("first_issued", "valid_from", "valid_to"):
            if key in photo.fields:
                dt.date.fromisoformat(photo.fields[key])
        if layout == "so_back":
            days = [dt.date.fromisoformat(d) for d in photo.fields["reviews"]]
            assert days == sorted(days)
        else:
            number = photo.fields.get("id_number") or photo.fields["cert_no"].removeprefix("T")
            assert ric.is_valid(number)
            assert 2 <= len(photo.fields["name"]) <= 4 and photo.fields["sex"] in ("男", "女")
        if "item" in photo.fields:
            assert photo.fields["item"] in SPECIAL_OPERATIONS[photo.fields["category"]]
        if layout == "ic_card":
            assert not photo.fields["cert_no"].startswith("T")
        elif layout != "mgmt_cert" and "cert_no" in photo.fields:
            assert photo.fields["cert_no"].startswith("T")


def _line(text: str, x: float, y: float, w: float = 200, h: float = 30) -> OcrLine:
    return OcrLine(text, 0.99, ((x, y), (x + w, y), (x + w, y + h), (x, y + h)))


def test_naive_parser_takes_what_follows_each_label() -> None:
    lines = [
        _line("姓　　名：欧阳晗", 0, 0), _line("性 别 女", 400, 2),
        _line("证号", 0, 60, 60), _line("T110101199003071234", 80, 61, 300),
        _line("有效期限", 0, 120, 120), _line("2021年3月5日至2027.03.05", 0, 160, 320),
        _line("签发机关:江苏省应急管理厅", 0, 220, 320),
    ]  # fmt: skip
    assert ocr_naive.parse(lines) == {
        "name": "欧阳晗",
        "sex": "女",
        "cert_no": "T110101199003071234",
        "valid_from": "2021-03-05",
        "valid_to": "2027-03-05",
        "issuer": "江苏省应急管理厅",
    }


def test_tables_count_exact_silent_and_flagged_fields() -> None:
    truth = [
        {"split": "test", "layout": "so_front", "file": "a.jpg", "doc_type": "certificate",
         "fields": {"name": "王晗", "sex": "男", "cert_no": "T1"}},
        {"split": "test", "layout": "so_back", "file": "b.jpg", "doc_type": "certificate",
         "fields": {"reviews": ["2020-01-01", "2023-01-01"]}},
        {"split": "test", "layout": "so_front", "file": "c.jpg", "doc_type": "certificate",
         "fields": {"name": "李四", "sex": "女", "cert_no": "T2"}},
    ]  # fmt: skip
    results = {
        "perfect": [{"fields": dict(t["fields"]), "doc_type": "certificate", "ms": 100.0, "cpu_ms": 90.0}
                    for t in truth],
        ocr_bench.PIPELINE: [
            {"fields": {"name": "王哈", "sex": "男"}, "uncertain": ["name"], "doc_type": "certificate",
             "ms": 200.0, "cpu_ms": 150.0},
            {"fields": {"reviews": ["2020-01-01"]}, "doc_type": "certificate", "ms": 300.0, "cpu_ms": 1.0},
            {"fields": {"name": "李四", "sex": "男", "cert_no": "T2"}, "doc_type": "other", "ms": 400.0,
             "cpu_ms": 1.0},
        ],
    }  # fmt: skip
    cards = {name: ocr_bench.score_cards(truth, rows) for name, rows in results.items()}
    ours = cards[ocr_bench.PIPELINE]
    assert ours["fields"] == {"name": 50.0, "sex": 50.0, "cert_no": 50.0, "reviews": 0.0}
    assert (ours["silent"], ours["flagged"], ours["missing"]) == (2, 1, 1)
    assert ours["layouts"] == {"so_front": (0, 2), "so_back": (0, 1)}
    assert cards["perfect"]["all"] == 100.0 and cards["perfect"]["silent"] == 0
    table = "\n".join(
        ocr_bench.card_table("test", list(results), cards, {n: 500.0 for n in results}, truth, 1)
    )
    assert "test split: 3 photos (seed 1; so_back 1, so_front 2)" in table
    assert "| name exact | 2 | 100.0 % | 50.0 % | ≥ 99.5 % |" in table
    assert "| wrong, not flagged uncertain (fields) | 7 | 0 | 2 | 0 |" in table
    assert "| · so_back all right | 1 | 100.0 % | 0.0 % | |" in table
    assert "| p95 per photo | | 100 ms | 390 ms |" in table


@pytest.mark.e2e
def test_benchmark_runs_both_variants_on_a_few_photos(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "benchmarks/ocr_bench.py",
            "--split",
            "test",
            "--n-test",
            "2",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-3000:]
    for expected in ("test split: 2 photos", ocr_bench.NAIVE, ocr_bench.PROJECT, ocr_bench.PIPELINE,
                     "p95 per photo", "peak RSS", "verdict (test split, pipeline)"):  # fmt: skip
        assert expected in run.stdout, run.stdout[-3000:]
    assert (tmp_path / "truth.jsonl").read_text().count("\n") == 2
    assert sorted(p.name.split("_0")[0] for p in (tmp_path / "test").iterdir()) == ["so_back", "so_front"]
