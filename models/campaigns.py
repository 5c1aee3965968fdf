"""Campaigns (专项整治): their phases, classes in scope and checklists, the subjects' self-inspection
answers and the inspectors' per-item findings."""

from tortoise import fields
from tortoise.models import Model


class Campaign(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=300)
    doc_no = fields.CharField(max_length=100, description="the document number (文号)")
    division_code = fields.CharField(
        max_length=6, db_index=True, description="the city or province running it"
    )
    subject_types = fields.JSONField(default=list)
    phases = fields.JSONField(default=list, description="[{phase, starts, ends}] with ISO dates")
    checklists = fields.JSONField(default=dict, description="{subject_type: [{key, zh, en}]}")
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "campaigns"


class SelfInspection(Model):
    """One subject's answers to its checklist: per item ok, or a problem with measure, deadline, person."""

    id = fields.IntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name="self_inspections")
    subject = fields.ForeignKeyField("models.Subject", related_name="self_inspections")
    answers = fields.JSONField(default=dict)
    answered_by = fields.CharField(max_length=64)
    submitted_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "self_inspections"
        unique_together = (("campaign", "subject"),)


class ItemFinding(Model):
    """An inspector's on-site result for one checklist item, with the evidence photographed for it."""

    id = fields.IntField(primary_key=True)
    campaign = fields.ForeignKeyField("models.Campaign", related_name="findings")
    subject = fields.ForeignKeyField("models.Subject", related_name="item_findings")
    inspection = fields.ForeignKeyField(
        "models.Inspection", null=True, on_delete=fields.SET_NULL, related_name="item_findings"
    )
    item = fields.CharField(max_length=32)
    result = fields.CharField(max_length=12, description="ok | problem | na")
    note = fields.TextField(null=True)
    evidence = fields.JSONField(default=list, description="attachment ids")
    recorded_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "item_findings"
        unique_together = (("campaign", "subject", "item"),)
