"""Files kept as evidence, stored once per content under DATA_DIR/media/<sha256[:2]>/<sha256>."""

from tortoise import fields
from tortoise.models import Model


class Attachment(Model):
    id = fields.BigIntField(primary_key=True)
    sha256 = fields.CharField(max_length=64, db_index=True)
    size = fields.BigIntField()
    mime_type = fields.CharField(max_length=100, null=True)
    kind = fields.CharField(max_length=16, description="photo | document | voice")
    file_name = fields.CharField(max_length=200, null=True)
    redacted_sha256 = fields.CharField(
        max_length=64, null=True, description="the EXIF-free copy shown to staff"
    )
    case = fields.ForeignKeyField(
        "models.Case", null=True, on_delete=fields.SET_NULL, related_name="attachments"
    )
    tip = fields.ForeignKeyField(
        "models.Tip", null=True, on_delete=fields.SET_NULL, related_name="attachments"
    )
    inspection = fields.ForeignKeyField(
        "models.Inspection", null=True, on_delete=fields.SET_NULL, related_name="attachments"
    )
    received_at = fields.DatetimeField(auto_now_add=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)

    class Meta:
        table = "attachments"
