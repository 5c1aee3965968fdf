"""The queue of updates waiting for the bot, shared by getUpdates and webhook delivery.

An update leaves the queue only when the bot confirms it (a later getUpdates offset) or its
webhook answers 2xx, as on Telegram; a redelivered update re-enters the queue with its old
update_id so tests can check that the bot acts once on duplicates.
"""

from __future__ import annotations

import asyncio
import copy
import time
from dataclasses import dataclass, field
from typing import Any

from .limits import POLL_TERMINATED, WEBHOOK_ACTIVE, BotApiError

Update = dict[str, Any]
DEFAULT_EXCLUDED = {"chat_member", "message_reaction", "message_reaction_count"}


def update_type(update: Update) -> str:
    return next((key for key in update if key != "update_id"), "")


def update_chat_id(update: Update) -> int | None:
    """The chat an update belongs to, which decides its ordering lane for webhook delivery."""
    body = update.get(update_type(update))
    if not isinstance(body, dict):
        return None
    chat = body.get("chat")
    if chat is None and isinstance(body.get("message"), dict):
        chat = body["message"].get("chat")
    if isinstance(chat, dict) and "id" in chat:
        return int(chat["id"])
    sender = body.get("from") or body.get("user")
    if isinstance(sender, dict) and "id" in sender:
        return int(sender["id"])
    return None


def is_allowed(update: Update, allowed: list[str] | None) -> bool:
    kind = update_type(update)
    if allowed:
        return kind in allowed
    return kind not in DEFAULT_EXCLUDED


@dataclass
class Pending:
    """One delivery obligation; the same update may be pending twice after a redeliver."""

    update: Update
    created: float = field(default_factory=time.monotonic)
    handed_out: bool = False
    in_flight: bool = False
    attempts: int = 0
    next_attempt: float = 0.0

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


class UpdateQueue:
    """Pending updates in arrival order plus the long-polling machinery of getUpdates."""

    def __init__(self) -> None:
        self.pending: list[Pending] = []
        self.history: dict[int, Update] = {}
        self.allowed_updates: list[str] | None = None
        self.webhook_active = False
        self._next_id = 1
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._closing = False

    def notify(self) -> None:
        """Wake every waiter (long polls, webhook scheduler); they re-check their own condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait_changed(self, at_most: float | None) -> None:
        event = self._changed
        try:
            await asyncio.wait_for(event.wait(), at_most)
        except TimeoutError:
            pass

    def open(self) -> None:
        self._closing = False

    def close(self) -> None:
        """Release waiting long polls so a server can shut down without waiting for their timeouts."""
        self._closing = True
        self.notify()

    def reset(self) -> None:
        """Drop queued and remembered updates but keep numbering increasing for running bots."""
        self.pending.clear()
        self.history.clear()
        self.notify()

    def drop_pending(self) -> None:
        self.pending = [entry for entry in self.pending if entry.in_flight]
        self.notify()

    def add(self, update: Update) -> Update:
        """Queue an update, assigning the next update_id unless the caller fixed one."""
        update = copy.deepcopy(update)
        if not isinstance(update.get("update_id"), int):
            update = {"update_id": self._next_id, **update}
        self._next_id = max(self._next_id, update["update_id"] + 1)
        self.history[update["update_id"]] = update
        self.pending.append(Pending(update))
        self.notify()
        return update

    def redeliver(self, update_id: int) -> Update | None:
        update = self.history.get(update_id)
        if update is None:
            return None
        self.pending.append(Pending(copy.deepcopy(update)))
        self.notify()
        return update

    def remove(self, entry: Pending) -> None:
        if entry in self.pending:
            self.pending.remove(entry)
        self.notify()

    def confirm(self, offset: int) -> None:
        """Apply getUpdates' offset: forget what was handed out before it (negative: keep the last N)."""
        if offset < 0:
            self.pending = self.pending[offset:]
            return
        self.pending = [e for e in self.pending if not (e.handed_out and e.update_id < offset)]

    def _take(self, limit: int) -> list[Update]:
        taken: list[Update] = []
        for entry in list(self.pending):
            if not is_allowed(entry.update, self.allowed_updates):
                self.pending.remove(entry)
                continue
            if len(taken) >= limit:
                break
            entry.handed_out = True
            taken.append(copy.deepcopy(entry.update))
        return taken

    async def get_updates(self, offset: int | None, limit: int, poll_seconds: float) -> list[Update]:
        """Long-poll: answer as soon as something is pending, or empty after `poll_seconds`."""
        if self.webhook_active:
            raise BotApiError(WEBHOOK_ACTIVE, 409)
        self._poll_generation += 1
        generation = self._poll_generation
        self.notify()
        if offset is not None:
            self.confirm(offset)
        deadline = time.monotonic() + poll_seconds
        while True:
            if self.webhook_active:
                raise BotApiError(WEBHOOK_ACTIVE, 409)
            if generation != self._poll_generation:
                raise BotApiError(POLL_TERMINATED, 409)
            batch = self._take(limit)
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self._closing:
                return batch
            await self.wait_changed(remaining)
