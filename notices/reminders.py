"""Reminders to enterprise officers: 60, 30 and 7 days before a listed person's certificate expires or their
re-exam falls due, and every six months to review the list.

Each reminder has a key in the `reminders` table; inserting it is what "firing" means, in the same
transaction as the messages it queues, so it fires once however often and by however many processes the job
runs, and a restart neither repeats nor loses one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from cases.workdays import TZ
from models.ops import Outbox, Reminder
from models.orgs import Enterprise, JobHolder
from models.users import User

OFFSETS = (60, 30, 7)
REVIEW_EVERY = timedelta(days=182)


def offset_due(days_left: int) -> int | None:
    """The reminder to give with `days_left` days to go: the nearest offset not yet passed."""
    if days_left < 0:
        return None
    fitting = [o for o in OFFSETS if days_left <= o]
    return min(fitting) if fitting else None


async def _fire(key: str, officers: list[User], text_key: str, params: dict) -> bool:
    try:
        async with in_transaction():
            await Reminder.create(key=key)
            for officer in officers:
                await Outbox.create(
                    chat_id=officer.tg_id,
                    text_key=text_key,
                    params=params,
                    language=officer.language or "zh_CN",
                    dedup_key=f"{key}:{officer.id}"[:120],
                )
    except IntegrityError:
        return False  # fired before, by this or another process
    return True


async def run(now: datetime) -> dict[str, int]:
    today: date = now.astimezone(TZ).date()
    counts = {"certificate": 0, "review": 0}
    officers_of: dict[int, list[User]] = {}

    async def officers(enterprise_id: int) -> list[User]:
        if enterprise_id not in officers_of:
            officers_of[enterprise_id] = await User.filter(enterprise_id=enterprise_id)
        return officers_of[enterprise_id]

    holders = await JobHolder.filter(removed_at__isnull=True, certificate_id__isnull=False).prefetch_related(
        "certificate"
    )
    for holder in holders:
        cert = holder.certificate
        for kind, day in (("expiry", cert.valid_to), ("review", cert.review_due)):
            if day is None:
                continue
            offset = offset_due((day - today).days)
            if offset is None:
                continue
            people = await officers(holder.enterprise_id)
            if not people:
                continue
            key = f"cert:{holder.id}:{kind}:{day.isoformat()}:{offset}"
            params = {"name": holder.name, "kind": kind, "date": day.isoformat(), "days": (day - today).days}
            if await _fire(key, people, "cert_reminder", params):
                counts["certificate"] += 1
    for enterprise in await Enterprise.filter(officers__id__isnull=False).distinct():
        base = enterprise.last_notice_at or enterprise.created_at
        if now - base < REVIEW_EVERY:
            continue
        key = f"review:{enterprise.id}:{base.date().isoformat()}"
        if await _fire(key, await officers(enterprise.id), "list_review", {"enterprise": enterprise.name}):
            counts["review"] += 1
    return counts if any(counts.values()) else {}
