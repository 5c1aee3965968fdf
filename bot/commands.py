"""The command menu Telegram shows, set per language with setMyCommands."""

from __future__ import annotations

from telegram import Bot, BotCommand

from foundation.i18n import LOCALES, N_, translator

# (command, description) in menu order. Descriptions are translated per locale.
COMMANDS: list[tuple[str, str]] = [
    ("start", N_("Main menu")),
    ("report", N_("Report a violation")),
    ("verify", N_("Check a certificate")),
    ("mytips", N_("My tips")),
    ("status", N_("Follow a tip by receipt code")),
    ("enterprise", N_("Enterprise officers: job-holder notice")),
    ("selfcheck", N_("Enterprise officers: campaign self-inspection")),
    ("checklist", N_("Inspectors: campaign checklist of the open inspection")),
    ("language", N_("中文 / English")),
    ("privacy", N_("What is stored about you")),
    ("help", N_("Help")),
    ("cancel", N_("Stop the current form")),
]

# Telegram matches the menu by the two-letter ISO 639-1 code of the user's app language.
TELEGRAM_LANGUAGE = {"zh_CN": "zh", "en": "en"}


def commands_for(locale: str) -> list[BotCommand]:
    _ = translator(locale)
    return [BotCommand(command, _(description)) for command, description in COMMANDS]


async def publish_commands(bot: Bot, default_locale: str) -> None:
    for locale in LOCALES:
        await bot.set_my_commands(commands_for(locale), language_code=TELEGRAM_LANGUAGE[locale])
    await bot.set_my_commands(commands_for(default_locale))
