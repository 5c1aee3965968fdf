"""On-site inspections by regulators' inspectors."""

from tortoise import fields
from tortoise.models import Model


class Inspection(Model):
    id = fields.IntField(primary_key=True)
    inspector = fields.ForeignKeyField("models.User", related_name="inspections")
    subject_type = fields.CharField(max_length=24)
    subject_name = fields.CharField(max_length=200)
    credit_code = fields.CharField(max_length=18, null=True)
    division_code = fields.CharField(max_length=6, null=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    findings = fields.JSONField(default=list)
    case = fields.ForeignKeyField(
        "models.Case", null=True, on_delete=fields.SET_NULL, related_name="inspections"
    )
    started_at = fields.DatetimeField(auto_now_add=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "inspections"
