"""Job-holder notices an enterprise posts (seed 001, item 8)."""

from tortoise import fields
from tortoise.models import Model


class Notice(Model):
    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("models.Enterprise", related_name="notices")
    posted_by = fields.ForeignKeyField(
        "models.User", null=True, on_delete=fields.SET_NULL, related_name="notices"
    )
    holders = fields.JSONField(default=list)
    problems = fields.JSONField(default=list)
    case = fields.ForeignKeyField("models.Case", null=True, on_delete=fields.SET_NULL, related_name="notices")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "notices"
