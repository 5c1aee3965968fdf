"""Tamper-evident evidence packages: one ZIP an inspector can hand to anyone, checkable without our database.

The package holds the photographed originals byte for byte, a manifest (hash, size, time, place, OCR reading
and corrections of each file, plus the findings) and an Ed25519 signature of the office over the exact bytes
of the manifest. The signature pins the manifest; the manifest pins every original by its SHA-256. So an
altered, removed or smuggled-in file, or an edited manifest, is caught by `verify_package`, by `python run.py
evidence verify` on the server, or by hand with sha256sum and openssl (the package's README.txt says how, for
people who have neither this software nor the server).

Building is deterministic (fixed ZIP timestamps and attributes, sorted entries, canonical JSON): the same
input gives the same bytes, so a package can be rebuilt and compared. Verification never raises on a
malformed package: everything wrong is reported, naming the file it concerns.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import os
import stat
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from certs.keys import KeysError, SigningKey, kid_for
from foundation import clock

FORMAT = "safetywatch-evidence/1"
KEY_SUBDIR = "evidence"
KEY_FILE = "ed25519.pem"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
README = "README.txt"
ORIGINALS = "originals/"
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
# 1980-01-01 is the earliest time a ZIP header can hold: a fixed stamp makes the bytes reproducible.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# A fixed table rather than `mimetypes`, whose answers depend on the machine's /etc/mime.types.
EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "image/heic": ".heic",
    "image/heif": ".heif",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/csv": ".csv",
    "audio/ogg": ".ogg",
    "audio/mpeg": ".mp3",
    "audio/mp4": ".m4a",
    "video/mp4": ".mp4",
    "video/quicktime": ".mov",
}


@dataclass(frozen=True)
class EvidenceFile:
    sha256: str  # hex of data
    data: bytes  # the original bytes, never altered
    received_at: datetime  # aware UTC
    inspector: str  # e.g. "inspector:12" (no personal data needed)
    latitude: float | None
    longitude: float | None
    mime_type: str | None
    doc_type: str | None  # certificate, sign_in_sheet, ... or None
    ocr: dict[str, Any]  # fields/rows/problems as read by OCR
    corrections: dict[str, Any]  # field -> corrected value, kept beside OCR
    findings: list[dict[str, Any]]  # findings about this file


@dataclass
class PackageReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    files: int = 0
    manifest_sha256: str = ""
    kid: str | None = None


# --- the office's evidence key ---------------------------------------------------------------------------


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


# --- building -------------------------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """One byte sequence per value, so the signature is over something anyone can reproduce."""
    return json.dumps(
        value,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
        default=_json_default,
    ).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable in an evidence manifest")


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: evidence times must be aware (UTC)")
    return moment.astimezone(UTC).isoformat()


def original_path(file: EvidenceFile) -> str:
    """Named by content, so two copies of one photo are one original and a name cannot lie about it."""
    return f"{ORIGINALS}{file.sha256.lower()}{EXTENSIONS.get((file.mime_type or '').lower(), '.bin')}"


def _file_entry(file: EvidenceFile) -> dict[str, Any]:
    location = (
        {"latitude": file.latitude, "longitude": file.longitude}
        if file.latitude is not None and file.longitude is not None
        else None
    )
    return {
        "path": original_path(file),
        "sha256": file.sha256.lower(),
        "size": len(file.data),
        "received_at": _iso(file.received_at),
        "inspector": file.inspector,
        "location": location,
        "mime_type": file.mime_type,
        "doc_type": file.doc_type,
        "ocr": file.ocr,
        "corrections": file.corrections,
        "findings": file.findings,
    }


def build_package(
    meta: dict[str, Any],
    files: list[EvidenceFile],
    findings: list[dict[str, Any]],
    key: SigningKey,
    created_at: datetime | None = None,
) -> bytes:
    """The signed ZIP. Files are listed by (received_at, sha256); a photo sent twice is stored once and
    listed twice. Raises ValueError if a file's sha256 does not match its data (a caller's bug)."""
    for file in files:
        if hashlib.sha256(file.data).hexdigest() != file.sha256.lower():
            raise ValueError(f"EvidenceFile {file.sha256}: sha256 does not match its data")
    ordered = sorted(files, key=lambda f: (f.received_at.astimezone(UTC), f.sha256.lower()))
    created = created_at or clock.now().replace(microsecond=0)
    manifest = canonical_json(
        {
            "format": FORMAT,
            "created_at": _iso(created),
            "meta": meta,
            "files": [_file_entry(f) for f in ordered],
            "findings": findings,
        }
    )
    signature = canonical_json(
        {
            "alg": "Ed25519",
            "kid": key.kid,
            "signature": base64.b64encode(key.private_key.sign(manifest)).decode("ascii"),
        }
    )
    members: dict[str, tuple[bytes, int]] = {
        MANIFEST: (manifest, zipfile.ZIP_DEFLATED),
        SIGNATURE: (signature, zipfile.ZIP_DEFLATED),
        README: (
            _readme(key.kid, len({original_path(f) for f in ordered}), len(ordered)).encode("utf-8"),
            zipfile.ZIP_DEFLATED,
        ),
    }
    for file in ordered:
        members[original_path(file)] = (file.data, zipfile.ZIP_STORED)  # photos and PDFs do not compress
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            data, compression = members[name]
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = compression
            info.create_system = 3  # Unix, whatever machine builds it
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9 if compression == zipfile.ZIP_DEFLATED else None)
    return buffer.getvalue()


def _readme(kid: str, originals: int, listed: int) -> str:
    """The note for whoever receives the package (a court clerk, an enterprise): how to check it with tools
    any computer has, without this software or access to the office's server."""
    twice_zh = f"（清单共列出 {listed} 次接收：同一文件接收两次只保存一份）" if listed != originals else ""
    twice_en = (
        f" (the manifest lists {listed} receipts: a file received twice is kept once)"
        if listed != originals
        else ""
    )
    return f"""安全培训监管 现场检查证据包
================================

本压缩包包含：
  originals/     检查员拍摄或接收的原始文件，逐字节未经任何修改，文件名为其 SHA-256 值。
  manifest.json  清单：每个文件的 SHA-256、大小、接收时间、检查员、位置、文件类型、OCR 识别结果、
                 人工更正及发现的问题，以及本次检查的结论。
  manifest.sig   办公室以 Ed25519 密钥（密钥编号 {kid}）对 manifest.json 原始字节的签名。
  README.txt     本说明。本文件不在签名范围内，修改它不影响证据的真实性。

originals/ 中共 {originals} 个文件{twice_zh}。

如何验证（任何电脑均可，无需本系统）：
  1. 文件完整：计算 originals/ 中每个文件的 SHA-256（如 sha256sum originals/*，Windows 下
     certutil -hashfile 文件名 SHA256），与 manifest.json 中的值逐一比对。
  2. 清单真实：向出具本证据包的应急管理部门索取其证据公钥（也公布在其网站的
     /evidence/public-key.pem），将 manifest.sig 中 signature 的 Base64 值解码保存为 sig.bin，然后
     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile sig.bin
     应显示 Signature Verified Successfully。
  任何文件被修改、删除或添加，或清单被改动，验证都会失败。

Work-safety training supervision - on-site inspection evidence package
=====================================================================

Contents:
  originals/     the files the inspector photographed or received, byte for byte unaltered, each named
                 by its SHA-256.
  manifest.json  the manifest: SHA-256, size, time received, inspector, location, document type, OCR
                 reading, manual corrections and findings of each file, and the inspection's findings.
  manifest.sig   the office's Ed25519 signature (key id {kid}) over the exact bytes of manifest.json.
  README.txt     this note. It is not covered by the signature: changing it does not affect the evidence.

originals/ holds {originals} file(s){twice_en}.

How to verify (on any computer, without this software):
  1. The files: compute the SHA-256 of each file in originals/ (sha256sum originals/*, or on Windows
     certutil -hashfile FILE SHA256) and compare it with manifest.json.
  2. The manifest: get the office's evidence public key from the office that issued the package (it is
     also published on its web site at /evidence/public-key.pem), decode the base64 "signature" value of
     manifest.sig into sig.bin, then run
     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.json -sigfile sig.bin
     which must answer "Signature Verified Successfully".
  Any altered, removed or added file, or any change to the manifest, makes verification fail.
"""


# --- verifying ------------------------------------------------------------------------------------------


# What a damaged or hostile member can make the ZIP reader raise (CRC, zlib, encryption, unknown method).
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    OSError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


class _Refused(Exception):
    """The package cannot be examined further (not a ZIP, too big); the message is the problem."""


def verify_package(package: bytes | Path, public_keys: dict[str, Ed25519PublicKey]) -> PackageReport:
    """Check everything and report every problem; never raises on a malformed or hostile package."""
    report = PackageReport(ok=False)
    label = Path(package).name if isinstance(package, (str, Path)) else "package"
    try:
        source: BinaryIO | Path = io.BytesIO(package) if isinstance(package, bytes) else Path(package)
        with zipfile.ZipFile(source) as archive:
            _verify_archive(archive, public_keys, report)
    except _Refused as exc:
        report.problems.append(str(exc))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        report.problems.append(f"{label}: not a ZIP file (or a damaged one)")
    except OSError as exc:
        report.problems.append(f"{label}: cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # a verifier must answer, whatever the input does to the ZIP reader
        report.problems.append(f"{label}: cannot be examined ({type(exc).__name__}: {exc})")
    report.ok = not report.problems
    return report


def _verify_archive(
    archive: zipfile.ZipFile, public_keys: dict[str, Ed25519PublicKey], report: PackageReport
) -> None:
    problems = report.problems
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise _Refused(f"package: refused, it would unpack to {total} bytes (limit {MAX_TOTAL_BYTES})")
    counts = Counter(info.filename for info in infos)
    for name, count in sorted(counts.items()):
        if count > 1:
            problems.append(f"{name}: appears {count} times in the package")
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        if _unsafe_path(name):
            problems.append(f"{name}: unsafe path (absolute or with ..)")
        elif info.is_dir():
            if name != ORIGINALS:
                problems.append(f"{name}: unexpected directory in the package")
        elif name not in (MANIFEST, SIGNATURE, README) and not name.startswith(ORIGINALS):
            problems.append(f"{name}: unexpected file outside originals/")
        elif info.file_size > MAX_MEMBER_BYTES:
            problems.append(f"{name}: refused, {info.file_size} bytes unpacked (limit {MAX_MEMBER_BYTES})")
        else:
            members.setdefault(name, info)

    manifest_bytes = _read_small(archive, members, MANIFEST, problems)
    signature_bytes = _read_small(archive, members, SIGNATURE, problems)
    if manifest_bytes is not None:
        report.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
        if signature_bytes is not None:
            report.kid = _check_signature(manifest_bytes, signature_bytes, public_keys, problems)
        entries = _manifest_entries(manifest_bytes, problems)
        report.files = len(entries)
        _check_originals(archive, members, entries, problems)


def _unsafe_path(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0] or "\x00" in name


def _read_small(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str, problems: list[str]
) -> bytes | None:
    info = members.get(name)
    if info is None:
        problems.append(f"{name}: missing from the package")
        return None
    try:
        return archive.read(info)
    except _READ_ERRORS as exc:
        problems.append(f"{name}: cannot be read ({type(exc).__name__}: {exc})")
        return None


def _check_signature(
    manifest: bytes, signature_doc: bytes, public_keys: dict[str, Ed25519PublicKey], problems: list[str]
) -> str | None:
    try:
        document = json.loads(signature_doc.decode("utf-8"))
        alg, kid, signature = document["alg"], document["kid"], document["signature"]
        if not isinstance(kid, str) or not isinstance(signature, str):
            raise TypeError("kid and signature must be strings")
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        problems.append(f"{SIGNATURE}: malformed ({type(exc).__name__}: {exc})")
        return None
    if alg != "Ed25519":
        problems.append(f"{SIGNATURE}: unsupported algorithm {alg!r} (expected Ed25519)")
        return kid
    key = public_keys.get(kid)
    if key is None:
        problems.append(
            f"{SIGNATURE}: signed by unknown key id {kid} (pass the office's public key with --public-key)"
        )
        return kid
    try:
        key.verify(raw, manifest)
    except InvalidSignature:
        problems.append(
            f"{SIGNATURE}: the signature over {MANIFEST} does not verify with key {kid} "
            "(the manifest was altered or signed by another key)"
        )
    return kid


def _manifest_entries(manifest: bytes, problems: list[str]) -> list[dict[str, Any]]:
    try:
        document = json.loads(manifest.decode("utf-8"))
    except ValueError as exc:
        problems.append(f"{MANIFEST}: not valid UTF-8 JSON ({exc})")
        return []
    if not isinstance(document, dict):
        problems.append(f"{MANIFEST}: not a JSON object")
        return []
    if document.get("format") != FORMAT:
        problems.append(f"{MANIFEST}: unknown format {document.get('format')!r} (expected {FORMAT})")
    files = document.get("files")
    if not isinstance(files, list):
        problems.append(f"{MANIFEST}: has no list of files")
        return []
    entries = []
    for index, entry in enumerate(files):
        path = entry.get("path") if isinstance(entry, dict) else None
        if not isinstance(path, str) or not isinstance(entry.get("sha256"), str):
            problems.append(f"{MANIFEST}: file entry {index} has no path or sha256")
        elif _unsafe_path(path) or not path.startswith(ORIGINALS) or path == ORIGINALS:
            problems.append(f"{path}: unsafe path in {MANIFEST} (must be inside originals/, without ..)")
        else:
            entries.append(entry)
    return entries


def _check_originals(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    entries: list[dict[str, Any]],
    problems: list[str],
) -> None:
    listed = {entry["path"] for entry in entries}
    digests: dict[str, tuple[str, int] | None] = {}
    for entry in entries:
        path = entry["path"]
        if path not in digests:
            info = members.get(path)
            digests[path] = _digest(archive, info, problems) if info is not None else None
            if info is None:
                problems.append(f"{path}: listed in {MANIFEST} but missing from the package")
        found = digests[path]
        if found is None:
            continue
        sha256, size = found
        if sha256 != str(entry["sha256"]).lower():
            problems.append(f"{path}: sha256 differs from {MANIFEST} (the file was altered)")
        if entry.get("size") != size:
            problems.append(f"{path}: size {size} differs from {entry.get('size')} in {MANIFEST}")
    for name in sorted(members):
        if name.startswith(ORIGINALS) and name not in listed:
            problems.append(f"{name}: extra file not listed in {MANIFEST}")


def _digest(archive: zipfile.ZipFile, info: zipfile.ZipInfo, problems: list[str]) -> tuple[str, int] | None:
    """Streamed, so a 200 MB original never sits in memory; the ZIP reader stops at the declared size."""
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    except _READ_ERRORS as exc:
        problems.append(f"{info.filename}: cannot be read ({type(exc).__name__}: {exc})")
        return None
    return digest.hexdigest(), size
