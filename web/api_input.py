"""Strict reading of what API clients send, shared by the JSON API (/api/v1/) and Open311 (/open311/v2/).

Both APIs face software written by others (and fuzzers): a request that does not fit must be answered
with a clear 4xx, never a 500 or a silent guess. Ids and page numbers are ASCII digits only (`str.isdigit`
accepts "²" and "١", which `int()` then rejects or reads as a different case) and bounded so an offset
never overflows the database driver; body fields must have the type the OpenAPI document promises.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from typing import Any

from aiohttp import web

MAX_ID = 10**15  # far beyond any case number; keeps every id inside a signed 64-bit column
ASCII_INT = re.compile(r"[0-9]{1,16}")
MAX_LIST = 50  # items in a comma-separated filter
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class ApiError(Exception):
    """A refusal with an HTTP status, a short machine code and a description for the client's developer."""

    def __init__(self, status: int, code: str, description: str, **extra: Any) -> None:
        super().__init__(description)
        self.status, self.code, self.description, self.extra = status, code, description, extra


def parse_id(text: str | None) -> int | None:
    """A case number as typed in a URL or filter: ASCII digits, 1..MAX_ID; anything else is no id."""
    if text is None or not ASCII_INT.fullmatch(text):
        return None
    value = int(text)
    return value if 1 <= value <= MAX_ID else None


def parse_int(query: Any, name: str, default: int, low: int, high: int) -> int:
    """A bounded whole number from the query string; refused (400) outside [low, high] or not digits."""
    text = query.get(name)
    if text is None:
        return default
    if not ASCII_INT.fullmatch(text) or not low <= int(text) <= high:
        raise ApiError(400, "bad_request", f"{name} must be a whole number from {low} to {high}.")
    return int(text)


def parse_list(text: str | None, name: str, pattern: str) -> list[str] | None:
    """A comma-separated filter (`status=open,closed`): None when absent; refused when empty or odd."""
    if text is None:
        return None
    items = text.split(",")
    if len(items) > MAX_LIST or any(not re.fullmatch(pattern, item) for item in items):
        raise ApiError(400, "bad_request", f"{name} must be a comma-separated list of known values.")
    return items


def parse_time(text: str | None, name: str) -> datetime | None:
    """A W3C date-time (`2010-01-01T00:00:00Z`). Present but empty or malformed is refused, not ignored."""
    if text is None:
        return None
    try:
        if len(text) > 40 or "T" not in text:
            raise ValueError
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, "bad_request", f"{name} must be a date-time like 2026-01-01T00:00:00Z.") from None
    if value.tzinfo is None:
        raise ApiError(400, "bad_request", f"{name} must carry a time zone (Z or +08:00).")
    return value


async def read_body(
    request: web.Request, *, json_allowed: bool = True, form_allowed: bool = True
) -> dict[str, Any]:
    """The request body as a dict: a JSON object, a urlencoded form or a multipart form (with a boundary),
    whichever of them the operation's OpenAPI entry lists.

    Multipart without a boundary makes aiohttp raise deep inside the parser; it is refused here first.
    """
    ctype = request.content_type
    if ctype == "application/json" and json_allowed:
        try:
            data = json.loads(await request.text())
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "bad_request", "The body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ApiError(400, "bad_request", "The body must be a JSON object.")
        return data
    if ctype not in FORM_TYPES or not form_allowed:
        kinds = ", ".join(
            [*(["application/json"] if json_allowed else []), *(FORM_TYPES if form_allowed else [])]
        )
        raise ApiError(415, "unsupported_media_type", f"Send the body as {kinds}.")
    if ctype == "multipart/form-data" and "boundary" not in request.headers.get("Content-Type", ""):
        raise ApiError(400, "bad_request", "A multipart body needs a boundary.")
    try:
        form = await request.post()
    except (ValueError, AssertionError, UnicodeDecodeError):
        raise ApiError(400, "bad_request", "The form body could not be read.") from None
    out: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            raise ApiError(400, "bad_request", f"{key} must be text, not a file.")
        if key in out:
            raise ApiError(400, "bad_request", f"{key} is given more than once.")
        out[key] = value
    return out


def text_field(body: dict[str, Any], name: str, limit: int = 3000) -> str | None:
    """A string field (None when absent or null); any other JSON type is refused with its name."""
    value = body.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, "bad_request", f"{name} must be a string.")
    if len(value) > limit:
        raise ApiError(400, "bad_request", f"{name} must be at most {limit} characters.")
    return value


def number_field(body: dict[str, Any], name: str) -> str | None:
    """A coordinate: a JSON number or a numeric string (forms carry only strings); kept as text for the
    tip checks, which bound it."""
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ApiError(400, "bad_request", f"{name} must be a number.")
    return str(value)[:40]


def bool_field(body: dict[str, Any], name: str) -> bool | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false", "1", "0"):
        return value.lower() in ("true", "1")
    raise ApiError(400, "bad_request", f"{name} must be true or false.")


def fingerprint(body: dict[str, Any]) -> str:
    """A short digest of a body, so a reused Idempotency-Key with a different body can be told apart."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:24]
