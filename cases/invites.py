"""Invite codes: how a regulator lets a Telegram account act as an enterprise's safety officer, as the
contact of a training institution, exam institution or exam site (for its campaign self-inspection), or as an
inspector of a jurisdiction, and how a back-office user links their Telegram account.

A code is bound to one enterprise, one institution's subject file or one jurisdiction, expires, and can be
used once; redeeming it is a conditional update, so two people racing with the same code cannot both succeed.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from cases.tips import RECEIPT_ALPHABET
from foundation import clock
from models.contacts import SubjectContact
from models.invites import InviteCode
from models.orgs import Enterprise
from models.staff import StaffUser
from models.subjects import Subject
from models.users import Role, User
from regions import divisions

STAFF_LINK = "staff_link"
# Subject classes whose contact is invited with a contact code (an enterprise has its safety officers).
CONTACT_TYPES = ("training_institution", "exam_institution", "exam_site")
CODE_LENGTH = 10


class InviteError(ValueError):
    """The message is a stable reason code: unknown, used, expired, wrong_role, bad_input.

    A refused `create_invite` also names what was wrong in `problem` (role, days, division_outside,
    inspector_division, credit_code, enterprise_outside, name, enterprise_division, division_unknown,
    no_subject, not_institution, subject_outside), so a
    form can answer in its own language without checking the values a second time.
    """

    def __init__(self, message: str, problem: str | None = None) -> None:
        super().__init__(message)
        self.problem = problem


def _new_code() -> str:
    return "".join(secrets.choice(RECEIPT_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


async def create_invite(
    role: str,
    *,
    credit_code: str | None = None,
    division_code: str | None = None,
    enterprise_name: str | None = None,
    days: int = 7,
    created_by: str = "cli",
    within: str | None = None,
    now: datetime | None = None,
) -> InviteCode:
    """Makes a code; `within` is the maker's jurisdiction (the back office), which the code must stay in."""
    now = now or clock.now()
    if role not in (Role.ENTERPRISE, Role.INSPECTOR, Role.CONTACT):
        raise InviteError(f"bad_input: unknown role {role}", "role")
    if not 1 <= days <= 90:
        raise InviteError("bad_input: an invite is valid for 1 to 90 days", "days")
    if role == Role.CONTACT:
        subject = await _institution(credit_code, within)
        return await InviteCode.create(
            code=_new_code(),
            role=role,
            subject_code=subject.credit_code,
            division_code=subject.division_code,
            expires_at=now + timedelta(days=days),
            created_by=created_by,
        )
    if within is not None and division_code and not divisions.is_within(division_code, within):
        raise InviteError(f"bad_input: division {division_code} is outside {within}", "division_outside")
    enterprise = None
    if role == Role.INSPECTOR:
        if not division_code or divisions.get(division_code) is None:
            raise InviteError("bad_input: an inspector invite needs a valid --division", "inspector_division")
    else:
        code = uscc.compact(credit_code or "")
        try:
            uscc.validate(code)
        except InvalidChecksum:
            pass  # some early legal codes fail the checksum; the regulator vouches for this one
        except ValidationError as exc:
            raise InviteError(
                "bad_input: --credit-code must be an 18-character credit code", "credit_code"
            ) from exc
        enterprise = await Enterprise.get_or_none(credit_code=code)
        if enterprise is not None:
            if within is not None and not divisions.is_within(enterprise.division_code or "", within):
                raise InviteError(f"bad_input: the enterprise is outside {within}", "enterprise_outside")
        else:
            if not enterprise_name:
                raise InviteError(
                    "bad_input: a new enterprise needs --name (and preferably --division)", "name"
                )
            # From the back office a new enterprise needs a division, or it is in nobody's jurisdiction.
            if within is not None and not division_code:
                raise InviteError("bad_input: a new enterprise needs its division", "enterprise_division")
            if division_code and divisions.get(division_code) is None:
                raise InviteError(f"bad_input: unknown division code {division_code}", "division_unknown")
            enterprise = await Enterprise.create(
                credit_code=code, name=enterprise_name, division_code=division_code
            )
        division_code = enterprise.division_code
    return await InviteCode.create(
        code=_new_code(),
        role=role,
        enterprise=enterprise,
        division_code=division_code,
        expires_at=now + timedelta(days=days),
        created_by=created_by,
    )


async def _institution(credit_code: str | None, within: str | None) -> Subject:
    """The institution's subject file a contact invite is bound to: it must exist (imported with
    `subjects import`), be an institution or exam site, and lie in the maker's jurisdiction."""
    code = uscc.compact(credit_code or "")
    try:
        uscc.validate(code)
    except InvalidChecksum:
        pass  # an early code, kept on its subject file with a warning
    except ValidationError as exc:
        raise InviteError(
            "bad_input: --credit-code must be an 18-character credit code", "credit_code"
        ) from exc
    subject = await Subject.get_or_none(credit_code=code)
    if subject is None:
        raise InviteError(f"bad_input: no subject file has the credit code {code}", "no_subject")
    if subject.subject_type not in CONTACT_TYPES:
        raise InviteError(
            "bad_input: contact invites are for training or exam institutions and exam sites",
            "not_institution",
        )
    if within is not None and not divisions.is_within(subject.division_code, within):
        raise InviteError(f"bad_input: the subject is outside {within}", "subject_outside")
    return subject


async def invite_subject(invite: InviteCode) -> Subject | None:
    """The institution a contact invite is bound to (None for other invites, or a file since removed)."""
    if not invite.subject_code:
        return None
    return await Subject.get_or_none(credit_code=invite.subject_code)


async def contact_subjects(user: User | None) -> list[Subject]:
    """The institutions this account is the contact of, newest first."""
    if user is None:
        return []
    links = await SubjectContact.filter(user_id=user.id).order_by("-id").prefetch_related("subject")
    return [link.subject for link in links]


async def redeem(text: str, user: User, role: str, now: datetime | None = None) -> InviteCode:
    """Gives `user` the role of the code; raises InviteError with the reason when it cannot."""
    now = now or clock.now()
    invite = await InviteCode.get_or_none(code=normalize_code(text))
    if invite is None:
        raise InviteError("unknown")
    if invite.role != role:
        raise InviteError("wrong_role")
    if invite.used_at is not None:
        raise InviteError("used")
    if invite.expires_at <= now:
        raise InviteError("expired")
    taken = await InviteCode.filter(id=invite.id, used_at__isnull=True).update(
        used_at=now, used_by_id=user.id
    )
    if not taken:
        raise InviteError("used")
    if role != STAFF_LINK:
        user.roles = sorted({*(user.roles or []), role})
    if role == Role.ENTERPRISE:
        user.enterprise_id = invite.enterprise_id
    if role == Role.INSPECTOR:
        user.division_code = invite.division_code
    await user.save()
    subject = await invite_subject(invite)
    if role == Role.CONTACT and subject is not None:
        await SubjectContact.get_or_create(
            user_id=user.id, subject_id=subject.id, defaults={"invite_id": invite.id}
        )
    return invite


async def create_staff_link(username: str, now: datetime | None = None) -> str:
    now = now or clock.now()
    staff = await StaffUser.get_or_none(username=username)
    if staff is None:
        raise ValueError(f"no back-office user {username}")
    invite = await InviteCode.create(
        code=_new_code(),
        role=STAFF_LINK,
        division_code=staff.division_code,
        expires_at=now + timedelta(hours=24),
        created_by=username,
    )
    return invite.code


async def redeem_staff_link(text: str, user: User, now: datetime | None = None) -> StaffUser:
    invite = await redeem(text, user, STAFF_LINK, now)
    staff = await StaffUser.get(username=invite.created_by)
    await StaffUser.filter(tg_id=user.tg_id).exclude(id=staff.id).update(tg_id=None)
    staff.tg_id = user.tg_id
    await staff.save(update_fields=["tg_id"])
    return staff
