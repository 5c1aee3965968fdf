"""`python run.py ocr --json` on a benchmark-style photo: one JSON object per image, start-up excluded."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from ocr.synthetic import certificate_photo

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.e2e
def test_run_py_ocr_json(tmp_path: Path) -> None:
    photo = certificate_photo(random.Random(7), stamp=True)
    path = tmp_path / "card.jpg"
    path.write_bytes(photo.jpeg)
    result = subprocess.run(
        [sys.executable, "run.py", "ocr", str(path), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1
    entry = lines[0]
    assert entry["file"].endswith("card.jpg") and entry["doc_type"] == "certificate"
    assert entry["fields"]["name"] == photo.truth.name and entry["ms"] > 0
    assert {"text", "confidence", "box"} <= set(entry["lines"][0])
