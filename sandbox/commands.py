"""The bot's command menus per scope and language, with Telegram's lookup order.

A bilingual bot sets one menu per language; the chat page must show the menu a user of a given
language would see, which depends on Telegram's fallback from specific to general scopes.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .limits import (
    COMMAND_DESCRIPTION_EMPTY,
    COMMAND_DESCRIPTION_INVALID,
    COMMAND_INVALID,
    COMMANDS_TOO_MUCH,
    LANGUAGE_CODE_INVALID,
    MAX_COMMAND_DESCRIPTION,
    MAX_COMMANDS,
    SCOPE_INVALID,
    bad_request,
)

_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE = re.compile(r"[a-z]{2}")
_SCOPE_TYPES = {
    "default": (),
    "all_private_chats": (),
    "all_group_chats": (),
    "all_chat_administrators": (),
    "chat": ("chat_id",),
    "chat_administrators": ("chat_id",),
    "chat_member": ("chat_id", "user_id"),
}
Scope = dict[str, Any]


def normalize_scope(raw: Any) -> Scope:
    """Turn a scope parameter into a canonical dict; absent means the default scope."""
    if raw is None or raw == "":
        return {"type": "default"}
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise bad_request(SCOPE_INVALID) from None
    if not isinstance(raw, dict) or raw.get("type") not in _SCOPE_TYPES:
        raise bad_request(SCOPE_INVALID)
    scope: Scope = {"type": raw["type"]}
    for key in _SCOPE_TYPES[raw["type"]]:
        if key not in raw:
            raise bad_request(SCOPE_INVALID)
        value = raw[key]
        scope[key] = int(value) if isinstance(value, int) or str(value).lstrip("-").isdigit() else value
    return scope


def normalize_language(code: str | None) -> str:
    code = (code or "").strip()
    if code and not _LANGUAGE.fullmatch(code):
        raise bad_request(LANGUAGE_CODE_INVALID)
    return code


def validate_commands(raw: Any) -> list[dict[str, str]]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise bad_request("Bad Request: can't parse commands JSON object") from None
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise bad_request("Bad Request: can't parse commands JSON object")
    if len(raw) > MAX_COMMANDS:
        raise bad_request(COMMANDS_TOO_MUCH)
    commands: list[dict[str, str]] = []
    for item in raw:
        if not isinstance(item, dict) or "command" not in item:
            raise bad_request("Bad Request: can't parse BotCommand: Can't find field \"command\"")
        if "description" not in item:
            raise bad_request("Bad Request: can't parse BotCommand: Can't find field \"description\"")
        command, description = str(item["command"]), str(item["description"])
        if not _COMMAND.fullmatch(command):
            raise bad_request(COMMAND_INVALID)
        if not description.strip():
            raise bad_request(COMMAND_DESCRIPTION_EMPTY)
        if len(description) > MAX_COMMAND_DESCRIPTION:
            raise bad_request(COMMAND_DESCRIPTION_INVALID)
        commands.append({"command": command, "description": description})
    return commands


def _key(scope: Scope, language: str) -> tuple[str, str]:
    return json.dumps(scope, sort_keys=True), language


class CommandRegistry:
    """Command lists keyed by (scope, language_code)."""

    def __init__(self) -> None:
        self._lists: dict[tuple[str, str], list[dict[str, str]]] = {}

    def set(self, scope: Scope, language: str, commands: list[dict[str, str]]) -> None:
        if commands:
            self._lists[_key(scope, language)] = commands
        else:
            self._lists.pop(_key(scope, language), None)

    def get(self, scope: Scope, language: str) -> list[dict[str, str]]:
        return list(self._lists.get(_key(scope, language), []))

    def delete(self, scope: Scope, language: str) -> None:
        self._lists.pop(_key(scope, language), None)

    def all(self) -> list[dict[str, Any]]:
        return [
            {"scope": json.loads(scope), "language_code": language, "commands": commands}
            for (scope, language), commands in self._lists.items()
        ]

    def resolve(self, chat_id: int | None, chat_type: str, language_code: str | None) -> list[dict[str, str]]:
        """The menu a user sees in a chat: most specific scope first, each with language then without."""
        scopes: list[Scope] = []
        if chat_id is not None:
            scopes.append({"type": "chat", "chat_id": chat_id})
        scopes.append({"type": "all_private_chats" if chat_type == "private" else "all_group_chats"})
        scopes.append({"type": "default"})
        language = (language_code or "").lower()
        languages = [language, language.split("-")[0], ""] if language else [""]
        for scope in scopes:
            for code in dict.fromkeys(languages):
                found = self._lists.get(_key(scope, code))
                if found:
                    return list(found)
        return []
