"""Runs and records a random inspection draw (双随机) for a division and month.

The pool is the division's active subject files of the class asked (enterprises by default), the inspectors
are the bot users holding the inspector role inside the division; subjects drawn in the division's previous
draw are left out unless the pool is too small. Each draw opens a planning item in the queue of the division
whose audit trail (cases/audit.py) records the seed, the pool's hash and the list, so anyone can re-run it.
"""

from __future__ import annotations

import re
import secrets

from cases import audit, service
from foundation.i18n import N_
from models.subjects import InspectionDraw, InspectionQuota, Subject
from models.users import Role, User
from regions import divisions
from subjects import draw as drawing
from subjects import risk

DEFAULT_QUOTA = 5  # seed 001 item 17: each county at least 5 enterprises a month
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


async def quota_for(division_code: str) -> int:
    chain = [division_code] + [d.code for d in divisions.ancestors(division_code)]
    quotas = {q.division_code: q.enterprises for q in await InspectionQuota.filter(division_code__in=chain)}
    return next((quotas[c] for c in chain if c in quotas), DEFAULT_QUOTA)


async def set_quota(division_code: str, enterprises: int) -> None:
    if enterprises < 1:
        raise drawing.DrawError(N_("The quota must be at least 1."))
    await InspectionQuota.update_or_create(division_code=division_code, defaults={"enterprises": enterprises})


async def pool_of(division_code: str, subject_type: str = "enterprise") -> list[Subject]:
    prefix = divisions.prefix_of(division_code) or division_code
    rows = await Subject.filter(
        division_code__startswith=prefix, subject_type=subject_type, status="active"
    ).order_by("id")
    return [s for s in rows if divisions.is_within(s.division_code, division_code)]


async def inspectors_of(division_code: str) -> list[int]:
    prefix = divisions.prefix_of(division_code) or division_code
    users = await User.filter(division_code__startswith=prefix).order_by("id")
    return [
        u.id
        for u in users
        if Role.INSPECTOR in (u.roles or []) and divisions.is_within(u.division_code, division_code)
    ]


async def run(
    division_code: str,
    month: str,
    *,
    actor: str,
    count: int | None = None,
    seed: str | None = None,
    weighted: bool = False,
    high_risk_first: bool = False,
    subject_type: str = "enterprise",
) -> InspectionDraw:
    place = divisions.get(division_code)
    if place is None:
        raise drawing.DrawError(N_("“{value}” is not a division code."), value=division_code[:12])
    if not MONTH.match(month):
        raise drawing.DrawError(N_("The month must be written YYYY-MM, for example 2026-05."))
    seed = (seed or secrets.token_hex(8)).strip()[:64]
    count = count or await quota_for(place.code)
    subjects = await pool_of(place.code, subject_type)
    weights = await risk.weights(subjects) if weighted else {}
    pool = [
        drawing.Candidate(s.id, s.credit_code, s.name, weights.get(s.id, 1.0), s.high_risk) for s in subjects
    ]
    last = (
        await InspectionDraw.filter(division_code=place.code, month__lt=month)
        .order_by("-month", "-id")
        .first()
    )
    previous = frozenset(d["subject"] for d in last.drawn) if last else frozenset()
    result = drawing.draw(
        pool,
        count,
        seed,
        await inspectors_of(place.code),
        previous=previous,
        weighted=weighted,
        high_risk_first=high_risk_first,
    )
    drawn = [
        {
            "subject": d.candidate.id,
            "name": d.candidate.name,
            "credit_code": d.candidate.credit_code,
            "inspectors": d.inspectors,
        }
        for d in result.drawn
    ]
    case = await service.open_case(
        "inspection",
        f"{divisions.label(place.code) or place.name} {month} 双随机抽查",
        place.code,
        category="random_draw",
        actor=actor,
        details={"draw": {"month": month, "seed": seed, "pool_hash": result.pool_hash}},
    )
    record = await InspectionDraw.create(
        division_code=place.code,
        month=month,
        seed=seed,
        pool_hash=result.pool_hash,
        pool_size=len(pool),
        requested=count,
        risk_weighted=weighted,
        drawn=drawn,
        warnings=[[m, p] for m, p in result.warnings],
        case=case,
        actor=actor,
    )
    await audit.append(
        case,
        actor,
        "inspection_draw",
        None,
        {
            "draw": record.id,
            "division": place.code,
            "month": month,
            "seed": seed,
            "pool_hash": result.pool_hash,
            "pool_size": len(pool),
            "weighted": weighted,
            "subjects": [d["subject"] for d in drawn],
            "inspectors": [d["inspectors"] for d in drawn],
        },
    )
    return record
