"""The office's Ed25519 evidence key: created once (safely when processes race), rotated with the old
public half kept, and every key ever used loaded for verifying.

A separate key from the certificate QR keys (certs.keys): evidence signatures must keep verifying for
years, whatever happens to the rotation of the QR keys.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from certs.keys import KeysError, SigningKey, kid_for

KEY_SUBDIR = "evidence"
KEY_FILE = "ed25519.pem"


def _key_path(keys_dir: Path) -> Path:
    return Path(keys_dir) / KEY_SUBDIR / KEY_FILE


def evidence_key(keys_dir: Path) -> SigningKey:
    """The office's evidence signing key, created on first use.

    A separate key from the certificate QR keys: evidence signatures must keep verifying for years, whatever
    happens to the rotation of the QR keys. Two processes creating it at once both end up with the same key:
    each writes a complete temporary file and hard-links it into place, which fails if the other won."""
    path = _key_path(keys_dir)
    if not path.exists():
        _create_key_file(path)
    return _load_signing_key(path)


def public_key_pem(keys_dir: Path) -> bytes:
    """What the office publishes so that anyone can check its packages."""
    public = evidence_key(keys_dir).private_key.public_key()
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _retired_dir(keys_dir: Path) -> Path:
    return Path(keys_dir) / KEY_SUBDIR / "retired"


def rotate_evidence_key(keys_dir: Path) -> tuple[str, str]:
    """Replaces the signing key with a new one; the old one's public half stays (evidence/retired/KID.pem)
    so that packages it signed keep verifying, while its private half is gone. Returns (old, new) kids."""
    old = evidence_key(keys_dir)
    retired = _retired_dir(keys_dir)
    retired.mkdir(mode=0o700, parents=True, exist_ok=True)
    public = old.private_key.public_key()
    (retired / f"{old.kid}.pem").write_bytes(
        public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    path = _key_path(keys_dir)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd, temp = tempfile.mkstemp(prefix=".ed25519-", suffix=".tmp", dir=path.parent)  # mode 0600
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)  # readers see the old key or the new one, never half of one
    return old.kid, evidence_key(keys_dir).kid


def list_evidence_keys(keys_dir: Path) -> list[tuple[str, str]]:
    """(kid, "active" | "retired") of every evidence key the office has had."""
    out: list[tuple[str, str]] = []
    if _key_path(keys_dir).is_file():
        out.append((_load_signing_key(_key_path(keys_dir), check_mode=False).kid, "active"))
    if _retired_dir(keys_dir).is_dir():
        out += [(p.stem, "retired") for p in sorted(_retired_dir(keys_dir).glob("*.pem"))]
    return out


def load_public_keys(
    keys_dir: Path | None = None, pem_files: Iterable[Path] = ()
) -> dict[str, Ed25519PublicKey]:
    """kid -> key: the office key from keys_dir (if it exists; verifying never creates a key) and the keys it
    retired, plus the PEM files given, which may be public keys or private keys. Raises ValueError naming an
    unusable file."""
    found: dict[str, Ed25519PublicKey] = {}
    if keys_dir is not None and _key_path(keys_dir).is_file():
        public = _load_signing_key(_key_path(keys_dir), check_mode=False).private_key.public_key()
        found[kid_for(public)] = public
    if keys_dir is not None and _retired_dir(keys_dir).is_dir():
        for retired in sorted(_retired_dir(keys_dir).glob("*.pem")):
            public = _read_public_pem(retired)
            found[kid_for(public)] = public
    for pem_file in pem_files:
        public = _read_public_pem(Path(pem_file))
        found[kid_for(public)] = public
    return found


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd, temp = tempfile.mkstemp(prefix=".ed25519-", suffix=".tmp", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)  # never replaces an existing key, unlike rename
        except FileExistsError:
            pass  # another process created it first: use theirs
        except OSError:
            _write_exclusive(path, pem)  # a file system without hard links
    finally:
        Path(temp).unlink(missing_ok=True)


def _write_exclusive(path: Path, pem: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())


def _load_signing_key(path: Path, check_mode: bool = True) -> SigningKey:
    try:
        if check_mode and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeysError(f"{path} is readable by others: chmod 600 it")
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise KeysError(f"{path} cannot be read as the evidence key: {exc}") from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeysError(f"{path} is not an Ed25519 private key")
    return SigningKey(kid_for(private.public_key()), private)


def _read_public_pem(path: Path) -> Ed25519PublicKey:
    data = path.read_bytes()
    try:
        key: Any = serialization.load_pem_public_key(data)
    except ValueError:
        try:
            key = serialization.load_pem_private_key(data, password=None).public_key()
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{path}: not a PEM public (or unencrypted private) key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"{path}: not an Ed25519 key")
    return key
