"""The four subject classes and the statuses a subject file can have, with the words people see."""

from __future__ import annotations

from foundation.i18n import N_

TYPES = {
    "training_institution": N_("Training institution"),
    "exam_institution": N_("Exam institution"),
    "exam_site": N_("Exam site"),
    "enterprise": N_("Enterprise"),
}
INSTITUTIONS = ("training_institution", "exam_institution", "exam_site")
STATUSES = {
    "active": N_("Active"),
    "suspended": N_("Qualification suspended"),
    "cancelled": N_("Qualification cancelled"),
}
