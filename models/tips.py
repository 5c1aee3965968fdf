"""Tips from the public.

The reporter's Telegram id and contact are kept only as ciphertext (`reporter_sealed`); `reporter_index` is
a keyed hash that lets /mytips find a user's own tips without storing who they are in clear.
"""

from tortoise import fields
from tortoise.models import Model


class Tip(Model):
    id = fields.BigIntField(primary_key=True)
    receipt_code = fields.CharField(max_length=12, unique=True)
    idempotency_key = fields.CharField(max_length=80, unique=True, null=True, description="one tip per draft")
    password_hash = fields.CharField(max_length=200)
    case = fields.ForeignKeyField("models.Case", null=True, on_delete=fields.SET_NULL, related_name="tips")
    channel = fields.CharField(max_length=12, default="telegram", description="telegram | web | phone")
    subject_type = fields.CharField(max_length=24)
    violation = fields.CharField(max_length=48)
    subject_name = fields.CharField(max_length=200)
    credit_code = fields.CharField(max_length=18, null=True)
    division_code = fields.CharField(max_length=6, null=True)
    address = fields.CharField(max_length=300, null=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    occurred_on = fields.CharField(max_length=40, null=True)
    description = fields.TextField()
    anonymous = fields.BooleanField(default=True)
    reporter_sealed = fields.TextField(null=True)
    reporter_index = fields.CharField(max_length=64, null=True, db_index=True)
    language = fields.CharField(max_length=8, default="zh_CN")
    reward_claimed_at = fields.DatetimeField(null=True)
    receipt_sent_at = fields.DatetimeField(
        null=True, description="when the chat got the receipt: a redelivered submit must not send it twice"
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tips"
