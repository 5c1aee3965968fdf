"""Per-chat conversation state and the ledger of handled updates.

Both live in the database rather than in process memory: a restart resumes a half-filled form, two bot
processes can serve the same chat, and an update delivered twice is recognised by any process.
"""

from tortoise import fields
from tortoise.models import Model


class ChatState(Model):
    chat_id = fields.BigIntField(primary_key=True, generated=False)
    flow = fields.CharField(max_length=32, null=True)
    step = fields.CharField(max_length=32, null=True)
    data = fields.JSONField(default=dict)
    pending_confirm = fields.CharField(
        max_length=32, null=True, description="an action awaiting confirmation"
    )
    version = fields.IntField(default=0)
    updated_at = fields.DatetimeField(auto_now=True)
    reminded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "chat_states"


class ProcessedUpdate(Model):
    update_id = fields.BigIntField(primary_key=True, generated=False)
    status = fields.CharField(max_length=12, default="processing")
    owner = fields.CharField(max_length=64, description="the process that claimed it")
    claimed_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "processed_updates"
