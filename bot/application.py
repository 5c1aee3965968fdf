"""The PTB `Application` subclass that puts the database between Telegram and the handlers.

Every update goes through `handle_update`: it is claimed in the update ledger (a duplicate acts once), the
user is checked against the flood guard, the chat's state is loaded, the handlers run, the state is saved and
the claim is marked done. Updates of one chat are handled one after another, in order; different chats run
concurrently.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections import defaultdict
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.flood import FloodGuard, FloodVerdict
from bot.metrics import UPDATE_SECONDS, UPDATES
from bot.polling import SkippedUpdate
from foundation.config import Settings
from foundation.logs import log_fields
from handlers import update_ledger
from handlers.session import Session, bind_session, open_session, unbind_session
from handlers.update_ledger import Claim

log = logging.getLogger(__name__)


def update_kind(update: Update) -> str:
    for kind in (
        "message",
        "edited_message",
        "callback_query",
        "my_chat_member",
        "channel_post",
        "inline_query",
    ):
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


class ChatLocks:
    """One asyncio lock per chat, dropped again when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: defaultdict[int, int] = defaultdict(int)

    async def __call__(self, chat_id: int) -> _Held:
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        self._users[chat_id] += 1
        await lock.acquire()
        return _Held(self, chat_id, lock)

    def _release(self, chat_id: int, lock: asyncio.Lock) -> None:
        lock.release()
        self._users[chat_id] -= 1
        if self._users[chat_id] == 0:
            del self._users[chat_id]
            self._locks.pop(chat_id, None)


class _Held:
    def __init__(self, owner: ChatLocks, chat_id: int, lock: asyncio.Lock) -> None:
        self.owner, self.chat_id, self.lock = owner, chat_id, lock

    def release(self) -> None:
        self.owner._release(self.chat_id, self.lock)


class BotApplication(Application):
    def __init__(self, settings: Settings, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.owner_id = f"{socket.gethostname()}:{os.getpid()}"
        self.flood_guard = FloodGuard()
        self.chat_locks = ChatLocks()

    async def process_update(self, update: object) -> None:
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        if isinstance(update, SkippedUpdate):  # logged when it was read; nothing in it can be handled
            UPDATES.labels("malformed", "skipped").inc()
            return
        # Polling: nobody will redeliver, so wait for a busy claim (another process still on it) to clear.
        deadline = time.monotonic() + update_ledger.LEASE.total_seconds() + 5
        try:
            while time.monotonic() < deadline:
                if await self.handle_update(update) is not Claim.BUSY:
                    return
                await asyncio.sleep(0.5)
        except Exception as exc:
            # A poison update: the ledger, the session or the state write raised (handler errors are
            # already caught by PTB and go to handlers.errors). Polling has moved past it; log and go on.
            log_fields(
                log,
                "update failed and skipped",
                level=logging.ERROR,
                update_id=update.update_id,
                error=type(exc).__name__,
            )
            log.debug("update failure detail", exc_info=exc)

    async def handle_update(self, update: Update) -> Claim:
        """Handles one update once; returns what the ledger said, so the webhook can answer accordingly."""
        chat = update.effective_chat
        user = update.effective_user
        key = chat.id if chat else (user.id if user else 0)
        # Floods are counted on arrival: once queued behind the chat lock they would look evenly spaced.
        flood = self.flood_guard.check(user.id) if user is not None else None
        held = await self.chat_locks(key)
        try:
            return await self._handle_claimed(update, flood)
        finally:
            held.release()

    async def _handle_claimed(self, update: Update, flood: FloodVerdict | None) -> Claim:
        started = time.perf_counter()
        kind = update_kind(update)
        claim = await update_ledger.claim(update.update_id, self.owner_id)
        if claim is not Claim.NEW:
            log_fields(log, "update skipped", update_id=update.update_id, outcome=claim.value)
            UPDATES.labels(kind, claim.value).inc()
            return claim
        session = await open_session(update, self.settings)
        token = bind_session(session)
        try:
            if flood is not None and flood.flooding:
                await self._slow_down(update, session, flood)
            await Application.process_update(self, update)
            finished = await session.save_state(done_update_id=update.update_id)
            if not finished:
                await update_ledger.finish(update.update_id)
        except BaseException:
            await update_ledger.release(update.update_id)
            UPDATES.labels(kind, "failed").inc()
            raise
        finally:
            unbind_session(token)
        UPDATES.labels(kind, "handled").inc()
        UPDATE_SECONDS.observe(time.perf_counter() - started)
        log_fields(
            log,
            "update handled",
            update_id=update.update_id,
            kind=kind,
            handlers=session.handlers,
            ms=round((time.perf_counter() - started) * 1000, 1),
        )
        return claim

    async def _slow_down(self, update: Update, session: Session, verdict: FloodVerdict) -> None:
        log_fields(log, "flood", update_id=update.update_id, delay=verdict.delay)
        if verdict.notify and session.chat_id is not None:
            await self.bot.send_message(
                session.chat_id,
                session._(
                    "You are sending messages very quickly. I will answer, but a little more slowly; "
                    "nothing you sent is lost."
                ),
            )
        await asyncio.sleep(verdict.delay)
