"""The certificate registry: 特种作业操作证, 安全生产知识和管理能力考核合格证 and team-leader certificates."""

from tortoise import fields
from tortoise.models import Model


class CertType:
    SPECIAL_OPERATION = "special_operation"
    SAFETY_MANAGEMENT = "safety_management"
    TEAM_LEADER = "team_leader"

    ALL = (SPECIAL_OPERATION, SAFETY_MANAGEMENT, TEAM_LEADER)


class CertStatus:
    VALID = "valid"
    SUSPENDED = "suspended"
    REVOKED = "revoked"

    ALL = (VALID, SUSPENDED, REVOKED)


class Certificate(Model):
    id = fields.IntField(primary_key=True)
    cert_no = fields.CharField(max_length=40, unique=True)
    cert_type = fields.CharField(max_length=24)
    name = fields.CharField(max_length=64)
    sex = fields.CharField(max_length=4, null=True)
    id_number = fields.CharField(max_length=18, db_index=True)
    id_type = fields.CharField(max_length=20, default="resident_id", description="identity.numbers.ID_TYPES")
    id_warnings = fields.JSONField(null=True, description="identity.numbers.WARNINGS keys found on import")
    category = fields.CharField(max_length=64, null=True)
    item = fields.CharField(max_length=64, null=True)
    first_issued = fields.DateField(null=True)
    valid_from = fields.DateField(null=True)
    valid_to = fields.DateField(null=True)
    review_due = fields.DateField(null=True)
    issuer = fields.CharField(max_length=128, null=True)
    issuer_division = fields.CharField(max_length=6, null=True, db_index=True)
    status = fields.CharField(max_length=12, default=CertStatus.VALID)
    status_reason = fields.CharField(max_length=300, null=True)
    # Indexed by migration 14 only where set (a partial index, which the ORM cannot declare): most
    # certificates name no exam site, and a NULL per certificate made every registry import keep a
    # million-entry index for nothing.
    exam_site_code = fields.CharField(
        max_length=18, null=True, description="credit code of the exam site or institution"
    )
    row_hash = fields.CharField(max_length=64, null=True, description="detects a changed import row")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "certificates"


class CertificateReview(Model):
    """One 复审 (re-examination) record of a certificate."""

    id = fields.IntField(primary_key=True)
    certificate = fields.ForeignKeyField("models.Certificate", related_name="reviews")
    reviewed_on = fields.DateField()
    result = fields.CharField(max_length=32)
    next_due = fields.DateField(null=True)

    class Meta:
        table = "certificate_reviews"


class CertificateChange(Model):
    """A change an import made to a registry row: which fields, from what, to what, by whom, from where."""

    id = fields.BigIntField(primary_key=True)
    certificate = fields.ForeignKeyField("models.Certificate", related_name="changes")
    at = fields.DatetimeField(auto_now_add=True)
    actor = fields.CharField(max_length=64)
    source = fields.CharField(max_length=300, null=True)
    line = fields.IntField(null=True)
    changes = fields.JSONField()

    class Meta:
        table = "certificate_changes"


class CertificateImportRow(Model):
    """A checked row of an import in progress: the whole file is staged here, then merged into
    `certificates` in one transaction, so memory stays flat whatever the file's size, duplicates within the
    file are found by the database, and an interrupted import leaves the registry as it was."""

    id = fields.BigIntField(primary_key=True)
    import_key = fields.CharField(max_length=40)
    line = fields.IntField()
    cert_no = fields.CharField(max_length=40)
    cert_type = fields.CharField(max_length=24)
    name = fields.CharField(max_length=64)
    sex = fields.CharField(max_length=4, null=True)
    id_number = fields.CharField(max_length=18)
    id_type = fields.CharField(max_length=20, default="resident_id")
    id_warnings = fields.JSONField(null=True)
    category = fields.CharField(max_length=64, null=True)
    item = fields.CharField(max_length=64, null=True)
    first_issued = fields.DateField(null=True)
    valid_from = fields.DateField(null=True)
    valid_to = fields.DateField(null=True)
    review_due = fields.DateField(null=True)
    issuer = fields.CharField(max_length=128, null=True)
    issuer_division = fields.CharField(max_length=6, null=True)
    status = fields.CharField(max_length=12)
    status_reason = fields.CharField(max_length=300, null=True)
    exam_site_code = fields.CharField(max_length=18, null=True)
    row_hash = fields.CharField(max_length=64)

    class Meta:
        table = "certificate_import_rows"
        indexes = (("import_key", "cert_no"),)
