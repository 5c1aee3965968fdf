"""Delivering the case queue's news (models.ops.Outbox rows written by cases/notify.py) to WeChat reporters
through the customer-service API.

A row belongs to WeChat when its sealed identity holds `wx_openid`; the Telegram sender
(handlers/outbox.py) leaves such rows alone, and this sender leaves every other row alone. WeChat allows a
customer-service message only within 48 hours of the follower's last message (errcode 45015): such a row is
not retried, the reporter reads the news with 3 查询 or on the status page.
"""

from __future__ import annotations

import logging

from cases import outbox_queue
from cases.sealing import Sealer
from cases.status_words import status_label
from cases.tips import format_receipt
from foundation import clock
from foundation.i18n import translator
from foundation.logs import log_fields
from models.ops import Outbox
from wechat.api import WechatApi, WechatApiError

log = logging.getLogger(__name__)
MAX_ATTEMPTS = outbox_queue.MAX_ATTEMPTS
UNREACHABLE = (43004, 45015, 45047, 40003)  # unfollowed, outside 48 h, too many messages, not a follower


def render(row: Outbox) -> str:
    """The message as plain text (WeChat text messages have no markup)."""
    _ = translator(row.language)
    params = row.params
    receipt = format_receipt(params.get("receipt", ""))
    if row.text_key == "status":
        text = _("Your tip {receipt} is now: {status}.").format(
            receipt=receipt, status=status_label(params.get("status", ""), _)
        )
        if params.get("status") == "verified" and "substantiated" in params:
            text += "\n" + (
                _("The facts you reported were confirmed.")
                if params["substantiated"]
                else _("The facts you reported could not be confirmed.")
            )
        if params.get("reason"):
            text += "\n" + _("Reason: {reason}").format(reason=params["reason"])
        return text
    if row.text_key == "reply":
        head = _("Message from the office handling your tip {receipt}:").format(receipt=receipt)
        return f"{head}\n\n{params.get('body', '')}"
    if row.text_key == "transferred":
        return _(
            "Your tip {receipt} was passed on to the office responsible for the place it concerns (转办)."
        ).format(receipt=receipt)
    if row.text_key == "extended":
        return _(
            "Verifying your tip {receipt} needs more time: the period was extended by {days} days, to "
            "{due}. Reason: {reason}"
        ).format(
            receipt=receipt,
            days=params.get("days"),
            due=params.get("due", ""),
            reason=params.get("reason", ""),
        )
    return _("There is news about your tip {receipt}. Type 3 to follow it up.").format(receipt=receipt)


async def send_pending(api: WechatApi, sealer: Sealer, limit: int = 50) -> int:
    """Sends up to `limit` waiting WeChat messages; returns how many went out."""
    sent = 0
    for row, openid in await outbox_queue.waiting(sealer, outbox_queue.WECHAT, limit):
        try:
            await api.send_text(openid, render(row))
        except WechatApiError as exc:
            log_fields(log, "wechat outbox message failed", outbox_id=row.id, errcode=exc.code)
            attempts = MAX_ATTEMPTS if exc.code in UNREACHABLE else row.attempts + 1
            await Outbox.filter(id=row.id).update(attempts=attempts)
            continue
        except OSError as exc:
            log_fields(log, "wechat outbox send failed", outbox_id=row.id, error=type(exc).__name__)
            await Outbox.filter(id=row.id).update(attempts=row.attempts + 1)
            continue
        await Outbox.filter(id=row.id).update(sent_at=clock.now(), attempts=row.attempts + 1)
        sent += 1
    return sent
