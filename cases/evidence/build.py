"""Building the signed ZIP: manifest, signature, README and the originals, deterministically.

Fixed ZIP timestamps and attributes, sorted entries and canonical JSON mean the same input gives the
same bytes, so a package can be rebuilt from what is stored and compared.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from datetime import UTC, datetime
from typing import Any

from cases.evidence.contents import FORMAT, MANIFEST, README, SIGNATURE, EvidenceFile, original_path
from cases.evidence.manifest import canonical_json, file_entry, iso_utc
from cases.evidence.readme import readme_text
from certs.keys import SigningKey
from foundation import clock

# 1980-01-01 is the earliest time a ZIP header can hold: a fixed stamp makes the bytes reproducible.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


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
            "created_at": iso_utc(created),
            "meta": meta,
            "files": [file_entry(f) for f in ordered],
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
            readme_text(key.kid, len({original_path(f) for f in ordered}), len(ordered)).encode("utf-8"),
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
