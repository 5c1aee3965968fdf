"""Checking a certificate from a photo or a typed number, and filing every failure as a case.

Plain functions shared by the bot, the web verification page and the pre-employment ledger: read the QR
(in a worker process), classify it, verify the signature, look the certificate up in the registry, give the
verdict. Every ❌ and every suspended, revoked or mismatching hit becomes a case in the issuer's
jurisdiction, or joins the open case about the same certificate, with the photo as evidence.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import html
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tortoise.transactions import in_transaction

from cases import audit, service
from certs import typed as typed_numbers
from certs.keys import load_keyring
from certs.links import QrKind, QrSource, classify_qr_text, hosts_of
from certs.payload import verify_payload
from certs.reader import QrReadError, read_qr_texts_async
from certs.registry import find_by_cert_no, find_for_payload, with_site
from certs.verdict import Reason, Verdict, verdict, verdict_for_typed
from foundation.i18n import N_, Translator
from foundation.media import Store, keep
from identity.numbers import PROBLEMS as ID_PROBLEMS
from models.attachments import Attachment
from models.cases import Case

PRIORITY = {
    Reason.REVOKED: 1,
    Reason.OTHER_SITE: 1,
    Reason.BAD_SIGNATURE: 1,
    Reason.PAYLOAD_MISMATCH: 1,
    Reason.UNKNOWN_KEY: 2,
    Reason.RETIRED_KEY: 2,
    Reason.UNKNOWN_CERTIFICATE: 2,
    Reason.SUSPENDED: 2,
    Reason.SITE_UNQUALIFIED: 2,
    Reason.NOT_A_CERTIFICATE: 5,
}


@dataclass
class PhotoCheck:
    verdict: Verdict | None  # None: no QR code could be found in the photo
    qr_text: str | None
    problem: str | None = None  # a QrReadError reason when the image itself could not be read


# Recently checked QR texts: classifying and verifying a signature is most of a /V/ request's CPU, and the
# same card is scanned again and again. Both results are frozen and depend only on the text, the public
# address and the key ring (an entry made with another ring is not used). The registry is read every time.
_CHECKED: OrderedDict[tuple[str, str | None], tuple[Any, QrKind, Any]] = OrderedDict()
CHECKED_MAX = 4096


def _classified(text: str, keys_dir: Path, public_url: str | None) -> tuple[QrKind, Any]:
    ring = load_keyring(keys_dir)
    key = (text, public_url)
    cached = _CHECKED.get(key)
    if cached is not None and cached[0] is ring:
        _CHECKED.move_to_end(key)
        return cached[1], cached[2]
    kind: QrKind = classify_qr_text(text, hosts_of(public_url))
    result = None
    if kind.source is QrSource.OURS and kind.payload is not None:
        result = verify_payload(kind.payload, ring)
    if len(text) <= 1000:  # bounded: the public sends these
        _CHECKED[key] = (ring, kind, result)
        if len(_CHECKED) > CHECKED_MAX:
            _CHECKED.popitem(last=False)
    return kind, result


async def check_qr_text(text: str, keys_dir: Path, public_url: str | None, today: date) -> Verdict:
    kind, result = _classified(text, keys_dir, public_url)
    if result is None:
        return verdict(kind, None, today)
    fields = result.fields or result.claimed
    record = await with_site(await find_for_payload(fields)) if fields is not None else None
    return verdict(result, record, today)


async def check_photo(data: bytes, keys_dir: Path, public_url: str | None, today: date) -> PhotoCheck:
    try:
        texts = await read_qr_texts_async(data)
    except QrReadError as exc:
        return PhotoCheck(None, None, exc.reason)
    if not texts:
        return PhotoCheck(None, None)
    # Prefer a certificate QR if the photo shows several codes.
    checked = [(text, await check_qr_text(text, keys_dir, public_url, today)) for text in texts[:3]]
    checked.sort(key=lambda pair: pair[1].reason is Reason.NOT_A_CERTIFICATE)
    text, result = checked[0]
    return PhotoCheck(result, text)


async def check_typed(cert_no: str, name: str, today: date) -> Verdict:
    """Full-width digits, a 15-digit ID number inside, or the ID number without its T all find the row."""
    parsed = typed_numbers.parse(cert_no)
    for candidate in parsed.candidates:
        record = await with_site(await find_by_cert_no(candidate))
        if record is not None:
            return verdict_for_typed(candidate, name, record, today)
    result = verdict_for_typed(parsed.shown, name, None, today)
    return dataclasses.replace(result, id_problem=parsed.problem) if parsed.problem else result


def subject_of(result: Verdict, qr_text: str | None) -> str:
    """What makes two failed checks "about the same thing": the certificate, or the QR's content."""
    if result.record is not None:
        return f"cert:{result.record.cert_no}"
    if result.fields is not None:
        return f"cert:{result.fields.cert_no}"
    if result.host:
        return f"site:{result.host}"
    return "qr:" + hashlib.sha256((qr_text or "").encode()).hexdigest()[:32]


async def file_failure(
    result: Verdict,
    *,
    qr_text: str | None,
    photo: bytes | None,
    media: Store,
    channel: str,
    actor: str = "system",
) -> Case | None:
    """Files a case for a verdict that needs one (or adds to the open one); None when it needs none."""
    if not result.make_case:
        return None
    key = subject_of(result, qr_text)
    division = None
    if result.record is not None:
        division = result.record.issuer_division
    elif result.fields is not None:
        division = result.fields.issuer_division
    async with in_transaction():
        case = (
            await Case.filter(kind="verification", subject_key=key, status__in=service.OPEN_STATUSES)
            .order_by("id")
            .first()
        )
        details = {
            "reason": result.reason.value,
            "symbol": result.symbol,
            "channel": channel,
            "cert_no": result.record.masked_cert_no
            if result.record
            else (result.fields.masked_cert_no if result.fields else None),
            "holder": result.masked_name,
            "host": result.host,
            "mismatches": list(result.mismatches),
            "exam_site": _site_details(result),
            "qr_text": (qr_text or "")[:300]
            if result.reason in (Reason.OTHER_SITE, Reason.NOT_A_CERTIFICATE)
            else None,
        }
        if case is None:
            title = details["cert_no"] or result.host or _qr_title(qr_text) or UNTITLED
            case = await service.open_case(
                "verification",
                title,
                division,
                category=result.reason.value,
                priority=PRIORITY.get(result.reason, 3),
                details={**details, "reports": 1},
                subject_key=key,
                actor=actor,
            )
        else:
            case.details = {**case.details, "reports": case.details.get("reports", 1) + 1}
            await case.save(update_fields=["details", "updated_at"])
            await audit.append(case, actor, "reported_again", None, details)
        if photo is not None:
            digest, redacted = await asyncio.to_thread(keep, media, photo, True)
            await Attachment.create(
                sha256=digest,
                size=len(photo),
                mime_type="image/jpeg",
                kind="photo",
                redacted_sha256=redacted,
                case=case,
            )
    return case


def _site_details(result: Verdict) -> dict[str, str | None] | None:
    """The exam site's standing as the case keeps it (the site's credit code is an institution's, not
    personal data)."""
    record = result.record
    if record is None or result.site_when is None:
        return None
    return {
        "credit_code": record.exam_site_code,
        "name": record.site_name,
        "status": record.site_status,
        "since": record.site_status_since.isoformat() if record.site_status_since else None,
        "when": result.site_when,
    }


# The title of a failed check that names no certificate and no web site (a title is stored in one text, so
# it is written in both languages rather than as a code).
UNTITLED = "证书核验未通过 · Certificate check failed"


def _qr_title(qr_text: str | None) -> str | None:
    text = " ".join((qr_text or "").split())
    return f"“{text[:40]}”" if text else None


HEADLINES = {
    Reason.GENUINE_VALID: N_("Genuine and in force."),
    Reason.EXPIRED: N_("Genuine, but expired."),
    Reason.REVIEW_OVERDUE: N_("Genuine, but the re-examination (复审) is overdue."),
    Reason.SUSPENDED: N_("Genuine, but suspended."),
    Reason.DUE_SOON: N_(
        "Genuine and in force, but it expires or is due for re-examination within {days} days."
    ),
    Reason.OFFICIAL_LOOKUP: N_(
        "This code opens the official national lookup ({host}): check the result there."
    ),
    Reason.BAD_SIGNATURE: N_("Not genuine: the code's signature does not match its content."),
    Reason.UNKNOWN_KEY: N_("Not genuine: it is signed with a key this service does not know."),
    Reason.RETIRED_KEY: N_("Not genuine: it is signed with a key that has been withdrawn."),
    Reason.REVOKED: N_("The certificate has been revoked."),
    Reason.UNKNOWN_CERTIFICATE: N_("No such certificate in the registry."),
    Reason.NOT_A_CERTIFICATE: N_("This is not a certificate QR code."),
    Reason.PAYLOAD_MISMATCH: N_(
        "The card's data do not match the registry: do not accept it until the issuing office has checked it."
    ),
    Reason.OTHER_SITE: N_(
        "Warning: this code points to {host}, which is not the official lookup. It may be a fake lookup site."
    ),
    Reason.SITE_UNQUALIFIED: N_(
        "In the registry, but issued through an exam site that had lost its qualification: do not rely on it "
        "until the bureau has checked it."
    ),
}
# What the person checking is told about the exam site the certificate came from, by (status, when).
SITE_LINES = {
    ("suspended", "before"): N_(
        "Warning: the exam site that issued this certificate ({site}) had its qualification suspended on "
        "{since}, before the certificate was issued on {issued}. Ask the emergency management bureau to "
        "confirm it."
    ),
    ("suspended", "after"): N_(
        "Note: the exam site that issued this certificate ({site}) had its qualification suspended on "
        "{since}, after the certificate was issued on {issued}."
    ),
    ("suspended", "unknown"): N_(
        "Note: the exam site that issued this certificate ({site}) has its qualification suspended; the "
        "date is not on record, so ask the bureau whether it was before the certificate was issued."
    ),
    ("cancelled", "before"): N_(
        "Warning: the exam site that issued this certificate ({site}) had its qualification cancelled on "
        "{since}, before the certificate was issued on {issued}. Ask the emergency management bureau to "
        "confirm it."
    ),
    ("cancelled", "after"): N_(
        "Note: the exam site that issued this certificate ({site}) had its qualification cancelled on "
        "{since}, after the certificate was issued on {issued}."
    ),
    ("cancelled", "unknown"): N_(
        "Note: the exam site that issued this certificate ({site}) has its qualification cancelled; the "
        "date is not on record, so ask the bureau whether it was before the certificate was issued."
    ),
}


def site_line(result: Verdict, _: Translator) -> str | None:
    """The exam site's standing in words, or None when it is in good standing."""
    record = result.record
    if record is None or result.site_when is None or record.site_status is None:
        return None
    msgid = SITE_LINES.get((record.site_status, result.site_when))
    if msgid is None:
        return None
    issued = record.first_issued or record.valid_from
    return _(msgid).format(
        site=record.site_name or record.exam_site_code or "",
        since=record.site_status_since.isoformat() if record.site_status_since else "",
        issued=issued.isoformat() if issued else "",
    )


# Short names of the verdict reasons, for the back office and exports (a verification case's category is
# its reason code); HEADLINES are the sentences the person who checked is told.
REASON_LABELS = {
    Reason.GENUINE_VALID: N_("genuine and in force"),
    Reason.EXPIRED: N_("expired"),
    Reason.REVIEW_OVERDUE: N_("re-examination overdue"),
    Reason.SUSPENDED: N_("suspended"),
    Reason.DUE_SOON: N_("expires or re-examination due soon"),
    Reason.OFFICIAL_LOOKUP: N_("code of the official national lookup"),
    Reason.BAD_SIGNATURE: N_("not genuine: signature does not match"),
    Reason.UNKNOWN_KEY: N_("not genuine: unknown signing key"),
    Reason.RETIRED_KEY: N_("not genuine: withdrawn signing key"),
    Reason.REVOKED: N_("revoked"),
    Reason.UNKNOWN_CERTIFICATE: N_("no such certificate in the registry"),
    Reason.NOT_A_CERTIFICATE: N_("not a certificate QR code"),
    Reason.PAYLOAD_MISMATCH: N_("card data differ from the registry"),
    Reason.OTHER_SITE: N_("code points to another web site"),
    Reason.SITE_UNQUALIFIED: N_("issued through an exam site without qualification"),
}
# The card fields a mismatch can name (Verdict.mismatches).
MISMATCH_FIELDS = {
    "cert_no": N_("certificate number"),
    "name": N_("name"),
    "id_number": N_("ID number"),
    "cert_type": N_("kind of certificate"),
}
CERT_TYPES = {
    "special_operation": N_("Special operations certificate (特种作业操作证)"),
    "safety_management": N_("Safety knowledge and management certificate"),
    "team_leader": N_("Team leader certificate"),
}


def verdict_lines(result: Verdict, _: Translator) -> list[str]:
    """The answer as plain lines (no markup); the first starts with the verdict symbol."""
    headline = _(HEADLINES[result.reason]).format(
        days=result.days_left if result.days_left is not None else "", host=result.host or ""
    )
    lines = [f"{result.symbol} {headline}"]
    record, fields = result.record, result.fields
    if record is not None or fields is not None:
        name, masked_id = result.masked_name or "", result.masked_id or ""
        lines.append(_("Holder: {name} (ID {id})").format(name=name, id=masked_id))
        cert_type = record.cert_type if record else fields.cert_type
        category = (record.category if record else fields.category) or ""
        item = (record.item if record else fields.item) or ""
        kind = _(CERT_TYPES[cert_type]) if cert_type in CERT_TYPES else cert_type
        lines.append(" · ".join(p for p in (kind, category, item) if p))
        if record is not None:
            validity = _("Valid: {start} to {end}").format(
                start=record.valid_from.isoformat() if record.valid_from else "—",
                end=record.valid_to.isoformat() if record.valid_to else "—",
            )
            if record.review_due:
                validity += " · " + _("re-examination due {date}").format(date=record.review_due.isoformat())
            lines.append(validity)
            if record.issuer:
                lines.append(_("Issued by: {issuer}").format(issuer=record.issuer))
            if record.status_reason and result.reason in (Reason.SUSPENDED, Reason.REVOKED):
                lines.append(_("Reason: {reason}").format(reason=record.status_reason))
            site = site_line(result, _)
            if site:
                lines.append(site)
    if result.reason in (
        Reason.GENUINE_VALID,
        Reason.DUE_SOON,
        Reason.EXPIRED,
        Reason.REVIEW_OVERDUE,
        Reason.SUSPENDED,
        Reason.SITE_UNQUALIFIED,
    ):
        lines.append(
            _(
                "A genuine card can be used by someone else: compare the holder's ID card with the name "
                "and number above."
            )
        )
    if result.id_problem:
        lines.append(
            _("The ID number in the certificate number cannot be right: {why}. Check what you typed.").format(
                why=_(ID_PROBLEMS.get(result.id_problem, ID_PROBLEMS["characters"]))
            )
        )
    if result.typed and result.reason not in (Reason.UNKNOWN_CERTIFICATE, Reason.PAYLOAD_MISMATCH):
        lines.append(
            _("This checks the registry only. To check the card itself, send a photo of its QR code.")
        )
    return lines


def verdict_text(result: Verdict, _: Translator) -> str:
    return "\n".join(html.escape(line) for line in verdict_lines(result, _))
