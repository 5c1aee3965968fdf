"""Steps shared by every method that posts a bot message: target, reply, text, markup, flood, store.

The order matters for fidelity: Telegram reports a missing chat before bad text, and a refused
request must neither consume flood budget nor leave a message behind.
"""

from __future__ import annotations

from typing import Any

from ..core import SandboxCore
from ..formatting.parse import parse_text
from ..limits import (
    CAPTION_TOO_LONG,
    CHAT_ID_EMPTY,
    MAX_CAPTION_LENGTH,
    MAX_TEXT_LENGTH,
    REPLY_NOT_FOUND,
    TEXT_EMPTY,
    TEXT_TOO_LONG,
    bad_request,
)
from ..markup import parse_reply_markup
from ..params import Params
from ..state import ChatState, StoredMessage

JSON = dict[str, Any]


def target_chat(core: SandboxCore, params: Params, name: str = "chat_id") -> ChatState:
    reference = params.raw(name)
    if reference is None or reference == "":
        raise bad_request(CHAT_ID_EMPTY if name == "chat_id" else f"Bad Request: {name} is empty")
    return core.state.require_chat(reference)


def parse_message_text(params: Params) -> JSON:
    """Text content of sendMessage/editMessageText, measured after markup is parsed."""
    raw = params.get_str("text") or ""
    text, entities = parse_text(raw, params.get_str("parse_mode"), params.get_json("entities"))
    if not text:
        raise bad_request(TEXT_EMPTY)
    if len(text) > MAX_TEXT_LENGTH:
        raise bad_request(TEXT_TOO_LONG)
    content: JSON = {"text": text}
    if entities:
        content["entities"] = entities
    return content


def parse_caption(params: Params, name: str = "caption") -> JSON:
    """Caption fields of media messages; an absent or blank caption yields no fields."""
    raw = params.get_str(name)
    if raw is None:
        return {}
    caption, entities = parse_text(raw, params.get_str("parse_mode"), params.get_json("caption_entities"))
    return caption_fields(caption, entities, params.get_bool("show_caption_above_media"))


def caption_fields(caption: str, entities: list[JSON], above: bool = False) -> JSON:
    if len(caption) > MAX_CAPTION_LENGTH:
        raise bad_request(CAPTION_TOO_LONG)
    content: JSON = {}
    if caption:
        content["caption"] = caption
        if entities:
            content["caption_entities"] = entities
        if above:
            content["show_caption_above_media"] = True
    return content


def reply_fields(core: SandboxCore, chat: ChatState, params: Params) -> JSON:
    """Resolve reply_parameters (or the legacy reply_to_message_id) into Message fields."""
    reply = params.get_json("reply_parameters")
    if reply is None and params.has("reply_to_message_id"):
        reply = {
            "message_id": params.get_int("reply_to_message_id"),
            "allow_sending_without_reply": params.get_bool("allow_sending_without_reply"),
        }
    if not isinstance(reply, dict) or reply.get("message_id") is None:
        return {}
    source = core.state.require_chat(reply["chat_id"]) if reply.get("chat_id") not in (None, "") else chat
    original = source.live_message(int(reply["message_id"]))
    if original is None:
        if reply.get("allow_sending_without_reply"):
            return {}
        raise bad_request(REPLY_NOT_FOUND)
    replied = original.telegram()
    replied.pop("reply_to_message", None)
    fields: JSON = {"reply_to_message": replied}
    if reply.get("quote"):
        fields["quote"] = {
            "text": reply["quote"],
            "position": int(reply.get("quote_position", 0)),
            "is_manual": True,
        }
    return fields


def common_fields(params: Params) -> JSON:
    fields: JSON = {}
    if params.get_bool("protect_content"):
        fields["has_protected_content"] = True
    thread = params.get_int("message_thread_id")
    if thread:
        fields["message_thread_id"] = thread
    effect = params.get_str("message_effect_id")
    if effect:
        fields["effect_id"] = effect
    return fields


def store_bot_message(
    core: SandboxCore,
    chat: ChatState,
    params: Params,
    content: JSON,
    *,
    markup: JSON | None = None,
    use_markup_param: bool = True,
    count_flood: bool = True,
) -> StoredMessage:
    """Validate markup, apply flood control, then store; nothing is stored if any step refuses."""
    full = {**common_fields(params), **reply_fields(core, chat, params), **content}
    if use_markup_param:
        markup = parse_reply_markup(params.raw("reply_markup"))
    if count_flood:
        core.flood.check(chat.id, chat.is_group)
    chat.action = None  # as in Telegram's clients: a message from the bot ends its "typing…"
    return core.state.add_message(
        chat, full, from_bot=True, reply_markup=markup, parse_mode=params.get_str("parse_mode")
    )
