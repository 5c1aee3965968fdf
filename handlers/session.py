"""What one update needs to know about its user and chat, loaded from the database.

A `Session` is made per update by `BotApplication.process_update` and reached by handlers as
`context.session`. Its chat state is loaded lazily and written back once, after every handler has run,
guarded by a version number so that two processes cannot silently overwrite each other's change.
"""

from __future__ import annotations

import contextvars
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import CallbackContext, ExtBot

from foundation import clock, hot_sql
from foundation.config import Settings
from foundation.i18n import Translator, locale_from_telegram, translator
from handlers import update_ledger
from models.state import ChatState
from models.users import User

log = logging.getLogger(__name__)

_current: contextvars.ContextVar[Session | None] = contextvars.ContextVar("session", default=None)


class StateConflict(RuntimeError):
    """Another process changed this chat's state while we handled an update."""


@dataclass
class Session:
    settings: Settings
    chat_id: int | None
    user: User | None
    locale: str
    handlers: list[str] = field(default_factory=list)
    _state: ChatState | None = None
    _state_snapshot: tuple[Any, ...] | None = None

    @property
    def _(self) -> Translator:
        return translator(self.locale)

    async def state(self) -> ChatState:
        if self._state is None:
            if self.chat_id is None:
                raise RuntimeError("this update has no chat, so it has no conversation state")
            self._state = await load_chat_state(self.chat_id)
            self._state_snapshot = self._snapshot(self._state)
        return self._state

    @staticmethod
    def _snapshot(state: ChatState) -> tuple[Any, ...]:
        return (
            state.flow,
            state.step,
            json.dumps(state.data, sort_keys=True, default=str),
            state.pending_confirm,
            state.reminded_at,
        )

    async def save_state(self, done_update_id: int | None = None) -> bool:
        """Writes the chat state back if a handler changed it (compare-and-set on `version`).

        With `done_update_id` on PostgreSQL, the update's ledger row is marked done in the same statement;
        returns True when that happened, so the caller need not mark it separately.
        """
        state = self._state
        if state is None or self._snapshot(state) == self._state_snapshot:
            return False
        saved, finished = await store_chat_state(state, done_update_id)
        if not saved:
            raise StateConflict(f"chat state of update changed concurrently (version {state.version})")
        state.version += 1
        self._state_snapshot = self._snapshot(state)
        return finished

    async def set_language(self, locale: str) -> None:
        if self.user is not None:
            self.user.language = locale
            await self.user.save(update_fields=["language", "updated_at"])
        self.locale = locale


_STATE_COLUMNS = "chat_id, flow, step, data, pending_confirm, version, updated_at, reminded_at"
_SELECT_STATE = f"SELECT {_STATE_COLUMNS} FROM chat_states WHERE chat_id = ?"  # nosec B608
_INSERT_STATE = (
    "INSERT INTO chat_states (chat_id, data, version, updated_at) VALUES (?, ?, 0, ?) "
    "ON CONFLICT (chat_id) DO NOTHING RETURNING chat_id"
)
_SAVE_STATE = (
    "UPDATE chat_states SET flow = ?, step = ?, data = ?, pending_confirm = ?, reminded_at = ?, version = ?, "
    "updated_at = ? WHERE chat_id = ? AND version = ?"
)


def _db(field: str, value: Any) -> Any:
    return ChatState._meta.fields_map[field].to_db_value(value, None)


async def load_chat_state(chat_id: int) -> ChatState:
    """The chat's state row, made empty on first use (two processes racing to make it both get one row)."""
    rows = await hot_sql.fetch(_SELECT_STATE, (chat_id,))
    if not rows:
        await hot_sql.fetch(_INSERT_STATE, (chat_id, _db("data", {}), clock.now()))
        rows = await hot_sql.fetch(_SELECT_STATE, (chat_id,))
    return ChatState._init_from_db(**rows[0])


async def store_chat_state(state: ChatState, done_update_id: int | None) -> tuple[bool, bool]:
    """Writes `state` if nobody else changed it since it was read; returns (saved, ledger marked done)."""
    values = (
        state.flow,
        state.step,
        _db("data", state.data),
        state.pending_confirm,
        _db("reminded_at", state.reminded_at),
        state.version + 1,
        clock.now(),  # drafts age from here
        state.chat_id,
        state.version,
    )
    if done_update_id is not None and hot_sql.is_postgres(hot_sql.connection()):
        rows = await hot_sql.fetch(
            f"WITH saved AS ({_SAVE_STATE} RETURNING version), "  # nosec B608
            f"done AS ({update_ledger.FINISH_SQL} AND EXISTS (SELECT 1 FROM saved) RETURNING update_id) "
            "SELECT (SELECT count(*) FROM saved) AS saved, (SELECT count(*) FROM done) AS done",
            (*values, update_ledger.now(), done_update_id),
        )
        return bool(rows[0]["saved"]), bool(rows[0]["done"])
    rows = await hot_sql.fetch(f"{_SAVE_STATE} RETURNING version", values)
    return bool(rows), False


class UserCache:
    """User rows of this process's recent users, kept for a few seconds.

    Reading the user is one of the few statements every update needs; a person sends several updates in a
    row, so most reads can be skipped. Changes made in this process (language, roles from an invite) change
    the cached object itself; a change made by another process is seen after at most `ttl` seconds.
    """

    def __init__(self, ttl: float = 10.0, size: int = 10_000) -> None:
        self.ttl, self.size = ttl, size
        self._users: dict[int, tuple[float, User]] = {}

    def get(self, tg_id: int) -> User | None:
        hit = self._users.get(tg_id)
        if hit is None or time.monotonic() - hit[0] > self.ttl:
            return None
        return hit[1]

    def put(self, user: User) -> None:
        if len(self._users) >= self.size:
            self._users.clear()  # rare; a burst of new users just reads them again
        self._users[user.tg_id] = (time.monotonic(), user)

    def forget(self, tg_id: int) -> None:
        self._users.pop(tg_id, None)

    def clear(self) -> None:
        self._users.clear()


USERS = UserCache()


async def open_session(update: Update, settings: Settings) -> Session:
    tg_user = update.effective_user
    chat = update.effective_chat
    chat_id = chat.id if chat else (tg_user.id if tg_user else None)
    user: User | None = None
    if tg_user is not None and not tg_user.is_bot:
        user = USERS.get(tg_user.id)
        created = False
        if user is None:
            user, created = await User.get_or_create(
                tg_id=tg_user.id, defaults={"tg_language_code": tg_user.language_code, "roles": []}
            )
            USERS.put(user)
        if not created and tg_user.language_code and user.tg_language_code != tg_user.language_code:
            user.tg_language_code = tg_user.language_code
            await user.save(update_fields=["tg_language_code", "updated_at"])
    if user is not None and user.language:
        locale = user.language
    else:
        locale = locale_from_telegram(tg_user.language_code if tg_user else None, settings.default_locale)
    return Session(settings=settings, chat_id=chat_id, user=user, locale=locale)


def current_session() -> Session:
    session = _current.get()
    if session is None:
        raise RuntimeError("no session: handlers run only inside BotApplication.process_update")
    return session


def bind_session(session: Session | None) -> contextvars.Token:
    return _current.set(session)


def unbind_session(token: contextvars.Token) -> None:
    _current.reset(token)


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """PTB's context plus the database-backed session of the update being handled."""

    @property
    def session(self) -> Session:
        return current_session()

    @property
    def _(self) -> Translator:
        return current_session()._
