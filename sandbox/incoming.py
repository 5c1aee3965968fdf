"""Messages that simulated users send, built as Telegram would deliver them to the bot.

Users are not bound by the bot's limits: they may send files over 20 MB so the bot's handling of
"file is too big" can be tested, and their file sizes are reported truthfully.
"""

from __future__ import annotations

import base64
import io
import time
from typing import Any

from PIL import Image

from .core import SandboxCore
from .formatting.parse import command_entities
from .limits import BotApiError

JSON = dict[str, Any]
MESSAGE_KINDS = ("text", "photo", "document", "voice", "location", "sticker", "contact")


class UserInputError(ValueError):
    """A malformed simulated-user request; answered with HTTP 400 and this message."""


def _decode(body: JSON) -> bytes:
    try:
        return base64.b64decode(body.get("data_b64") or "", validate=True)
    except (ValueError, TypeError):
        raise UserInputError("data_b64 is not valid base64") from None


def _with_caption(content: JSON, caption: str | None) -> JSON:
    if caption:
        content["caption"] = caption
        entities = command_entities(caption)
        if entities:
            content["caption_entities"] = entities
    return content


def file_content(
    core: SandboxCore,
    kind: str,
    data: bytes,
    *,
    caption: str | None = None,
    file_name: str | None = None,
    mime_type: str | None = None,
    duration: int = 0,
) -> JSON:
    """Store a user's file and return the Message fields that describe it."""
    if not data:
        raise UserInputError("the file is empty")
    if kind == "photo":
        try:
            sizes = core.files.add_photo(data)
        except BotApiError as error:
            raise UserInputError(f"not a usable image ({error.description})") from None
        return _with_caption({"photo": [core.files.photo_size(size) for size in sizes]}, caption)
    if kind == "document":
        stored = core.files.add(
            data, "document", file_name or "file.bin", mime_type or "application/octet-stream"
        )
        body = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_name": stored.file_name,
            "mime_type": stored.mime_type,
            "file_size": stored.size,
        }
        return _with_caption({"document": body}, caption)
    if kind == "voice":
        stored = core.files.add(data, "voice", None, mime_type or "audio/ogg")
        body = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "duration": int(duration),
            "mime_type": stored.mime_type,
            "file_size": stored.size,
        }
        return _with_caption({"voice": body}, caption)
    raise UserInputError(f"unsupported file kind {kind!r}")


def _sticker(core: SandboxCore, spec: JSON) -> JSON:
    buffer = io.BytesIO()
    Image.new("RGBA", (512, 512), (255, 200, 0, 255)).save(buffer, format="WEBP")
    stored = core.files.add(buffer.getvalue(), "sticker", None, "image/webp", 512, 512)
    return {
        "sticker": {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": spec.get("emoji", "😀"),
            "set_name": spec.get("set_name", "SandboxStickers"),
            "file_size": stored.size,
        }
    }


def build_content(core: SandboxCore, body: JSON) -> JSON:
    """Message fields for one /sandbox/api/send request; exactly one message kind is expected."""
    kinds = [kind for kind in MESSAGE_KINDS if body.get(kind) is not None]
    if len(kinds) != 1:
        raise UserInputError(f"give exactly one of {', '.join(MESSAGE_KINDS)}")
    kind, spec = kinds[0], body[kinds[0]]
    if kind == "text":
        text = str(spec)
        if not text.strip():
            raise UserInputError("text is empty")
        content: JSON = {"text": text}
        entities = command_entities(text)
        if entities:
            content["entities"] = entities
        return content
    if not isinstance(spec, dict):
        raise UserInputError(f"{kind} must be an object")
    if kind in ("photo", "document", "voice"):
        return file_content(
            core,
            kind,
            _decode(spec),
            caption=spec.get("caption"),
            file_name=spec.get("file_name"),
            mime_type=spec.get("mime_type"),
            duration=int(spec.get("duration", 0)),
        )
    if kind == "location":
        try:
            location = {"latitude": float(spec["latitude"]), "longitude": float(spec["longitude"])}
        except (KeyError, TypeError, ValueError):
            raise UserInputError("location needs numeric latitude and longitude") from None
        if "horizontal_accuracy" in spec:
            location["horizontal_accuracy"] = float(spec["horizontal_accuracy"])
        return {"location": location}
    if kind == "sticker":
        return _sticker(core, spec)
    if not spec.get("phone_number") or not spec.get("first_name"):
        raise UserInputError("contact needs phone_number and first_name")
    return {
        "contact": {
            key: spec[key]
            for key in ("phone_number", "first_name", "last_name", "user_id", "vcard")
            if spec.get(key) is not None
        }
    }


def forward_origin(spec: JSON) -> JSON:
    origin = dict(spec)
    origin.setdefault("type", "hidden_user")
    origin.setdefault("date", int(time.time()))
    if origin["type"] == "hidden_user":
        origin.setdefault("sender_user_name", "Hidden User")
    return origin
