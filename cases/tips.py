"""Filing a tip from any channel (Telegram, web form, call centre) as a case, and finding it again.

A tip gets a receipt code of 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), printed as
XXXX-XXXX-XXXX, and a password (the reporter's own, or generated) stored only as an argon2 hash: with both,
the reporter follows the tip and claims a reward from any device, without an account.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from cases import service
from cases.sealing import Sealer
from cases.violations import SUBJECT_TYPES, find_violation
from foundation import clock
from models.attachments import Attachment
from models.cases import Case
from models.tips import Tip

RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECEIPT_LENGTH = 12
PASSWORD_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
MIN_PASSWORD = 6
MIN_DESCRIPTION = 20
MAX_DESCRIPTION = 3000
MAX_EVIDENCE = 10
MAX_FILE_BYTES = 20 * 1024 * 1024  # what a bot may download from Telegram
EVIDENCE_MIME_PREFIXES = ("image/", "audio/", "video/", "application/pdf", "text/plain")
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def duplicate_window() -> timedelta:
    import os

    return timedelta(days=int(os.environ.get("TIP_DUPLICATE_WINDOW_DAYS", "90")))


def new_receipt_code() -> str:
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(RECEIPT_LENGTH))


def format_receipt(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalize_receipt(text: str) -> str | None:
    """The code as stored, from what someone typed (any case, with or without dashes and spaces)."""
    code = re.sub(r"[\s\-_]", "", text or "").upper()
    if len(code) != RECEIPT_LENGTH or any(c not in RECEIPT_ALPHABET for c in code):
        return None
    return code


def new_password() -> str:
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(10))


def password_problem(password: str) -> str | None:
    if len(password) < MIN_PASSWORD:
        return "too_short"
    if len(password) > 64:
        return "too_long"
    return None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def normalize_name(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).lower()
    return re.sub(r"[\s\W_]+", "", text)


def subject_key(credit_code: str | None, subject_name: str, division_code: str | None) -> str:
    """What makes two tips "about the same subject": the credit code, or the name within one place."""
    if credit_code:
        return f"uscc:{credit_code.upper()}"
    return f"name:{normalize_name(subject_name)}@{division_code or '-'}"[:128]


@dataclass
class EvidenceFile:
    sha256: str
    size: int
    kind: str
    mime_type: str | None = None
    file_name: str | None = None
    redacted_sha256: str | None = None


@dataclass
class TipDraft:
    subject_type: str
    violation: str
    subject_name: str
    description: str
    credit_code: str | None = None
    division_code: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    occurred: str | None = None
    anonymous: bool = True
    contact: str | None = None
    language: str = "zh_CN"
    channel: str = "telegram"
    evidence: list[EvidenceFile] = field(default_factory=list)


@dataclass
class FiledTip:
    tip: Tip
    case: Case
    receipt_code: str
    replayed: bool  # the same draft was filed before (a redelivered update): nothing new was created
    cluster_root_id: int | None


def priority_of(subject_type: str, violation_code: str) -> int:
    violation = find_violation(subject_type, violation_code)
    if violation is not None and violation.crime_clue:
        return 1
    if violation_code in ("en_no_cert", "en_fake_cert", "es_proxy"):
        return 2
    return 3


async def _cluster_root(key: str, now: datetime) -> Case | None:
    since = now - duplicate_window()
    earlier = (
        await Case.filter(kind="tip", subject_key=key, created_at__gte=since).order_by("created_at").first()
    )
    if earlier is None:
        return None
    return await Case.get(id=earlier.cluster_id) if earlier.cluster_id else earlier


async def file_tip(
    draft: TipDraft,
    *,
    sealer: Sealer,
    password: str | None = None,
    password_hash: str | None = None,
    reporter_tg_id: int | None = None,
    reporter_wx_openid: str | None = None,
    idempotency_key: str | None = None,
    actor: str = "reporter",
    now: datetime | None = None,
) -> FiledTip:
    """Turns a complete draft into a tip and its case, routed to its jurisdiction. Filing the same draft
    again (same idempotency key) returns the first filing instead of creating a second case."""
    now = now or clock.now()
    if password_hash is None:
        if password is None:
            raise ValueError("a tip needs a password or its hash")
        password_hash = hash_password(password)
    if idempotency_key:
        existing = await Tip.get_or_none(idempotency_key=idempotency_key)
        if existing is not None:
            case = await Case.get(id=existing.case_id)
            return FiledTip(existing, case, existing.receipt_code, True, case.cluster_id)
    if draft.subject_type not in SUBJECT_TYPES or find_violation(draft.subject_type, draft.violation) is None:
        raise ValueError("unknown subject type or violation")

    identity: dict[str, Any] = {}
    if reporter_tg_id is not None:
        identity["tg_id"] = reporter_tg_id
    if reporter_wx_openid is not None:  # a WeChat follower: sealed the same way, for the outbox to reply
        identity["wx_openid"] = reporter_wx_openid
    if not draft.anonymous and draft.contact:
        identity["contact"] = draft.contact
    sealed = sealer.seal(identity) if identity else None
    key = subject_key(draft.credit_code, draft.subject_name, draft.division_code)
    violation = find_violation(draft.subject_type, draft.violation)

    async with in_transaction():
        root = await _cluster_root(key, now)
        case = await service.open_case(
            "tip",
            f"{draft.subject_name}",
            draft.division_code,
            category=draft.violation,
            priority=priority_of(draft.subject_type, draft.violation),
            subject_key=key,
            details={
                "subject_type": draft.subject_type,
                "violation": draft.violation,
                "subject_name": draft.subject_name,
                "credit_code": draft.credit_code,
                "address": draft.address,
                "latitude": draft.latitude,
                "longitude": draft.longitude,
                "occurred": draft.occurred,
                "description": draft.description,
                "channel": draft.channel,
                "anonymous": draft.anonymous,
                "crime_clue": bool(violation and violation.crime_clue),
            },
            actor=actor,
            at=now,
        )
        for _attempt in range(5):
            receipt = new_receipt_code()
            try:
                tip = await Tip.create(
                    receipt_code=receipt,
                    password_hash=password_hash,
                    case=case,
                    idempotency_key=idempotency_key,
                    channel=draft.channel,
                    subject_type=draft.subject_type,
                    violation=draft.violation,
                    subject_name=draft.subject_name,
                    credit_code=draft.credit_code,
                    division_code=draft.division_code,
                    address=draft.address,
                    latitude=draft.latitude,
                    longitude=draft.longitude,
                    occurred_on=draft.occurred,
                    description=draft.description,
                    anonymous=draft.anonymous,
                    reporter_sealed=sealed,
                    reporter_index=reporter_index(sealer, reporter_tg_id, reporter_wx_openid),
                    language=draft.language,
                )
                break
            except IntegrityError:
                if idempotency_key and await Tip.exists(idempotency_key=idempotency_key):
                    raise
                continue
        else:  # pragma: no cover - 31^12 codes make this practically impossible
            raise RuntimeError("could not allocate a receipt code")
        for item in draft.evidence:
            await Attachment.create(
                sha256=item.sha256,
                size=item.size,
                mime_type=item.mime_type,
                kind=item.kind,
                file_name=item.file_name,
                redacted_sha256=item.redacted_sha256,
                case=case,
                tip=tip,
            )
        if root is not None:
            await service.link_to_cluster(case, root)
    return FiledTip(tip, case, receipt, False, case.cluster_id)


def reporter_index(sealer: Sealer, tg_id: int | None, wx_openid: str | None) -> str | None:
    """The keyed hash that finds a reporter's own tips; a WeChat OpenID is hashed with a prefix so it can
    never collide with a Telegram id."""
    if tg_id is not None:
        return sealer.index(tg_id)
    if wx_openid is not None:
        return sealer.index(f"wx:{wx_openid}")
    return None


async def find_tip(receipt_text: str, password: str) -> Tip | None:
    """The tip for a receipt code and its password; None for either wrong (the caller cannot tell which)."""
    code = normalize_receipt(receipt_text)
    tip = await Tip.get_or_none(receipt_code=code) if code else None
    if tip is None:
        check_password(_DUMMY_HASH, password)  # same work either way, so timing says nothing
        return None
    return tip if check_password(tip.password_hash, password) else None


_DUMMY_HASH = hash_password("not-a-real-password")
