"""Telegram handlers, one module per user flow, registered in an explicit order.

Order matters: edited messages first (they are never run as commands nor fed to a form as new answers),
then commands (so a command always works, even in the middle of a form), then buttons, then the catch-all
that hands plain messages to the form in progress, and last the catch-all that answers stale buttons.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application

from handlers.session import BotContext

MenuAction = Callable[[Update, BotContext], Awaitable[None]]


def menu_targets() -> dict[str, MenuAction]:
    """What each main-menu button opens; the same callables as the commands."""
    from handlers.followup import mytips_command, status_command
    from handlers.help import help_command
    from handlers.language import language_command
    from handlers.privacy import privacy_command
    from handlers.report import report_command
    from handlers.verify import verify_command

    return {
        "report": report_command,
        "verify": verify_command,
        "mytips": mytips_command,
        "status": status_command,
        "help": help_command,
        "language": language_command,
        "privacy": privacy_command,
    }


def register_all(app: Application) -> None:
    from handlers import (
        cancel,
        edits,
        enterprise,
        errors,
        fallback,
        followup,
        forms,
        help,
        inspect,
        inspect_checklist,
        language,
        privacy,
        report,
        selfcheck,
        staff_queue,
        stale_buttons,
        start,
        verify,
    )

    for module in (
        edits,
        start,
        help,
        language,
        privacy,
        report,
        verify,
        followup,
        enterprise,
        selfcheck,
        inspect,
        inspect_checklist,
        staff_queue,
        cancel,
        forms,
        fallback,
        stale_buttons,
    ):
        module.register(app)
    app.add_error_handler(errors.on_error)
