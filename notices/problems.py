"""What is wrong with a person on the job-holder list, as plain rules over registry records.

A principal leader or safety manager needs a valid 安全生产知识和管理能力考核合格证; a special-operations
worker a valid 特种作业操作证 whose re-exam (复审) is not overdue. A person whose certificate is not in the
registry, or is there under another name, cannot be verified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from foundation.i18n import N_
from identity.names import same_person_name

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
# How each problem reads on the wall: a short state in words and a mark that survives black-and-white
# printing (✓ may work, × may not, ？ cannot be checked; both mean 不得上岗, seed 001 item 8). Most serious
# first: a row shows its states in this order.
STATES = {
    "revoked": ("×", N_("Revoked")),
    "suspended": ("×", N_("Suspended")),
    "missing": ("×", N_("Uncertified")),
    "unverifiable": ("？", N_("Not verifiable")),
    "name_mismatch": ("？", N_("Name differs")),
    "wrong_kind": ("×", N_("Wrong kind of certificate")),
    "expired": ("×", N_("Expired")),
    "review_overdue": ("×", N_("Re-exam overdue")),
}
VALID_STATE = ("✓", N_("Valid certificate"))
# The notice's required fields (seed 001, item 8) besides name and post, which every row has.
FIELDS = {
    "training_date": N_("training date"),
    "exam_date": N_("exam date"),
    "issuer": N_("issuing authority"),
    "validity": N_("certificate validity"),
}
# The ones an officer can type in the bot; the others come from the registry.
FILLABLE = ("training_date", "exam_date")


@dataclass(frozen=True)
class CertFacts:
    """The registry facts the rules need (from models.certificates.Certificate)."""

    name: str
    cert_type: str
    status: str
    valid_to: date | None
    review_due: date | None


# Between the items of a list in a sentence: "、" in Chinese, ", " in English.
LIST_SEPARATOR = N_(", ")


def joined(items: list[str], _: Callable[[str], str]) -> str:
    """Already translated items as one list, with the language's own separator."""
    return _(LIST_SEPARATOR).join(items)


def state_of(problems: list[str]) -> tuple[str, list[str]]:
    """(mark, state msgids) of a row: ✓ and "valid" only when nothing is wrong."""
    if not problems:
        return VALID_STATE[0], [VALID_STATE[1]]
    ordered = [code for code in STATES if code in problems]
    return STATES[ordered[0]][0], [STATES[code][1] for code in ordered]


def gaps_of(
    problems: list[str],
    training_date: date | None,
    exam_date: date | None,
    issuer: str | None,
    valid_to: date | None,
) -> list[str]:
    """The required fields left empty on a row. A person with no certificate, or one not in the registry,
    has no exam, issuer or validity to show: the state says why, so those are not gaps."""
    gaps = [] if training_date else ["training_date"]
    if "missing" in problems:
        return gaps
    if exam_date is None:
        gaps.append("exam_date")
    if "unverifiable" in problems:
        return gaps
    if not issuer:
        gaps.append("issuer")
    if valid_to is None:
        gaps.append("validity")
    return gaps


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


def describe(holders: list[dict], _: Callable[[str], str]) -> list[dict]:
    """The filed notice's rows (service._snapshot) in words, for the regulator's case page: the same
    marks and states as on the wall, and the fields that were posted "not filled in"."""
    rows = []
    for holder in holders:
        problems = [p for p in holder.get("problems") or [] if p in PROBLEMS]
        mark, states = state_of(problems)
        rows.append(
            {
                "name": holder.get("name", ""),
                "post": _(POSTS[holder["post"]]) if holder.get("post") in POSTS else "",
                "mark": mark,
                "ok": not problems,
                "state": joined([_(s) for s in states], _),
                "problems": joined([_(PROBLEMS[p]) for p in problems], _),
                "gaps": joined([_(FIELDS[g]) for g in holder.get("gaps") or [] if g in FIELDS], _),
            }
        )
    return rows
