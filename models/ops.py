"""Operational tables: leases that let one process of many run a scheduled job, the outbox of messages to
send to Telegram users, and per-jurisdiction reward rules."""

from tortoise import fields
from tortoise.models import Model


class Lease(Model):
    name = fields.CharField(max_length=64, primary_key=True)
    owner = fields.CharField(max_length=64)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "leases"


class Outbox(Model):
    """A message for a Telegram chat, written by whoever decides it (back office, scheduler) and sent by a
    bot process. The chat is sealed when it belongs to a reporter."""

    id = fields.BigIntField(primary_key=True)
    chat_sealed = fields.TextField(null=True)
    chat_id = fields.BigIntField(null=True)
    text_key = fields.CharField(
        max_length=64, description="what kind of message: status, reply, reminder, ..."
    )
    params = fields.JSONField(default=dict)
    language = fields.CharField(max_length=8, default="zh_CN")
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True, db_index=True)
    attempts = fields.IntField(default=0)
    dedup_key = fields.CharField(max_length=120, null=True, unique=True)

    class Meta:
        table = "outbox"


class RewardRule(Model):
    division_code = fields.CharField(max_length=6, primary_key=True)
    rate = fields.DecimalField(max_digits=5, decimal_places=4)
    minimum = fields.IntField()
    maximum = fields.IntField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "reward_rules"


class Reminder(Model):
    """A reminder that has fired; the unique key makes each fire once, whichever process runs the job."""

    key = fields.CharField(max_length=160, primary_key=True)
    fired_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reminders"
