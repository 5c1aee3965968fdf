"""The bot process's scheduled jobs, as plain functions of "now" so tests can run them with a simulated
clock."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from telegram import Bot

from bot.scheduler import Job
from cases import service
from cases.sealing import Sealer, sealer_for
from foundation.config import Settings
from handlers.outbox import send_pending
from models.ops import Outbox
from models.state import ChatState
from models.users import User


def draft_remind_after() -> timedelta:
    return timedelta(hours=float(os.environ.get("DRAFT_REMIND_HOURS", "24")))


def draft_expire_after() -> timedelta:
    return timedelta(days=float(os.environ.get("DRAFT_EXPIRE_DAYS", "7")))


async def _language_of(chat_id: int, default: str) -> str:
    user = await User.get_or_none(tg_id=chat_id)
    if user is not None and user.language:
        return user.language
    from foundation.i18n import locale_from_telegram

    return locale_from_telegram(user.tg_language_code if user else None, default)


# Flows whose real state lives in its own table (an open inspection), not a draft to remind about or drop.
NOT_DRAFTS = ("inspect",)


async def drafts(now: datetime, default_locale: str) -> dict[str, int]:
    """Reminds once about a form untouched for a day; drops it after a week (both configurable)."""
    counts = {"reminded": 0, "expired": 0}
    days = round(draft_expire_after().total_seconds() / 86400)
    stale = ChatState.filter(flow__isnull=False, updated_at__lt=now - draft_expire_after()).exclude(
        flow__in=NOT_DRAFTS
    )
    async for state in stale:
        language = await _language_of(state.chat_id, default_locale)
        await ChatState.filter(chat_id=state.chat_id, version=state.version).update(
            flow=None, step=None, data={}, reminded_at=None, version=state.version + 1
        )
        await Outbox.get_or_create(
            dedup_key=f"draft-expired:{state.chat_id}:{state.version}",
            defaults={
                "chat_id": state.chat_id,
                "text_key": "draft_expired",
                "params": {"flow": state.flow, "days": days},
                "language": language,
            },
        )
        counts["expired"] += 1
    waiting = ChatState.filter(
        flow__isnull=False, reminded_at__isnull=True, updated_at__lt=now - draft_remind_after()
    ).exclude(flow__in=NOT_DRAFTS)
    async for state in waiting:
        language = await _language_of(state.chat_id, default_locale)
        await ChatState.filter(chat_id=state.chat_id, version=state.version).update(reminded_at=now)
        await Outbox.get_or_create(
            dedup_key=f"draft-reminder:{state.chat_id}:{state.version}",
            defaults={
                "chat_id": state.chat_id,
                "text_key": "draft_reminder",
                "params": {"flow": state.flow, "days": days},
                "language": language,
            },
        )
        counts["reminded"] += 1
    return counts if any(counts.values()) else {}


def bot_jobs(bot: Bot, settings: Settings) -> list[Job]:
    sealer = sealer_for(str(settings.keys_dir))

    async def outbox(now: datetime) -> int:
        return await send_pending(bot, sealer)

    async def clocks(now: datetime) -> dict[str, int]:
        counts = await service.tick(now)
        return counts if any(counts.values()) else {}

    async def draft_upkeep(now: datetime) -> dict[str, int]:
        return await drafts(now, settings.default_locale)

    async def officer_reminders(now: datetime) -> dict[str, int]:
        from notices import reminders

        return await reminders.run(now)

    async def measure_reminders(now: datetime) -> dict[str, int]:
        from campaigns import reminders as campaign_reminders

        return await campaign_reminders.run(now)

    async def calendar_sync(now: datetime) -> dict[str, int]:
        from cases import calendar

        return await calendar.sync(now)

    async def fold_case_counts(now: datetime) -> int:
        from cases import counts

        return await counts.fold()

    jobs = [
        Job("outbox", 1.0, outbox),
        Job("officer-reminders", 3600.0, officer_reminders),
        Job("measure-reminders", 3600.0, measure_reminders),
        Job("case-clocks", 60.0, clocks),
        Job("case-counts", 60.0, fold_case_counts),  # keeps the unfolded changes a count reads few
        Job("drafts", 600.0, draft_upkeep),
        Job("calendar", 600.0, calendar_sync),  # also at start-up: a holidays upgrade moves deadlines
    ]
    if settings.wechat:
        from wechat.server import forget_old_deliveries

        jobs.append(wechat_outbox_job(settings, sealer))
        jobs.append(Job("wechat-ledger", 3600.0, forget_old_deliveries))
    return jobs


def wechat_outbox_job(settings: Settings, sealer: Sealer) -> Job:
    """Status changes and replies for WeChat reporters, through the customer-service API."""
    from wechat.api import WechatApi
    from wechat.outbox import send_pending as send_wechat

    api = WechatApi(settings)

    async def wechat_outbox(now: datetime) -> int:
        return await send_wechat(api, sealer)

    return Job("wechat-outbox", 1.0, wechat_outbox)
