"""Subject files (一企一档) and what regulators decide about subjects: penalties, police transfers, random
inspection draws.

A Subject is keyed by its unified social credit code; the older Enterprise / TrainingInstitution / ExamSite
rows (created by officers and inspectors in the bot) are found by the same code, so a subject's file can
gather them without a second registry being kept in step.
"""

from tortoise import fields
from tortoise.models import Model


class Subject(Model):
    id = fields.IntField(primary_key=True)
    credit_code = fields.CharField(max_length=18, unique=True)
    credit_code_warning = fields.BooleanField(
        default=False, description="an early code that fails the GB 32100 check character: kept, flagged"
    )
    name = fields.CharField(max_length=200, db_index=True)
    subject_type = fields.CharField(
        max_length=24, description="training_institution | exam_institution | exam_site | enterprise"
    )
    division_code = fields.CharField(max_length=6, db_index=True)
    address = fields.CharField(max_length=300, null=True)
    high_risk = fields.BooleanField(default=False, description="hazardous chemicals, mining, smelting, ...")
    status = fields.CharField(max_length=16, default="active", description="active | suspended | cancelled")
    status_reason = fields.CharField(max_length=300, null=True)
    status_since = fields.DateField(
        null=True, description="when the present status took effect (compared with certificate issue dates)"
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "subjects"


class SubjectCase(Model):
    """A case that concerns a subject: found by credit code, or by name and confirmed by a handler."""

    id = fields.IntField(primary_key=True)
    subject = fields.ForeignKeyField("models.Subject", related_name="case_links")
    case = fields.ForeignKeyField("models.Case", related_name="subject_links")
    how = fields.CharField(max_length=16, description="credit_code | confirmed")
    confirmed_by = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "subject_cases"
        unique_together = (("subject", "case"),)


class LegalBasis(Model):
    """An article a penalty may rest on, with the fine range it allows (configurable; seeded)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    title_en = fields.CharField(max_length=300)
    title_zh = fields.CharField(max_length=300)
    source = fields.CharField(max_length=300)
    minimum = fields.IntField(default=0)
    maximum = fields.IntField()
    active = fields.BooleanField(default=True)

    class Meta:
        table = "legal_bases"


class Penalty(Model):
    """An administrative penalty decision (行政处罚决定) on a case."""

    id = fields.IntField(primary_key=True)
    case = fields.ForeignKeyField("models.Case", related_name="penalties")
    subject = fields.ForeignKeyField(
        "models.Subject", null=True, on_delete=fields.SET_NULL, related_name="penalties"
    )
    decision_no = fields.CharField(max_length=64, unique=True)
    decided_on = fields.DateField()
    basis = fields.ForeignKeyField("models.LegalBasis", related_name="penalties", on_delete=fields.RESTRICT)
    party = fields.CharField(max_length=200)
    amount = fields.IntField(description="yuan")
    status = fields.CharField(
        max_length=16, default="decided", description="decided | paid | reconsidered | revoked"
    )
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "penalties"


class PoliceTransfer(Model):
    """Crime clues handed to the police (移交公安)."""

    id = fields.IntField(primary_key=True)
    case = fields.ForeignKeyField("models.Case", related_name="police_transfers")
    subject = fields.ForeignKeyField(
        "models.Subject", null=True, on_delete=fields.SET_NULL, related_name="police_transfers"
    )
    transferred_on = fields.DateField()
    receiving_unit = fields.CharField(max_length=200)
    summary = fields.TextField()
    status = fields.CharField(
        max_length=16, default="sent", description="sent | accepted | declined | closed"
    )
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "police_transfers"


class InspectionQuota(Model):
    """Enterprises to inspect a month in a jurisdiction (seed 001 item 17: at least 5); nearest applies."""

    id = fields.IntField(primary_key=True)
    division_code = fields.CharField(max_length=6, unique=True)
    enterprises = fields.IntField()

    class Meta:
        table = "inspection_quotas"


class InspectionDraw(Model):
    """One reproducible random draw (双随机): its seed, the pool's hash, and who was drawn with whom."""

    id = fields.IntField(primary_key=True)
    division_code = fields.CharField(max_length=6, db_index=True)
    month = fields.CharField(max_length=7, description="YYYY-MM")
    seed = fields.CharField(max_length=64)
    pool_hash = fields.CharField(max_length=64)
    pool_size = fields.IntField()
    requested = fields.IntField()
    risk_weighted = fields.BooleanField(default=False)
    drawn = fields.JSONField(default=list, description="[{subject, name, inspectors: [user ids]}]")
    warnings = fields.JSONField(default=list)
    case = fields.ForeignKeyField("models.Case", null=True, on_delete=fields.SET_NULL, related_name="draws")
    actor = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "inspection_draws"
