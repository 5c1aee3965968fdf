"""Bytes as a fixed-width decimal number: the form the signed payload takes inside the verification URL.

QR numeric mode stores 10 bits per 3 digits, about 8.03 bits per payload byte, against 8.25 for Base45 in
alphanumeric mode; and digits need no escaping anywhere in a URL, while Base45's space, `%` and `/` do.
The width is a function of the byte count (the digits of 256**n - 1), so leading zero bytes survive and
the byte count is recovered from the width alone, with no length marker.
"""

from __future__ import annotations

MAX_BYTES = 256

_WIDTH_BY_BYTES = {n: len(str(256**n - 1)) for n in range(1, MAX_BYTES + 1)}
_BYTES_BY_WIDTH = {width: n for n, width in _WIDTH_BY_BYTES.items()}


def encode(data: bytes) -> str:
    if not 1 <= len(data) <= MAX_BYTES:
        raise ValueError(f"digits: can encode 1-{MAX_BYTES} bytes, got {len(data)}")
    return str(int.from_bytes(data, "big")).zfill(_WIDTH_BY_BYTES[len(data)])


def decode(text: str) -> bytes:
    """Raises ValueError when the text is not digits of a width that some byte count produces."""
    size = _BYTES_BY_WIDTH.get(len(text))
    if size is None or not text.isascii() or not text.isdigit():
        raise ValueError("digits: not a decimal payload of a valid width")
    number = int(text)
    if number >= 256**size:
        raise ValueError("digits: number too large for its width")
    return number.to_bytes(size, "big")
