"""editMessageText/Caption/ReplyMarkup, including Telegram's "message is not modified" refusal.

Editing without reply_markup removes an inline keyboard on Telegram, so the comparison that decides
"not modified" uses the keyboard the edit would leave, not the one the message had.
"""

from __future__ import annotations

import time
from typing import Any

from ..core import SandboxCore
from ..limits import (
    CANT_EDIT,
    EDIT_NOT_FOUND,
    MESSAGE_ID_MISSING,
    NO_CAPTION_TO_EDIT,
    NO_TEXT_TO_EDIT,
    NOT_MODIFIED,
    bad_request,
)
from ..markup import parse_reply_markup
from ..params import Params
from ..state import StoredMessage
from .registry import method
from .sending import parse_caption, parse_message_text, target_chat

JSON = dict[str, Any]
_MEDIA = ("photo", "document", "voice", "audio", "video", "animation")


def _editable(core: SandboxCore, params: Params) -> StoredMessage:
    if params.has("inline_message_id"):
        raise bad_request("Bad Request: MESSAGE_ID_INVALID")
    chat = target_chat(core, params)
    message_id = params.get_int("message_id")
    if message_id is None:
        raise bad_request(MESSAGE_ID_MISSING)
    stored = chat.live_message(message_id)
    if stored is None:
        raise bad_request(EDIT_NOT_FOUND)
    if not stored.from_bot:
        raise bad_request(CANT_EDIT)
    return stored


def _apply(stored: StoredMessage, fields: JSON, markup: JSON | None, parse_mode: str | None) -> JSON:
    """Replace the given fields (None removes one), refusing edits that change nothing."""
    current = {key: stored.data.get(key) for key in fields}
    if current == fields and stored.data.get("reply_markup") == markup:
        raise bad_request(NOT_MODIFIED)
    for key, value in fields.items():
        if value in (None, [], ""):
            stored.data.pop(key, None)
        else:
            stored.data[key] = value
    if markup:
        stored.data["reply_markup"] = markup
    else:
        stored.data.pop("reply_markup", None)
    stored.reply_markup = markup
    stored.parse_mode = parse_mode if "text" in fields or "caption" in fields else stored.parse_mode
    stored.edited = True
    stored.data["edit_date"] = int(time.time())
    return stored.telegram()


@method("editMessageText")
async def edit_message_text(core: SandboxCore, params: Params) -> JSON:
    stored = _editable(core, params)
    if "text" not in stored.data:
        raise bad_request(NO_TEXT_TO_EDIT)
    content = parse_message_text(params)
    markup = parse_reply_markup(params.raw("reply_markup"), inline_only=True)
    fields: JSON = {"text": content["text"], "entities": content.get("entities")}
    preview = params.get_json("link_preview_options")
    if isinstance(preview, dict) and preview:
        fields["link_preview_options"] = preview
    return _apply(stored, fields, markup, params.get_str("parse_mode"))


@method("editMessageCaption")
async def edit_message_caption(core: SandboxCore, params: Params) -> JSON:
    stored = _editable(core, params)
    if not any(key in stored.data for key in _MEDIA):
        raise bad_request(NO_CAPTION_TO_EDIT)
    content = parse_caption(params)
    markup = parse_reply_markup(params.raw("reply_markup"), inline_only=True)
    fields: JSON = {"caption": content.get("caption"), "caption_entities": content.get("caption_entities")}
    return _apply(stored, fields, markup, params.get_str("parse_mode"))


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(core: SandboxCore, params: Params) -> JSON:
    stored = _editable(core, params)
    markup = parse_reply_markup(params.raw("reply_markup"), inline_only=True)
    return _apply(stored, {}, markup, stored.parse_mode)
