"""Certificate signing keys: Ed25519, kept in `DATA_DIR/keys/cert-signing/` (or `$CERT_SIGNING_KEYS_DIR`).

Ed25519 rather than ECDSA P-256: signatures are the same 64 bytes, but signing is deterministic (no
nonce to get wrong), keys are 32 bytes and there is a single parameter choice. Verifiers only need the
public keys, which all live in one JSON file, `keyring.json`; each private key is a PKCS#8 PEM file
`<kid>.key` with mode 0600, and only the active key has one.

Life cycle: `create_key` makes the first active key; `rotate` makes a new active key and turns the old
one verify-only (its private key is deleted: nothing may be signed with it again, but every certificate
it signed keeps verifying); `retire` withdraws a key (a retired key verifies nothing; retire a leaked key,
then rotate). Changes take an exclusive `flock` and replace `keyring.json` atomically, so another process
reading at the same time sees either the old or the new ring, never half of one.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import fcntl
import hashlib
import json
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from foundation import clock

ENV_VAR = "CERT_SIGNING_KEYS_DIR"
SUBDIR = "cert-signing"
RING_FILE = "keyring.json"
LOCK_FILE = ".lock"
KID_BYTES = 4
FORMAT = 1


class KeysError(Exception):
    """A key operation that cannot be done; the message says what to do instead."""


class NoActiveKey(KeysError):
    pass


class KeyStatus(enum.StrEnum):
    ACTIVE = "active"
    VERIFY_ONLY = "verify"
    RETIRED = "retired"


@dataclass(frozen=True, slots=True)
class KeyInfo:
    kid: str
    status: KeyStatus
    created_at: datetime
    public_key: Ed25519PublicKey
    rotated_at: datetime | None = None
    retired_at: datetime | None = None

    @property
    def kid_bytes(self) -> bytes:
        return bytes.fromhex(self.kid)


@dataclass(frozen=True, slots=True)
class SigningKey:
    kid: str
    private_key: Ed25519PrivateKey

    @property
    def kid_bytes(self) -> bytes:
        return bytes.fromhex(self.kid)


@dataclass(frozen=True, slots=True)
class Keyring:
    """The verifier's view: every key ever created, by its kid bytes, with its status."""

    keys: dict[bytes, KeyInfo]

    def get(self, kid: bytes) -> KeyInfo | None:
        return self.keys.get(kid)


def signing_dir(keys_dir: Path | str | None = None) -> Path:
    """`$CERT_SIGNING_KEYS_DIR` wins (keys may live off the data volume); else keys_dir/cert-signing."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    if keys_dir is None:
        raise KeysError(f"no keys directory given and {ENV_VAR} is not set")
    return Path(keys_dir) / SUBDIR


def kid_for(public_key: Ed25519PublicKey) -> str:
    """A short id derived from the key itself, so it cannot disagree with the key it names."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:KID_BYTES].hex()


def create_key(keys_dir: Path | str | None) -> KeyInfo:
    """The first active key (or a new one after the active key was retired)."""
    directory = _ensure_dir(signing_dir(keys_dir))
    with _locked(directory):
        ring = _read_ring(directory)
        active = [info for info in ring if info.status is KeyStatus.ACTIVE]
        if active:
            raise KeysError(f"an active key already exists ({active[0].kid}); use rotate to replace it")
        info = _new_key(directory, ring)
        _write_ring(directory, [*ring, info])
        return info


def rotate(keys_dir: Path | str | None) -> KeyInfo:
    """A new active key; the previous active key keeps verifying what it signed but signs nothing more."""
    directory = _ensure_dir(signing_dir(keys_dir))
    with _locked(directory):
        ring = _read_ring(directory)
        now = _now()
        updated = []
        for info in ring:
            if info.status is KeyStatus.ACTIVE:
                info = replace(info, status=KeyStatus.VERIFY_ONLY, rotated_at=now)
            updated.append(info)
        new = _new_key(directory, ring)
        _write_ring(directory, [*updated, new])
        for info in ring:
            if info.status is KeyStatus.ACTIVE:
                _private_path(directory, info.kid).unlink(missing_ok=True)
        return new


def retire(keys_dir: Path | str | None, kid: str) -> KeyInfo:
    """Withdraw a key: every payload it signed now verifies as RETIRED_KEY. Retiring the active key leaves
    no signing key until `rotate` or `create_key`, which is what a leaked key calls for."""
    directory = signing_dir(keys_dir)
    wanted = kid.strip().lower()
    with _locked(_ensure_dir(directory)):
        ring = _read_ring(directory)
        if not any(info.kid == wanted for info in ring):
            raise KeysError(f"no key {kid!r}; `keys list` shows the kids")
        updated = [
            replace(info, status=KeyStatus.RETIRED, retired_at=_now())
            if info.kid == wanted and info.status is not KeyStatus.RETIRED
            else info
            for info in ring
        ]
        _write_ring(directory, updated)
        _private_path(directory, wanted).unlink(missing_ok=True)
        return next(info for info in updated if info.kid == wanted)


def list_keys(keys_dir: Path | str | None) -> list[KeyInfo]:
    return _read_ring(signing_dir(keys_dir))


def active_key(keys_dir: Path | str | None) -> SigningKey:
    directory = signing_dir(keys_dir)
    active = [info for info in _read_ring(directory) if info.status is KeyStatus.ACTIVE]
    if not active:
        raise NoActiveKey("no active signing key: run `python run.py keys create` (or `keys rotate`)")
    info = active[0]
    path = _private_path(directory, info.kid)
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeysError(f"{path} is readable by others: chmod 600 it")
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError:
        raise KeysError(f"the private key of the active key {info.kid} is missing ({path})") from None
    if not isinstance(private, Ed25519PrivateKey) or kid_for(private.public_key()) != info.kid:
        raise KeysError(f"{path} does not hold the private key of {info.kid}")
    return SigningKey(info.kid, private)


def public_key(keys_dir: Path | str | None, kid: str) -> Ed25519PublicKey | None:
    """The public half of any key ever created (retired ones too), or None for an unknown kid."""
    try:
        kid_bytes = bytes.fromhex(kid.strip())
    except ValueError:
        return None
    info = load_keyring(keys_dir).get(kid_bytes)
    return info.public_key if info else None


_cache: dict[Path, tuple[tuple[int, int, int], Keyring]] = {}
_cache_lock = threading.Lock()


def load_keyring(keys_dir: Path | str | None) -> Keyring:
    """The current ring, re-read only when `keyring.json` changed (cheap enough to call per verification)."""
    path = signing_dir(keys_dir) / RING_FILE
    try:
        st = path.stat()
        stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
    except FileNotFoundError:
        return Keyring({})
    with _cache_lock:
        cached = _cache.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
    ring = Keyring({info.kid_bytes: info for info in _read_ring(path.parent)})
    with _cache_lock:
        _cache[path] = (stamp, ring)
    return ring


# --- storage -------------------------------------------------------------------------------------------

_thread_lock = threading.Lock()


@contextlib.contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """flock serialises processes; the thread lock serialises threads of this one (flock is per file
    description, so two threads opening the lock file would not exclude each other)."""
    with _thread_lock:
        fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def _ensure_dir(directory: Path) -> Path:
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    return directory


def _now() -> datetime:
    return clock.now().replace(microsecond=0)


def _private_path(directory: Path, kid: str) -> Path:
    return directory / f"{kid}.key"


def _new_key(directory: Path, ring: list[KeyInfo]) -> KeyInfo:
    taken = {info.kid for info in ring}
    while True:
        private = Ed25519PrivateKey.generate()
        kid = kid_for(private.public_key())
        if kid not in taken:
            break
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(_private_path(directory, kid), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    return KeyInfo(kid, KeyStatus.ACTIVE, _now(), private.public_key())


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _read_ring(directory: Path) -> list[KeyInfo]:
    path = directory / RING_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise KeysError(f"{path} cannot be read: {exc}") from exc
    ring = []
    for entry in document.get("keys", []):
        raw = base64.b64decode(entry["public_key"])
        ring.append(
            KeyInfo(
                kid=entry["kid"],
                status=KeyStatus(entry["status"]),
                created_at=datetime.fromisoformat(entry["created_at"]),
                public_key=Ed25519PublicKey.from_public_bytes(raw),
                rotated_at=_parse_time(entry.get("rotated_at")),
                retired_at=_parse_time(entry.get("retired_at")),
            )
        )
    return ring


def _write_ring(directory: Path, ring: list[KeyInfo]) -> None:
    document = {
        "format": FORMAT,
        "algorithm": "Ed25519",
        "keys": [
            {
                "kid": info.kid,
                "status": info.status.value,
                "created_at": _iso(info.created_at),
                "rotated_at": _iso(info.rotated_at),
                "retired_at": _iso(info.retired_at),
                "public_key": base64.b64encode(
                    info.public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
                ).decode("ascii"),
            }
            for info in ring
        ],
    }
    fd, temp = tempfile.mkstemp(prefix=".keyring-", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, directory / RING_FILE)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
