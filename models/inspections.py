"""On-site inspections by regulators' inspectors, the documents photographed there and what was read from
them.

The photographed bytes themselves are Attachments (content-addressed, never altered); an
InspectionDocument keeps what OCR read from one of them, the inspector's corrections beside it (never over
it) and the findings of the registry cross-checks. Sign-ins are kept one row per person and day, so "the
same person signed in at two places on the same day" is one indexed query across inspections.
"""

from tortoise import fields
from tortoise.models import Model


class Inspection(Model):
    id = fields.IntField(primary_key=True)
    inspector = fields.ForeignKeyField("models.User", related_name="inspections")
    subject_type = fields.CharField(max_length=24)
    subject_id = fields.IntField(null=True, description="the Enterprise, TrainingInstitution or ExamSite row")
    subject_name = fields.CharField(max_length=200)
    subject_key = fields.CharField(max_length=120, null=True, description="what makes two places the same")
    credit_code = fields.CharField(max_length=18, null=True)
    division_code = fields.CharField(max_length=6, null=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    findings = fields.JSONField(default=list)
    case = fields.ForeignKeyField(
        "models.Case", null=True, on_delete=fields.SET_NULL, related_name="inspections"
    )
    package_sha256 = fields.CharField(
        max_length=64, null=True, description="SHA-256 of the signed evidence manifest at closing"
    )
    started_at = fields.DatetimeField(auto_now_add=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "inspections"


class InspectionDocument(Model):
    id = fields.BigIntField(primary_key=True)
    inspection = fields.ForeignKeyField("models.Inspection", related_name="documents")
    attachment = fields.ForeignKeyField("models.Attachment", related_name="readings")
    inspector = fields.ForeignKeyField("models.User", related_name="inspection_documents")
    doc_type = fields.CharField(max_length=24)
    ocr = fields.JSONField(default=dict, description="fields, rows and problems exactly as read")
    corrections = fields.JSONField(default=dict, description="field -> value typed by the inspector")
    findings = fields.JSONField(default=list)
    delivery_key = fields.CharField(
        max_length=80,
        null=True,
        unique=True,
        description="the chat message it came in: a redelivery adds nothing",
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "inspection_documents"


class SignIn(Model):
    id = fields.BigIntField(primary_key=True)
    id_number = fields.CharField(max_length=18, db_index=True)
    name = fields.CharField(max_length=64)
    day = fields.CharField(max_length=10, db_index=True, description="YYYY-MM-DD")
    subject_key = fields.CharField(max_length=120)
    subject_name = fields.CharField(max_length=200)
    inspection = fields.ForeignKeyField("models.Inspection", related_name="sign_ins")
    document = fields.ForeignKeyField("models.InspectionDocument", related_name="sign_ins")

    class Meta:
        table = "sign_ins"
