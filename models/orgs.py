"""The subjects that rules apply to: enterprises, training institutions and exam sites."""

from tortoise import fields
from tortoise.models import Model


class Enterprise(Model):
    id = fields.IntField(primary_key=True)
    credit_code = fields.CharField(max_length=18, null=True, unique=True)
    name = fields.CharField(max_length=200)
    division_code = fields.CharField(max_length=6, null=True, db_index=True)
    address = fields.CharField(max_length=300, null=True)
    last_notice_at = fields.DatetimeField(null=True, description="when the job-holder notice was last posted")
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


class JobHolder(Model):
    """A person on an enterprise's job-holder list (principal leader, safety manager, special-operations
    worker), with the certificate the officer gave for them. Removed people are kept, with `removed_at`, so
    the history of the list (and of appointments) stays."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("models.Enterprise", related_name="job_holders")
    post = fields.CharField(max_length=24, description="principal | safety_manager | special_worker")
    name = fields.CharField(max_length=64)
    cert_no = fields.CharField(max_length=40, null=True)
    certificate = fields.ForeignKeyField(
        "models.Certificate", null=True, on_delete=fields.SET_NULL, related_name="job_holders"
    )
    verified = fields.BooleanField(default=False, description="found in the registry under this name")
    training_date = fields.DateField(null=True)
    exam_date = fields.DateField(null=True)
    added_at = fields.DatetimeField(auto_now_add=True)
    removed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "job_holders"
