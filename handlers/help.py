"""/help: what the bot can do, in the user's language."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from handlers.common import reply, tracked
from handlers.session import BotContext


def help_text(_) -> str:  # type: ignore[no-untyped-def]
    return _(
        "<b>What I can do</b>\n\n"
        "/report — report a violation of safety-training, exam or certificate rules (anonymous by default)\n"
        "/verify — check a safety certificate; you can also simply send a photo of its QR code\n"
        "/mytips — your tips and their progress\n"
        "/status — follow a tip with its receipt code and password, from any account\n"
        "/language — 中文 / English\n"
        "/privacy — what is stored about you and who can see it\n"
        "/cancel — stop what you are filling in\n\n"
        "The national work-safety tip line is 12350."
    )


@tracked("help")
async def help_command(update: Update, context: BotContext) -> None:
    await reply(update, context, help_text(context._))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("help", help_command))
