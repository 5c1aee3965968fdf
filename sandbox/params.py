"""Decoding of Bot API request bodies into one parameter view.

Telegram accepts query strings, JSON, url-encoded forms and multipart forms; clients such as
python-telegram-bot send non-string values as JSON text inside forms, so every getter here accepts
both the native JSON value and its string form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from .limits import PARAMETER_INVALID, PARAMETER_REQUIRED, bad_request

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


@dataclass
class Upload:
    """A file part of a multipart request, read fully because the sandbox keeps files in memory."""

    data: bytes
    file_name: str | None
    mime_type: str | None


@dataclass
class Params:
    """Request parameters plus multipart uploads, with Telegram-like lenient typing."""

    values: dict[str, Any] = field(default_factory=dict)
    uploads: dict[str, Upload] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "") or name in self.uploads

    def raw(self, name: str) -> Any:
        return self.values.get(name)

    def get_str(self, name: str, default: str | None = None) -> str | None:
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return str(value)
        return json.dumps(value, ensure_ascii=False)

    def require_str(self, name: str) -> str:
        value = self.get_str(name)
        if value is None or value == "":
            raise bad_request(PARAMETER_REQUIRED.format(name=name))
        return value

    def get_int(self, name: str, default: int | None = None) -> int | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        try:
            return int(str(value).strip())
        except ValueError:
            try:
                as_float = float(str(value))
            except ValueError:
                raise bad_request(PARAMETER_INVALID.format(name=name)) from None
            return int(as_float)

    def get_float(self, name: str, default: float | None = None) -> float | None:
        value = self.values.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(PARAMETER_INVALID.format(name=name)) from None

    def get_bool(self, name: str, default: bool = False) -> bool:
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            return value != 0
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise bad_request(PARAMETER_INVALID.format(name=name))

    def get_json(self, name: str, error: str | None = None) -> Any:
        """Return a structured parameter, decoding it when it arrived as form text."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(error or PARAMETER_INVALID.format(name=name)) from None
        return value

    def loggable(self) -> dict[str, Any]:
        """Parameters for the call log, with upload bytes replaced by a short description."""
        logged: dict[str, Any] = dict(self.values)
        for name, upload in self.uploads.items():
            logged[name] = {
                "file_name": upload.file_name,
                "mime_type": upload.mime_type,
                "size": len(upload.data),
            }
        return logged


async def read_params(request: web.Request) -> Params:
    """Merge query string and body the way the Bot API does, whatever the content type."""
    params = Params(values=dict(request.query))
    if request.method not in ("POST", "PUT"):
        return params
    content_type = request.content_type
    if content_type == "application/json":
        body = await request.read()
        if body.strip():
            try:
                decoded = json.loads(body)
            except ValueError:
                raise bad_request("Bad Request: can't parse JSON object") from None
            if not isinstance(decoded, dict):
                raise bad_request("Bad Request: JSON object expected")
            params.values.update(decoded)
        return params
    if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, FileField):
                params.uploads[name] = Upload(value.file.read(), value.filename, value.content_type)
            elif isinstance(value, (bytes, bytearray)):
                params.values[name] = bytes(value).decode("utf-8", "replace")
            else:
                params.values[name] = value
    return params
