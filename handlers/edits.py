"""Edited messages, handled deliberately instead of as new messages.

Telegram delivers an edit as an `edited_message` update, which PTB's command and message handlers accept
like a new message: editing the subject's name would answer the question asked since, and editing an old
message into /start would run it. Registered first, this handler takes every edit: an edit of the latest
answer to a form corrects that answer when the step allows it (forms.Flow.correctable); anything else (an
older message, an edit into a /command, a step that cannot be corrected) is ignored with a short note.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, MessageHandler, filters

from handlers import forms
from handlers.common import reply, tracked
from handlers.session import BotContext


@tracked("edit")
async def edited(update: Update, context: BotContext) -> None:
    _ = context._
    message = update.edited_message
    if message is None or message.chat.type != ChatType.PRIVATE:
        return  # edits in groups and channels are none of the bot's business
    text = (message.text or message.caption or "").strip()
    if text.startswith("/"):
        await reply(
            update,
            context,
            _("Edited messages are not run as commands. Send the command as a new message."),
        )
        return
    state = await context.session.state()
    record = forms.correctable_answer(state, message.message_id)
    if record is None:
        await reply(
            update,
            context,
            _("I only take edits of your latest answer. To change something else, send it as a new message."),
        )
        return
    await reply(update, context, _("Your edit replaces your last answer."))
    await forms.retake(update, context, state, record)


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.UpdateType.EDITED, edited))
