"""The "typing…" / "sending a photo…" status while the bot works on an answer that takes a while.

Telegram shows a chat action for at most about 5 seconds, or until the bot's next message arrives, and
python-telegram-bot has no built-in repeat, so it is sent once before the work starts and again every
few seconds while the work runs. A refused or failed chat action never stops the work itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import TelegramError

log = logging.getLogger(__name__)

REPEAT_SECONDS = 4.0


async def _send(bot: Bot, chat_id: int, action: str) -> None:
    try:
        await bot.send_chat_action(chat_id, action)
    except TelegramError as exc:  # flood control, a blocked bot: the answer still matters more
        log.debug("chat action %s not shown: %s", action, type(exc).__name__)


@contextlib.asynccontextmanager
async def showing(
    bot: Bot, chat_id: int | None, action: str = ChatAction.TYPING, every: float | None = None
) -> AsyncIterator[None]:
    """Shows `action` in the chat for as long as the body runs (sent first, then every `every` s)."""
    every = REPEAT_SECONDS if every is None else every
    if chat_id is None:
        yield
        return
    await _send(bot, chat_id, action)

    async def repeat() -> None:
        while True:
            await asyncio.sleep(every)
            await _send(bot, chat_id, action)

    task = asyncio.create_task(repeat())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
