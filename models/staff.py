"""Back-office accounts, their web sessions, and API clients (the 12350 call centre, other systems)."""

from tortoise import fields
from tortoise.models import Model


class StaffRole:
    HANDLER = "handler"
    SUPERVISOR = "supervisor"
    CUSTODIAN = "custodian"
    ADMIN = "admin"

    ALL = (HANDLER, SUPERVISOR, CUSTODIAN, ADMIN)


class StaffUser(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    display_name = fields.CharField(max_length=100, null=True)
    password_hash = fields.CharField(max_length=200)
    role = fields.CharField(max_length=16)
    division_code = fields.CharField(
        max_length=6, db_index=True, description="sees this jurisdiction and everything under it"
    )
    tg_id = fields.BigIntField(
        null=True, unique=True, description="linked Telegram account for the queue commands"
    )
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    enrolment_hash = fields.CharField(
        max_length=64, null=True, description="SHA-256 of a one-time code with which the user sets a password"
    )
    enrolment_expires_at = fields.DatetimeField(null=True)
    enrolment_by = fields.CharField(
        max_length=300, null=True, description="who issued the last enrolment code (custodian or break-glass)"
    )
    password_set_at = fields.DatetimeField(null=True, description="when the user last set their password")
    totp_secret = fields.CharField(max_length=64, null=True, description="second factor (RFC 6238)")

    class Meta:
        table = "staff_users"


class WebSession(Model):
    id = fields.CharField(max_length=64, primary_key=True, description="SHA-256 of the cookie value")
    user = fields.ForeignKeyField("models.StaffUser", related_name="sessions")
    csrf_token = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "web_sessions"


class ApiClient(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100, unique=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    division_code = fields.CharField(max_length=6)
    can_file = fields.BooleanField(default=True)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "api_clients"
