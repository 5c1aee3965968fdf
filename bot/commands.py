"""Start-up publication of what the bot shows about itself (menus and descriptions: handlers/menus.py)."""

from __future__ import annotations

from telegram import Bot

from handlers.menus import COMMANDS, TELEGRAM_LANGUAGE, commands_for, publish_menus, sync_chat_menus

__all__ = ["COMMANDS", "TELEGRAM_LANGUAGE", "commands_for", "publish_commands"]


async def publish_commands(bot: Bot, default_locale: str) -> None:
    """Every language's menu, description and short description, then the chat menus of linked staff."""
    await publish_menus(bot, default_locale)
    await sync_chat_menus(bot, default_locale)
