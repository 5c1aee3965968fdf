"""People who talk to the bot.

Only what the bot needs to serve someone is kept: the Telegram id (to answer), the chosen language and the
roles they were granted by invite codes. A tip never points at this table (see models.tips), so a user row
says nothing about who reported what.
"""

from tortoise import fields
from tortoise.models import Model


class Role:
    PUBLIC = "public"
    ENTERPRISE = "enterprise"
    INSPECTOR = "inspector"
    HANDLER = "handler"
    CONTACT = "contact"  # answers for a training / exam institution or exam site (models.contacts)

    ALL = (PUBLIC, ENTERPRISE, INSPECTOR, HANDLER, CONTACT)


class User(Model):
    id = fields.BigIntField(primary_key=True)
    tg_id = fields.BigIntField(unique=True)
    language = fields.CharField(
        max_length=8, null=True, description="chosen by the user; null means follow Telegram"
    )
    tg_language_code = fields.CharField(max_length=16, null=True)
    roles = fields.JSONField(default=list)
    enterprise = fields.ForeignKeyField(
        "models.Enterprise", null=True, on_delete=fields.SET_NULL, related_name="officers"
    )
    division_code = fields.CharField(max_length=6, null=True, description="jurisdiction of an inspector")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "users"
