"""The two text forms of a signed payload, and getting the signed bytes back out of either.

- `SW1:` + Base45: the canonical form (`sign_certificate` returns it). A QR holding only this uses
  alphanumeric mode; a scanner that lowercases it loses nothing (Base45 has no lowercase letters).
- `{PUBLIC_URL}/V/` + digits, all uppercase: what the card's QR holds when PUBLIC_URL is set, so a phone's
  camera app opens the public verification page and the bot, reading the same QR, finds the payload in
  it. See certs/README.md for why digits and not Base45 in the URL.

`SW1` is also bound into the signature (COSE external AAD), so a payload cannot be replayed in another
context that happens to use the same keys.
"""

from __future__ import annotations

import re

from certs import base45, digits

CONTEXT = "SW1"
PREFIX = CONTEXT + ":"
URL_MARK = "/V/"
MAX_TEXT = 4096  # longer text is never ours; refuse before any work

_URL_FORM = re.compile(r"^HTTPS?://[^/?#\s]+(?:/[^?#\s]*)?/V/([0-9]+)/?$")
_TRAILING = "\r\n\t\x00\ufeff"  # what scanners add; Base45's own space must survive, so not strip()


class NotOurs(ValueError):
    """The text is not in either of our forms."""


class Malformed(ValueError):
    """The text claims to be ours (prefix or URL form) but its content cannot be decoded."""


def to_text(signed: bytes) -> str:
    return PREFIX + base45.encode(signed)


def to_url(signed: bytes, public_url: str) -> str:
    return verification_base(public_url) + digits.encode(signed)


def verification_base(public_url: str) -> str:
    """Uppercase, so the whole URL stays in QR alphanumeric mode; scheme and host are case-insensitive
    and the web route must accept the path in upper case (see README)."""
    return public_url.strip().rstrip("/").upper() + URL_MARK


def url_payload_digits(text: str) -> str | None:
    """The digits of a verification URL of any host (the host is the classifier's business), else None."""
    match = _URL_FORM.match(text.strip().upper())
    return match.group(1) if match else None


def from_text(text: str) -> bytes:
    """The signed bytes in either form. Raises NotOurs or Malformed, nothing else."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise NotOurs("not a payload")
    cleaned = text.strip(_TRAILING).lstrip()
    if cleaned[: len(PREFIX)].upper() == PREFIX:
        try:
            return base45.decode(cleaned[len(PREFIX) :].upper())
        except ValueError as exc:
            raise Malformed(str(exc)) from None
    number = url_payload_digits(cleaned)
    if number is None:
        raise NotOurs("not a payload")
    try:
        return digits.decode(number)
    except ValueError as exc:
        raise Malformed(str(exc)) from None
