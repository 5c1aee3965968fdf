"""The sandbox's world: users, chats, their message histories, callback queries and the call log.

Both sides read and write it: the Bot API methods act for the bot, the simulated-user API acts for
people, and tests inspect it. It is plain in-memory data so `reset()` gives a clean slate between
tests that share one running server.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from typing import Any

from .commands import CommandRegistry
from .limits import CHAT_NOT_FOUND, bad_request

JSON = dict[str, Any]
GROUP_TYPES = ("group", "supergroup", "channel")


@dataclass
class StoredMessage:
    """A message plus what the Telegram object does not carry but the chat page needs."""

    chat_id: int
    message_id: int
    from_bot: bool
    data: JSON
    reply_markup: JSON | None = None
    parse_mode: str | None = None
    edited: bool = False
    deleted: bool = False
    callback_answers: list[JSON] = field(default_factory=list)

    def telegram(self) -> JSON:
        """A copy of the Message object, safe to hand out and to embed in updates."""
        return copy.deepcopy(self.data)


@dataclass
class ChatState:
    chat: JSON
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    next_message_id: int = 1
    action: JSON | None = None
    # Every chat action the bot sent, in order, with the last message id at that moment, so a test can
    # see "typing" arrive before the answer it announces.
    actions: list[JSON] = field(default_factory=list)

    @property
    def id(self) -> int:
        return int(self.chat["id"])

    @property
    def is_group(self) -> bool:
        return self.chat.get("type") in GROUP_TYPES

    def live_message(self, message_id: int | None) -> StoredMessage | None:
        stored = self.messages.get(message_id) if message_id is not None else None
        return None if stored is None or stored.deleted else stored


@dataclass
class CallbackRecord:
    """A pressed inline button awaiting answerCallbackQuery."""

    id: str
    chat_id: int
    message_id: int
    user: JSON
    data: str
    created: float
    answer: JSON | None = None


class SandboxState:
    """All mutable sandbox data except files and updates, which have their own stores."""

    def __init__(self, bot_user: JSON) -> None:
        self.bot_user = bot_user
        self.users: dict[int, JSON] = {}
        self.chats: dict[int, ChatState] = {}
        self.callback_queries: dict[str, CallbackRecord] = {}
        self.commands = CommandRegistry()
        self.menu_buttons: dict[int | None, JSON] = {}
        self.profile_texts: dict[tuple[str, str], str] = {}
        self.calls: list[JSON] = []
        # Failures to answer instead of the next calls of a method (lower-case name): (code, description).
        self.faults: dict[str, list[tuple[int, str]]] = {}
        self._media_groups = 0
        self._callback_ids = 0

    def reset(self) -> None:
        """Forget conversations and history; bot configuration (commands, texts) survives."""
        self.users.clear()
        self.chats.clear()
        self.callback_queries.clear()
        self.calls.clear()
        self.faults.clear()

    def take_fault(self, method: str) -> tuple[int, str] | None:
        """The failure planned for this call of `method`, if any (each planned failure is used once)."""
        planned = self.faults.get(method.lower())
        if not planned:
            return None
        return planned.pop(0)

    def bot_sender(self) -> JSON:
        return {key: self.bot_user[key] for key in ("id", "is_bot", "first_name", "username")}

    def remember_user(self, user: JSON) -> JSON:
        """Normalise a simulated user into a Telegram User object and keep the latest version."""
        if "id" not in user:
            raise ValueError("user.id is required")
        normalized: JSON = {
            "id": int(user["id"]),
            "is_bot": bool(user.get("is_bot", False)),
            "first_name": str(user.get("first_name") or "User"),
        }
        for key in ("last_name", "username", "language_code", "is_premium"):
            if user.get(key) not in (None, ""):
                normalized[key] = user[key]
        self.users[normalized["id"]] = normalized
        return normalized

    def private_chat_for(self, user: JSON) -> ChatState:
        chat: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        state = self.chats.get(user["id"])
        if state is None:
            state = self.chats[user["id"]] = ChatState(chat=chat)
        else:
            state.chat = chat
        return state

    def ensure_chat(self, chat: JSON) -> ChatState:
        """Register a chat seen in an injected update so the bot can answer into it."""
        chat_id = int(chat["id"])
        state = self.chats.get(chat_id)
        if state is None:
            state = self.chats[chat_id] = ChatState(chat=dict(chat))
        else:
            state.chat.update(chat)
        return state

    def find_chat(self, reference: Any) -> ChatState | None:
        if isinstance(reference, str) and reference.startswith("@"):
            name = reference[1:].lower()
            return next(
                (c for c in self.chats.values() if str(c.chat.get("username", "")).lower() == name), None
            )
        try:
            return self.chats.get(int(reference))
        except (TypeError, ValueError):
            return None

    def require_chat(self, reference: Any) -> ChatState:
        chat = self.find_chat(reference)
        if chat is None:
            raise bad_request(CHAT_NOT_FOUND)
        return chat

    def new_media_group_id(self) -> str:
        self._media_groups += 1
        return str(13_000_000_000_000_000 + self._media_groups)

    def new_callback_id(self) -> str:
        self._callback_ids += 1
        return str(4_382_000_000_000_000_000 + self._callback_ids)

    def add_message(
        self,
        chat: ChatState,
        content: JSON,
        *,
        from_bot: bool,
        sender: JSON | None = None,
        reply_markup: JSON | None = None,
        parse_mode: str | None = None,
    ) -> StoredMessage:
        """Create the next message of a chat; inline keyboards become part of the Message object."""
        message_id = chat.next_message_id
        chat.next_message_id += 1
        data: JSON = {
            "message_id": message_id,
            "from": self.bot_sender() if from_bot else sender,
            "chat": dict(chat.chat),
            "date": int(time.time()),
            **content,
        }
        if data["from"] is None:
            del data["from"]
        if reply_markup and "inline_keyboard" in reply_markup:
            data["reply_markup"] = reply_markup
        stored = StoredMessage(chat.id, message_id, from_bot, data, reply_markup, parse_mode)
        chat.messages[message_id] = stored
        return stored

    def store_injected(self, chat: ChatState, message: JSON) -> None:
        """Keep a message from a raw injected update so replies and edits can refer to it."""
        message_id = message.get("message_id")
        if not isinstance(message_id, int) or message_id in chat.messages:
            return
        sender = message.get("from") or {}
        from_bot = sender.get("id") == self.bot_user["id"]
        chat.messages[message_id] = StoredMessage(
            chat.id, message_id, from_bot, copy.deepcopy(message), message.get("reply_markup")
        )
        chat.next_message_id = max(chat.next_message_id, message_id + 1)

    def record_call(self, entry: JSON) -> None:
        self.calls.append(entry)
