"""Card rendering: the three kinds, the QR on the card, a clear error without the font."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from PIL import Image

from certs import card, fonts, keys
from certs.card import CardData, render_card
from certs.links import issue_qr_text
from certs.reader import read_qr_texts

from .conftest import ID_LI, PUBLIC_URL, make_record


def test_special_operation_card(card_sample: tuple[bytes, str]) -> None:
    png, text = card_sample
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (card.WIDTH, card.HEIGHT)
    assert read_qr_texts(png) == [text]


@pytest.mark.parametrize("cert_type", ["safety_management", "team_leader"])
def test_other_kinds(session_key: keys.SigningKey, cert_type: str) -> None:
    record = make_record(
        cert_no=f"AQ{ID_LI}" if cert_type == "safety_management" else "BZZ-110105-2024-00017",
        cert_type=cert_type,
        name="李四",
        id_number=ID_LI,
        category="主要负责人" if cert_type == "safety_management" else "班组长",
        item="危险化学品经营单位" if cert_type == "safety_management" else None,
        review_due=None,
        valid_to=date(2027, 3, 6),
    )
    text = issue_qr_text(record.cert_fields(), session_key, None)
    png = render_card(CardData.from_record(record, mask_numbers=True), text)
    assert read_qr_texts(png) == [text]
    assert card.TITLES[cert_type] in {"安全生产知识和管理能力考核合格证", "班组长安全培训合格证"}


def test_masked_numbers() -> None:
    data = CardData.from_record(make_record(), mask_numbers=True)
    assert data.cert_no == "T…7774"
    assert CardData.from_record(make_record()).cert_no == "T110101199003077774"


def test_missing_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(fonts, "FONT_DIRS", (tmp_path,))
    fonts.font_face.cache_clear()
    fonts.font.cache_clear()
    try:
        with pytest.raises(fonts.FontMissing, match="fonts-noto-cjk"):
            render_card(CardData.from_record(make_record()), "SW1:TEST")
    finally:
        monkeypatch.undo()
        fonts.font_face.cache_clear()
        fonts.font.cache_clear()


def test_font_is_simplified_chinese_noto() -> None:
    path, index = fonts.font_face()
    assert path.name == "NotoSansCJK-Regular.ttc"
    assert fonts.font(20).getname()[0] == "Noto Sans CJK SC"
    assert index >= 0


def test_photo_is_placed(session_key: keys.SigningKey) -> None:
    portrait = io.BytesIO()
    Image.new("RGB", (300, 400), (200, 30, 30)).save(portrait, format="PNG")
    record = make_record()
    data = dataclasses.replace(CardData.from_record(record), photo=portrait.getvalue())
    png = render_card(data, issue_qr_text(record.cert_fields(), session_key, PUBLIC_URL))
    pixel = Image.open(io.BytesIO(png)).convert("RGB").getpixel((card.MARGIN + 150, 430))
    assert pixel == (200, 30, 30)
