"""Bot-level Bot API methods: identity, commands, menu button, profile texts, chats, callback answers."""

from __future__ import annotations

import time
from typing import Any

from ..commands import normalize_language, normalize_scope, validate_commands
from ..core import SandboxCore
from ..limits import (
    CALLBACK_ANSWER_TOO_LONG,
    DESCRIPTION_TOO_LONG,
    MAX_BOT_NAME,
    MAX_CALLBACK_ANSWER_LENGTH,
    MAX_DESCRIPTION,
    MAX_SHORT_DESCRIPTION,
    NAME_TOO_LONG,
    PARAMETER_REQUIRED,
    QUERY_TOO_OLD,
    SHORT_DESCRIPTION_TOO_LONG,
    bad_request,
)
from ..params import Params
from .registry import method
from .sending import target_chat

JSON = dict[str, Any]
_PROFILE_TEXTS = {
    "description": (MAX_DESCRIPTION, DESCRIPTION_TOO_LONG),
    "short_description": (MAX_SHORT_DESCRIPTION, SHORT_DESCRIPTION_TOO_LONG),
    "name": (MAX_BOT_NAME, NAME_TOO_LONG),
}


@method("getMe")
async def get_me(core: SandboxCore, params: Params) -> JSON:
    return dict(core.state.bot_user)


@method("logOut")
async def log_out(core: SandboxCore, params: Params) -> bool:
    return True


@method("close")
async def close(core: SandboxCore, params: Params) -> bool:
    return True


@method("setMyCommands")
async def set_my_commands(core: SandboxCore, params: Params) -> bool:
    commands = validate_commands(params.raw("commands"))
    scope = normalize_scope(params.raw("scope"))
    core.state.commands.set(scope, normalize_language(params.get_str("language_code")), commands)
    return True


@method("getMyCommands")
async def get_my_commands(core: SandboxCore, params: Params) -> list[JSON]:
    scope = normalize_scope(params.raw("scope"))
    return core.state.commands.get(scope, normalize_language(params.get_str("language_code")))


@method("deleteMyCommands")
async def delete_my_commands(core: SandboxCore, params: Params) -> bool:
    scope = normalize_scope(params.raw("scope"))
    core.state.commands.delete(scope, normalize_language(params.get_str("language_code")))
    return True


@method("setChatMenuButton")
async def set_chat_menu_button(core: SandboxCore, params: Params) -> bool:
    chat_id = target_chat(core, params).id if params.has("chat_id") else None
    button = params.get_json("menu_button") or {"type": "default"}
    if not isinstance(button, dict) or button.get("type") not in ("commands", "web_app", "default"):
        raise bad_request("Bad Request: can't parse menu button JSON object")
    if button["type"] == "default":
        core.state.menu_buttons.pop(chat_id, None)
    else:
        core.state.menu_buttons[chat_id] = button
    return True


@method("getChatMenuButton")
async def get_chat_menu_button(core: SandboxCore, params: Params) -> JSON:
    chat_id = target_chat(core, params).id if params.has("chat_id") else None
    buttons = core.state.menu_buttons
    return dict(buttons.get(chat_id) or buttons.get(None) or {"type": "commands"})


def _set_profile_text(core: SandboxCore, params: Params, field: str) -> bool:
    limit, error = _PROFILE_TEXTS[field]
    value = params.get_str(field) or ""
    if len(value) > limit:
        raise bad_request(error)
    language = normalize_language(params.get_str("language_code"))
    if value:
        core.state.profile_texts[(field, language)] = value
    else:
        core.state.profile_texts.pop((field, language), None)
    return True


def _get_profile_text(core: SandboxCore, params: Params, field: str) -> JSON:
    language = normalize_language(params.get_str("language_code"))
    texts = core.state.profile_texts
    default = core.state.bot_user["first_name"] if field == "name" else ""
    return {field: texts.get((field, language)) or texts.get((field, "")) or default}


@method("setMyDescription")
async def set_my_description(core: SandboxCore, params: Params) -> bool:
    return _set_profile_text(core, params, "description")


@method("getMyDescription")
async def get_my_description(core: SandboxCore, params: Params) -> JSON:
    return _get_profile_text(core, params, "description")


@method("setMyShortDescription")
async def set_my_short_description(core: SandboxCore, params: Params) -> bool:
    return _set_profile_text(core, params, "short_description")


@method("getMyShortDescription")
async def get_my_short_description(core: SandboxCore, params: Params) -> JSON:
    return _get_profile_text(core, params, "short_description")


@method("setMyName")
async def set_my_name(core: SandboxCore, params: Params) -> bool:
    return _set_profile_text(core, params, "name")


@method("getMyName")
async def get_my_name(core: SandboxCore, params: Params) -> JSON:
    return _get_profile_text(core, params, "name")


@method("getChat")
async def get_chat(core: SandboxCore, params: Params) -> JSON:
    chat = target_chat(core, params)
    gifts = {
        "unlimited_gifts": False,
        "limited_gifts": False,
        "unique_gifts": False,
        "premium_subscription": False,
        "gifts_from_channels": False,
    }
    return {**chat.chat, "accent_color_id": 0, "max_reaction_count": 11, "accepted_gift_types": gifts}


@method("getChatMember")
async def get_chat_member(core: SandboxCore, params: Params) -> JSON:
    target_chat(core, params)
    user_id = params.get_int("user_id")
    if user_id == core.state.bot_user["id"]:
        return {"status": "member", "user": core.state.bot_sender()}
    user = core.state.users.get(user_id or 0)
    if user is None:
        raise bad_request("Bad Request: user not found")
    return {"status": "member", "user": user}


@method("answerCallbackQuery")
async def answer_callback_query(core: SandboxCore, params: Params) -> bool:
    query_id = params.get_str("callback_query_id")
    if not query_id:
        raise bad_request(PARAMETER_REQUIRED.format(name="callback_query_id"))
    record = core.state.callback_queries.get(query_id)
    expired = record is None or time.monotonic() - record.created > core.callback_query_timeout
    if record is None or record.answer is not None or expired:
        raise bad_request(QUERY_TOO_OLD)
    text = params.get_str("text") or ""
    if len(text) > MAX_CALLBACK_ANSWER_LENGTH:
        raise bad_request(CALLBACK_ANSWER_TOO_LONG)
    answer = {
        "callback_query_id": query_id,
        "text": text,
        "show_alert": params.get_bool("show_alert"),
        "url": params.get_str("url"),
        "cache_time": params.get_int("cache_time", 0),
        "time": time.time(),
    }
    record.answer = answer
    chat = core.state.chats.get(record.chat_id)
    stored = chat.messages.get(record.message_id) if chat else None
    if stored is not None:
        stored.callback_answers.append(answer)
    return True
