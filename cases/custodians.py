"""Custodian accounts, kept out of the administrators' reach: separation of duties in code, not on paper.

An admin may create a custodian account but never learns or sets its password: the account starts with
none, and only an enrolment code lets someone set one. A code is issued either by another active custodian
whose jurisdiction covers the account (the "second custodian"), or by the break-glass command on the
server (`run.py users enrol USERNAME --reason …`), which requires a reason and records it with the
operating-system user on the account, where every admin and custodian sees it. The code is shown once and
stored as a SHA-256; it works for 72 hours, once. Admins cannot reset a custodian's password.

A custodian may add a second factor (TOTP, RFC 6238, with pyotp); a reveal then asks for its code as well
as the custodian's password (cases/custody.py).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import pyotp

from cases import staff as staff_rules
from cases.staff import StaffError
from foundation import clock
from models.staff import StaffRole, StaffUser, WebSession
from regions import divisions

UNSET_PASSWORD = "!unset"  # not an argon2 hash: no password verifies against it
ENROLMENT_TTL = timedelta(hours=72)
ISSUER = "SafetyWatch"


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


async def create_custodian(username: str, division_code: str, display_name: str | None = None) -> StaffUser:
    """A custodian account without a password (an admin's way of making one)."""
    user = await staff_rules.create_user(
        username, secrets.token_urlsafe(32), StaffRole.CUSTODIAN, division_code, display_name
    )
    user.password_hash = UNSET_PASSWORD
    await user.save(update_fields=["password_hash"])
    return user


async def issue_enrolment(
    target: StaffUser, issuer: StaffUser | None = None, break_glass: str | None = None
) -> str:
    """A one-time code with which `target` sets a password. `issuer` must be another active custodian
    covering the account; without one, `break_glass` is the recorded reason (the server command)."""
    if target.role != StaffRole.CUSTODIAN:
        raise StaffError("enrolment codes are for custodian accounts")
    if issuer is not None:
        if issuer.role != StaffRole.CUSTODIAN or not issuer.active or issuer.id == target.id:
            raise StaffError("only another custodian can issue the code")
        if not divisions.is_within(target.division_code, issuer.division_code):
            raise StaffError("the account is outside your jurisdiction")
        by = f"custodian {issuer.username}"
    else:
        reason = (break_glass or "").strip()
        if len(reason) < 10:
            raise StaffError("break-glass needs a reason of at least 10 characters")
        by = f"break-glass: {reason}"[:300]
    code = "-".join(secrets.token_hex(3).upper() for _ in range(4))
    target.enrolment_hash = _code_hash(code)
    target.enrolment_expires_at = clock.now() + ENROLMENT_TTL
    target.enrolment_by = f"{by} ({clock.now().date().isoformat()})"[:300]
    await target.save(update_fields=["enrolment_hash", "enrolment_expires_at", "enrolment_by"])
    return code


async def enrol(username: str, code: str, password: str) -> StaffUser:
    """Sets the custodian's own password with their code; ends the account's sessions and second factor
    (it is set up again after signing in)."""
    user = await StaffUser.get_or_none(username=(username or "").strip().lower())
    given = _code_hash(code or "")
    if (
        user is None
        or not user.enrolment_hash
        or not secrets.compare_digest(user.enrolment_hash, given)
        or user.enrolment_expires_at is None
        or user.enrolment_expires_at <= clock.now()
    ):
        await staff_rules.spend_check_time(password)
        raise StaffError("wrong or expired code")
    if len(password or "") < staff_rules.MIN_PASSWORD:
        raise StaffError(f"password: at least {staff_rules.MIN_PASSWORD} characters")
    user.password_hash = staff_rules.hash_password(password)
    user.password_set_at = clock.now()
    user.enrolment_hash = user.enrolment_expires_at = None
    user.totp_secret = None
    changed = ["password_hash", "password_set_at", "enrolment_hash", "enrolment_expires_at", "totp_secret"]
    await user.save(update_fields=changed)
    await WebSession.filter(user_id=user.id).delete()
    return user


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(user: StaffUser, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=ISSUER)


def totp_ok(secret: str, code: str) -> bool:
    """The current code or the one either side (30 s of clock drift)."""
    digits = "".join(c for c in (code or "") if c.isdigit())
    return len(digits) == 6 and pyotp.TOTP(secret).verify(digits, valid_window=1)


async def set_totp(user: StaffUser, secret: str, code: str) -> None:
    if not totp_ok(secret, code):
        raise StaffError("the code does not match")
    user.totp_secret = secret
    await user.save(update_fields=["totp_secret"])
