"""The subjects that rules apply to: enterprises, training institutions and exam sites."""

from tortoise import fields
from tortoise.models import Model


class Enterprise(Model):
    id = fields.IntField(primary_key=True)
    credit_code = fields.CharField(max_length=18, null=True, unique=True)
    name = fields.CharField(max_length=200)
    division_code = fields.CharField(max_length=6, null=True, db_index=True)
    address = fields.CharField(max_length=300, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "enterprises"


class TrainingInstitution(Model):
    id = fields.IntField(primary_key=True)
    credit_code = fields.CharField(max_length=18, null=True, unique=True)
    name = fields.CharField(max_length=200)
    division_code = fields.CharField(max_length=6, null=True, db_index=True)
    address = fields.CharField(max_length=300, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "training_institutions"


class ExamSite(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    institution = fields.ForeignKeyField(
        "models.TrainingInstitution", null=True, on_delete=fields.SET_NULL, related_name="exam_sites"
    )
    division_code = fields.CharField(max_length=6, null=True, db_index=True)
    address = fields.CharField(max_length=300, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "exam_sites"
