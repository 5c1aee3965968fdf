"""Institution contacts: a Telegram account that answers for a training institution, exam institution or
exam site (a subject file), the way an enterprise's safety officer answers for an enterprise.

Kept apart from `users.enterprise` because an institution is a subject file, not an Enterprise row, and one
person may be the contact of more than one institution (a training institution that also runs an exam site).
"""

from tortoise import fields
from tortoise.models import Model


class SubjectContact(Model):
    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField("models.User", related_name="subject_contacts", on_delete=fields.CASCADE)
    subject = fields.ForeignKeyField("models.Subject", related_name="contacts", on_delete=fields.CASCADE)
    invite = fields.ForeignKeyField(
        "models.InviteCode", null=True, on_delete=fields.SET_NULL, related_name="contacts"
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "subject_contacts"
        unique_together = (("user", "subject"),)
