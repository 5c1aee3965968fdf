"""QR code images for certificates: error-correction level Q, version 11 at most.

Level Q (25 % recovery) because the benchmark behind issue 5 found every phone-photo miss at level M;
version 11 (61 x 61 modules) at most so a card's code keeps modules of 1.5 px or more in an ordinary
photo of the whole card. Segments matter: a verification URL is an alphanumeric segment (the uppercase
base) followed by a numeric one (the payload digits), which is what keeps it at version 11.
"""

from __future__ import annotations

import io
import re

import qrcode
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_ALPHA_NUM, MODE_NUMBER, QRData, optimal_data_chunks

from certs import transport

MAX_VERSION = 11
ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_Q
_ALNUM = re.compile(r"^[0-9A-Z $%*+\-./:]+$")


class QrTooLarge(ValueError):
    """The text needs a QR version above 11 at level Q."""


def segment_options(text: str) -> list[list[QRData]]:
    """Candidate segmentations; the smallest resulting version wins."""
    options: list[list[QRData]] = [[QRData(text)]]
    number = transport.url_payload_digits(text)
    if number is not None and text.endswith(number):
        base = text[: len(text) - len(number)]
        base_mode = (
            [QRData(base, mode=MODE_ALPHA_NUM)] if _ALNUM.match(base) else list(optimal_data_chunks(base))
        )
        options.append([*base_mode, QRData(number, mode=MODE_NUMBER)])
    for minimum in (6, 12, 20):
        options.append(list(optimal_data_chunks(text, minimum=minimum)))
    return options


def _smallest(text: str) -> tuple[list[QRData], int]:
    """The segmentation with the smallest version; `best_fit` only counts bits (no matrix, no masks),
    which keeps the signer's fitting loop cheap."""
    best: tuple[list[QRData], int] | None = None
    for segments in segment_options(text):
        code = qrcode.QRCode(error_correction=ERROR_CORRECTION)
        for segment in segments:
            code.add_data(segment)
        try:
            version = code.best_fit()
        except (DataOverflowError, ValueError):
            continue
        if best is None or version < best[1]:
            best = (segments, version)
    if best is None:
        raise QrTooLarge(f"text of {len(text)} characters does not fit any QR version at level Q")
    return best


def _build(text: str, max_version: int | None, box_size: int = 10, border: int = 4) -> qrcode.QRCode:
    segments, version = _smallest(text)
    if max_version is not None and version > max_version:
        raise QrTooLarge(f"text of {len(text)} characters needs QR version {version} at level Q")
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECTION, box_size=box_size, border=border)
    for segment in segments:
        code.add_data(segment)
    code.make(fit=False)
    return code


def qr_version(text: str) -> int:
    """The version `make_qr_png` would use (no limit applied): for measurements and size tests."""
    return _smallest(text)[1]


def fits(text: str, max_version: int = MAX_VERSION) -> bool:
    try:
        return _smallest(text)[1] <= max_version
    except QrTooLarge:
        return False


def make_qr_matrix(text: str, max_version: int = MAX_VERSION) -> list[list[bool]]:
    """The module matrix including the quiet zone (4 modules), True = dark."""
    return _build(text, max_version).get_matrix()


def make_qr_png(text: str, box_size: int = 8, border: int = 4, max_version: int = MAX_VERSION) -> bytes:
    """PNG bytes of the code, `box_size` pixels per module. Raises QrTooLarge above `max_version`."""
    code = _build(text, max_version, box_size, border)
    image = code.make_image().get_image().convert("1")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
