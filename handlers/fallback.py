"""Whatever no command matched: form answers go to the form in progress, anything else gets the menu."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from handlers import forms
from handlers.common import reply, tracked
from handlers.session import BotContext
from handlers.start import menu_markup


@tracked("message")
async def any_message(update: Update, context: BotContext) -> None:
    if await forms.dispatch_message(update, context):
        return
    _ = context._
    message = update.effective_message
    if message is not None and (
        message.photo or (message.document and (message.document.mime_type or "").startswith("image/"))
    ):
        from handlers.verify import verify_photo

        await verify_photo(update, context)
        return
    if message is not None and message.text and message.text.startswith("/"):
        await reply(update, context, _("I do not know that command. Here is what I can do:"), menu_markup(_))
        return
    await reply(update, context, _("Choose what you want to do:"), menu_markup(_))


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.ALL & ~filters.StatusUpdate.ALL, any_message))
