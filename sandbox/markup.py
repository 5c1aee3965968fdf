"""Validation of reply_markup the way Telegram refuses it.

Oversized callback_data and malformed keyboards are runtime errors on real Telegram that unit tests
with mocked bots never see; checking them here surfaces those bugs locally.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlparse

from .limits import (
    BUTTON_DATA_INVALID,
    BUTTON_URL_INVALID,
    INLINE_KEYBOARD_EXPECTED,
    MARKUP_NOT_OBJECT,
    MARKUP_UNPARSABLE,
    MAX_CALLBACK_DATA_BYTES,
    TEXT_BUTTONS_UNALLOWED,
    bad_request,
)

_INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def parse_reply_markup(raw: Any, inline_only: bool = False) -> dict[str, Any] | None:
    """Decode and validate a reply_markup parameter; returns None when absent."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise bad_request(MARKUP_UNPARSABLE) from None
    if not isinstance(raw, dict):
        raise bad_request(MARKUP_NOT_OBJECT)
    if "inline_keyboard" in raw:
        return {"inline_keyboard": _inline_rows(raw["inline_keyboard"])}
    if inline_only:
        raise bad_request(INLINE_KEYBOARD_EXPECTED)
    if "keyboard" in raw:
        return {**raw, "keyboard": _reply_rows(raw["keyboard"])}
    if raw.get("remove_keyboard") or raw.get("force_reply"):
        return raw
    raise bad_request(MARKUP_NOT_OBJECT)


def _inline_rows(rows: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    return [[_inline_button(button) for button in row] for row in rows]


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise bad_request(
            "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object"
        )
    if not isinstance(button.get("text"), str):
        raise bad_request(
            'Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    if not any(action in button for action in _INLINE_ACTIONS):
        raise bad_request(TEXT_BUTTONS_UNALLOWED)
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request(BUTTON_DATA_INVALID)
    if "url" in button:
        url = str(button["url"])
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https", "tg") or not (parsed.netloc or parsed.scheme == "tg"):
            raise bad_request(BUTTON_URL_INVALID.format(url=url))
    return dict(button)


def _reply_rows(rows: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'Bad Request: field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays'
        )
    normalized: list[list[dict[str, Any]]] = []
    for row in rows:
        buttons: list[dict[str, Any]] = []
        for button in row:
            if isinstance(button, str):
                button = {"text": button}
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise bad_request(
                    "Bad Request: can't parse keyboard button: KeyboardButton must be a String or an Object"
                )
            buttons.append(dict(button))
        normalized.append(buttons)
    return normalized


def callback_buttons(markup: dict[str, Any] | None) -> list[str]:
    """All callback_data values of an inline keyboard, for validating simulated presses."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [
        button["callback_data"]
        for row in markup["inline_keyboard"]
        for button in row
        if "callback_data" in button
    ]
