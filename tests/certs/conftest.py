"""Fixtures for the certificate tests: keys in temporary directories, registry records, rendered cards."""

from __future__ import annotations

import io
import math
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from certs import keys
from certs.registry import RegistryRecord

# Resident ID numbers with valid check characters and birth places (stdnum.cn.ric accepts them).
ID_ZHANG = "110101199003077774"
ID_OUYANG = "320102199208154564"
ID_LI = "110105199201010023"
ID_ABDU = "370202199511112345"

PUBLIC_URL = "https://verify.example.gov.cn"


@pytest.fixture(autouse=True)
def _no_keys_dir_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """An operator's CERT_SIGNING_KEYS_DIR must not send the tests to real keys."""
    monkeypatch.delenv(keys.ENV_VAR, raising=False)


@pytest.fixture
def keys_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "keys"
    keys.create_key(directory)
    return directory


@pytest.fixture
def signing_key(keys_dir: Path) -> keys.SigningKey:
    return keys.active_key(keys_dir)


@pytest.fixture
def keyring(keys_dir: Path, signing_key: keys.SigningKey) -> keys.Keyring:
    return keys.load_keyring(keys_dir)


def make_record(**changes: object) -> RegistryRecord:
    values: dict[str, object] = {
        "cert_no": "T" + ID_ZHANG,
        "cert_type": "special_operation",
        "name": "张三丰",
        "id_number": ID_ZHANG,
        "status": "valid",
        "sex": "男",
        "category": "电工作业",
        "item": "低压电工作业",
        "first_issued": date(2018, 3, 7),
        "valid_from": date(2024, 3, 7),
        "valid_to": date(2030, 3, 6),
        "review_due": date(2027, 3, 6),
        "issuer": "北京市东城区应急管理局",
        "issuer_division": "110101",
        "record_id": 42,
    }
    values.update(changes)
    return RegistryRecord(**values)  # type: ignore[arg-type]


@pytest.fixture
def record() -> RegistryRecord:
    return make_record()


@pytest.fixture(scope="session")
def session_key(tmp_path_factory: pytest.TempPathFactory) -> keys.SigningKey:
    directory = tmp_path_factory.mktemp("session-keys")
    keys.create_key(directory)
    return keys.active_key(directory)


@pytest.fixture(scope="session")
def card_sample(session_key: keys.SigningKey) -> tuple[bytes, str]:
    """(card PNG, the text of its QR): rendered once, it takes a few hundred milliseconds."""
    from certs.card import CardData, render_card
    from certs.links import issue_qr_text

    record = make_record()
    text = issue_qr_text(record.cert_fields(), session_key, PUBLIC_URL)
    return render_card(CardData.from_record(record), text), text


def photo_of(
    card_png: bytes,
    *,
    width: int = 1600,
    card_width: int = 700,
    angle: float = 0.0,
    blur: float = 0.0,
    contrast: float = 1.0,
    quality: int = 85,
) -> bytes:
    """A JPEG "photo" of a card on a grey desk, degraded as asked (a lighter cousin of the benchmark)."""
    card = Image.open(io.BytesIO(card_png)).convert("RGB")
    card = card.resize((card_width, round(card.height * card_width / card.width)), Image.Resampling.LANCZOS)
    card = card.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=(120, 110, 100))
    height = round(width * 0.75)
    photo = Image.new("RGB", (width, height), (120, 110, 100))
    photo.paste(card, ((width - card.width) // 2, (height - card.height) // 2))
    if blur:
        photo = photo.filter(ImageFilter.GaussianBlur(blur))
    if contrast != 1.0:
        photo = photo.point(lambda v: max(0, min(255, math.floor(128 + (v - 128) * contrast))))
    out = io.BytesIO()
    photo.save(out, format="JPEG", quality=quality)
    return out.getvalue()
