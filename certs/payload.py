"""The signed certificate payload: a COSE_Sign1 structure (RFC 9052) over a CBOR map with integer keys.

Wire format, all CBOR, untagged:

    [ protected: bstr .cbor {1: -8 (EdDSA), 4: kid (4 bytes)},
      unprotected: {},
      payload: bstr .cbor {1: cert_no, 2: cert_type, 3: name, ...},
      signature: bstr (64 bytes, Ed25519 over the COSE Sig_structure with external_aad = b"SW1") ]

Payload keys (see certs/README.md for the table): integers, because a one-byte key is what lets a full
record fit in the 200 signed bytes a version-11 QR allows. The holder's full ID number is never inside:
only its last four characters, and where the certificate number embeds it (new style `T` + ID number) the
number is written with `#` in its place (`T#`); the registry lookup fills it back in.

`verify_payload` never raises: scanned text is attacker-controlled, and every failure is a status.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import cbor2
from cryptography.exceptions import InvalidSignature

from certs import catalog, transport
from certs.keys import Keyring, KeyStatus, SigningKey
from certs.masking import ELLIPSIS, mask_id, mask_name
from foundation import clock

MAX_SIGNED_BYTES = 200
ALG_EDDSA = -8
EXTERNAL_AAD = transport.CONTEXT.encode("ascii")
EPOCH = date(1970, 1, 1)

CERT_TYPES = {1: "special_operation", 2: "safety_management", 3: "team_leader"}
CERT_TYPE_CODES = {name: code for code, name in CERT_TYPES.items()}

# Payload map keys. Append only: these numbers are part of every QR ever printed.
K_CERT_NO, K_TYPE, K_NAME, K_ID_LAST4, K_CATEGORY, K_ITEM = 1, 2, 3, 4, 5, 6
K_VALID_TO, K_DIVISION, K_ISSUED_AT, K_RECORD, K_NAME_CUT = 7, 8, 9, 10, 11
ID_MARK = "#"


class PayloadStatus(enum.StrEnum):
    VALID = "valid"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_KEY = "unknown_key"
    RETIRED_KEY = "retired_key"
    MALFORMED = "malformed"
    NOT_OURS = "not_ours"


class PayloadTooLarge(ValueError):
    """The record cannot be made to fit even with every optional field shortened or dropped."""


@dataclass(frozen=True, slots=True)
class CertFields:
    """What the issuer signs: taken from the registry row (the full ID number is used, never embedded)."""

    cert_no: str
    cert_type: str
    name: str
    id_number: str
    category: str | None = None
    item: str | None = None
    valid_to: date | None = None
    issuer_division: str | None = None
    record_id: int | None = None
    issued_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PayloadFields:
    """What a payload says. `cert_no` may hold `#` for the holder's ID number; use the helpers to compare."""

    cert_no: str
    cert_type: str
    name: str
    id_last4: str
    issued_at: datetime
    category: str | None = None
    item: str | None = None
    category_code: int | None = None
    item_code: int | None = None
    valid_to: date | None = None
    issuer_division: str | None = None
    record_id: int | None = None
    name_truncated: bool = False

    def cert_no_matches(self, cert_no: str, id_number: str | None) -> bool:
        expected = self.cert_no.upper()
        if ID_MARK in expected:
            if not id_number:
                return False
            expected = expected.replace(ID_MARK, id_number.strip().upper())
        return expected == cert_no.strip().upper()

    def name_matches(self, name: str) -> bool:
        other = "".join(name.split())
        mine = "".join(self.name.split())
        return other.startswith(mine) if self.name_truncated else other == mine

    def id_matches(self, id_number: str) -> bool:
        return id_number.strip().upper().endswith(self.id_last4.upper())

    @property
    def masked_cert_no(self) -> str:
        return self.cert_no.replace(ID_MARK, ELLIPSIS + self.id_last4)

    @property
    def masked_name(self) -> str:
        return mask_name(self.name) + ("…" if self.name_truncated else "")

    @property
    def masked_id(self) -> str:
        return mask_id(self.id_last4)


@dataclass(frozen=True, slots=True)
class PayloadResult:
    status: PayloadStatus
    fields: PayloadFields | None = None  # set only when VALID: the signature vouches for these
    claimed: PayloadFields | None = None  # what an unverified payload claims, for the case file
    kid: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status is PayloadStatus.VALID


# --- signing -------------------------------------------------------------------------------------------

# Shortening steps, tried in order until the signed payload fits: (keep record id, text limit, name limit).
# Display-only text goes first; the name, which a verifier compares with the ID card, goes last.
_SHRINK_STEPS: tuple[tuple[bool, int, int], ...] = (
    (True, 24, 32),
    (False, 24, 32),
    (False, 10, 32),
    (False, 4, 32),
    (False, 0, 32),
    (False, 0, 16),
    (False, 0, 8),
    (False, 0, 4),
    (False, 0, 2),
)


def sign_certificate(
    fields: CertFields, key: SigningKey, *, fits: Callable[[bytes], bool] | None = None
) -> str:
    """`SW1:` + Base45 of the signed payload, at most 200 signed bytes.

    `fits` is an extra size test on the signed bytes (the QR builder passes "the QR stays version 11");
    optional fields are shortened, then dropped, until both tests pass. Raises PayloadTooLarge.
    """
    return transport.to_text(sign_bytes(fields, key, fits=fits))


def sign_bytes(fields: CertFields, key: SigningKey, *, fits: Callable[[bytes], bool] | None = None) -> bytes:
    _check_fields(fields)
    if fields.issued_at is None:  # one time for every shortening step
        fields = replace(fields, issued_at=clock.now())
    protected = cbor2.dumps({1: ALG_EDDSA, 4: key.kid_bytes}, canonical=True)
    last_size = 0
    for keep_record, text_limit, name_limit in _SHRINK_STEPS:
        content = _content(fields, keep_record, text_limit, name_limit)
        payload = cbor2.dumps(content, canonical=True)
        signature = key.private_key.sign(_sig_structure(protected, payload))
        signed = cbor2.dumps([protected, {}, payload, signature])
        last_size = len(signed)
        if last_size <= MAX_SIGNED_BYTES and (fits is None or fits(signed)):
            return signed
    raise PayloadTooLarge(f"certificate {fields.cert_no!r} does not fit ({last_size} signed bytes at best)")


def _check_fields(fields: CertFields) -> None:
    if fields.cert_type not in CERT_TYPE_CODES:
        raise ValueError(f"unknown cert_type {fields.cert_type!r}")
    if ID_MARK in fields.cert_no:
        raise ValueError(
            f"certificate number {fields.cert_no!r} contains {ID_MARK!r}, which payloads reserve"
        )
    if len(fields.id_number.strip()) < 4 or not fields.name.strip() or not fields.cert_no.strip():
        raise ValueError("cert_no, name and a full id_number are required")


def _cert_no_pattern(cert_no: str, id_number: str) -> str:
    number = cert_no.strip()
    holder = id_number.strip().upper()
    start = number.upper().find(holder)
    if start < 0:
        return number
    return number[:start] + ID_MARK + number[start + len(holder) :]


def _content(fields: CertFields, keep_record: bool, text_limit: int, name_limit: int) -> dict:
    name = "".join(fields.name.split())
    issued = fields.issued_at or clock.now()  # set by sign_bytes; the fallback is for direct use
    content: dict[int, object] = {
        K_CERT_NO: _cert_no_pattern(fields.cert_no, fields.id_number),
        K_TYPE: CERT_TYPE_CODES[fields.cert_type],
        K_NAME: name[:name_limit],
        K_ID_LAST4: fields.id_number.strip().upper()[-4:],
        K_ISSUED_AT: int(issued.timestamp()),
    }
    if len(name) > name_limit:
        content[K_NAME_CUT] = True
    item = catalog.item_code(fields.item)
    category = catalog.category_code(fields.category)
    if item is not None and (category is None or catalog.category_of_item(item) == category):
        content[K_ITEM] = item
    else:
        if category is not None:
            content[K_CATEGORY] = category
        elif fields.category and text_limit:
            content[K_CATEGORY] = fields.category.strip()[:text_limit]
        if fields.item and text_limit:
            content[K_ITEM] = fields.item.strip()[:text_limit]
    if fields.valid_to is not None:
        content[K_VALID_TO] = (fields.valid_to - EPOCH).days
    division = (fields.issuer_division or "").strip()
    if len(division) == 6 and division.isdigit():
        content[K_DIVISION] = int(division)
    if keep_record and fields.record_id is not None and fields.record_id > 0:
        content[K_RECORD] = fields.record_id
    return content


def _sig_structure(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, EXTERNAL_AAD, payload])


# --- verification --------------------------------------------------------------------------------------


def verify_payload(text: str, keyring: Keyring) -> PayloadResult:
    """Check a scanned or typed payload (either text form). Never raises."""
    try:
        return _verify(text, keyring)
    except Exception as exc:  # the last line of defence: hostile input must yield a status, not a crash
        return PayloadResult(PayloadStatus.MALFORMED, detail=f"unexpected: {type(exc).__name__}")


def _verify(text: str, keyring: Keyring) -> PayloadResult:
    try:
        signed = transport.from_text(text)
    except transport.NotOurs:
        return PayloadResult(PayloadStatus.NOT_OURS)
    except transport.Malformed as exc:
        return PayloadResult(PayloadStatus.MALFORMED, detail=str(exc))
    if len(signed) > 2 * MAX_SIGNED_BYTES:
        return PayloadResult(PayloadStatus.MALFORMED, detail="too long")
    structure = _strict_loads(signed)
    if not (
        isinstance(structure, list)
        and len(structure) == 4
        and isinstance(structure[0], bytes)
        and isinstance(structure[1], dict)
        and isinstance(structure[2], bytes)
        and isinstance(structure[3], bytes)
    ):
        return PayloadResult(PayloadStatus.MALFORMED, detail="not a COSE_Sign1 structure")
    protected, _unprotected, payload, signature = structure
    header = _strict_loads(protected)
    if not isinstance(header, dict) or header.get(1) != ALG_EDDSA or not isinstance(header.get(4), bytes):
        return PayloadResult(PayloadStatus.MALFORMED, detail="protected header")
    kid_bytes: bytes = header[4]
    kid = kid_bytes.hex()
    claimed = _parse_content(payload)
    info = keyring.get(kid_bytes)
    if info is None:
        return PayloadResult(PayloadStatus.UNKNOWN_KEY, claimed=claimed, kid=kid)
    if info.status is KeyStatus.RETIRED:
        return PayloadResult(PayloadStatus.RETIRED_KEY, claimed=claimed, kid=kid)
    if len(signature) != 64:
        return PayloadResult(PayloadStatus.BAD_SIGNATURE, claimed=claimed, kid=kid, detail="signature length")
    try:
        info.public_key.verify(signature, _sig_structure(protected, payload))
    except InvalidSignature:
        return PayloadResult(PayloadStatus.BAD_SIGNATURE, claimed=claimed, kid=kid)
    if claimed is None:
        return PayloadResult(PayloadStatus.MALFORMED, kid=kid, detail="signed content unreadable")
    return PayloadResult(PayloadStatus.VALID, fields=claimed, claimed=claimed, kid=kid)


class _Invalid(ValueError):
    pass


def _loads_options() -> dict[str, object]:
    """Decoder limits, where this cbor2 has them (allow_duplicate_keys: 6.1+). The canonical re-encoding
    check below rejects the same inputs on any version; these only make the rejection cheaper."""
    wanted = {"max_depth": 4, "allow_indefinite": False, "allow_duplicate_keys": False}
    try:
        accepted = inspect.signature(cbor2.loads).parameters
    except (TypeError, ValueError):
        return {}
    return {name: value for name, value in wanted.items() if name in accepted}


_LOADS_OPTIONS = _loads_options()


def _strict_loads(data: bytes) -> object:
    """Only canonical, definite-length CBOR: re-encoding must give the same bytes, which also rules out
    trailing data (cbor2.loads ignores it) and anything a semantic tag would turn into another type."""
    try:
        value = cbor2.loads(data, **_LOADS_OPTIONS)
        canonical = cbor2.dumps(value, canonical=True)
    except Exception:
        return None
    if canonical != data and cbor2.dumps(value) != data:
        return None
    return value


def _parse_content(payload: bytes) -> PayloadFields | None:
    content = _strict_loads(payload)
    if not isinstance(content, dict):
        return None
    try:
        return _fields_from(content)
    except (_Invalid, ValueError, OverflowError, TypeError):
        return None


def _text(content: dict, key: int, limit: int, required: bool = False) -> str | None:
    value = content.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value or len(value) > limit:
        raise _Invalid(f"key {key}")
    return value


def _int(content: dict, key: int, low: int, high: int) -> int | None:
    value = content.get(key)
    if value is None:
        return None
    if type(value) is not int or not low <= value <= high:
        raise _Invalid(f"key {key}")
    return value


def _fields_from(content: dict) -> PayloadFields:
    cert_no = _text(content, K_CERT_NO, 40, required=True)
    type_code = _int(content, K_TYPE, 1, 3)
    name = _text(content, K_NAME, 64, required=True)
    last4 = _text(content, K_ID_LAST4, 4, required=True)
    issued = _int(content, K_ISSUED_AT, 0, 253402300799)
    if type_code is None or issued is None or cert_no.count(ID_MARK) > 1:
        raise _Invalid("required key missing")
    category_code = item_code = None
    category = item = None
    raw_category = content.get(K_CATEGORY)
    if type(raw_category) is int:
        category_code = raw_category
        category = catalog.CATEGORIES.get(raw_category)
    elif raw_category is not None:
        category = _text(content, K_CATEGORY, 64)
    raw_item = content.get(K_ITEM)
    if type(raw_item) is int:
        item_code = raw_item
        item = catalog.ITEMS.get(raw_item)
        category_code = catalog.category_of_item(raw_item)
        category = catalog.CATEGORIES.get(category_code)
    elif raw_item is not None:
        item = _text(content, K_ITEM, 64)
    days = _int(content, K_VALID_TO, 0, (date(9999, 12, 31) - EPOCH).days)
    division = _int(content, K_DIVISION, 100000, 999999)
    record = _int(content, K_RECORD, 1, 2**63)
    cut = content.get(K_NAME_CUT, False)
    if not isinstance(cut, bool):
        raise _Invalid("name flag")
    return PayloadFields(
        cert_no=cert_no,
        cert_type=CERT_TYPES[type_code],
        name=name,
        id_last4=last4,
        issued_at=datetime.fromtimestamp(issued, UTC),
        category=category,
        item=item,
        category_code=category_code,
        item_code=item_code,
        valid_to=EPOCH + timedelta(days=days) if days is not None else None,
        issuer_division=str(division) if division is not None else None,
        record_id=record,
        name_truncated=cut,
    )
