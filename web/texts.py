"""Labels shown for stored codes (kinds, roles, channels, timeline actions, clocks). Codes stay in the
database; these English msgids are translated when a page is drawn."""

from __future__ import annotations

from collections.abc import Callable

from cases.actors import ACTOR_PREFIXES, ACTORS, actor_label  # noqa: F401 (the labels web pages use)
from cases.inspection_checks import DOC_TYPES, FINDINGS
from cases.status_words import STATUS_TEXT
from cases.verification import REASON_LABELS
from cases.violations import OTHER, SUBJECT_TYPES, VIOLATIONS
from certs.verdict import Reason
from forms.tip import OCCURRED  # noqa: F401  (the form's words, shown on pages)
from foundation.i18n import N_

KINDS = {
    "tip": N_("Tip"),
    "verification": N_("Certificate check"),
    "notice": N_("Job-holder notice"),
    "appointment": N_("Appointment notice"),
    "inspection": N_("Inspection"),
}
ROLES = {
    "handler": N_("Handler"),
    "supervisor": N_("Supervisor"),
    "custodian": N_("Custodian"),
    "admin": N_("Administrator"),
}
ATTACHMENT_KINDS = {
    "photo": N_("Photo"),
    "document": N_("File"),
    "voice": N_("Voice message"),
    "video": N_("Video"),
    "audio": N_("Audio"),
}
CHANNELS = {"telegram": N_("Telegram"), "web": N_("Web form"), "phone": N_("Phone (12350)")}
CLOCKS = {
    "accept": N_("decision to accept"),
    "verify": N_("verification"),
    "reply": N_("result to the reporter"),
    "triage": N_("triage"),
    "handle": N_("handling"),
    "review": N_("review"),
    "act": N_("follow-up"),
}
ACTIONS = {
    "opened": N_("Opened"),
    "assigned": N_("Assigned"),
    "transferred": N_("Transferred (转办)"),
    "escalated": N_("Escalated (overdue)"),
    "extended": N_("Verification extended"),
    "deadline_recomputed": N_("Deadline recomputed with a new working-day calendar"),
    "clustered": N_("Linked to a cluster of duplicates"),
    "cluster_first_accepted": N_("First accepted report of the cluster"),
    "identity_revealed": N_("Reporter identity revealed by the custodian"),
    "reward_decided": N_("Reward decided"),
    "reward_claimed": N_("Reward claimed"),
    "reward_paid": N_("Reward paid"),
    "message:public": N_("Reply to the reporter"),
    "message:internal": N_("Internal note"),
    "message:reporter": N_("Message from the reporter"),
    "original_viewed": N_("Original evidence file viewed"),
    "evidence_sealed": N_("Evidence package sealed"),
    "evidence_exported": N_("Evidence package downloaded"),
    "warning:70": N_("Warning: time used reached 70%"),
    "warning:90": N_("Warning: time used reached 90%"),
    "reported_again": N_("Reported again"),
}
# Who did something, for actors that are not a back-office username ("kind:id" or a word).
STATUS_ACTION = N_("Status: {status}")
# Categories of the kinds other than tips (a tip's category is its violation).
CASE_CATEGORIES = {
    "to_act": N_("to act"),
    "no_findings": N_("no findings"),
    "job_holder_notice": N_("job-holder notice"),
    "appointment": N_("appointment notice"),
}
CATEGORY_KINDS = {
    "to_act": "inspection",
    "no_findings": "inspection",
    "job_holder_notice": "notice",
    "appointment": "appointment",
}


def status_label(status: str, _: Callable[[str], str]) -> str:
    return _(STATUS_TEXT.get(status, status))


def kind_label(kind: str, _: Callable[[str], str]) -> str:
    return _(KINDS[kind]) if kind in KINDS else kind


def category_label(category: str | None, _: Callable[[str], str]) -> str:
    """The violation label for a tip category (also the Open311 service name); the code otherwise."""
    if not category:
        return ""
    if category == OTHER.code:
        return _(OTHER.label)
    if category in CASE_CATEGORIES:
        return _(CASE_CATEGORIES[category])
    if category in Reason.__members__.values():
        return _(REASON_LABELS[Reason(category)])
    for violations in VIOLATIONS.values():
        for violation in violations:
            if violation.code == category:
                return _(violation.label)
    return category


def subject_label(subject_type: str | None, _: Callable[[str], str]) -> str:
    return _(SUBJECT_TYPES[subject_type]) if subject_type in SUBJECT_TYPES else (subject_type or "")


def action_label(action: str, _: Callable[[str], str]) -> str:
    if action.startswith("status:"):
        return _(STATUS_ACTION).format(status=status_label(action[7:], _))
    return _(ACTIONS[action]) if action in ACTIONS else action


def case_title(case: object, _: Callable[[str], str]) -> str:
    """A case's title; failed certificate checks filed before they had a real title carry their reason
    code as title ("unknown_certificate"), which is shown as its label instead."""
    title = str(getattr(case, "title", "") or "")
    if getattr(case, "kind", None) == "verification" and title in Reason.__members__.values():
        return _(REASON_LABELS[Reason(title)])
    return title


def category_groups(_: Callable[[str], str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group label, [(code, label)]) for the category filter: tip violations under their kind of subject
    (two subjects share a label, which the group tells apart), then the other kinds' categories."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for subject, violations in VIOLATIONS.items():
        options = [(v.code, _(v.label)) for v in violations]
        if subject == "other":
            options.append((OTHER.code, _(OTHER.label)))
        groups.append((_(KINDS["tip"]) + " · " + subject_label(subject, _), options))
    groups.append((_(KINDS["verification"]), [(r.value, _(REASON_LABELS[r])) for r in REASON_LABELS]))
    for kind in ("inspection", "notice", "appointment"):
        codes = [code for code in CASE_CATEGORIES if CATEGORY_KINDS[code] == kind]
        groups.append((_(KINDS[kind]), [(code, _(CASE_CATEGORIES[code])) for code in codes]))
    return groups


def all_categories() -> list[str]:
    """Every tip category code once, in the order of the subject types."""
    seen: list[str] = []
    for violations in VIOLATIONS.values():
        for violation in violations:
            if violation.code not in seen:
                seen.append(violation.code)
    seen.append(OTHER.code)
    return seen


def doc_type_label(doc_type: str, _: Callable[[str], str]) -> str:
    return _(DOC_TYPES[doc_type]) if doc_type in DOC_TYPES else doc_type


def finding_label(code: str, _: Callable[[str], str]) -> str:
    return _(FINDINGS[code]) if code in FINDINGS else code
