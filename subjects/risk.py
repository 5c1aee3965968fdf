"""A subject's risk score and the reasons for it, so a bureau can see why a file is ranked where it is.

Plain arithmetic over facts (`Facts`), each contribution kept as a reason with its points; the same score
weights a risk-weighted draw (subjects/draws.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from foundation import clock
from foundation.i18n import N_
from models.cases import Case
from models.inspections import Inspection
from models.orgs import Enterprise, JobHolder
from models.subjects import Penalty, PoliceTransfer, Subject, SubjectCase
from models.tips import Tip

STALE_DAYS = 365


@dataclass
class Facts:
    high_risk: bool = False
    status: str = "active"
    open_cases: int = 0
    substantiated: int = 0
    unverified_holders: int = 0
    penalties: int = 0
    transfers: int = 0
    last_inspection: datetime | None = None


Reason = tuple[str, dict, int]  # message id, its parameters, points


def score(facts: Facts, now: datetime | None = None) -> tuple[int, list[Reason]]:
    now = now or clock.now()
    reasons: list[Reason] = []
    if facts.high_risk:
        reasons.append((N_("works in a high-risk industry"), {}, 20))
    if facts.status != "active":
        reasons.append((N_("its qualification is suspended or cancelled"), {}, 30))
    if facts.substantiated:
        reasons.append((N_("{n} substantiated tip(s)"), {"n": facts.substantiated}, 15 * facts.substantiated))
    if facts.open_cases:
        reasons.append((N_("{n} open case(s)"), {"n": facts.open_cases}, 5 * facts.open_cases))
    if facts.unverified_holders:
        reasons.append(
            (
                N_("{n} listed certificate(s) not found in the registry"),
                {"n": facts.unverified_holders},
                5 * min(facts.unverified_holders, 6),
            )
        )
    if facts.penalties:
        reasons.append((N_("{n} penalty decision(s)"), {"n": facts.penalties}, 15 * facts.penalties))
    if facts.transfers:
        reasons.append(
            (N_("{n} clue transfer(s) to the police"), {"n": facts.transfers}, 25 * facts.transfers)
        )
    if facts.last_inspection is None:
        reasons.append((N_("never inspected"), {}, 10))
    elif now - facts.last_inspection > timedelta(days=STALE_DAYS):
        reasons.append((N_("not inspected for over a year"), {}, 10))
    return min(100, sum(r[2] for r in reasons)), reasons


async def case_ids_of(subject: Subject) -> list[int]:
    linked = await SubjectCase.filter(subject_id=subject.id).values_list("case_id", flat=True)
    by_code = await Tip.filter(credit_code=subject.credit_code, case_id__not_isnull=True).values_list(
        "case_id", flat=True
    )
    inspected = await Inspection.filter(
        credit_code=subject.credit_code, case_id__not_isnull=True
    ).values_list("case_id", flat=True)
    return sorted({int(i) for i in [*linked, *by_code, *inspected]})


async def facts_of(subject: Subject) -> Facts:
    from cases.service import OPEN_STATUSES

    case_ids = await case_ids_of(subject)
    cases = await Case.filter(id__in=case_ids) if case_ids else []
    enterprise = await Enterprise.get_or_none(credit_code=subject.credit_code)
    unverified = (
        await JobHolder.filter(enterprise_id=enterprise.id, removed_at__isnull=True, verified=False).count()
        if enterprise
        else 0
    )
    last = await Inspection.filter(credit_code=subject.credit_code).order_by("-started_at").first()
    return Facts(
        high_risk=subject.high_risk,
        status=subject.status,
        open_cases=sum(1 for c in cases if c.status in OPEN_STATUSES),
        substantiated=sum(1 for c in cases if (c.details.get("result") or {}).get("substantiated")),
        unverified_holders=unverified,
        penalties=await Penalty.filter(subject_id=subject.id).exclude(status="revoked").count()
        + await Penalty.filter(case_id__in=case_ids, subject_id__isnull=True)
        .exclude(status="revoked")
        .count(),
        transfers=await PoliceTransfer.filter(subject_id=subject.id).count(),
        last_inspection=last.started_at if last else None,
    )


async def weights(subjects: list[Subject]) -> dict[int, float]:
    """Draw weight per subject: 1 plus a tenth of its score, so a clean file still has a chance."""
    out = {}
    for s in subjects:
        value, _ = score(await facts_of(s))
        out[s.id] = 1.0 + value / 10
    return out
