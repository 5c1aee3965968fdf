"""The error handler: the user hears that something failed and that their input is kept; the log gets
the update id and the exception, without message contents."""

from __future__ import annotations

import logging

from telegram import Update

from foundation.logs import log_fields
from handlers.session import BotContext, current_session

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    log_fields(
        log, "handler failed", level=logging.ERROR, update_id=update_id, error=type(context.error).__name__
    )
    log.debug("handler failure detail", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            _ = current_session()._
        except RuntimeError:
            return
        try:
            await context.bot.send_message(
                update.effective_chat.id,
                _(
                    "Sorry, something went wrong on our side. What you already entered is kept; please try "
                    "again in a moment."
                ),
            )
        except Exception:  # the chat may be unreachable; the failure is already logged
            log.debug("could not tell the user about the failure", exc_info=True)
