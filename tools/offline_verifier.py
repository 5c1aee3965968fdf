#!/usr/bin/env python3
"""Offline verifier for safetywatch certificate QR codes: the reference for docs/verification-spec.md.

    python tools/offline_verifier.py PAYLOAD --keys keys.json --revocations revocations.json
        [--trust LIST_KEY_KID] [--at 2026-12-04T10:00:00Z] [--json]

PAYLOAD is the text of the QR code: `SW1:` + Base45, or the verification URL `https://…/V/<digits>`.
`keys.json` and `revocations.json` are the published documents (`/.well-known/safetywatch/keys.json` and
`/.well-known/safetywatch/revocations.json`), fetched whenever convenient and kept; nothing is fetched here.

Standalone on purpose: Python's standard library, `cryptography` and `cbor2`, and not one line of the
product, so an HR system or another province can read it as the executable half of the spec.

Exit status: 0 the card is valid; 1 it is not (the reason is printed); 2 the documents or the arguments
cannot be used (a tampered or stale list, a key set not signed by the trusted key, …).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

SPEC_FORMAT = 1
CONTEXT = "SW1"
KEYSET_TYPE = "safetywatch-keyset+json"
REVOCATIONS_TYPE = "safetywatch-revocations+json"
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
MAX_TEXT = 4096
MAX_SIGNED = 400
MAX_DOCUMENT = 64 * 1024 * 1024
CLOCK_SKEW = timedelta(minutes=5)
CHINA = timezone(timedelta(hours=8))  # validity dates are dates in China (no daylight saving)
EPOCH = date(1970, 1, 1)
CERT_TYPES = {1: "special operation", 2: "safety management", 3: "team leader"}
NAME_CHARS = 32


class DocumentError(Exception):
    """A published document that must not be used (exit 2)."""


@dataclass
class Verdict:
    valid: bool
    reason: str
    message: str
    kid: str | None = None
    claims: dict = field(default_factory=dict)


# --- published documents -------------------------------------------------------------------------------


def b64url_decode(text: str) -> bytes:
    if not isinstance(text, str) or "=" in text:
        raise DocumentError("not base64url without padding")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def parse_time(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise DocumentError(f"time without zone: {text!r}")
    return moment


def open_jws(raw: bytes, typ: str) -> tuple[dict, dict, bytes, bytes]:
    """(protected header, document, signing input, signature) of a flattened JWS JSON; nothing verified."""
    if len(raw) > MAX_DOCUMENT:
        raise DocumentError("document too large")
    try:
        envelope = json.loads(raw)
        header = json.loads(b64url_decode(envelope["protected"]))
        document = json.loads(b64url_decode(envelope["payload"]))
        signature = b64url_decode(envelope["signature"])
        signing_input = f"{envelope['protected']}.{envelope['payload']}".encode("ascii")
    except (ValueError, KeyError, TypeError) as exc:
        raise DocumentError(f"not a signed document: {exc}") from None
    if header.get("alg") != "EdDSA" or header.get("typ") != typ or not isinstance(header.get("kid"), str):
        raise DocumentError(f"header is not EdDSA / {typ}")
    if "crit" in header:
        raise DocumentError("unsupported critical header")
    if not isinstance(document, dict) or document.get("format") != SPEC_FORMAT:
        raise DocumentError(
            f"format {document.get('format') if isinstance(document, dict) else '?'}: "
            f"this verifier reads format {SPEC_FORMAT}"
        )
    return header, document, signing_input, signature


def public_key(entry: dict) -> Ed25519PublicKey:
    if entry.get("kty") != "OKP" or entry.get("crv") != "Ed25519" or entry.get("alg") != "EdDSA":
        raise DocumentError(f"key {entry.get('kid')!r} is not an Ed25519 key")
    raw = b64url_decode(entry["x"])
    if len(raw) != 32:
        raise DocumentError(f"key {entry.get('kid')!r}: bad length")
    return Ed25519PublicKey.from_public_bytes(raw)


def check_signature(key: Ed25519PublicKey, signing_input: bytes, signature: bytes, what: str) -> None:
    try:
        key.verify(signature, signing_input)
    except InvalidSignature:
        raise DocumentError(f"{what}: signature invalid (altered or not from the issuer)") from None


@dataclass
class TrustDocuments:
    certificate_keys: dict[str, dict]
    revoked: dict[str, dict]
    list_kid: str


def load_documents(
    keys_raw: bytes, revocations_raw: bytes, trust: str | None, now: datetime
) -> TrustDocuments:
    header, keyset, signing_input, signature = open_jws(keys_raw, KEYSET_TYPE)
    if keyset.get("type") != "keyset" or keyset.get("payload_context") != CONTEXT:
        raise DocumentError("key set: not a key set for SW1 payloads")
    entries = keyset.get("keys")
    if not isinstance(entries, list):
        raise DocumentError("key set: no keys")
    by_kid = {entry.get("kid"): entry for entry in entries if isinstance(entry, dict)}
    signer = by_kid.get(header["kid"])
    if signer is None or signer.get("purpose") != "lists" or signer.get("status") == "retired":
        raise DocumentError("key set: not signed by a list-signing key it lists")
    if trust is not None and trust not in (signer.get("kid"), signer.get("x")):
        raise DocumentError(f"key set: signed by {signer.get('kid')}, not by the trusted key {trust}")
    list_key = public_key(signer)
    check_signature(list_key, signing_input, signature, "key set")

    header, revocations, signing_input, signature = open_jws(revocations_raw, REVOCATIONS_TYPE)
    if revocations.get("type") != "revocations":
        raise DocumentError("revocation list: not a revocation list")
    if header["kid"] != signer["kid"]:
        raise DocumentError("revocation list: signed by another key than the key set")
    check_signature(list_key, signing_input, signature, "revocation list")
    if keyset.get("issuer") != revocations.get("issuer"):
        raise DocumentError("the key set and the revocation list name different issuers")
    next_update = parse_time(revocations.get("next_update"))
    if next_update is None or now > next_update:
        raise DocumentError(
            f"revocation list is stale (next update was {revocations.get('next_update')}): fetch a new one"
        )
    revoked = {entry["id"]: entry for entry in revocations.get("entries", [])}
    certificate_keys = {kid: e for kid, e in by_kid.items() if e.get("purpose") == "certificates"}
    return TrustDocuments(certificate_keys, revoked, signer["kid"])


# --- the QR payload ------------------------------------------------------------------------------------


def base45_decode(text: str) -> bytes:
    if len(text) % 3 == 1:
        raise ValueError("base45 length")
    values = [BASE45.index(char) for char in text]  # ValueError on a foreign character
    out = bytearray()
    for start in range(0, len(values), 3):
        chunk = values[start : start + 3]
        number = sum(v * 45**i for i, v in enumerate(chunk))
        if number > (0xFFFF if len(chunk) == 3 else 0xFF):
            raise ValueError("base45 overflow")
        out.extend(divmod(number, 256) if len(chunk) == 3 else (number,))
    return bytes(out)


def digits_decode(text: str) -> bytes:
    """Fixed width: n bytes are written as exactly len(str(256**n - 1)) digits, zero-padded."""
    for size in range(1, 257):
        if len(str(256**size - 1)) == len(text):
            number = int(text)
            if number >= 256**size:
                raise ValueError("digits overflow")
            return number.to_bytes(size, "big")
    raise ValueError("digits width")


def signed_bytes(text: str) -> bytes:
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise ValueError("too long")
    if text[:4].upper() == CONTEXT + ":":
        return base45_decode(text[4:].upper())
    upper = text.upper()
    if upper.startswith(("HTTP://", "HTTPS://")) and "/V/" in upper:
        number = upper.rsplit("/V/", 1)[1].rstrip("/")
        if number.isascii() and number.isdigit():
            return digits_decode(number)
    raise ValueError("not a safetywatch payload")


def strict_cbor(data: bytes) -> object:
    """Definite-length canonical CBOR only (what the issuer writes); anything else is refused."""
    value = cbor2.loads(data)
    if cbor2.dumps(value, canonical=True) != data and cbor2.dumps(value) != data:
        raise ValueError("non-canonical CBOR")
    return value


def _text(content: dict, key: int, limit: int) -> str | None:
    value = content.get(key)
    if value is not None and not (isinstance(value, str) and 0 < len(value) <= limit):
        raise ValueError(f"key {key}")
    return value


def _int(content: dict, key: int, low: int, high: int) -> int | None:
    value = content.get(key)
    if value is not None and not (type(value) is int and low <= value <= high):
        raise ValueError(f"key {key}")
    return value


def revocation_id(cert_no: str, id_last4: str, type_code: int, name: str) -> str:
    parts = [cert_no.upper(), id_last4.upper(), str(type_code), "".join(name.split())[:NAME_CHARS]]
    digest = hashlib.sha256(b"SW1-REV" + b"".join(b"\x00" + p.encode("utf-8") for p in parts))
    return digest.digest()[:16].hex()


def verify(text: str, docs: TrustDocuments, now: datetime) -> Verdict:
    try:
        cose = strict_cbor(signed_bytes(text))
        if len(cbor2.dumps(cose)) > MAX_SIGNED:
            raise ValueError("too long")
        if not (
            isinstance(cose, list)
            and len(cose) == 4
            and isinstance(cose[0], bytes)
            and isinstance(cose[1], dict)  # the unprotected header: a map (the issuer's is empty)
            and isinstance(cose[2], bytes)
            and isinstance(cose[3], bytes)
        ):
            raise ValueError("not a COSE_Sign1 structure")
        protected, _unprotected, body, signature = cose
        header = strict_cbor(protected)
        if not (isinstance(header, dict) and header.get(1) == -8 and isinstance(header.get(4), bytes)):
            raise ValueError("protected header")
    except Exception as exc:  # hostile text: every failure is a verdict
        return Verdict(False, "malformed", f"not a readable safetywatch payload ({exc})")
    kid = header[4].hex()
    key = docs.certificate_keys.get(kid)
    if key is None:
        return Verdict(False, "unknown_key", "signed by a key the issuer never published", kid)
    if key.get("status") == "retired":
        return Verdict(False, "retired_key", "signed by a retired key: the issuer withdrew it", kid)
    sig_structure = cbor2.dumps(["Signature1", protected, CONTEXT.encode("ascii"), body])
    try:
        if not isinstance(signature, bytes) or len(signature) != 64:
            raise InvalidSignature
        public_key(key).verify(signature, sig_structure)
    except InvalidSignature:
        return Verdict(False, "bad_signature", "the signature does not match: altered or forged", kid)
    try:
        content = strict_cbor(body)
        if not isinstance(content, dict):
            raise ValueError("not a map")
        cert_no, name, last4 = _text(content, 1, 40), _text(content, 3, 64), _text(content, 4, 4)
        type_code, issued = _int(content, 2, 1, 3), _int(content, 9, 0, 253402300799)
        if cert_no is None or name is None or last4 is None or type_code is None or issued is None:
            raise ValueError("a required key is missing")
        if cert_no.count("#") > 1 or not isinstance(content.get(11, False), bool):
            raise ValueError("number or name flag")
        for number in (5, 6):  # a catalogue code or a text
            if number in content and type(content[number]) is not int:
                _text(content, number, 64)
        _int(content, 7, 0, (date(9999, 12, 31) - EPOCH).days)
        _int(content, 8, 100000, 999999)
        _int(content, 10, 1, 2**63)
        issued_at = datetime.fromtimestamp(issued, UTC)
    except Exception as exc:
        return Verdict(False, "malformed", f"signed content unreadable ({exc})", kid)
    valid_to = EPOCH + timedelta(days=content[7]) if type(content.get(7)) is int else None
    claims = {
        "certificate_no": cert_no.replace("#", "…" + last4),
        "kind": CERT_TYPES[type_code],
        "name": name + ("…" if content.get(11) is True else ""),
        "id_last4": last4,
        "valid_to": valid_to.isoformat() if valid_to else None,
        "issuer_division": content.get(8),
        "category_code": content.get(5),
        "item_code": content.get(6),
        "signed_at": issued_at.isoformat().replace("+00:00", "Z"),
    }
    starts, stops = parse_time(key.get("valid_from")), parse_time(key.get("signs_until"))
    if (starts and issued_at < starts - CLOCK_SKEW) or (stops and issued_at > stops + CLOCK_SKEW):
        return Verdict(
            False,
            "outside_key_validity",
            "signed at a time its key was not allowed to sign: forged with a leaked key?",
            kid,
            claims,
        )
    if content.get(11) is True and len(name) < NAME_CHARS:
        return Verdict(
            False, "revocation_unknown", "the name on this card is shortened: check it online", kid, claims
        )
    entry = docs.revoked.get(revocation_id(cert_no, last4, type_code, name))
    if entry is not None:
        status = entry.get("status", "revoked")
        return Verdict(False, status, f"{status} by the issuer since {entry.get('since')}", kid, claims)
    if valid_to is not None and valid_to < now.astimezone(CHINA).date():
        return Verdict(False, "expired", f"expired on {valid_to.isoformat()}", kid, claims)
    return Verdict(True, "valid", "genuine and not revoked", kid, claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("payload", help="the QR code's text (SW1:… or https://…/V/<digits>)")
    parser.add_argument("--keys", required=True, type=Path, help="the published keys.json")
    parser.add_argument("--revocations", required=True, type=Path, help="the published revocations.json")
    parser.add_argument("--trust", help="kid (or base64url public key) of the issuer's list-signing key")
    parser.add_argument("--at", help="verify as of this ISO time (default: now)")
    parser.add_argument("--json", action="store_true", help="print the verdict as one JSON object")
    args = parser.parse_args(argv)
    try:
        now = parse_time(args.at) if args.at else datetime.now(UTC)
        docs = load_documents(args.keys.read_bytes(), args.revocations.read_bytes(), args.trust, now)
    except (OSError, ValueError, DocumentError) as exc:
        print(f"cannot use the published documents: {exc}", file=sys.stderr)
        return 2
    if args.trust is None:
        print(
            f"note: trusting list-signing key {docs.list_kid} as found; pin it with --trust", file=sys.stderr
        )
    verdict = verify(args.payload, docs, now)
    if args.json:
        print(json.dumps(verdict.__dict__, ensure_ascii=False))
    else:
        print(("VALID" if verdict.valid else "NOT VALID") + f": {verdict.message} [{verdict.reason}]")
        for label, value in verdict.claims.items():
            if value is not None:
                print(f"  {label}: {value}")
    return 0 if verdict.valid else 1


if __name__ == "__main__":
    sys.exit(main())
