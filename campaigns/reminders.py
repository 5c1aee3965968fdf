"""Reminders to enterprise officers and institution contacts about self-inspection measures past their
deadline (once per measure and deadline; the county sees the same list on the campaign page).

Like notices/reminders.py, firing is inserting the reminder's key in the same transaction as the queued
messages, so the hourly job reminds once however many processes run it.
"""

from __future__ import annotations

from datetime import date, datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from cases.workdays import TZ
from models.campaigns import SelfInspection
from models.contacts import SubjectContact
from models.ops import Outbox, Reminder
from models.orgs import Enterprise
from models.subjects import Subject
from models.users import User


async def run(now: datetime) -> dict[str, int]:
    today: date = now.astimezone(TZ).date()
    fired = 0
    for record in await SelfInspection.filter(submitted_at__isnull=False):
        overdue = [
            (key, a)
            for key, a in record.answers.items()
            if not a.get("ok") and not a.get("done") and a.get("deadline", "9999") < today.isoformat()
        ]
        if not overdue:
            continue
        subject = await Subject.get_or_none(id=record.subject_id)
        enterprise = await Enterprise.get_or_none(credit_code=subject.credit_code) if subject else None
        officers = await User.filter(enterprise_id=enterprise.id) if enterprise else []
        contacts = SubjectContact.filter(subject_id=record.subject_id)
        contact_ids = await contacts.values_list("user_id", flat=True)
        known = {o.id for o in officers}
        officers += [u for u in await User.filter(id__in=list(contact_ids)) if u.id not in known]
        for key, answer in overdue:
            reminder = f"measure:{record.campaign_id}:{record.subject_id}:{key}:{answer['deadline']}"
            try:
                async with in_transaction():
                    await Reminder.create(key=reminder)
                    for officer in officers:
                        await Outbox.create(
                            chat_id=officer.tg_id,
                            text_key="measure_overdue",
                            language=officer.language or "zh_CN",
                            params={
                                "enterprise": subject.name,
                                "measure": answer["measure"],
                                "deadline": answer["deadline"],
                                "responsible": answer["responsible"],
                            },
                            dedup_key=f"{reminder}:{officer.id}"[:120],
                        )
            except IntegrityError:
                continue
            fired += 1
    return {"measures": fired} if fired else {}
