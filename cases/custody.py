"""The custodian's reveal: the only way anyone on staff learns who reported a tip.

It needs the custodian role, the custodian's own password typed again (set by the custodian through an
enrolment code, never by an admin: cases/custodians.py) and, when the custodian has set one up, the
current TOTP code; and a written reason. It leaves an audit event naming the person (username and display
name), with when, why and which tips, that does not itself contain the identity.
"""

from __future__ import annotations

import asyncio
from typing import Any

from cases import audit
from cases import staff as staff_rules
from cases.custodians import totp_ok
from cases.sealing import Sealer
from cases.service import CaseError
from foundation.i18n import N_
from models.cases import Case
from models.staff import StaffRole, StaffUser
from models.tips import Tip

MIN_REASON = 10


class RevealRefused(CaseError):
    """A refusal whose message is an English msgid, translated by the page."""

    def __init__(self, msgid: str) -> None:
        super().__init__(msgid)
        self.msgid = msgid

    def text(self, _: Any) -> str:
        return _(self.msgid)


async def reveal(
    case: Case, staff: StaffUser, reason: str, sealer: Sealer, *, password: str, otp: str = ""
) -> list[dict[str, Any]]:
    if staff.role != StaffRole.CUSTODIAN:
        raise PermissionError("only the custodian can reveal a reporter's identity")
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise CaseError(f"a reveal needs a written reason of at least {MIN_REASON} characters")
    if not await asyncio.to_thread(staff_rules._check, staff.password_hash, password or ""):
        raise RevealRefused(N_("Your password is not right. A reveal needs your own password."))
    if staff.totp_secret and not totp_ok(staff.totp_secret, otp):
        raise RevealRefused(N_("The code from your authenticator app is not right."))
    found = await Tip.filter(case_id=case.id).order_by("id")
    identities = []
    for tip in found:
        identity = sealer.unseal(tip.reporter_sealed) if tip.reporter_sealed else {}
        identities.append(
            {"receipt_code": tip.receipt_code, "channel": tip.channel, "anonymous": tip.anonymous, **identity}
        )
    await audit.append(
        case,
        staff.username,
        "identity_revealed",
        None,
        {
            "reason": reason,
            "tips": [t.id for t in found],
            "by": staff.display_name or staff.username,
            "second_factor": bool(staff.totp_secret),
        },
    )
    return identities
