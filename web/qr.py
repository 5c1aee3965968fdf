"""QR codes for the status-page link, as a PNG data URI so the receipt page needs no second request."""

from __future__ import annotations

import base64

from certs.qr import make_qr_png


def qr_png(text: str) -> bytes:
    return make_qr_png(text, box_size=6, border=3)


def qr_data_uri(text: str) -> str:
    return "data:image/png;base64," + base64.b64encode(qr_png(text)).decode()
