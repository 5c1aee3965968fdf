"""Verifying a package without our database: the signature over the manifest, then every original
against the manifest, with size limits checked before anything is unpacked.

Verification never raises on a malformed or hostile package: everything wrong is reported, naming the
file it concerns.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from cases.evidence.contents import FORMAT, MANIFEST, ORIGINALS, README, SIGNATURE

MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024


@dataclass
class PackageReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    files: int = 0
    manifest_sha256: str = ""
    kid: str | None = None



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
