"""/start and the main menu, and the routing of /start deep-link payloads.

Other flows register what a payload prefix opens (`register_deep_link`), so a QR on a wall or a link in a
message can open the right form. A payload Telegram would not carry, or with an unknown prefix, gets a short
"link not valid" and the menu; the flow parses the rest strictly (handlers.common.record_id).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers.common import answer_button, buttons, reply, tracked
from handlers.menus import chat_menu, needs_chat_menu
from handlers.session import BotContext

DeepLinkHandler = Callable[[Update, BotContext, str], Awaitable[None]]
_deep_links: dict[str, DeepLinkHandler] = {}


def register_deep_link(prefix: str, handler: DeepLinkHandler) -> None:
    """`/start PREFIX-rest` calls `handler(update, context, "rest")`."""
    _deep_links[prefix] = handler


def menu_markup(_):  # type: ignore[no-untyped-def]
    return buttons(
        [
            [(_("🚨 Report a violation"), "menu:report")],
            [(_("🔎 Verify a certificate"), "menu:verify")],
            [(_("📋 My tips"), "menu:mytips"), (_("🌐 Language"), "menu:language")],
            [(_("❓ Help"), "menu:help"), (_("🔒 Privacy"), "menu:privacy")],
        ]
    )


def welcome_text(_) -> str:  # type: ignore[no-untyped-def]
    return _(
        "<b>Work-safety tip line</b> (12350)\n\n"
        "Here you can report fake or skipped safety training, exam cheating or proxy exam-taking, fake or "
        "resold certificates, and enterprises that let uncertified workers work. Reports are anonymous "
        "unless you choose otherwise.\n\n"
        "You can also check whether a safety certificate is genuine: send a photo of its QR code.\n\n"
        "Choose what you want to do:"
    )


# Telegram's deep-link payloads: up to 64 characters from A-Z, a-z, 0-9, _ and -. Anything else did not
# come from a link of ours, so it is refused before any flow reads it.
_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")


@tracked("start")
async def start(update: Update, context: BotContext) -> None:
    _ = context._
    args = context.args or []
    if args:
        payload = args[0]
        prefix, _sep, rest = payload.partition("-")
        handler = _deep_links.get(prefix)
        if len(args) > 1 or not _PAYLOAD.fullmatch(payload) or handler is None:
            await reply(
                update,
                context,
                _("This link is not valid. Choose what you want to do:"),
                menu_markup(_),
            )
            return
        await handler(update, context, rest)
        return
    await reply(update, context, welcome_text(_), menu_markup(_))
    user = context.session.user
    if needs_chat_menu(user):  # their chat's own menu, as this release has it
        await chat_menu(context.bot, user, context.session.settings.default_locale)


@tracked("menu")
async def menu_button(update: Update, context: BotContext) -> None:
    """Menu buttons open the same thing as the matching command."""
    from handlers import menu_targets

    await answer_button(update)
    target = (update.callback_query.data or "").partition(":")[2]
    action = menu_targets().get(target)
    if action is None:
        await reply(
            update,
            context,
            context._(
                "This part of the service is not open yet. You can call the "
                "national tip line 12350 meanwhile."
            ),
            menu_markup(context._),
        )
        return
    await action(update, context)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(menu_button, pattern=r"^menu:"))
