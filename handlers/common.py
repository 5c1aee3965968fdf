"""Small pieces every handler module uses: naming a handler for the logs, and answering in the chat."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from handlers.session import BotContext, current_session

log = logging.getLogger(__name__)

Callback = Callable[[Update, BotContext], Awaitable[Any]]

# A record id as people send it: ASCII digits only (str.isdigit() also accepts "²" and "١", which int()
# refuses or silently reads), and short enough to fit the database's integer column.
_RECORD_ID = re.compile(r"[0-9]{1,9}")


def record_id(text: str | None) -> int | None:
    """The id in `text`, or None when it is not a plain, bounded number."""
    if text is None or not _RECORD_ID.fullmatch(text):
        return None
    return int(text)


def tracked(name: str) -> Callable[[Callback], Callback]:
    """Records the handler's name in the session, so the update's log line says what ran."""

    def decorate(func: Callback) -> Callback:
        @functools.wraps(func)
        async def wrapper(update: Update, context: BotContext) -> Any:
            current_session().handlers.append(name)
            return await func(update, context)

        return wrapper

    return decorate


async def reply(update: Update, context: BotContext, text: str, markup: Any = None) -> None:
    """Sends `text` (HTML) to the update's chat, whether it came as a message or a button press."""
    chat = update.effective_chat
    if chat is None:
        return
    await context.bot.send_message(
        chat.id, text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=None
    )


async def answer_button(update: Update, text: str | None = None) -> None:
    """Stops the button's spinner. Telegram refuses answers to presses older than about 15 seconds (a
    redelivered or long-queued update): that must not stop the press itself from being handled."""
    if update.callback_query is None:
        return
    try:
        await update.callback_query.answer(text)
    except BadRequest as exc:
        log.info("button press answered too late: %s", type(exc).__name__)


def buttons(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )
