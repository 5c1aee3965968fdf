"""The catch-all for button presses no other handler took: every callback query is answered.

Buttons outlive releases: a message sent by an older version keeps its keyboard, and its callback data may
match nothing today. Unanswered, the user's spinner runs until the client gives up; so the press is answered
with a short note, and the user is offered the way on (the form in progress, else the main menu).
Registered last, after every other handler.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from handlers import forms
from handlers.common import answer_button, reply, tracked
from handlers.session import BotContext
from handlers.start import menu_markup


@tracked("stale_button")
async def stale_button(update: Update, context: BotContext) -> None:
    _ = context._
    await answer_button(update, _("This button is out of date."))
    if context.session.chat_id is None:
        return
    if await forms.prompt_current(update, context):
        return
    await reply(
        update,
        context,
        _("That button belongs to an older message and no longer works. Choose what you want to do:"),
        menu_markup(_),
    )


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(stale_button))
