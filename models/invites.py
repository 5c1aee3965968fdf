"""Single-use, expiring codes that grant an enterprise-officer, institution-contact or inspector role to a
Telegram account."""

from tortoise import fields
from tortoise.models import Model


class InviteCode(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    role = fields.CharField(max_length=16)
    enterprise = fields.ForeignKeyField(
        "models.Enterprise", null=True, on_delete=fields.SET_NULL, related_name="invites"
    )
    subject_code = fields.CharField(
        max_length=18, null=True, description="contact invites: credit code of the institution's subject file"
    )
    division_code = fields.CharField(max_length=6, null=True)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    used_by = fields.ForeignKeyField(
        "models.User", null=True, on_delete=fields.SET_NULL, related_name="invites_used"
    )
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "invite_codes"
