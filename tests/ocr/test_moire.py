"""Photos of a screen are told from photos of paper by their moiré, without OCR."""

from __future__ import annotations

import random

import pytest

from ocr import moire, synthetic
from ocr import synthetic_sheets as sheets

pytestmark = pytest.mark.skipif(
    not synthetic.fonts_available(), reason="fonts-noto-cjk is installed by the setup"
)


def _photo(seed: str, strength: float = 0.0):
    rng = random.Random(seed)
    sheet = sheets.render_sheet("sign_in", sheets.sheet_rows(rng, 6), rng)
    bgr = synthetic.photograph(sheet.image, synthetic.random_photo_options(rng, landscape=False), rng)
    return sheets.screen_moire(bgr, rng, strength) if strength else bgr


@pytest.mark.parametrize("seed", ["a", "b"])
def test_paper_is_not_a_screen(seed: str) -> None:
    assert not moire.looks_like_screen(_photo(seed))


def test_a_stamped_card_is_not_a_screen() -> None:
    rng = random.Random("card")
    card = synthetic.render_certificate(synthetic.random_certificate(rng), rng, stamp=True)
    assert not moire.looks_like_screen(synthetic.photograph(card.image, synthetic.PhotoOptions(), rng))


@pytest.mark.parametrize("strength", [0.15, 0.6])
def test_faint_and_heavy_moire_are_a_screen(strength: float) -> None:
    assert moire.looks_like_screen(_photo(f"screen-{strength}", strength))
