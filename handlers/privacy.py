"""/privacy: what is stored and who can see it, stated plainly."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.common import reply, tracked
from handlers.session import BotContext


def privacy_text(_) -> str:  # type: ignore[no-untyped-def]
    return _(
        "<b>Your privacy</b>\n\n"
        "• To answer you, the bot keeps your Telegram account number, your chosen language and any form you "
        "have not finished yet (a draft is deleted 7 days after you last touched it).\n"
        "• A tip is anonymous unless you choose to give your name. Either way, the link between the tip and "
        "your Telegram account, and any contact you give, are stored encrypted. The officials handling the "
        "tip cannot see them; only a designated custodian can open them, must give a written reason, and "
        "every such access is recorded.\n"
        "• Photos you send with an anonymous tip are shown to officials with their hidden data (location, "
        "device) removed; the original is kept sealed as evidence.\n"
        "• Your identity is never shown to the party you report.\n"
        "• Certificate checks show the holder's name and ID number only partly."
    )


@tracked("privacy")
async def privacy_command(update: Update, context: BotContext) -> None:
    await reply(update, context, privacy_text(context._))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("privacy", privacy_command))
