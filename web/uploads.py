"""Reading a multipart form with evidence files, within the tip rules: at most 10 files, each at most
20 MB (the same limits as the bot), images, PDF or text documents, audio and video only.

The body is read part by part (aiohttp's multipart reader), not through `request.post()`, so the server's
overall request-size limit (2 MB, right for ordinary forms) does not apply and no file is held in memory
beyond the one being read. Instead, this module caps the whole body (MAX_BODY, refused up front when the
declared length is larger), the number of parts and the bytes of text fields.

Nothing is kept for someone who has no draft or status session: the form's hidden token comes before any
file, and `gate` (the caller's check of it) is asked at the first file. Without a session, reading stops
and no byte is written anywhere. With one, each file is counted against the session's and the client
address's quotas (files, bytes, per hour) and written to the waiting room (web/staging.py) with an
EXIF-free copy of images for staff (foundation.media.redact_async, in the bounded image pool); the caller
moves them into the evidence store when the tip is filed or the message sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

from cases.tips import EVIDENCE_MIME_PREFIXES, MAX_EVIDENCE, MAX_FILE_BYTES
from forms.engine import Problem
from foundation.i18n import N_
from foundation.media import redact_async
from web.ratelimit import UploadQuota
from web.staging import Staging

MAX_FIELD_BYTES = 64 * 1024
MAX_FIELDS_BYTES = 512 * 1024
MAX_PARTS = 100
CHUNK = 256 * 1024
MAX_BODY = MAX_EVIDENCE * MAX_FILE_BYTES + 2 * 1024 * 1024  # every file at its largest, and the fields


@dataclass
class Session:
    """Who may upload: a key for the quota (a draft, a tip) and what it holds already."""

    key: str
    files: int = 0
    size: int = 0


@dataclass
class FormData:
    fields: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    files: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    session: Session | None = None
    refused: bool = False  # a file came without a valid session: nothing was kept, reading stopped

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


Gate = Callable[[dict[str, str]], Awaitable[Session | None]]


def kind_of(mime: str) -> str:
    if mime.startswith("image/"):
        return "photo"
    if mime.startswith("audio/"):
        return "audio"
    if mime.startswith("video/"):
        return "video"
    return "document"


class _Budget:
    """Bytes left for the whole body."""

    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=MAX_BODY - self.left)


async def _read_limited(part: BodyPartReader, limit: int, budget: _Budget) -> bytes | None:
    """The part's bytes, or None (after draining it) when it is larger than `limit`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await part.read_chunk(CHUNK)
        if not chunk:
            break
        budget.spend(len(chunk))
        size += len(chunk)
        if size > limit:
            while chunk := await part.read_chunk(CHUNK):
                budget.spend(len(chunk))
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def check_length(request: web.Request, limit: int) -> None:
    """413 before reading anything when the declared body is larger than `limit`."""
    if request.content_length is not None and request.content_length > limit:
        raise web.HTTPRequestEntityTooLarge(max_size=limit, actual_size=request.content_length)


async def stage_file(staging: Staging, data: bytes, mime: str, name: str | None) -> dict[str, Any]:
    digest = await asyncio.to_thread(staging.put, data)
    item: dict[str, Any] = {
        "sha256": digest,
        "size": len(data),
        "kind": kind_of(mime),
        "mime_type": mime,
        "file_name": (name or "")[:200] or None,
    }
    if mime.startswith("image/"):
        redacted = await redact_async(data)
        if redacted is not None:
            item["redacted_sha256"] = await asyncio.to_thread(staging.put, redacted)
    return item


async def read_form(
    request: web.Request,
    staging: Staging,
    gate: Gate,
    quota: UploadQuota,
    address: str,
    session_bytes: int,
) -> FormData:
    """Fields and staged files of a multipart (or urlencoded) POST. `gate` opens the form's session from
    the fields read before the first file; `session_bytes` is what one session may hold in all."""
    out = FormData()
    if not request.content_type.startswith("multipart/"):
        for key, value in (await request.post()).items():  # within client_max_size (2 MB)
            if isinstance(value, str):
                out.fields.setdefault(key, value)
                out.lists.setdefault(key, []).append(value)
        return out
    check_length(request, MAX_BODY)
    budget = _Budget(MAX_BODY)
    field_bytes = 0
    opened = False
    reader = await request.multipart()
    for _count in range(MAX_PARTS + 1):
        part = await reader.next()
        if part is None:
            break
        if not isinstance(part, BodyPartReader):
            raise web.HTTPBadRequest(text="nested multipart forms are not accepted")
        if part.filename is None:
            data = await _read_limited(part, MAX_FIELD_BYTES, budget)
            field_bytes += len(data or b"")
            if field_bytes > MAX_FIELDS_BYTES:
                raise web.HTTPRequestEntityTooLarge(max_size=MAX_FIELDS_BYTES, actual_size=field_bytes)
            value = (data or b"").decode("utf-8", errors="replace")
            out.fields.setdefault(part.name or "", value)
            out.lists.setdefault(part.name or "", []).append(value)
            continue
        if not opened:
            opened = True
            out.session = await gate(out.fields)
            if out.session is None:
                out.refused = True
                return out
            await asyncio.to_thread(staging.maybe_sweep)
        if not part.filename:  # an empty file input
            await _read_limited(part, 0, budget)
            continue
        await _one_file(part, out, staging, quota, address, session_bytes, budget)
    else:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_PARTS, actual_size=MAX_PARTS + 1)
    return out


async def _one_file(
    part: BodyPartReader,
    out: FormData,
    staging: Staging,
    quota: UploadQuota,
    address: str,
    session_bytes: int,
    budget: _Budget,
) -> None:
    session = out.session
    assert session is not None
    name = part.filename or ""
    mime = (part.headers.get("Content-Type") or "application/octet-stream").split(";")[0].strip().lower()
    if session.files + len(out.files) >= MAX_EVIDENCE:
        await _read_limited(part, 0, budget)
        out.problems.append(
            Problem(
                "evidence",
                N_("A tip can carry at most {max} files; {name} was not added."),
                {"max": MAX_EVIDENCE, "name": name},
            )
        )
        return
    if not mime.startswith(EVIDENCE_MIME_PREFIXES):
        await _read_limited(part, 0, budget)
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
        return
    data = await _read_limited(part, MAX_FILE_BYTES, budget)
    if data is None:
        out.problems.append(
            Problem(
                "evidence", N_("{name} is larger than 20 MB. Please attach a smaller file."), {"name": name}
            )
        )
        return
    if not data:
        return
    held = session.size + sum(f["size"] for f in out.files)
    if held + len(data) > session_bytes or not quota.allows(f"ip:{address}", len(data)):
        out.problems.append(
            Problem(
                "evidence",
                N_("{name} was not added: too many files were sent from here. Please try again later."),
                {"name": name},
            )
        )
        return
    quota.take(f"ip:{address}", len(data))
    out.files.append(await stage_file(staging, data, mime, name))
