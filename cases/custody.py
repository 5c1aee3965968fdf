"""The custodian's reveal: the only way anyone on staff learns who reported a tip.

It needs the custodian role and a written reason, and it leaves an audit event (who, when, why, which tips)
that does not itself contain the identity.
"""

from __future__ import annotations

from typing import Any

from cases import audit
from cases.sealing import Sealer
from cases.service import CaseError
from models.cases import Case
from models.staff import StaffRole, StaffUser
from models.tips import Tip

MIN_REASON = 10


async def reveal(case: Case, staff: StaffUser, reason: str, sealer: Sealer) -> list[dict[str, Any]]:
    if staff.role != StaffRole.CUSTODIAN:
        raise PermissionError("only the custodian can reveal a reporter's identity")
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise CaseError(f"a reveal needs a written reason of at least {MIN_REASON} characters")
    found = await Tip.filter(case_id=case.id).order_by("id")
    identities = []
    for tip in found:
        identity = sealer.unseal(tip.reporter_sealed) if tip.reporter_sealed else {}
        identities.append(
            {"receipt_code": tip.receipt_code, "channel": tip.channel, "anonymous": tip.anonymous, **identity}
        )
    await audit.append(
        case, staff.username, "identity_revealed", None, {"reason": reason, "tips": [t.id for t in found]}
    )
    return identities
