"""What an evidence package is made of: the names inside the ZIP, the format tag, and the EvidenceFile
a caller hands in.

Building and verifying both depend on these names and nothing else of each other, so they live here:
a package built by one version is read by the verifier against the same names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

FORMAT = "safetywatch-evidence/1"


MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
README = "README.txt"
ORIGINALS = "originals/"


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


def original_path(file: EvidenceFile) -> str:
    """Named by content, so two copies of one photo are one original and a name cannot lie about it."""
    return f"{ORIGINALS}{file.sha256.lower()}{EXTENSIONS.get((file.mime_type or '').lower(), '.bin')}"
