"""What an inspector's photographed document says against the certificate registry, as plain rules.

Each rule turns what was read (OCR fields, corrected where the inspector corrected them) and the registry
facts into findings: small dicts with a `code` from FINDINGS and the person and number concerned, which are
stored on the document, shown in the chat, summed up on the inspection and filed with its case. No
database or Telegram here: the service looks the facts up and passes them in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from certs.registry import RegistryRecord
from certs.verdict import site_when
from foundation.i18n import N_
from identity.names import same_person_name
from ocr.certificates import LAYOUT_FIELDS
from ocr.idnumbers import check_id_number

DOC_TYPES = {
    "certificate": N_("certificate"),
    "id_card": N_("ID card"),
    "sign_in_sheet": N_("sign-in sheet"),
    "class_hour_record": N_("class-hour record"),
    "training_roster": N_("training roster"),
    "exam_room_record": N_("exam-room record"),
    "score_sheet": N_("score sheet"),
    "other": N_("other document"),
}
FINDINGS = {
    "unknown_cert": N_("certificate number not in the registry"),
    "name_mismatch": N_("the registry lists this certificate under another name"),
    "expired": N_("certificate expired"),
    "review_overdue": N_("re-examination overdue"),
    "suspended": N_("certificate suspended"),
    "revoked": N_("certificate revoked"),
    "site_unqualified": N_("certificate issued through an exam site that had lost its qualification"),
    "no_certificate": N_("no certificate in the registry for this ID number and training"),
    "invalid_id": N_("the ID number is not a valid one"),
    "two_places": N_("signed in at another place on the same day"),
    "unsigned": N_("listed but not signed"),
    "duplicate_signatures": N_(
        "the same signature image on several rows: copied or stamped, not signed by each person"
    ),
    "one_hand_signatures": N_(
        "the signatures on this sheet look written by one hand: check that each person signed"
    ),
}
# The fields of a certificate an inspector may correct, with the registry CSV's names: every field any
# certificate layout prints (ocr.certificates.LAYOUT_FIELDS); PRINTED says which a given layout has.
CORRECTABLE = (
    "cert_no", "name", "sex", "id_number", "category", "item", "employer", "post", "industry", "first_issued",
    "valid_from", "valid_to", "issuer", "reviews",
)  # fmt: skip
PRINTED = LAYOUT_FIELDS
CONFIRMED = "confirmed"  # key in corrections: fields the inspector checked and found right as read
# Findings that need a regulator to act; "unsigned" alone is worth noting, not acting on.
TO_ACT = frozenset(FINDINGS) - {"unsigned"}


@dataclass(frozen=True)
class SignInElsewhere:
    """A sign-in of the same person on the same day recorded at another place."""

    id_number: str
    day: str
    subject_name: str


def effective_fields(ocr_fields: Mapping[str, Any], corrections: Mapping[str, Any]) -> dict[str, Any]:
    """What the document says once the inspector's corrections are laid over what OCR read."""
    typed = {k: v for k, v in corrections.items() if v not in (None, "", []) and k != CONFIRMED}
    return {**ocr_fields, **typed}


def printed_fields(ocr_fields: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields the read certificate's layout prints (the new-style front's when the layout is unknown)."""
    return PRINTED.get(str(ocr_fields.get("layout") or ""), PRINTED["so_front"])


def unconfirmed(ocr: Mapping[str, Any], corrections: Mapping[str, Any]) -> list[str]:
    """The fields OCR was not sure of that the inspector has neither corrected nor confirmed yet."""
    checked = set(corrections.get(CONFIRMED) or ()) | {k for k in corrections if k != CONFIRMED}
    return [f for f in ocr.get("uncertain") or () if f not in checked]


def finding(code: str, **about: Any) -> dict[str, Any]:
    return {"code": code, **{k: v for k, v in about.items() if v not in (None, "")}}


def certificate_findings(fields: Mapping[str, Any], record: RegistryRecord | None, today: date) -> list[dict]:
    """A photographed certificate against its registry row (None: the number is not there)."""
    cert_no = (fields.get("cert_no") or "").strip().upper()
    name = (fields.get("name") or "").strip()
    if not cert_no:
        return []
    if record is None:
        return [finding("unknown_cert", cert_no=cert_no, name=name)]
    about = {"cert_no": cert_no, "name": name or record.name}
    found: list[dict] = []
    if name and not same_person_name(name, record.name):
        found.append(finding("name_mismatch", registry_name=record.name, **about))
    if record.status == "revoked":
        found.append(finding("revoked", reason=record.status_reason, **about))
    elif record.status == "suspended":
        found.append(finding("suspended", reason=record.status_reason, **about))
    if record.valid_to is not None and record.valid_to < today:
        found.append(finding("expired", date=record.valid_to.isoformat(), **about))
    elif record.review_due is not None and record.review_due < today:
        found.append(finding("review_overdue", date=record.review_due.isoformat(), **about))
    if site_when(record) == "before":  # the date shown is the day the site lost its qualification
        since = record.site_status_since.isoformat() if record.site_status_since else None
        found.append(finding("site_unqualified", site=record.exam_site_code, date=since, **about))
    return found


def _claims(record: RegistryRecord, category: str | None) -> bool:
    """Whether a certificate is one for the training a roster row claims (any, when it claims none)."""
    if not category:
        return True
    wanted = "".join(category.split())
    return (
        wanted in (record.category or "")
        or wanted in (record.item or "")
        or (record.category or "") in wanted
    )


def table_findings(
    doc_type: str,
    rows: Sequence[Mapping[str, Any]],
    certificates: Mapping[str, Sequence[RegistryRecord]],
    elsewhere: Iterable[SignInElsewhere] = (),
    sheet_category: str | None = None,
) -> list[dict]:
    """Rows of a sign-in sheet, training roster or score sheet.

    `certificates` maps each ID number on the sheet to its registry certificates; `elsewhere` lists the
    sign-ins of the same people on the same days recorded at other places.
    """
    found: list[dict] = []
    other_places: dict[tuple[str, str], list[str]] = {}
    for seen in elsewhere:
        other_places.setdefault((seen.id_number, seen.day), []).append(seen.subject_name)
    for index, row in enumerate(rows, start=1):
        name = (row.get("name") or "").strip()
        raw_id = (row.get("id_number") or "").strip()
        about = {"row": index, "name": name}
        check = check_id_number(raw_id) if raw_id else None
        if check is not None and not check.valid:
            found.append(finding("invalid_id", id_number=raw_id, why=check.problem, **about))
        elif check is not None:
            number = check.number
            if doc_type == "training_roster":
                claimed = row.get("category") or sheet_category
                if not any(_claims(r, claimed) for r in certificates.get(number, ())):
                    found.append(finding("no_certificate", id_number=number, category=claimed, **about))
            if doc_type == "sign_in_sheet" and row.get("date"):
                places = sorted(set(other_places.get((number, row["date"]), [])))
                if places:
                    found.append(
                        finding("two_places", id_number=number, date=row["date"], places=places, **about)
                    )
        if doc_type == "sign_in_sheet" and row.get("signed") is False:
            found.append(finding("unsigned", **about))
    return found + signature_findings(rows)


def signature_findings(rows: Sequence[Mapping[str, Any]]) -> list[dict]:
    """One finding per group of rows whose signatures are one image (ocr.signatures marks them with the
    same `signature_copy` number), and one for a sheet that looks signed by one hand; each names the
    rows and the people listed on them."""
    groups: dict[Any, list[tuple[int, str]]] = {}
    one_hand: list[tuple[int, str]] = []
    for index, row in enumerate(rows, start=1):
        name = (row.get("name") or "").strip()
        if row.get("signature_copy"):
            groups.setdefault(row["signature_copy"], []).append((index, name))
        if row.get("signature_one_hand"):
            one_hand.append((index, name))
    found = []
    flagged = [*(("duplicate_signatures", g) for g in groups.values()), ("one_hand_signatures", one_hand)]
    for code, members in flagged:
        if len(members) > 1:
            names = [name for _, name in members if name]
            found.append(finding(code, rows=[i for i, _ in members], names=names, name="、".join(names)))
    return found


def needs_action(findings: Iterable[Mapping[str, Any]]) -> bool:
    return any(f.get("code") in TO_ACT for f in findings)
