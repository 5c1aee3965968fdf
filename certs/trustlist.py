"""The published trust documents: the key set and the revocation list an offline verifier needs.

An employer's HR system or another province's app verifies a card's QR without calling us (as EU DCC
verifiers do with their trust lists): it needs every public key that ever signed a card, with the key's
validity, and the certificates revoked or suspended since the card was printed. Both documents are JSON,
signed as a JWS in the flattened JSON serialization (RFC 7515 §7.2.2) with EdDSA / Ed25519 (RFC 8037), by
the **list-signing key**: a long-lived Ed25519 key of its own (`list-signing.key` beside the certificate
keys), so rotating the certificate keys never changes the key a verifier pins. docs/verification-spec.md
is the byte-for-byte description; tools/offline_verifier.py is a verifier that uses nothing else.

Why a separate key: `keys rotate` deletes the old certificate key's private half, so a key set signed by
"the current certificate key" could not be chained from one rotation to the next; and keeping the two
jobs apart means a leaked list key cannot sign cards and a leaked card key cannot forge a list.

Both documents are deterministic (same registry and ring → same bytes; Ed25519 signatures are
deterministic), so several nodes serve the same ETag. The revocation list's `issued_at` is the start of
the current hour, and it promises a new list within `NEXT_UPDATE`.

No personal data is published: an entry is a truncated SHA-256 of what the card's QR itself carries
(the number with `#` for the holder's ID number, the ID number's last four characters, the kind and the
name), never the number alone (new-style numbers are the full ID number), and no free-text reason.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from certs import keys, payload
from foundation import clock

FORMAT = 1
LIST_KEY_FILE = "list-signing.key"
LIST_META_FILE = "list-signing.json"
KEYSET_TYPE = "safetywatch-keyset+json"
REVOCATIONS_TYPE = "safetywatch-revocations+json"
REVOCATION_CONTEXT = b"SW1-REV"
REVOCATION_ID_BYTES = 16
NAME_CHARS = 32  # the longest name a payload carries (certs.payload._SHRINK_STEPS)
NEXT_UPDATE = timedelta(hours=24)

# Key statuses as published: the ring's words are internal ("verify"), these are the spec's.
PUBLISHED_STATUS = {
    keys.KeyStatus.ACTIVE: "current",
    keys.KeyStatus.VERIFY_ONLY: "rotated",
    keys.KeyStatus.RETIRED: "retired",
}
# Registry status -> (published status, RFC 5280 CRLReason name). The registry's reason is free text
# that may name people, so only the kind of withdrawal is published.
REVOKED_STATUSES = {"revoked": ("revoked", "unspecified"), "suspended": ("suspended", "certificateHold")}


@dataclass(frozen=True, slots=True)
class ListKey:
    kid: str
    private_key: Ed25519PrivateKey
    created_at: datetime

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()


# --- the list-signing key ------------------------------------------------------------------------------


def list_key(keys_dir: Path | str | None) -> ListKey:
    """The list-signing key, created on first use (O_EXCL: of two processes racing, one writes it and
    both read the same key). On several nodes, create it once (`run.py keys create` does) and copy it
    with the other keys: `list-signing.key` and `list-signing.json` (its creation time, which the key set
    publishes as `valid_from`, so every node serves the same bytes)."""
    directory = keys.signing_dir(keys_dir)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = directory / LIST_KEY_FILE
    if not path.exists():
        private = Ed25519PrivateKey.generate()
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            try:
                os.write(fd, pem)
                os.fsync(fd)
            finally:
                os.close(fd)
            created = clock.now().astimezone(UTC).replace(microsecond=0)
            meta = {"kid": keys.kid_for(private.public_key()), "created_at": created.isoformat()}
            (directory / LIST_META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    found = existing_list_key(keys_dir)
    if found is None:
        raise keys.KeysError(f"{path} cannot be read")
    return found


def existing_list_key(keys_dir: Path | str | None) -> ListKey | None:
    """The list-signing key if it was created, else None (for `keys list`, which changes nothing)."""
    directory = keys.signing_dir(keys_dir)
    path = directory / LIST_KEY_FILE
    try:
        stat = path.stat()
        pem = path.read_bytes()
    except FileNotFoundError:
        return None
    if stat.st_mode & 0o077:
        raise keys.KeysError(f"{path} is readable by others: chmod 600 it")
    private = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(private, Ed25519PrivateKey):
        raise keys.KeysError(f"{path} does not hold an Ed25519 private key")
    kid = keys.kid_for(private.public_key())
    created = datetime.fromtimestamp(int(stat.st_mtime), UTC)
    try:
        meta = json.loads((directory / LIST_META_FILE).read_text(encoding="utf-8"))
        if meta.get("kid") == kid:
            created = datetime.fromisoformat(meta["created_at"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no or foreign metadata: the file's time is the best guess
    return ListKey(kid, private, created)


# --- JWS (RFC 7515 flattened JSON serialization, EdDSA) -----------------------------------------------


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical_json(document: object) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same document always gives the same bytes (and so one ETag)."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_document(document: dict, typ: str, key: ListKey) -> bytes:
    header = b64url(canonical_json({"alg": "EdDSA", "kid": key.kid, "typ": typ}))
    body = b64url(canonical_json(document))
    signature = key.private_key.sign(f"{header}.{body}".encode("ascii"))
    return canonical_json({"payload": body, "protected": header, "signature": b64url(signature)})


# --- the documents -------------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


def _jwk(public: Ed25519PublicKey) -> dict[str, str]:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}


def key_set(keys_dir: Path | str | None, issuer: str | None) -> dict:
    """Every certificate key ever created (a retired key stays listed, so a verifier learns it is retired
    rather than unknown) and the list-signing key."""
    ring = keys.list_keys(keys_dir)
    lister = list_key(keys_dir)
    entries = []
    for info in ring:
        stopped = info.rotated_at or info.retired_at
        entries.append(
            {
                **_jwk(info.public_key),
                "kid": info.kid,
                "alg": "EdDSA",
                "use": "sig",
                "purpose": "certificates",
                "status": PUBLISHED_STATUS[info.status],
                "valid_from": _iso(info.created_at),
                "signs_until": _iso(stopped),
                "valid_until": _iso(info.retired_at),
            }
        )
    entries.append(
        {
            **_jwk(lister.public_key),
            "kid": lister.kid,
            "alg": "EdDSA",
            "use": "sig",
            "purpose": "lists",
            "status": "current",
            "valid_from": _iso(lister.created_at),
            "signs_until": None,
            "valid_until": None,
        }
    )
    events = [lister.created_at] + [
        moment for info in ring for moment in (info.created_at, info.rotated_at, info.retired_at) if moment
    ]
    newest = max(events)
    return {
        "format": FORMAT,
        "type": "keyset",
        "issuer": issuer,
        "version": int(newest.timestamp()),
        "issued_at": _iso(newest),
        "payload_context": payload.EXTERNAL_AAD.decode("ascii"),
        "keys": entries,
    }


def revocation_id(cert_no_pattern: str, id_last4: str, type_code: int, name: str) -> str:
    """What a verifier computes from a verified payload to look the card up in the list (spec §5.2)."""
    parts = [cert_no_pattern.upper(), id_last4.upper(), str(type_code), "".join(name.split())[:NAME_CHARS]]
    digest = hashlib.sha256(REVOCATION_CONTEXT + b"".join(b"\x00" + p.encode("utf-8") for p in parts))
    return digest.digest()[:REVOCATION_ID_BYTES].hex()


def record_revocation_id(cert_no: str, id_number: str, cert_type: str, name: str) -> str:
    pattern = payload._cert_no_pattern(cert_no, id_number)
    return revocation_id(pattern, id_number.strip()[-4:], payload.CERT_TYPE_CODES[cert_type], name)


async def revocation_entries() -> list[dict]:
    """Revoked and suspended certificates, in id order (stable bytes)."""
    from models.certificates import Certificate

    rows = await Certificate.filter(status__in=list(REVOKED_STATUSES)).values_list(
        "cert_no", "id_number", "cert_type", "name", "status", "updated_at"
    )
    entries = []
    for cert_no, id_number, cert_type, name, status, updated_at in rows:
        if cert_type not in payload.CERT_TYPE_CODES or len((id_number or "").strip()) < 4:
            continue  # a row no card can be issued for (sign_certificate refuses it)
        published, reason = REVOKED_STATUSES[status]
        entries.append(
            {
                "id": record_revocation_id(cert_no, id_number, cert_type, name),
                "status": published,
                "reason": reason,
                "since": _iso(updated_at.replace(microsecond=0)) if updated_at else None,
            }
        )
    entries.sort(key=lambda entry: (entry["id"], entry["status"]))
    return entries


async def revocation_list(issuer: str | None, now: datetime | None = None) -> dict:
    moment = (now or clock.now()).astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    return {
        "format": FORMAT,
        "type": "revocations",
        "issuer": issuer,
        "version": int(moment.timestamp()),
        "issued_at": _iso(moment),
        "next_update": _iso(moment + NEXT_UPDATE),
        "entries": await revocation_entries(),
    }


def signed_key_set(keys_dir: Path | str | None, issuer: str | None) -> bytes:
    return sign_document(key_set(keys_dir, issuer), KEYSET_TYPE, list_key(keys_dir))


async def signed_revocation_list(keys_dir: Path | str | None, issuer: str | None) -> bytes:
    return sign_document(await revocation_list(issuer), REVOCATIONS_TYPE, list_key(keys_dir))
