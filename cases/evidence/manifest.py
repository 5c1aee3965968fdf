"""The manifest's bytes: canonical JSON (one byte sequence per value) and each original's entry.

The signature is over these exact bytes and the entries pin every original by its SHA-256, so anyone
can reproduce and check them with ordinary tools; times are always aware UTC.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from cases.evidence.contents import EvidenceFile, original_path


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
        return iso_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable in an evidence manifest")


def iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: evidence times must be aware (UTC)")
    return moment.astimezone(UTC).isoformat()


def file_entry(file: EvidenceFile) -> dict[str, Any]:
    location = (
        {"latitude": file.latitude, "longitude": file.longitude}
        if file.latitude is not None and file.longitude is not None
        else None
    )
    return {
        "path": original_path(file),
        "sha256": file.sha256.lower(),
        "size": len(file.data),
        "received_at": iso_utc(file.received_at),
        "inspector": file.inspector,
        "location": location,
        "mime_type": file.mime_type,
        "doc_type": file.doc_type,
        "ocr": file.ocr,
        "corrections": file.corrections,
        "findings": file.findings,
    }
