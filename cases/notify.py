"""What the reporter hears about their tip: status changes, public replies, transfers, extensions.

Messages are written to the outbox in the same transaction as the change, and a bot process sends them
(handlers/outbox.py), so the back office never needs to know, or be able to learn, who the reporter is. Only
Telegram and WeChat reporters get pushed messages; web and phone reporters read the status page.
"""

from __future__ import annotations

from typing import Any

from models.cases import Case, CaseMessage
from models.ops import Outbox
from models.tips import Tip

PUSHED_CHANNELS = ("telegram", "wechat")  # whose sealed identity holds a chat to write to


async def _to_reporters(case: Case, text_key: str, params: dict[str, Any], dedup: str) -> int:
    if case.kind != "tip":
        return 0
    count = 0
    for tip in await Tip.filter(
        case_id=case.id, channel__in=PUSHED_CHANNELS, reporter_sealed__isnull=False
    ):
        await Outbox.get_or_create(
            dedup_key=f"{dedup}:{tip.id}"[:120],
            defaults={
                "chat_sealed": tip.reporter_sealed,
                "text_key": text_key,
                "params": {**params, "receipt": tip.receipt_code},
                "language": tip.language,
            },
        )
        count += 1
    return count


async def status_changed(
    case: Case, status: str, reason: str | None = None, result: dict[str, Any] | None = None
) -> int:
    params: dict[str, Any] = {"status": status}
    if reason:
        params["reason"] = reason
    if result is not None:
        params["substantiated"] = bool(result.get("substantiated"))
    return await _to_reporters(
        case, "status", params, f"status:{case.id}:{status}:{case.updated_at.timestamp()}"
    )


async def replied(case: Case, message: CaseMessage) -> int:
    return await _to_reporters(case, "reply", {"body": message.body}, f"reply:{message.id}")


async def transferred(case: Case) -> int:
    return await _to_reporters(case, "transferred", {}, f"transfer:{case.id}:{case.updated_at.timestamp()}")


async def extended(case: Case, days: int, reason: str) -> int:
    return await _to_reporters(
        case,
        "extended",
        {"days": days, "reason": reason, "due": case.due_at.date().isoformat() if case.due_at else ""},
        f"extended:{case.id}",
    )
