"""Long polling that a malformed update cannot wedge.

PTB's `Bot.get_updates` turns the whole getUpdates answer into `Update` objects at once. If one of them
does not parse (a field of an unexpected type, a Bot API change, a broken proxy), the call raises, the
Updater logs it and polls again at once with the same offset: the same bad update comes back, forever, in a
hot loop, and nothing after it is ever handled. Here each update is parsed on its own; one that does not
parse is logged (update id and error type, never its contents) and replaced by a `SkippedUpdate` carrying
only its id, so the offset moves past it and `BotApplication` drops it. An answer that cannot be read at
all is raised as a `NetworkError`, for which PTB's retry loop waits longer after each failure (1 s,
1.5 s, ... up to 30 s) instead of spinning.
"""

from __future__ import annotations

import datetime as dtm
import logging
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram.error import NetworkError
from telegram.ext import ExtBot

from foundation.logs import log_fields

log = logging.getLogger(__name__)


class SkippedUpdate(Update):
    """Stands for an update that could not be read: only its id is known, so that polling moves on."""


def read_update(raw: Any, bot: ExtBot) -> Update | None:
    """One update from the getUpdates answer; a `SkippedUpdate` if it does not parse, None if it has no id."""
    update_id = raw.get("update_id") if isinstance(raw, dict) else None
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        log_fields(log, "update without a readable id skipped", level=logging.ERROR)
        return None
    try:
        update = Update.de_json(raw, bot)
    except Exception as exc:  # any parsing failure: the update cannot be handled, whatever its cause
        log_fields(
            log,
            "malformed update skipped",
            level=logging.ERROR,
            update_id=update_id,
            error=type(exc).__name__,
        )
        update = None
    if update is None:
        skipped = SkippedUpdate(update_id=update_id)
        skipped.set_bot(bot)
        return skipped
    return update


def read_updates(result: Any, bot: ExtBot) -> tuple[Update, ...]:
    if not isinstance(result, list):
        raise NetworkError("getUpdates answered something that is not a list of updates")
    updates = [update for update in (read_update(raw, bot) for raw in result) if update is not None]
    if result and not updates:
        raise NetworkError("getUpdates answered no update with a readable id")
    updates.sort(key=lambda update: update.update_id)
    return tuple(updates)


class PollingBot(ExtBot):
    """PTB's ExtBot whose get_updates reads each update on its own (see the module docstring)."""

    async def get_updates(  # type: ignore[override]
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: int | dtm.timedelta | None = None,  # noqa: ASYNC109  (Bot API name, as PTB's)
        allowed_updates: Any = None,
        *,
        read_timeout: Any = DEFAULT_NONE,
        write_timeout: Any = DEFAULT_NONE,
        connect_timeout: Any = DEFAULT_NONE,
        pool_timeout: Any = DEFAULT_NONE,
        api_kwargs: dict | None = None,
    ) -> tuple[Update, ...]:
        data = {"timeout": timeout, "offset": offset, "limit": limit, "allowed_updates": allowed_updates}
        # As Bot.get_updates: the long poll's read timeout is the request's own plus the poll's timeout.
        if isinstance(read_timeout, DefaultValue):
            base = self._request[0].read_timeout or 0
        else:
            base = read_timeout or 0
        seconds = timeout.total_seconds() if isinstance(timeout, dtm.timedelta) else (timeout or 0)
        result = await self._post(
            "getUpdates",
            data,
            read_timeout=base + seconds,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        updates = read_updates(result, self)
        for update in updates:
            self.insert_callback_data(update)
        return updates
