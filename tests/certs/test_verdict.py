"""The verdict table: every reason code, its symbol, and whether it becomes a case."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from certs.links import QrKind, QrSource
from certs.payload import PayloadFields, PayloadResult, PayloadStatus
from certs.verdict import BAD, OK, WARN, Reason, verdict, verdict_for_typed

from .conftest import ID_ZHANG, make_record

TODAY = date(2026, 6, 1)

FIELDS = PayloadFields(
    cert_no="T#",
    cert_type="special_operation",
    name="张三丰",
    id_last4=ID_ZHANG[-4:],
    issued_at=datetime(2024, 3, 7),
    item="低压电工作业",
    item_code=102,
    valid_to=date(2030, 3, 6),
    issuer_division="110101",
    record_id=42,
)
GOOD = PayloadResult(PayloadStatus.VALID, fields=FIELDS, claimed=FIELDS, kid="01020304")


def _failed(status: PayloadStatus) -> PayloadResult:
    return PayloadResult(status, claimed=FIELDS, kid="01020304")


CASES = [
    # (payload result, registry record, reason, symbol, becomes a case)
    (GOOD, make_record(), Reason.GENUINE_VALID, OK, False),
    (GOOD, make_record(valid_to=date(2026, 5, 31)), Reason.EXPIRED, WARN, False),
    (GOOD, make_record(review_due=date(2026, 5, 1)), Reason.REVIEW_OVERDUE, WARN, False),
    (GOOD, make_record(status="suspended"), Reason.SUSPENDED, WARN, True),
    (GOOD, make_record(valid_to=date(2026, 7, 31)), Reason.DUE_SOON, WARN, False),
    (GOOD, make_record(review_due=date(2026, 7, 1)), Reason.DUE_SOON, WARN, False),
    (_failed(PayloadStatus.BAD_SIGNATURE), make_record(), Reason.BAD_SIGNATURE, BAD, True),
    (_failed(PayloadStatus.MALFORMED), None, Reason.BAD_SIGNATURE, BAD, True),
    (_failed(PayloadStatus.UNKNOWN_KEY), None, Reason.UNKNOWN_KEY, BAD, True),
    (_failed(PayloadStatus.RETIRED_KEY), None, Reason.RETIRED_KEY, BAD, True),
    (GOOD, make_record(status="revoked"), Reason.REVOKED, BAD, True),
    (GOOD, None, Reason.UNKNOWN_CERTIFICATE, BAD, True),
    (PayloadResult(PayloadStatus.NOT_OURS), None, Reason.NOT_A_CERTIFICATE, BAD, True),
    (None, None, Reason.NOT_A_CERTIFICATE, BAD, True),
    (QrKind(QrSource.TEXT, "hello"), None, Reason.NOT_A_CERTIFICATE, BAD, True),
    (GOOD, make_record(name="张三"), Reason.PAYLOAD_MISMATCH, WARN, True),
    (GOOD, make_record(cert_type="team_leader"), Reason.PAYLOAD_MISMATCH, WARN, True),
    (QrKind(QrSource.OFFICIAL_LOOKUP, "https://cx.mem.gov.cn/", host="cx.mem.gov.cn"), None,
     Reason.OFFICIAL_LOOKUP, WARN, False),
    (QrKind(QrSource.OTHER_SITE, "https://fake.cn/", host="fake.cn"), None, Reason.OTHER_SITE, BAD, True),
    # the exam site lost its qualification before the first issue (a case), or after it (a warning only)
    (GOOD, make_record(site_status="suspended", site_status_since=date(2017, 1, 1)), Reason.SITE_UNQUALIFIED,
     WARN, True),
    (GOOD, make_record(site_status="cancelled", site_status_since=date(2025, 1, 1)), Reason.GENUINE_VALID,
     WARN, False),
]  # fmt: skip


@pytest.mark.parametrize(("result", "record", "reason", "symbol", "case"), CASES)
def test_verdict_table(result, record, reason: Reason, symbol: str, case: bool) -> None:
    got = verdict(result, record, TODAY)
    assert (got.reason, got.symbol, got.make_case) == (reason, symbol, case)


def test_every_reason_is_covered() -> None:
    covered = {case[2] for case in CASES}
    assert covered == set(Reason)


def test_precedence_revoked_over_expired_and_suspended_over_due() -> None:
    expired_and_revoked = make_record(status="revoked", valid_to=date(2020, 1, 1))
    assert verdict(GOOD, expired_and_revoked, TODAY).reason is Reason.REVOKED
    assert verdict(GOOD, make_record(status="suspended", valid_to=date(2026, 6, 10)), TODAY).reason is (
        Reason.SUSPENDED
    )


def test_details_for_the_answer() -> None:
    got = verdict(GOOD, make_record(valid_to=date(2026, 7, 1)), TODAY)
    assert got.days_left == 30
    assert (got.masked_name, got.masked_id) == ("张*丰", "…7774")
    mismatch = verdict(GOOD, make_record(name="张三", id_number="110105199201010023"), TODAY)
    assert set(mismatch.mismatches) == {"name", "id_number", "cert_no"}
    other = verdict(QrKind(QrSource.OTHER_SITE, "x", host="fake.cn"), None, TODAY)
    assert other.host == "fake.cn"
    unknown_key = verdict(_failed(PayloadStatus.UNKNOWN_KEY), None, TODAY)
    assert unknown_key.fields == FIELDS and unknown_key.masked_name == "张*丰"  # for the case file


def test_renewed_card_is_not_a_mismatch() -> None:
    """A payload signed before a renewal carries the old valid_to; the registry decides."""
    old = dataclasses.replace(FIELDS, valid_to=date(2024, 3, 6))
    result = PayloadResult(PayloadStatus.VALID, fields=old, claimed=old)
    assert verdict(result, make_record(), TODAY).reason is Reason.GENUINE_VALID


def test_boundaries() -> None:
    assert verdict(GOOD, make_record(valid_to=TODAY), TODAY).reason is Reason.DUE_SOON  # last valid day
    assert verdict(GOOD, make_record(valid_to=date(2026, 7, 31), review_due=None), TODAY).reason is (
        Reason.DUE_SOON
    )  # 60 days
    assert verdict(GOOD, make_record(valid_to=date(2026, 8, 1), review_due=None), TODAY).reason is (
        Reason.GENUINE_VALID
    )  # 61 days


@pytest.mark.parametrize(
    ("cert_no", "name", "record", "reason", "case"),
    [
        ("T" + ID_ZHANG, "张三丰", make_record(), Reason.GENUINE_VALID, False),
        ("t" + ID_ZHANG, " 张 三丰 ", make_record(), Reason.GENUINE_VALID, False),
        ("T" + ID_ZHANG, "张三", make_record(), Reason.PAYLOAD_MISMATCH, True),
        ("T" + ID_ZHANG, "张三丰", None, Reason.UNKNOWN_CERTIFICATE, True),
        ("T" + ID_ZHANG, "张三丰", make_record(status="revoked"), Reason.REVOKED, True),
        ("T" + ID_ZHANG, "张三丰", make_record(status="suspended"), Reason.SUSPENDED, True),
        ("T" + ID_ZHANG, "张三丰", make_record(valid_to=date(2025, 1, 1)), Reason.EXPIRED, False),
    ],
)
def test_typed_verification(cert_no: str, name: str, record, reason: Reason, case: bool) -> None:
    got = verdict_for_typed(cert_no, name, record, TODAY)
    assert (got.reason, got.make_case, got.typed) == (reason, case, True)


@pytest.mark.parametrize(
    ("code", "symbol"),
    [
        ("revoked", BAD),
        ("unknown_cert", BAD),
        ("no_certificate", BAD),
        ("suspended", WARN),
        ("expired", WARN),
        ("review_overdue", WARN),
        ("name_mismatch", WARN),
        ("two_places", WARN),
    ],
)
def test_inspection_findings_use_the_verdict_vocabulary(code: str, symbol: str) -> None:
    """A revoked certificate found on site is ❌ as at the verification desk, not ⚠️ like a misspelt name."""
    from cases.inspection_checks import FINDINGS
    from certs.verdict import finding_symbol

    assert code in FINDINGS and finding_symbol(code) == symbol
