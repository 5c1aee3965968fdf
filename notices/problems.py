"""What is wrong with a person on the job-holder list, as plain rules over registry records.

A principal leader or safety manager needs a valid 安全生产知识和管理能力考核合格证; a special-operations
worker a valid 特种作业操作证 whose re-exam (复审) is not overdue. A person whose certificate is not in the
registry, or is there under another name, cannot be verified.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.i18n import N_

POSTS = {
    "principal": N_("Principal leader"),
    "safety_manager": N_("Safety manager"),
    "special_worker": N_("Special-operations worker"),
}
CERT_TYPE_FOR_POST = {
    "principal": "safety_management",
    "safety_manager": "safety_management",
    "special_worker": "special_operation",
}
PROBLEMS = {
    "missing": N_("no certificate given"),
    "unverifiable": N_("certificate not found in the registry"),
    "name_mismatch": N_("the registry lists this certificate under another name"),
    "wrong_kind": N_("this kind of certificate does not qualify for the post"),
    "expired": N_("certificate expired"),
    "review_overdue": N_("re-examination overdue"),
    "suspended": N_("certificate suspended"),
    "revoked": N_("certificate revoked"),
}


@dataclass(frozen=True)
class CertFacts:
    """The registry facts the rules need (from models.certificates.Certificate)."""

    name: str
    cert_type: str
    status: str
    valid_to: date | None
    review_due: date | None


def same_person_name(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def problems_of(post: str, name: str, cert_no: str | None, cert: CertFacts | None, today: date) -> list[str]:
    if not cert_no:
        return ["missing"]
    if cert is None:
        return ["unverifiable"]
    found: list[str] = []
    if not same_person_name(name, cert.name):
        found.append("name_mismatch")
    if CERT_TYPE_FOR_POST.get(post) and cert.cert_type != CERT_TYPE_FOR_POST[post]:
        found.append("wrong_kind")
    if cert.status in ("suspended", "revoked"):
        found.append(cert.status)
    if cert.valid_to is not None and cert.valid_to < today:
        found.append("expired")
    if cert.review_due is not None and cert.review_due < today:
        found.append("review_overdue")
    return found
