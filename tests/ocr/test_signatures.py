"""Copied signatures told from signed ones, on signature cells drawn by ocr.synthetic_sheets and degraded
the way a phone photo of the sheet degrades them (scaled down, blurred, noisy, JPEG), without OCR."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest
from PIL import Image

from ocr import signatures, synthetic
from ocr import synthetic_sheets as sheets

CELL = (340, 100)  # a signature cell on the page, in page pixels (width, height)


def _cell(mask: Image.Image | None, rng: random.Random, ink: int = 40) -> np.ndarray:
    """A gray signature cell as the OCR's prepared image holds it (about 0.65 of the page's pixels)."""
    page = Image.new("L", CELL, 235)
    if mask is not None:
        factor = min(1.0, (CELL[0] - 24) / mask.width, (CELL[1] - 16) / mask.height)
        if factor < 1:
            mask = mask.resize((int(mask.width * factor), int(mask.height * factor)), Image.BILINEAR)
        x = rng.randint(12, max(12, CELL[0] - 12 - mask.width))
        y = rng.randint(8, max(8, CELL[1] - 8 - mask.height))
        page.paste(Image.new("L", mask.size, ink), (x, y), mask)
    gray = np.asarray(page, np.float32)
    scale = rng.uniform(0.55, 0.75)
    gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    gray = cv2.GaussianBlur(gray, (0, 0), rng.uniform(0.3, 0.9))
    gray += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3, gray.shape)
    ok, buf = cv2.imencode(".jpg", np.clip(gray, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 75])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


def _genuine(rng: random.Random, count: int) -> list[np.ndarray]:
    people = [synthetic.random_person(rng) for _ in range(count)]
    return [_cell(sheets.signature_mask(sheets.random_hand(rng), p.name, 88, rng), rng) for p in people]


@pytest.mark.parametrize("seed", range(3))
def test_signatures_of_different_people_are_not_copies(seed: int) -> None:
    rng = random.Random(f"genuine-{seed}")
    report = signatures.analyse(_genuine(rng, 12))
    assert report.compared == 12
    assert report.copies == []


@pytest.mark.parametrize("seed", range(3))
def test_one_signature_image_pasted_on_several_rows_is_found(seed: int) -> None:
    rng = random.Random(f"copied-{seed}")
    cells = _genuine(rng, 10)
    stamp = sheets.signature_mask(sheets.random_hand(rng), "签名", 88, rng)
    copied = sorted(rng.sample(range(10), 4))
    for k in copied:
        cells[k] = _cell(sheets.jittered(stamp, rng), rng)
    assert signatures.analyse(cells).copies == [copied]


def test_empty_cells_and_border_marks_are_no_signature() -> None:
    rng = random.Random("empty")
    assert signatures.ink_mask(_cell(None, rng)) is None
    border = np.full((66, 220), 235, np.uint8)
    border[1:5, :] = 30  # what is left of a ruling line along the top
    cv2.putText(
        border, "7", (0, 65), cv2.FONT_HERSHEY_SIMPLEX, 0.3, 30, 1
    )  # a neighbour's digit in the corner
    assert signatures.ink_mask(border) is None
    report = signatures.analyse([None, _cell(None, rng), _genuine(rng, 1)[0]])
    assert report.compared == 1 and report.copies == []


def test_the_comparison_is_bounded_on_a_long_sheet() -> None:
    """100 rows (the most tables.py reads from one photo) stay well under a second of work."""
    import time

    rng = random.Random("long")
    cells = _genuine(rng, 20) * 5  # the same 20 cells again: every fifth row a copy of another
    started = time.perf_counter()
    report = signatures.analyse(cells)
    assert time.perf_counter() - started < 5.0
    assert len(report.copies) == 20 and all(len(group) == 5 for group in report.copies)
