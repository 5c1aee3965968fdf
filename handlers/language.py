"""/language: switch between 简体中文 and English; the choice is remembered in the database."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from foundation.i18n import LANGUAGE_NAMES, LOCALES
from handlers.common import answer_button, buttons, reply, tracked
from handlers.menus import chat_menu
from handlers.session import BotContext


@tracked("language")
async def language_command(update: Update, context: BotContext) -> None:
    rows = [[(LANGUAGE_NAMES[loc], f"lang:{loc}") for loc in LOCALES]]
    await reply(update, context, context._("Choose your language / 选择语言:"), buttons(rows))


@tracked("language_set")
async def language_chosen(update: Update, context: BotContext) -> None:
    locale = (update.callback_query.data or "").partition(":")[2]
    if locale not in LOCALES:
        await answer_button(update)
        return
    await context.session.set_language(locale)
    await answer_button(update)
    if context.session.user is not None:  # the command menu follows the chosen language, as speech does
        await chat_menu(context.bot, context.session.user, context.session.settings.default_locale)
    await reply(update, context, context._("Language set to English."))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("language", language_command))
    app.add_handler(CallbackQueryHandler(language_chosen, pattern=r"^lang:"))
