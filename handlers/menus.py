"""What the bot shows about itself: command menus, description and short description, per language.

Telegram picks a menu by scope, then by the two-letter code of the user's app language, then the menu set
without a language code. The bot sets one menu per language it speaks (zh_CN as "zh", en as "en") and the
menu without a code in the default locale; foundation.i18n.locale_from_telegram speaks to everyone else in
that same default locale, so menu and speech agree. Two kinds of people get a menu of their own chat
(BotCommandScopeChat), in the language they are spoken to in: those who picked a language with /language
(their choice overrides the app language for speech, so it must for the menu too) and those with more
commands (linked back-office staff: /queue, /case; inspectors: /inspect).
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from foundation.i18n import LOCALES, N_, locale_from_telegram, translator
from models.staff import StaffUser
from models.users import Role, User

log = logging.getLogger(__name__)

# (command, description) in menu order. Descriptions are translated per locale.
COMMANDS: list[tuple[str, str]] = [
    ("start", N_("Main menu")),
    ("report", N_("Report a violation")),
    ("verify", N_("Check a certificate")),
    ("mytips", N_("My tips")),
    ("status", N_("Follow a tip by receipt code")),
    ("enterprise", N_("Enterprise officers: job-holder notice")),
    ("selfcheck", N_("Officers and institution contacts: campaign self-inspection")),
    ("language", N_("中文 / English")),
    ("privacy", N_("What is stored about you")),
    ("help", N_("Help")),
    ("cancel", N_("Stop the current form")),
]
STAFF_COMMANDS: list[tuple[str, str]] = [
    ("queue", N_("Case handlers: my case queue")),
    ("case", N_("Case handlers: open a case by number")),
]
INSPECTOR_COMMANDS: list[tuple[str, str]] = [
    ("inspect", N_("Inspectors: record an inspection")),
    ("checklist", N_("Inspectors: campaign checklist of the open inspection")),
]

# Telegram matches the menu by the two-letter ISO 639-1 code of the user's app language.
TELEGRAM_LANGUAGE = {"zh_CN": "zh", "en": "en"}

DESCRIPTION = N_(
    "Work-safety tip line (12350). Report fake or skipped safety training, exam cheating, fake or resold "
    "certificates and enterprises that let uncertified workers work, anonymously if you wish; and check "
    "whether a safety certificate is genuine. Press Start to begin."
)
SHORT_DESCRIPTION = N_(
    "Report work-safety violations, anonymously if you wish, and check safety certificates."
)


def commands_for(locale: str, staff: bool = False, inspector: bool = False) -> list[BotCommand]:
    _ = translator(locale)
    extra = (STAFF_COMMANDS if staff else []) + (INSPECTOR_COMMANDS if inspector else [])
    # The extra commands go before the closing help/cancel pair, next to the work they are for.
    listed = COMMANDS[:-2] + extra + COMMANDS[-2:]
    return [BotCommand(command, _(description)) for command, description in listed]


async def publish_menus(bot: Bot, default_locale: str) -> None:
    """The menus and descriptions of every language, and the default ones, as Telegram looks them up."""
    for locale in LOCALES:
        code = TELEGRAM_LANGUAGE[locale]
        _ = translator(locale)
        await bot.set_my_commands(commands_for(locale), language_code=code)
        await bot.set_my_description(_(DESCRIPTION), language_code=code)
        await bot.set_my_short_description(_(SHORT_DESCRIPTION), language_code=code)
    _ = translator(default_locale)
    await bot.set_my_commands(commands_for(default_locale))
    await bot.set_my_description(_(DESCRIPTION))
    await bot.set_my_short_description(_(SHORT_DESCRIPTION))


def user_locale(user: User, default_locale: str) -> str:
    """The language the bot speaks to `user` in (as handlers.session decides it)."""
    return user.language or locale_from_telegram(user.tg_language_code, default_locale)


async def chat_menu(bot: Bot, user: User, default_locale: str) -> None:
    """Sets (or removes) the menu of the user's private chat to match their language and their roles.

    Best effort: the menu is a convenience, so a refused call is logged and the user's action goes on."""
    staff = await StaffUser.exists(tg_id=user.tg_id, active=True)
    inspector = Role.INSPECTOR in (user.roles or [])
    scope = BotCommandScopeChat(chat_id=user.tg_id)
    try:
        if staff or inspector or user.language:
            commands = commands_for(user_locale(user, default_locale), staff=staff, inspector=inspector)
            await bot.set_my_commands(commands, scope=scope)
        else:
            await bot.delete_my_commands(scope=scope)
    except TelegramError as exc:
        log.info("could not set the chat menu: %s", type(exc).__name__)


def needs_chat_menu(user: User | None) -> bool:
    """Whether the user's chat may have a menu of its own (see the module docstring)."""
    return user is not None and bool(user.language or Role.INSPECTOR in (user.roles or []))


async def sync_chat_menus(bot: Bot, default_locale: str) -> int:
    """At start-up, so that a release's new commands reach them: the chat menus of linked staff (also of
    those deactivated since, whose staff commands go) and of inspectors. People who only picked a language
    are many more; their chat menu is refreshed when they next send /start (handlers/start.py)."""
    count = 0
    seen: set[int] = set()
    for staff in await StaffUser.filter(tg_id__isnull=False):
        user = await User.get_or_none(tg_id=staff.tg_id) or User(tg_id=staff.tg_id, roles=[])
        await chat_menu(bot, user, default_locale)
        seen.add(staff.tg_id)
        count += 1
    # An inspector always has a jurisdiction; the JSON roles are checked here, alike on both databases.
    for user in await User.filter(division_code__isnull=False):
        if user.tg_id not in seen and Role.INSPECTOR in (user.roles or []):
            await chat_menu(bot, user, default_locale)
            count += 1
    return count
