"""JSON shapes of the simulated-user API: a flat, page-friendly view of stored messages.

The chat page and tests want "what would the user see" (rendered HTML, the keyboard, whether it was
edited or deleted) rather than raw Message objects, which are still included under `message`.
"""

from __future__ import annotations

import time
from typing import Any

from .formatting.render import entities_to_html
from .state import ChatState, StoredMessage

JSON = dict[str, Any]
FILES_PREFIX = "/sandbox/files/"
_FILE_KINDS = ("document", "voice", "audio", "video", "animation", "sticker")


def _file_view(body: JSON) -> JSON:
    return {**body, "url": FILES_PREFIX + body["file_id"]}


def message_view(stored: StoredMessage) -> JSON:
    data = stored.data
    view: JSON = {
        "message_id": stored.message_id,
        "chat_id": stored.chat_id,
        "from_bot": stored.from_bot,
        "from": data.get("from"),
        "date": data.get("date"),
        "text": data.get("text"),
        "caption": data.get("caption"),
        "entities": data.get("entities", []),
        "caption_entities": data.get("caption_entities", []),
        "reply_markup": stored.reply_markup,
        "parse_mode": stored.parse_mode,
        "edited": stored.edited,
        "edit_date": data.get("edit_date"),
        "deleted": stored.deleted,
        "callback_answers": stored.callback_answers,
        "message": data,
    }
    if "text" in data:
        view["html"] = entities_to_html(data["text"], data.get("entities"))
    if "caption" in data:
        view["caption_html"] = entities_to_html(data["caption"], data.get("caption_entities"))
    if data.get("photo"):
        largest = data["photo"][-1]
        view["photo"] = _file_view(largest)
        view["photo"]["sizes"] = [_file_view(size) for size in data["photo"]]
    for kind in _FILE_KINDS:
        if isinstance(data.get(kind), dict):
            view[kind] = _file_view(data[kind])
    for key in ("location", "venue", "contact", "forward_origin", "media_group_id", "link_preview_options"):
        if key in data:
            view[key] = data[key]
    if isinstance(data.get("reply_to_message"), dict):
        view["reply_to_message_id"] = data["reply_to_message"].get("message_id")
    return view


def chat_messages(chat: ChatState, after: int = 0) -> list[JSON]:
    return [message_view(chat.messages[mid]) for mid in sorted(chat.messages) if mid > after]


def chat_summary(chat: ChatState) -> JSON:
    action = chat.action if chat.action and chat.action["until"] > time.time() else None
    last = max(chat.messages) if chat.messages else 0
    return {
        "chat": chat.chat,
        "message_count": len(chat.messages),
        "last_message_id": last,
        "action": action["action"] if action else None,
        "actions": list(chat.actions),
    }
