"""The one case queue every kind of item lands in, with its append-only, hash-chained audit trail."""

from typing import Any

from tortoise import fields
from tortoise.models import Model

# The statuses a queue shows by default. `Case.is_open` mirrors membership so that the queue's filter is one
# equality an index can keep its order under (an `IN` over four statuses makes the database sort).
OPEN_STATUSES = ("received", "accepted", "verifying", "verified")


class CaseKind:
    TIP = "tip"
    VERIFICATION = "verification"
    NOTICE = "notice"
    APPOINTMENT = "appointment"
    INSPECTION = "inspection"

    ALL = (TIP, VERIFICATION, NOTICE, APPOINTMENT, INSPECTION)


class Case(Model):
    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=16, db_index=True)
    category = fields.CharField(max_length=48, null=True)
    division_code = fields.CharField(max_length=6, db_index=True)
    city_code = fields.CharField(max_length=6, null=True, description="the city level above division_code")
    province_code = fields.CharField(max_length=6, null=True, description="the province of division_code")
    priority = fields.SmallIntField(default=3, description="1 = most urgent")
    status = fields.CharField(max_length=24, db_index=True)
    is_open = fields.BooleanField(
        default=True, description="status is one of OPEN_STATUSES; kept in step by save()"
    )
    title = fields.CharField(max_length=300)
    assignee = fields.CharField(max_length=64, null=True, description="a back-office username")
    cluster = fields.ForeignKeyField(
        "models.Case", null=True, on_delete=fields.SET_NULL, related_name="linked_cases"
    )
    subject_key = fields.CharField(
        max_length=128, null=True, db_index=True, description="for duplicate clusters"
    )
    due_at = fields.DatetimeField(null=True, db_index=True)
    clock = fields.CharField(max_length=24, null=True, description="which legal clock due_at belongs to")
    clock_started_at = fields.DatetimeField(null=True)
    clock_calendar = fields.JSONField(
        null=True, description="source of each year's working days due_at was computed with"
    )
    warned_level = fields.SmallIntField(
        default=0, description="highest warning given on this clock: 0, 70, 90"
    )
    extended = fields.BooleanField(default=False, description="the verification clock was extended once")
    overdue = fields.BooleanField(default=False, db_index=True)
    next_check_at = fields.DatetimeField(
        null=True, db_index=True, description="when the deadline job must next look: a warning or the breach"
    )
    escalated_from = fields.CharField(max_length=6, null=True)
    details = fields.JSONField(default=dict)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "cases"
        # The queue pages ask "open cases of this jurisdiction, nearest deadline first" at every level.
        indexes = (
            ("division_code", "status", "due_at"),
            ("city_code", "status", "due_at"),
            ("province_code", "status", "due_at"),
            ("status", "due_at"),
            # Open queue per level in the order list and take-next read it: no sort, no scan of the backlog.
            ("division_code", "is_open", "due_at", "id"),
            ("city_code", "is_open", "due_at", "id"),
            ("province_code", "is_open", "due_at", "id"),
        )

    async def save(self, *args: Any, update_fields: Any = None, **kwargs: Any) -> None:
        """Keeps `is_open` in step with `status` on every save, so no caller can forget it."""
        self.is_open = self.status in OPEN_STATUSES
        if update_fields is not None and "status" in update_fields and "is_open" not in update_fields:
            update_fields = [*update_fields, "is_open"]
        await super().save(*args, update_fields=update_fields, **kwargs)


class CaseCountKey(Model):
    """The values a case is counted under (cases.counts.KEY); empty codes stand for NULL."""

    id = fields.BigIntField(primary_key=True)
    division_code = fields.CharField(max_length=6)
    city_code = fields.CharField(max_length=6)
    province_code = fields.CharField(max_length=6)
    kind = fields.CharField(max_length=16)
    status = fields.CharField(max_length=24)
    is_open = fields.BooleanField()
    overdue = fields.BooleanField()

    class Meta:
        abstract = True


class CaseCount(CaseCountKey):
    """How many cases there are per county, kind, status and overdue flag, so that a jurisdiction's count is
    a sum over its counties' rows (a few thousand at most) instead of a walk over every case it holds: the
    queue and dashboard counts stay flat as the backlog grows.

    Database triggers on `cases` write every change as a +1 / -1 row of `CaseCountChange` (whoever makes it:
    the ORM, a bulk statement, a migration); the case-counts job folds those rows in here. Changes are only
    ever inserted, so two transactions moving cases in opposite directions never wait on (or deadlock over)
    the same counter row. A count is this table plus the changes not yet folded, read in one statement.
    Empty codes stand for NULL so that the key can be unique on both databases."""

    n = fields.BigIntField(description="cases with exactly these values; 0 once the last one has left")

    class Meta:
        table = "case_counts"
        unique_together = (
            ("division_code", "city_code", "province_code", "kind", "status", "is_open", "overdue"),
        )
        indexes = (("city_code", "is_open"), ("province_code", "is_open"))


class CaseCountChange(CaseCountKey):
    """One case entering (+1) or leaving (-1) a `CaseCount` key, written by the triggers on `cases`."""

    n = fields.SmallIntField()

    class Meta:
        table = "case_count_changes"
        indexes = (("division_code", "is_open"), ("city_code", "is_open"), ("province_code", "is_open"))


class CaseEvent(Model):
    """One change to a case. Rows are only ever inserted; each carries the hash of the one before it, in
    one chain over all cases (`seq`), so a removed row breaks the chain as surely as an altered one."""

    id = fields.BigIntField(primary_key=True)
    seq = fields.BigIntField(unique=True)
    case = fields.ForeignKeyField("models.Case", related_name="events", on_delete=fields.RESTRICT)
    at = fields.DatetimeField()
    actor = fields.CharField(max_length=64)
    action = fields.CharField(max_length=32)
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "case_events"


class CaseMessage(Model):
    """Replies to the reporter, the reporter's own messages and internal notes, apart by `visibility`."""

    id = fields.BigIntField(primary_key=True)
    case = fields.ForeignKeyField("models.Case", related_name="messages")
    visibility = fields.CharField(max_length=12, description="public | internal | reporter")
    author = fields.CharField(max_length=64)
    body = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "case_messages"


class AuditHead(Model):
    """The end of the audit chain; locked while an event is appended so the chain never forks."""

    id = fields.IntField(primary_key=True, generated=False)
    seq = fields.BigIntField(default=0)
    hash = fields.CharField(max_length=64)

    class Meta:
        table = "audit_head"
