"""QR codes for the status-page link, as a PNG data URI so the receipt page needs no second request."""

from __future__ import annotations

import base64
import io

import qrcode


def qr_png(text: str) -> bytes:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=6, border=3)
    code.add_data(text)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image().save(out, "PNG")
    return out.getvalue()


def qr_data_uri(text: str) -> str:
    return "data:image/png;base64," + base64.b64encode(qr_png(text)).decode()
