"""Back-office accounts: creating them and checking passwords (without a lockout anyone could trigger)."""

from __future__ import annotations

import asyncio
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from models.staff import StaffRole, StaffUser
from regions import divisions

# What each role may do, beyond reading the cases of its jurisdiction: the same rules for the back office
# and the bot's /queue. The custodian reads and reveals identities but does not work cases.
WORKS_CASES = (StaffRole.HANDLER, StaffRole.SUPERVISOR, StaffRole.ADMIN)
ASSIGNS_OTHERS = (StaffRole.SUPERVISOR, StaffRole.ADMIN)
SEES_DASHBOARD = (StaffRole.SUPERVISOR, StaffRole.ADMIN, StaffRole.CUSTODIAN)
DECIDES_REWARDS = (StaffRole.SUPERVISOR, StaffRole.ADMIN)
ADMINISTERS = (StaffRole.ADMIN,)


def works_cases(staff: StaffUser) -> bool:
    return staff.role in WORKS_CASES


MIN_PASSWORD = 10
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("dummy-password-for-timing")


class StaffError(ValueError):
    pass


async def create_user(
    username: str, password: str, role: str, division_code: str, display_name: str | None = None
) -> StaffUser:
    if not re.fullmatch(r"[a-z0-9_.-]{3,64}", username or ""):
        raise StaffError("username: 3-64 characters of a-z, 0-9, _ . -")
    if role not in StaffRole.ALL:
        raise StaffError(f"role must be one of {', '.join(StaffRole.ALL)}")
    if divisions.get(division_code) is None:
        raise StaffError(f"unknown division code {division_code}")
    if len(password or "") < MIN_PASSWORD:
        raise StaffError(f"password: at least {MIN_PASSWORD} characters")
    if await StaffUser.exists(username=username):
        raise StaffError(f"user {username} exists already")
    return await StaffUser.create(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        division_code=division_code,
        display_name=display_name,
    )


async def authenticate(username: str, password: str) -> StaffUser | None:
    """The user if the password is right and the account is active; None otherwise.

    No lockout: five wrong passwords sent by anyone used to lock the real user out, which let an
    anonymous visitor shut staff out at will. Guessing is slowed instead per (account, client address)
    by the caller (web/ratelimit.LoginThrottle). One argon2 verification is spent whatever the outcome
    (unknown user, disabled account, wrong or right password), off the event loop, so the answer's timing
    tells nothing about which usernames exist.
    """
    user = await StaffUser.get_or_none(username=(username or "").strip().lower())
    if user is None or not user.active:
        await spend_check_time(password)
        return None
    if not await asyncio.to_thread(_check, user.password_hash, password):
        return None
    if user.failed_logins or user.locked_until:  # left by the former lockout
        user.failed_logins, user.locked_until = 0, None
        await user.save(update_fields=["failed_logins", "locked_until"])
    return user


async def spend_check_time(password: str) -> None:
    """As long as a real check, for answers that need none (throttled, unknown)."""
    await asyncio.to_thread(_check, _DUMMY, password)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _check(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password or "")
    except (VerificationError, InvalidHashError):
        return False
