"""The receipt a reporter gets in the chat when a tip is filed: code, password, status page link and QR."""

from __future__ import annotations

import html

from telegram import ReplyKeyboardRemove, Update

from cases import tips
from certs.qr import make_qr_png
from foundation.config import Settings
from handlers.common import reply
from handlers.session import BotContext


async def send_receipt(
    update: Update, context: BotContext, receipt_code: str, generated: str | None, repeat: bool
) -> None:
    """`generated`: the password the bot made (shown once), None when the reporter chose one; `repeat`:
    the receipt may already have reached the chat (a submit handled again after a crash)."""
    _ = context._
    session = context.session
    link = status_link(session.settings, receipt_code)
    lines = [
        _(
            "✅ <b>Your tip is filed.</b> Here is its receipt again, in case the first message did "
            "not reach you."
        )
        if repeat
        else _("✅ <b>Your tip has been filed.</b>"),
        "",
        _("Receipt code: <code>{code}</code>").format(code=tips.format_receipt(receipt_code)),
        (
            _("Password: <code>{password}</code> (write it down: it is shown only once)").format(
                password=html.escape(generated)
            )
            if generated
            else _("Password: the one you chose")
        ),
        "",
        _(
            "With the receipt code and password you can follow the tip and claim a reward from any "
            "device: /status here, or the status page: {link}"
        ).format(link=html.escape(link)),
        _(
            "News about the tip will also come to this chat. The office responsible must decide within "
            "one working day whether to accept it."
        ),
    ]
    await reply(update, context, "\n".join(lines), ReplyKeyboardRemove())
    await context.bot.send_photo(
        update.effective_chat.id,
        make_qr_png(link),
        caption=_("Scan to open the status page of your tip."),
    )


def status_link(settings: Settings, receipt_code: str) -> str:
    base = settings.public_url or f"http://{settings.http_host}:{settings.http_port}"
    return f"{base}/status?code={tips.format_receipt(receipt_code)}"
