"""Bot API methods that send, copy, forward or delete non-file messages."""

from __future__ import annotations

import time
from typing import Any

from ..core import SandboxCore
from ..limits import (
    CHAT_ACTION_SECONDS,
    COPY_NOT_FOUND,
    DELETE_NOT_FOUND,
    FORWARD_NOT_FOUND,
    MESSAGE_ID_MISSING,
    PARAMETER_REQUIRED,
    WRONG_CHAT_ACTION,
    WRONG_LOCATION,
    bad_request,
)
from ..params import Params
from ..state import StoredMessage
from .registry import method
from .sending import parse_caption, parse_message_text, store_bot_message, target_chat

JSON = dict[str, Any]
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
_COPYABLE = (
    "text",
    "entities",
    "photo",
    "document",
    "voice",
    "audio",
    "video",
    "animation",
    "sticker",
    "location",
    "venue",
    "contact",
    "caption",
    "caption_entities",
    "link_preview_options",
)


@method("sendMessage")
async def send_message(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    content = parse_message_text(params)
    preview = params.get_json("link_preview_options")
    if preview is None and params.get_bool("disable_web_page_preview"):
        preview = {"is_disabled": True}
    if isinstance(preview, dict) and preview:
        content["link_preview_options"] = preview
    return store_bot_message(core, chat, params, content).telegram()


def _location(params: Params) -> JSON:
    latitude, longitude = params.get_float("latitude"), params.get_float("longitude")
    if latitude is None or longitude is None:
        raise bad_request(PARAMETER_REQUIRED.format(name="latitude" if latitude is None else "longitude"))
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request(WRONG_LOCATION)
    location: JSON = {"latitude": latitude, "longitude": longitude}
    for name in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
        value = params.get_float(name)
        if value is not None:
            location[name] = value if name == "horizontal_accuracy" else int(value)
    return location


@method("sendLocation")
async def send_location(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    return store_bot_message(core, chat, params, {"location": _location(params)}).telegram()


@method("sendVenue")
async def send_venue(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    location = _location(params)
    venue = {
        "location": location,
        "title": params.require_str("title"),
        "address": params.require_str("address"),
    }
    return store_bot_message(core, chat, params, {"venue": venue, "location": location}).telegram()


@method("sendContact")
async def send_contact(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    contact: JSON = {
        "phone_number": params.require_str("phone_number"),
        "first_name": params.require_str("first_name"),
    }
    for name in ("last_name", "vcard"):
        if params.get_str(name):
            contact[name] = params.get_str(name)
    return store_bot_message(core, chat, params, {"contact": contact}).telegram()


@method("sendChatAction")
async def send_chat_action(core: SandboxCore, params: Params) -> bool:
    chat = target_chat(core, params)
    action = params.get_str("action") or ""
    if action not in CHAT_ACTIONS:
        raise bad_request(WRONG_CHAT_ACTION)
    now = time.time()
    chat.action = {"action": action, "until": now + CHAT_ACTION_SECONDS}
    last = max(chat.messages) if chat.messages else 0
    chat.actions.append({"action": action, "time": now, "after_message_id": last})
    return True


def _source_message(core: SandboxCore, params: Params, not_found: str) -> StoredMessage:
    source_chat = target_chat(core, params, "from_chat_id")
    message_id = params.get_int("message_id")
    if message_id is None:
        raise bad_request(MESSAGE_ID_MISSING)
    source = source_chat.live_message(message_id)
    if source is None:
        raise bad_request(not_found)
    return source


@method("copyMessage")
async def copy_message(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    source = _source_message(core, params, COPY_NOT_FOUND)
    content = {key: value for key, value in source.telegram().items() if key in _COPYABLE}
    if not content:
        raise bad_request("Bad Request: message can't be copied")
    if params.raw("caption") is not None and "text" not in content:
        content.pop("caption", None)
        content.pop("caption_entities", None)
        content.update(parse_caption(params))
    stored = store_bot_message(core, chat, params, content)
    return {"message_id": stored.message_id}


@method("forwardMessage")
async def forward_message(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    source = _source_message(core, params, FORWARD_NOT_FOUND)
    original = source.telegram()
    content = {key: value for key, value in original.items() if key in _COPYABLE}
    origin = original.get("forward_origin") or _origin_of(original)
    content["forward_origin"] = origin
    stored = store_bot_message(core, chat, params, content, use_markup_param=False)
    return stored.telegram()


def _origin_of(message: JSON) -> JSON:
    chat = message.get("chat", {})
    if chat.get("type") == "channel":
        return {"type": "channel", "chat": chat, "message_id": message["message_id"], "date": message["date"]}
    return {"type": "user", "sender_user": message.get("from", {}), "date": message["date"]}


@method("deleteMessage")
async def delete_message(core: SandboxCore, params: Params) -> bool:
    chat = target_chat(core, params)
    message_id = params.get_int("message_id")
    if message_id is None:
        raise bad_request(MESSAGE_ID_MISSING)
    stored = chat.live_message(message_id)
    if stored is None:
        raise bad_request(DELETE_NOT_FOUND)
    stored.deleted = True
    return True


@method("deleteMessages")
async def delete_messages(core: SandboxCore, params: Params) -> bool:
    chat = target_chat(core, params)
    identifiers = params.get_json("message_ids")
    if not isinstance(identifiers, list) or not 1 <= len(identifiers) <= 100:
        raise bad_request(PARAMETER_REQUIRED.format(name="message_ids"))
    for message_id in identifiers:
        stored = chat.live_message(int(message_id))
        if stored is not None:
            stored.deleted = True
    return True
