"""Stored field names and values in words: a case's details and the before/after of its audit events.

Cases and events keep codes and plain JSON (`due_at`, `status: verifying`, `reason: bad_signature`, a list of
holders with `post: safety_manager`); staff read labels in their language. Each field gets a label here,
and its value is turned into text by what the field holds: a status, a clock, a division, a yes/no, a
time, a verdict reason, a list of people. A field with no label yet is shown under a generic "Other
detail" rather than by its name, so a new field never puts a code on a page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from cases.inspection_checks import FINDINGS
from cases.verification import MISMATCH_FIELDS, REASON_LABELS
from certs.verdict import Reason
from foundation.i18n import N_
from notices.problems import POSTS, PROBLEMS
from regions import divisions
from web import calendar_texts, texts, timefmt

Translate = Callable[[str], str]

LABELS = {
    # the case row itself
    "kind": N_("Kind"),
    "category": N_("Category"),
    "division_code": N_("Jurisdiction"),
    "escalated_from": N_("Escalated from"),
    "place_division": N_("Place inspected"),
    "priority": N_("Priority"),
    "status": N_("Status"),
    "title": N_("Title"),
    "assignee": N_("Assignee"),
    "clock": N_("Time limit"),
    "due_at": N_("Due"),
    "overdue": N_("Overdue"),
    "warned_level": N_("Warning given"),
    "taken": N_("Taken from the queue"),
    "calendar": N_("Working-day calendar"),
    "calendar_change": N_("Why the deadline was recomputed"),
    # transitions, extensions, transfers
    "reason": N_("Reason"),
    "result": N_("Verification result"),
    "days": N_("Days added"),
    "message": N_("Message"),
    "cluster": N_("Cluster of duplicates"),
    "case": N_("Case"),
    "tips": N_("Tips"),
    "tip": N_("Tip"),
    "inspection": N_("Inspection"),
    "inspection_id": N_("Inspection"),
    "attachment": N_("Evidence file"),
    "manifest_sha256": N_("Evidence manifest SHA-256"),
    # rewards
    "fine": N_("Fine (yuan)"),
    "amount": N_("Reward (yuan)"),
    "rule": N_("Reward rule"),
    "noticed_at": N_("Reporter told on"),
    "claim_until": N_("Claim until"),
    "reference": N_("Payment reference"),
    "paid_at": N_("Paid on"),
    "payment_reference": N_("Payment reference"),
    "first_accepted_case": N_("First accepted report"),
    # certificate checks
    "symbol": N_("Verdict"),
    "channel": N_("Channel"),
    "cert_no": N_("Certificate number"),
    "holder": N_("Holder"),
    "host": N_("Web site in the code"),
    "mismatches": N_("Differs from the registry in"),
    "qr_text": N_("Content of the QR code"),
    "reports": N_("Times reported"),
    # notices and inspections
    "enterprise_id": N_("Enterprise record no."),
    "credit_code": N_("Unified social credit code"),
    "holders": N_("People on the notice"),
    "problems": N_("Problems found"),
    "changes": N_("Changes in key posts"),
    "subject_type": N_("Kind of subject"),
    "to_act": N_("Calls for action"),
    "findings": N_("Findings"),
    "documents": N_("Documents"),
    "location": N_("Location"),
    # tips
    "violation": N_("Violation"),
    "subject_name": N_("Name of the subject"),
    "address": N_("Place"),
    "occurred": N_("When"),
    "description": N_("What happened"),
    "anonymous": N_("Anonymous"),
    "crime_clue": N_("Clue of a crime"),
    "latitude": N_("Latitude"),
    "longitude": N_("Longitude"),
    "triage": N_("Place not resolved"),
    "penalty": N_("Penalty"),
    "decision_no": N_("Decision number"),
    "basis": N_("Legal basis"),
    "transfer": N_("Police transfer"),
    "unit": N_("Receiving unit"),
    "draw": N_("Draw"),
    "division": N_("Division"),
    "month": N_("Month"),
    "seed": N_("Seed"),
    "pool_hash": N_("Hash of the pool"),
    "pool_size": N_("Subjects in the pool"),
    "weighted": N_("Weighted by risk"),
    "subjects": N_("Subjects drawn"),
    "inspectors": N_("Inspectors drawn"),
    "subject": N_("Subject file"),
}
OTHER_FIELD = N_("Other detail")
# Details that are shown elsewhere on the page or are for the software only.
HIDDEN_DETAILS = frozenset({"result", "reward", "triage", "problem_labels", "symbol"})
CHANGES = {"appointed": N_("appointed"), "left": N_("left the post")}
YES, NO = N_("Yes"), N_("No")

_DIVISIONS = {"division_code", "escalated_from", "place_division"}
_TIMES = {"due_at", "noticed_at", "claim_until", "paid_at", "at", "created_at"}
_YES_NO = {"overdue", "taken", "to_act", "anonymous", "crime_clue", "triage", "verified", "extended"}


def label(key: str, _: Translate) -> str:
    return _(LABELS[key]) if key in LABELS else _(OTHER_FIELD)


def value_text(key: str, value: Any, _: Translate) -> str:
    """One stored value as a person reads it, judged by the field it belongs to."""
    if value is None or value == "" or value == []:
        return "—"
    if key in _YES_NO or isinstance(value, bool):
        return _(YES) if value else _(NO)
    if key in calendar_texts.KEYS:
        return calendar_texts.value_text(key, value, _)
    if key == "status":
        return texts.status_label(str(value), _)
    if key == "kind":
        return texts.kind_label(str(value), _)
    if key in ("category", "violation"):
        return texts.category_label(str(value), _)
    if key == "clock":
        return _(texts.CLOCKS[value]) if value in texts.CLOCKS else str(value)
    if key == "channel":
        return _(texts.CHANNELS[value]) if value in texts.CHANNELS else str(value)
    if key == "subject_type":
        return texts.subject_label(str(value), _)
    if key in ("assignee", "actor", "author"):
        return texts.actor_label(str(value), _)
    if key in _DIVISIONS:
        return division_text(str(value))
    if key in ("reason", "title") and value in REASON_VALUES:  # a title: see texts.case_title
        return _(REASON_LABELS[Reason(value)])
    if key == "warned_level":
        return f"{value}%" if value else "—"
    if key == "mismatches" and isinstance(value, list):
        return "、".join(_(MISMATCH_FIELDS[v]) if v in MISMATCH_FIELDS else _(OTHER_FIELD) for v in value)
    if key in ("case", "cluster", "first_accepted_case", "tip", "inspection", "inspection_id", "message"):
        return f"#{value}"
    if key == "tips" and isinstance(value, list):
        return ", ".join(f"#{v}" for v in value)
    if key == "result" and isinstance(value, dict):
        return result_text(value, _)
    if key in ("holders", "problems", "changes") and isinstance(value, list):
        return "; ".join(person_text(item, _) for item in value if isinstance(item, dict)) or "—"
    if key == "findings" and isinstance(value, list):
        return "; ".join(
            _(FINDINGS[f["code"]]) if f.get("code") in FINDINGS else _(OTHER_FIELD)
            for f in value
            if isinstance(f, dict)
        )
    if key == "documents" and isinstance(value, dict):
        return ", ".join(f"{texts.doc_type_label(k, _)} × {n}" for k, n in value.items())
    if key == "location" and isinstance(value, dict):
        return f"{value.get('latitude', '')}, {value.get('longitude', '')}"
    if key in _TIMES or (isinstance(value, str) and _looks_like_time(value)):
        parsed = timefmt.parse_iso(str(value))
        if parsed is not None:
            return timefmt.local(parsed)
    if isinstance(value, dict):
        return "; ".join(f"{label(k, _)}: {value_text(k, v, _)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(value_text(key, v, _) for v in value)
    if isinstance(value, float | int):
        return str(value)
    return str(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


REASON_VALUES = frozenset(r.value for r in Reason)


def _looks_like_time(text: str) -> bool:
    return len(text) >= 19 and text[4] == "-" and text[10] == "T"


def division_text(code: str) -> str:
    """A division in words with its code beside it (the code is the documented GB/T 2260 identifier)."""
    name = divisions.full_name(code)
    return f"{name} ({code})" if name else code


def result_text(result: dict[str, Any], _: Translate) -> str:
    parts = [_("Substantiated") if result.get("substantiated") else _("Not substantiated")]
    if result.get("fine"):
        parts.append(_("fine ¥{amount}").format(amount=result["fine"]))
    if result.get("summary"):
        parts.append(str(result["summary"]))
    return " · ".join(parts)


def person_text(item: dict[str, Any], _: Translate) -> str:
    """A holder, a problem or a key-post change of a notice: post, name, certificate, what is wrong."""
    parts = []
    if item.get("post"):
        post = item["post"]
        parts.append(_(POSTS[post]) if post in POSTS else _(OTHER_FIELD))
    for key in ("name", "cert_no"):
        if item.get(key):
            parts.append(str(item[key]))
    if item.get("change"):
        change = item["change"]
        parts.append(_(CHANGES[change]) if change in CHANGES else _(OTHER_FIELD))
    if "verified" in item:
        parts.append(_("checked against the registry") if item["verified"] else _("not checked"))
    problems = item.get("problems") or []
    if problems:
        parts.append(
            _("problems: {list}").format(
                list="、".join(_(PROBLEMS[p]) if p in PROBLEMS else _(OTHER_FIELD) for p in problems)
            )
        )
    return " ".join(parts)


def detail_rows(details: dict[str, Any], _: Translate) -> list[tuple[str, str]]:
    """(label, text) of a case's details, for kinds without a section of their own."""
    return [
        (label(key, _), value_text(key, value, _))
        for key, value in details.items()
        if key not in HIDDEN_DETAILS and not key.endswith("_reason")
    ]


def change_rows(before: dict[str, Any], after: dict[str, Any], _: Translate) -> list[tuple[str, str, str]]:
    """(label, before, after) of an audit event; before is "" when the field was not there before."""
    keys = list(dict.fromkeys([*before.keys(), *after.keys()]))
    return [
        (
            label(key, _),
            value_text(key, before.get(key), _) if key in before else "",
            value_text(key, after.get(key), _),
        )
        for key in keys
    ]
