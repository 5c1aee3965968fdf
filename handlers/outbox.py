"""Sending what the case queue has to say to reporters: status changes, replies, transfers, extensions.

Rows are written by cases/notify.py (and others) with the reporter's identity sealed; only here, in the bot
process, is it opened to find the chat. Texts are rendered in the language the tip was filed in.
"""

from __future__ import annotations

import html
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden

from cases import outbox_queue
from cases.sealing import Sealer
from cases.status_words import status_label
from cases.tips import format_receipt
from foundation import clock
from foundation.i18n import translator
from foundation.logs import log_fields
from models.ops import Outbox

log = logging.getLogger(__name__)
MAX_ATTEMPTS = outbox_queue.MAX_ATTEMPTS


def render(row: Outbox) -> tuple[str, InlineKeyboardMarkup | None]:
    _ = translator(row.language)
    params = row.params
    receipt = html.escape(format_receipt(params.get("receipt", "")))
    answer = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    _("✍️ Answer or add information"), callback_data=f"ans:{params.get('receipt', '')}"
                )
            ]
        ]
    )
    if row.text_key == "status":
        text = _("Your tip {receipt} is now: <b>{status}</b>.").format(
            receipt=receipt, status=html.escape(status_label(params.get("status", ""), _))
        )
        if params.get("status") == "verified" and "substantiated" in params:
            text += "\n" + (
                _("The facts you reported were confirmed.")
                if params["substantiated"]
                else _("The facts you reported could not be confirmed.")
            )
        if params.get("reason"):
            text += "\n" + _("Reason: {reason}").format(reason=html.escape(params["reason"]))
        if params.get("status") == "closed":
            text += "\n" + _("If you disagree with the result, you can ask for a review with /status.")
        return text, answer if params.get("status") not in ("closed", "rejected") else None
    if row.text_key == "reply":
        text = _("Message from the office handling your tip {receipt}:").format(receipt=receipt)
        return f"{text}\n\n{html.escape(params.get('body', ''))}", answer
    if row.text_key == "transferred":
        return _(
            "Your tip {receipt} was passed on to the office responsible for the place it concerns "
            "(转办). You will hear from them here."
        ).format(receipt=receipt), None
    if row.text_key == "extended":
        return _(
            "Verifying your tip {receipt} needs more time: the period was extended by {days} days, to "
            "{due}. Reason: {reason}"
        ).format(
            receipt=receipt,
            days=params.get("days"),
            due=html.escape(params.get("due", "")),
            reason=html.escape(params.get("reason", "")),
        ), answer
    if row.text_key == "cert_reminder":
        template = (
            _(
                "Reminder: the certificate of {name} expires on {date} ({days} days left). Please arrange "
                "the renewal in time."
            )
            if params.get("kind") == "expiry"
            else _(
                "Reminder: the re-examination (复审) of {name} is due on {date} ({days} days left). Please "
                "arrange it in time."
            )
        )
        return template.format(
            name=html.escape(params.get("name", "")), date=params.get("date", ""), days=params.get("days", "")
        ), None
    if row.text_key == "measure_overdue":
        return _(
            "Reminder: the measure “{measure}” of {enterprise}'s self-inspection was due on {deadline} "
            "(responsible: {responsible}). Please complete it; the county bureau sees it as overdue."
        ).format(
            measure=html.escape(params.get("measure", "")),
            enterprise=html.escape(params.get("enterprise", "")),
            deadline=params.get("deadline", ""),
            responsible=html.escape(params.get("responsible", "")),
        ), None
    if row.text_key == "list_review":
        return _(
            "It is six months since the job-holder list of {enterprise} was last posted. Please review the "
            "list with /enterprise and post the notice again."
        ).format(enterprise=html.escape(params.get("enterprise", ""))), None
    if row.text_key == "reward":
        return _(
            "Your tip {receipt} proved true. A reward of {amount} yuan was decided. Claim it with the "
            "receipt code and password by {until} (/status)."
        ).format(receipt=receipt, amount=params.get("amount"), until=params.get("claim_until", "")), None
    if row.text_key == "draft_reminder":
        return _(
            "You started a form here and have not finished it. Answer the last question to go on, or "
            "send /cancel to drop it. Unfinished forms are deleted after {days} days."
        ).format(days=params.get("days", 7)), None
    if row.text_key == "draft_expired":
        return _(
            "Your unfinished form was deleted after {days} days without changes. Send /start to begin again."
        ).format(days=params.get("days", 7)), None
    return _("There is news about your tip {receipt}. Send /mytips to see it.").format(receipt=receipt), None


async def send_pending(bot: Bot, sealer: Sealer, limit: int = 50) -> int:
    """Sends up to `limit` waiting messages; returns how many went out."""
    sent = 0
    for row, chat_id in await outbox_queue.waiting(sealer, outbox_queue.TELEGRAM, limit):
        if chat_id is None:
            await Outbox.filter(id=row.id).update(attempts=MAX_ATTEMPTS)
            continue
        text, markup = render(row)
        try:
            await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)
        except (Forbidden, BadRequest) as exc:  # blocked the bot, chat gone: retrying will not help
            log_fields(log, "outbox message undeliverable", outbox_id=row.id, error=type(exc).__name__)
            await Outbox.filter(id=row.id).update(attempts=MAX_ATTEMPTS)
            continue
        except Exception as exc:  # network trouble: try again on the next run
            log_fields(log, "outbox send failed", outbox_id=row.id, error=type(exc).__name__)
            await Outbox.filter(id=row.id).update(attempts=row.attempts + 1)
            continue
        await Outbox.filter(id=row.id).update(sent_at=clock.now(), attempts=row.attempts + 1)
        sent += 1
    return sent
