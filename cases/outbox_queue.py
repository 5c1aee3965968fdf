"""Which waiting reporter messages (models.ops.Outbox, written by cases/notify.py) each channel delivers.

A row names its reporter by a chat id or by a sealed identity; the sealed identity says the channel
(`tg_id` for Telegram, `wx_openid` for WeChat). Each channel's sender takes only its own rows, stepping
over the other's page by page, so a channel whose sender is down never starves the other; the identity is
unsealed once, here, and handed to the sender with its row.
"""

from __future__ import annotations

from cases.sealing import Sealer, SealError
from models.ops import Outbox

MAX_ATTEMPTS = 5
TELEGRAM, WECHAT = "telegram", "wechat"


def recipient(sealer: Sealer, row: Outbox) -> tuple[str, int | str | None]:
    """(channel, address): Telegram with the chat id, or None when it cannot be known (the Telegram sender
    gives such a row up), or WeChat with the OpenID."""
    if row.chat_id is not None:
        return TELEGRAM, row.chat_id
    if not row.chat_sealed:
        return TELEGRAM, None
    try:
        sealed = sealer.unseal(row.chat_sealed)
    except SealError:
        return TELEGRAM, None
    if sealed.get("wx_openid"):
        return WECHAT, str(sealed["wx_openid"])
    return TELEGRAM, sealed.get("tg_id")


async def waiting(
    sealer: Sealer, channel: str, limit: int, pages: int = 10
) -> list[tuple[Outbox, int | str | None]]:
    """Up to `limit` of the channel's waiting rows with their addresses, oldest first."""
    found: list[tuple[Outbox, int | str | None]] = []
    after = 0
    for _page in range(pages):
        query = Outbox.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS, id__gt=after)
        if channel == WECHAT:  # WeChat reporters are always sealed: plain chat ids are Telegram's
            query = query.filter(chat_sealed__isnull=False)
        rows = await query.order_by("id").limit(limit)
        for row in rows:
            row_channel, address = recipient(sealer, row)
            if row_channel == channel:
                found.append((row, address))
        if len(rows) < limit or len(found) >= limit:
            break
        after = rows[-1].id
    return found[:limit]
