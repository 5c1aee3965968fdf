"""Masked forms of a holder's name, ID number and certificate number, for everything shown to verifiers.

A verifier needs just enough to compare the card with the holder's ID card (冒用 is the residual risk of
a genuine card); anyone who scans a card must not learn the full ID number from us.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
# An 18-character resident ID number (or a 15-digit first-generation one) inside a longer string.
_ID_RUN = re.compile(r"(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])")


def mask_name(name: str) -> str:
    """张三丰 -> 张*丰, 张三 -> 张*, 欧阳娜娜 -> 欧**娜: first and last character stay."""
    cleaned = name.strip()
    if len(cleaned) <= 1:
        return "*" if cleaned else ""
    if len(cleaned) == 2:
        return cleaned[0] + "*"
    return cleaned[0] + "*" * (len(cleaned) - 2) + cleaned[-1]


def mask_id(id_number: str) -> str:
    """110101199003077777 -> …7777: the last four characters, as the card shows next to a photo."""
    cleaned = id_number.strip().upper()
    return ELLIPSIS + cleaned[-4:] if cleaned else ""


def mask_cert_no(cert_no: str) -> str:
    """T110101199003077777 -> T…7777: new-style numbers embed the holder's ID number, which stays hidden."""
    return _ID_RUN.sub(lambda match: ELLIPSIS + match.group(1)[-4:].upper(), cert_no.strip())
