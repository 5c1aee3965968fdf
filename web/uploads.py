"""Reading a multipart form with evidence files, within the tip rules: at most 10 files, each at most
20 MB (the same limits as the bot), images, PDF or text documents, audio and video only.

The body is read part by part (aiohttp's multipart reader), not through `request.post()`, so the server's
overall request-size limit (2 MB, right for ordinary forms) does not apply and no file is held in memory
beyond the one being read. Each accepted file goes straight into the content-addressed media store, with an
EXIF-free copy of images for staff (bot.media.redact_image); a refused file is drained and dropped.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

from bot.i18n import N_
from bot.media import Store, keep
from cases.tips import EVIDENCE_MIME_PREFIXES, MAX_EVIDENCE, MAX_FILE_BYTES
from web.tip_form import Problem

MAX_FIELD_BYTES = 64 * 1024
CHUNK = 256 * 1024


@dataclass
class FormData:
    fields: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    files: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


def kind_of(mime: str) -> str:
    if mime.startswith("image/"):
        return "photo"
    if mime.startswith("audio/"):
        return "audio"
    if mime.startswith("video/"):
        return "video"
    return "document"


async def _read_limited(part: BodyPartReader, limit: int) -> bytes | None:
    """The part's bytes, or None (after draining it) when it is larger than `limit`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await part.read_chunk(CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if size > limit:
            while await part.read_chunk(CHUNK):
                pass
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def store_file(store: Store, data: bytes, mime: str, name: str | None) -> dict[str, Any]:
    """Blocking (disk or object store): called through asyncio.to_thread."""
    digest, redacted = keep(store, data, mime.startswith("image/"))
    item: dict[str, Any] = {
        "sha256": digest,
        "size": len(data),
        "kind": kind_of(mime),
        "mime_type": mime,
        "file_name": (name or "")[:200] or None,
    }
    if redacted is not None:
        item["redacted_sha256"] = redacted
    return item


async def read_form(request: web.Request, store: Store, already: int = 0) -> FormData:
    """Fields and stored files of a multipart (or urlencoded) POST; `already` files are in the draft."""
    out = FormData()
    if not request.content_type.startswith("multipart/"):
        for key, value in (await request.post()).items():
            if isinstance(value, str):
                out.fields.setdefault(key, value)
                out.lists.setdefault(key, []).append(value)
        return out
    reader = await request.multipart()
    while True:
        part = await reader.next()
        if part is None:
            break
        if not isinstance(part, BodyPartReader):
            continue
        if part.filename is None:
            data = await _read_limited(part, MAX_FIELD_BYTES)
            value = (data or b"").decode("utf-8", errors="replace")
            out.fields.setdefault(part.name or "", value)
            out.lists.setdefault(part.name or "", []).append(value)
            continue
        if not part.filename:  # an empty file input
            await _read_limited(part, 0)
            continue
        name = part.filename
        mime = (part.headers.get("Content-Type") or "application/octet-stream").split(";")[0].strip().lower()
        if already + len(out.files) >= MAX_EVIDENCE:
            await _read_limited(part, 0)
            out.problems.append(
                Problem(
                    "evidence",
                    N_("A tip can carry at most {max} files; {name} was not added."),
                    {"max": MAX_EVIDENCE, "name": name},
                )
            )
            continue
        if not mime.startswith(EVIDENCE_MIME_PREFIXES):
            await _read_limited(part, 0)
            out.problems.append(
                Problem(
                    "evidence",
                    N_(
                        "{name}: this kind of file cannot be used as evidence. Photos, PDF or text "
                        "documents, audio and video can."
                    ),
                    {"name": name},
                )
            )
            continue
        data = await _read_limited(part, MAX_FILE_BYTES)
        if data is None:
            out.problems.append(
                Problem(
                    "evidence",
                    N_("{name} is larger than 20 MB. Please attach a smaller file."),
                    {"name": name},
                )
            )
            continue
        if not data:
            continue
        out.files.append(await asyncio.to_thread(store_file, store, data, mime, name))
    return out
