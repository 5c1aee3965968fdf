"""The verification verdict: one symbol, one reason code, and whether it becomes a case.

Plain functions over plain data (a PayloadResult or a scanned-QR classification, a RegistryRecord, a
date), so the bot, the web page and the ledger of pre-employment checks give the same answer, and the
whole table is tested without a database.

Symbols (the first character of the bot's answer), one vocabulary for every place that judges a
certificate (the bot's verdict, the ledger, inspection findings, the web page):
    ✅  genuine and in force, nothing else
    ⚠️  genuine, but expired, re-exam overdue, suspended, or expiring / re-exam due within 60 days;
        the card's data and the registry disagree (a mismatch); a QR of the national lookup, which we
        cannot check ourselves
    ❌  not genuine (bad signature, unknown or retired key), revoked, unknown certificate, not a
        certificate QR, or a QR pointing to some other web site

Every ❌ becomes a case, and so does every suspended, revoked or mismatching hit. A genuine certificate from
an exam site whose qualification is suspended or cancelled is ⚠️ (`site_when` says whether that happened
before or after its issue date), and a case when it happened before.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date

from certs.links import QrKind, QrSource
from certs.payload import PayloadFields, PayloadResult, PayloadStatus
from certs.registry import RegistryRecord

DUE_SOON_DAYS = 60

OK, WARN, BAD = "✅", "⚠️", "❌"


class Reason(enum.StrEnum):
    GENUINE_VALID = "genuine_valid"
    EXPIRED = "expired"
    REVIEW_OVERDUE = "review_overdue"
    SUSPENDED = "suspended"
    DUE_SOON = "due_soon"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_KEY = "unknown_key"
    RETIRED_KEY = "retired_key"
    REVOKED = "revoked"
    UNKNOWN_CERTIFICATE = "unknown_certificate"
    NOT_A_CERTIFICATE = "not_a_certificate"
    PAYLOAD_MISMATCH = "payload_mismatch"
    OFFICIAL_LOOKUP = "official_lookup"  # QR of cx.mem.gov.cn: not ours to check, not a forgery sign
    OTHER_SITE = "other_site"  # QR of any other web site: possible fake lookup site
    SITE_UNQUALIFIED = "site_unqualified"  # in force, but its exam site had lost its qualification at issue


SYMBOLS: dict[Reason, str] = {
    Reason.GENUINE_VALID: OK,
    Reason.EXPIRED: WARN,
    Reason.REVIEW_OVERDUE: WARN,
    Reason.SUSPENDED: WARN,
    Reason.DUE_SOON: WARN,
    Reason.OFFICIAL_LOOKUP: WARN,
    Reason.BAD_SIGNATURE: BAD,
    Reason.UNKNOWN_KEY: BAD,
    Reason.RETIRED_KEY: BAD,
    Reason.REVOKED: BAD,
    Reason.UNKNOWN_CERTIFICATE: BAD,
    Reason.NOT_A_CERTIFICATE: BAD,
    Reason.PAYLOAD_MISMATCH: WARN,
    Reason.OTHER_SITE: BAD,
    Reason.SITE_UNQUALIFIED: WARN,
}
# Reasons that are filed as a case although their symbol is not ❌.
CASE_WITHOUT_BAD = frozenset({Reason.SUSPENDED, Reason.PAYLOAD_MISMATCH, Reason.SITE_UNQUALIFIED})

# The same vocabulary for inspection findings (cases.inspection_checks.FINDINGS): a certificate that does
# not exist or was revoked is ❌; everything else found (expired, suspended, a misspelt name, a sign-in at
# two places) is ⚠️, something to look into.
FINDING_SYMBOLS: dict[str, str] = {
    "unknown_cert": BAD,
    "no_certificate": BAD,
    "revoked": BAD,
}


def finding_symbol(code: str) -> str:
    """The mark of one inspection finding."""
    return FINDING_SYMBOLS.get(code, WARN)


@dataclass(frozen=True, slots=True)
class Verdict:
    symbol: str
    reason: Reason
    make_case: bool
    record: RegistryRecord | None = None
    fields: PayloadFields | None = None  # verified or merely claimed, see `payload_status`
    payload_status: PayloadStatus | None = None
    host: str | None = None  # OTHER_SITE / OFFICIAL_LOOKUP: where the QR points
    mismatches: tuple[str, ...] = ()  # PAYLOAD_MISMATCH: which fields disagree
    days_left: int | None = None  # days until the nearer of expiry and re-exam (negative: overdue)
    typed: bool = False  # from /verify CERT_NO NAME: says the registry has it, not that a card is genuine
    id_problem: str | None = None  # typed and not found: what is wrong with the ID number inside it
    site_when: str | None = None  # site lost its qualification "before"/"after" issue, or "unknown"

    @property
    def masked_name(self) -> str | None:
        if self.record:
            return self.record.masked_name
        return self.fields.masked_name if self.fields else None

    @property
    def masked_id(self) -> str | None:
        if self.record:
            return self.record.masked_id
        return self.fields.masked_id if self.fields else None


def _make(reason: Reason, **extra: object) -> Verdict:
    symbol = SYMBOLS[reason]
    case = symbol == BAD or reason in CASE_WITHOUT_BAD
    return Verdict(symbol=symbol, reason=reason, make_case=case, **extra)  # type: ignore[arg-type]


_PAYLOAD_FAILURES = {
    PayloadStatus.BAD_SIGNATURE: Reason.BAD_SIGNATURE,
    PayloadStatus.MALFORMED: Reason.BAD_SIGNATURE,  # claims to be ours, cannot be: not genuine
    PayloadStatus.UNKNOWN_KEY: Reason.UNKNOWN_KEY,
    PayloadStatus.RETIRED_KEY: Reason.RETIRED_KEY,
    PayloadStatus.NOT_OURS: Reason.NOT_A_CERTIFICATE,
}


def verdict(
    payload_result: PayloadResult | QrKind | None, registry_record: RegistryRecord | None, today: date
) -> Verdict:
    """The verdict for a scanned QR.

    Pass the PayloadResult for our payloads; a QrKind that is not ours (official lookup, other site,
    plain text) may be passed as is; None means there was nothing to verify (not a certificate).
    """
    if payload_result is None:
        return _make(Reason.NOT_A_CERTIFICATE)
    if isinstance(payload_result, QrKind):
        if payload_result.source is QrSource.OFFICIAL_LOOKUP:
            return _make(Reason.OFFICIAL_LOOKUP, host=payload_result.host)
        if payload_result.source is QrSource.OTHER_SITE:
            return _make(Reason.OTHER_SITE, host=payload_result.host)
        return _make(Reason.NOT_A_CERTIFICATE)
    status = payload_result.status
    if status is not PayloadStatus.VALID or payload_result.fields is None:
        reason = _PAYLOAD_FAILURES.get(status, Reason.BAD_SIGNATURE)
        return _make(reason, fields=payload_result.claimed, payload_status=status, record=registry_record)
    fields = payload_result.fields
    if registry_record is None:
        return _make(Reason.UNKNOWN_CERTIFICATE, fields=fields, payload_status=status)
    mismatches = _mismatches(fields, registry_record)
    if mismatches:
        return _make(
            Reason.PAYLOAD_MISMATCH,
            fields=fields,
            record=registry_record,
            payload_status=status,
            mismatches=mismatches,
        )
    return _registry_verdict(registry_record, today, fields=fields, payload_status=status)


def verdict_for_typed(
    cert_no: str, name: str, registry_record: RegistryRecord | None, today: date
) -> Verdict:
    """`/verify CERT_NO NAME`: nothing is signed, so this says whether the registry holds a certificate
    with that number for that name, and in what state."""
    if registry_record is None or registry_record.cert_no.strip().upper() != cert_no.strip().upper():
        return _make(Reason.UNKNOWN_CERTIFICATE, typed=True)
    if "".join(name.split()) != "".join(registry_record.name.split()):
        return _make(Reason.PAYLOAD_MISMATCH, record=registry_record, mismatches=("name",), typed=True)
    return _registry_verdict(registry_record, today, typed=True)


def _mismatches(fields: PayloadFields, record: RegistryRecord) -> tuple[str, ...]:
    """Identity fields only: validity dates and status legitimately change after a card is printed."""
    wrong = []
    if not fields.cert_no_matches(record.cert_no, record.id_number):
        wrong.append("cert_no")
    if not fields.name_matches(record.name):
        wrong.append("name")
    if not fields.id_matches(record.id_number):
        wrong.append("id_number")
    if fields.cert_type != record.cert_type:
        wrong.append("cert_type")
    return tuple(wrong)


def site_when(record: RegistryRecord) -> str | None:
    """Whether the exam site the certificate came from lost its qualification before or after the
    certificate was first issued ("before" / "after"), "unknown" when the file has no date, None when the
    site is in good standing. Lost before issue means the exam behind the card was held by a site that was
    not allowed to hold it."""
    if not record.site_status:
        return None
    issued = record.first_issued or record.valid_from
    if record.site_status_since is None or issued is None:
        return "unknown"
    return "before" if record.site_status_since <= issued else "after"


def _registry_verdict(record: RegistryRecord, today: date, **extra: object) -> Verdict:
    result = _registry_state(record, today, **extra)
    when = site_when(record)
    if when is None:
        return result
    # A certificate in force from a site that had lost its qualification when it was issued is a case for
    # the bureau; one whose site lost it later (or on a day not recorded) is a warning to the person checking.
    if when == "before" and result.reason in (Reason.GENUINE_VALID, Reason.DUE_SOON):
        result = _make(Reason.SITE_UNQUALIFIED, record=record, days_left=result.days_left, **extra)
    return replace(result, symbol=WARN if result.symbol == OK else result.symbol, site_when=when)


def _registry_state(record: RegistryRecord, today: date, **extra: object) -> Verdict:
    days = [(d - today).days for d in (record.valid_to, record.review_due) if d is not None]
    days_left = min(days) if days else None
    common = {"record": record, "days_left": days_left, **extra}
    if record.status == "revoked":
        return _make(Reason.REVOKED, **common)
    if record.status == "suspended":
        return _make(Reason.SUSPENDED, **common)
    if record.valid_to is not None and record.valid_to < today:
        return _make(Reason.EXPIRED, **common)
    if record.review_due is not None and record.review_due < today:
        return _make(Reason.REVIEW_OVERDUE, **common)
    if days_left is not None and days_left <= DUE_SOON_DAYS:
        return _make(Reason.DUE_SOON, **common)
    return _make(Reason.GENUINE_VALID, **common)
