"""Fixtures for the OCR tests: one engine for the whole session (loading models takes a second or two),
rendered documents made once, and a switch that makes any network access fail loudly."""

from __future__ import annotations

import random
import socket
from dataclasses import dataclass

import pytest

from ocr import synthetic
from ocr.engine import OcrLine, RapidOcrEngine, warm_up


@pytest.fixture(scope="session")
def engine() -> RapidOcrEngine:
    built = RapidOcrEngine()
    warm_up(built)
    return built


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every socket connection or name lookup raises and is recorded; proxies point nowhere."""
    attempts: list[tuple] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access is disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    return attempts


@dataclass
class Photo:
    jpeg: bytes
    truth: synthetic.CertificateTruth


def _card(seed: str, *, stamp: bool, options: synthetic.PhotoOptions) -> Photo:
    rng = random.Random(seed)
    truth = synthetic.random_certificate(rng)
    card = synthetic.render_certificate(truth, rng, stamp=stamp)
    bgr = synthetic.photograph(card.image, options, rng)
    return Photo(synthetic.encode_jpeg(bgr, options.jpeg_quality), truth)


@pytest.fixture(scope="session")
def certificate_photos() -> dict[str, Photo]:
    """A plain photo, one with a red seal over the issuer and dates, one tilted and in perspective."""
    return {
        "plain": _card("plain", stamp=False, options=synthetic.PhotoOptions(long_side=2000, jpeg_quality=90)),
        "stamped": _card(
            "stamped", stamp=True, options=synthetic.PhotoOptions(long_side=2600, light=0.3, jpeg_quality=80)
        ),
        "tilted": _card(
            "tilted",
            stamp=True,
            options=synthetic.PhotoOptions(
                long_side=3200, rotation=-9, perspective=0.07, blur=0.6, jpeg_quality=75
            ),
        ),
    }


@dataclass
class FormPhoto:
    jpeg: bytes
    table: synthetic.RenderedTable


def _form(kind: str, seed: str) -> FormPhoto:
    rng = random.Random(seed)
    signed = [True, False, True, True, False]
    rows = [synthetic.TableRowTruth(synthetic.random_person(rng), signed=s) for s in signed]
    table = synthetic.render_table(kind, rows, rng, date="2024-05-20")
    options = synthetic.PhotoOptions(
        long_side=3000, rotation=2.5, perspective=0.03, fill=0.85, landscape=False
    )
    return FormPhoto(synthetic.encode_jpeg(synthetic.photograph(table.image, options, rng), 88), table)


@pytest.fixture(scope="session")
def sign_in_sheet() -> FormPhoto:
    return _form("sign_in", "sign-in")


@pytest.fixture(scope="session")
def roster() -> FormPhoto:
    return _form("roster", "roster")


def _make_line(
    text: str, x: float, y: float, *, w: float | None = None, h: float = 40, conf: float = 0.99
) -> OcrLine:
    """An OcrLine whose box starts at (x, y); width from the text length unless given."""
    width = w if w is not None else h * max(len(text), 1) * 0.9
    return OcrLine(text, conf, ((x, y), (x + width, y), (x + width, y + h), (x, y + h)))


@pytest.fixture(scope="session")
def make_line():
    """Builds OcrLines by hand, for tests of the text-only logic."""
    return _make_line
