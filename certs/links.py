"""What a certificate's QR holds, and what a scanned QR text is.

Issuing: with PUBLIC_URL set, the QR holds `{PUBLIC_URL}/V/<digits>` in upper case (a phone camera opens
our verification page; the bot finds the payload in the same text); without it, `SW1:<Base45>`.

Classifying a scanned text, in the order that matters for a verifier:
- OURS: one of our payload forms (also when a scanner lowercased it) on one of our hosts, or bare `SW1:`;
- OFFICIAL_LOOKUP: the national lookup cx.mem.gov.cn, which we cannot check but can name as official;
- OTHER_SITE: any other web address, the classic fake-lookup-site trick: reported with its host;
- TEXT: anything else (plain text, garbage).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from certs import qr, transport
from certs.keys import SigningKey
from certs.payload import CertFields, sign_bytes

OFFICIAL_HOSTS = frozenset({"cx.mem.gov.cn"})
MAX_TEXT = transport.MAX_TEXT

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{1,15}://", re.IGNORECASE)
# A bare domain such as "verify-cert.cn/abc" that camera apps also open as a link.
_BARE_HOST = re.compile(
    r"^(?:www\.)?(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}(?::\d{1,5})?(?:[/?#]\S*)?$", re.IGNORECASE
)


class QrSource(enum.StrEnum):
    OURS = "ours"
    OFFICIAL_LOOKUP = "official_lookup"
    OTHER_SITE = "other_site"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class QrKind:
    source: QrSource
    text: str
    payload: str | None = None  # OURS: the canonical `SW1:` text, ready for verify_payload
    host: str | None = None  # OFFICIAL_LOOKUP / OTHER_SITE: the host the QR points to


def qr_text_for(signed: bytes, public_url: str | None) -> str:
    return transport.to_url(signed, public_url) if public_url else transport.to_text(signed)


def issue_qr_text(fields: CertFields, key: SigningKey, public_url: str | None) -> str:
    """Sign and wrap, shortening optional fields until the QR is version 11 or lower at level Q."""
    signed = sign_bytes(fields, key, fits=lambda candidate: qr.fits(qr_text_for(candidate, public_url)))
    return qr_text_for(signed, public_url)


def hosts_of(*urls: str | None) -> frozenset[str]:
    """The hosts of PUBLIC_URL (and any former public URLs), for `classify_qr_text`."""
    return frozenset(host for url in urls if url and (host := _host(url)))


def _host(url: str) -> str | None:
    text = url.strip()
    if not _SCHEME.match(text):
        text = "http://" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return host.rstrip(".").lower() if host else None


def classify_qr_text(text: str, public_hosts: Iterable[str]) -> QrKind:
    """Never raises; `public_hosts` are host names (or URLs) of this service, old ones included."""
    try:
        return _classify(text, public_hosts)
    except Exception:
        return QrKind(QrSource.TEXT, text if isinstance(text, str) else "")


def _classify(text: str, public_hosts: Iterable[str]) -> QrKind:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return QrKind(QrSource.TEXT, text if isinstance(text, str) else "")
    cleaned = text.strip()
    ours = {_host(host) or host.lower() for host in public_hosts}
    if cleaned[: len(transport.PREFIX)].upper() == transport.PREFIX:
        return QrKind(QrSource.OURS, text, payload=_canonical(text))
    if not (_SCHEME.match(cleaned) or _BARE_HOST.match(cleaned)):
        return QrKind(QrSource.TEXT, text)
    host = _host(cleaned)
    if host is None:
        return QrKind(QrSource.TEXT, text)
    if host in ours:
        if transport.url_payload_digits(cleaned) is not None:
            return QrKind(QrSource.OURS, text, payload=_canonical(cleaned), host=host)
        return QrKind(QrSource.TEXT, text, host=host)  # a plain link to our own pages: no certificate
    scheme = cleaned.split("://", 1)[0].lower() if _SCHEME.match(cleaned) else "http"
    if scheme not in ("http", "https"):  # an app link (weixin://, alipays://): name the app too
        return QrKind(QrSource.OTHER_SITE, text, host=f"{scheme}://{host}")
    if host in OFFICIAL_HOSTS:
        return QrKind(QrSource.OFFICIAL_LOOKUP, text, host=host)
    return QrKind(QrSource.OTHER_SITE, text, host=host)


def _canonical(text: str) -> str:
    """The `SW1:` form of either transport, so verification has one input; undecodable text is passed on
    as is and verify_payload reports it MALFORMED."""
    try:
        return transport.to_text(transport.from_text(text))
    except ValueError:
        return text.strip()
