"""Working-day schedules imported by an administrator, and what the recomputation job last did.

An import is the State Council's schedule for one year, typed in before a `holidays` release carries it.
Rows are only ever inserted and each carries the hash of the one before, like the case audit trail, so who
changed the legal calendar, when, and from which file stays provable. The newest import of a year is the
one in force; it lives in the database so every process computes the same deadlines.
"""

from tortoise import fields
from tortoise.models import Model


class CalendarImport(Model):
    id = fields.BigIntField(primary_key=True)
    seq = fields.IntField(unique=True, description="position in the chain of imports, from 1")
    year = fields.SmallIntField(db_index=True, description="the schedule's year")
    days = fields.JSONField(description='{"YYYY-MM-DD": ["holiday" | "workday", name]}')
    digest = fields.CharField(max_length=64, description="SHA-256 of the days, as used in clock sources")
    file_name = fields.CharField(max_length=255)
    file_sha256 = fields.CharField(max_length=64)
    actor = fields.CharField(max_length=64)
    imported_at = fields.DatetimeField()
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64, unique=True)

    class Meta:
        table = "calendar_imports"


class CalendarSync(Model):
    """The calendar (every year's source and content) that all running clocks were last checked against,
    so the periodic job rescans cases only when a release or an import changed something."""

    id = fields.IntField(primary_key=True, generated=False)
    fingerprint = fields.CharField(max_length=64)
    checked_at = fields.DatetimeField()

    class Meta:
        table = "calendar_sync"
