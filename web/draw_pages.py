"""Random inspection draws (双随机) in the back office, and the public per-county results page (一公开).

The back-office form runs the same `subjects.draws.run` as `run.py inspections draw`; a draw's page shows
its seed and the pool's hash so anyone can re-run it. The public page lists finished inspections of a
county by subject and result count only: no inspector, no person named in a finding.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from foundation.i18n import N_
from models.inspections import Inspection
from models.subjects import InspectionDraw, Subject
from regions import divisions
from subjects import draws
from subjects.draw import DrawError
from subjects.kinds import STATUSES, TYPES
from web.auth import DECIDES_REWARDS, WORKS_CASES, require
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import division_options

PUBLIC_LIMIT = 200


async def _list_context(request: web.Request) -> dict[str, Any]:
    staff = request[STAFF]
    prefix = divisions.prefix_of(staff.division_code) or staff.division_code
    recent = await InspectionDraw.filter(division_code__startswith=prefix).order_by("-id").limit(50)
    return {
        "draws": [d for d in recent if divisions.is_within(d.division_code, staff.division_code)],
        "divisions": division_options(staff.division_code),
        "types": TYPES,
        "can_draw": staff.role in DECIDES_REWARDS,
    }


@require(*WORKS_CASES)
async def draws_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/draws.html", **await _list_context(request))


@require(*DECIDES_REWARDS)
async def draws_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    staff = request[STAFF]
    form = {k: str(v) for k, v in (await request.post()).items()}
    division = form.get("division", "")
    try:
        if not divisions.is_within(division, staff.division_code):
            raise DrawError(N_("Choose a division inside your jurisdiction."))
        count_text = form.get("count", "").strip()
        if count_text and (not count_text.isdigit() or not 0 < int(count_text) <= 500):
            raise DrawError(N_("The number to draw must be between 1 and 500."))
        kind = form.get("subject_type", "enterprise")
        record = await draws.run(
            division,
            form.get("month", "").strip(),
            actor=staff.username,
            count=int(count_text) if count_text else None,
            seed=form.get("seed") or None,
            weighted=form.get("weighted") == "1",
            high_risk_first=form.get("high_risk_first") == "1",
            subject_type=kind if kind in TYPES else "enterprise",
        )
    except DrawError as exc:
        return render(
            request,
            "admin/draws.html",
            status=400,
            error=_(exc.msgid).format(**exc.params),
            form=form,
            **await _list_context(request),
        )
    raise web.HTTPSeeOther(f"/admin/draws/{record.id}")


@require(*WORKS_CASES)
async def draw_page(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    draw_id = request.match_info["draw_id"]
    record = await InspectionDraw.get_or_none(id=int(draw_id)) if draw_id.isdigit() else None
    if record is None or not divisions.is_within(record.division_code, request[STAFF].division_code):
        raise web.HTTPNotFound()
    warnings = [_(m).format(**p) for m, p in record.warnings]
    return render(request, "admin/draw.html", draw=record, warnings=warnings)


async def public_results(request: web.Request) -> web.StreamResponse:
    code = request.match_info["division"]
    place = divisions.get(code) if code.isdigit() else None
    if place is None:
        raise web.HTTPNotFound()
    prefix = divisions.prefix_of(place.code) or place.code
    finished = (
        await Inspection.filter(division_code__startswith=prefix, closed_at__isnull=False)
        .order_by("-closed_at")
        .limit(PUBLIC_LIMIT)
    )
    finished = [i for i in finished if divisions.is_within(i.division_code, place.code)]
    codes = {i.credit_code for i in finished if i.credit_code}
    subjects = {s.credit_code: s for s in await Subject.filter(credit_code__in=codes)} if codes else {}
    rows = [
        {
            "closed": i.closed_at,
            "name": subjects[i.credit_code].name if i.credit_code in subjects else i.subject_name,
            "credit_code": i.credit_code,
            "type": i.subject_type,
            "findings": len(i.findings or []),
        }
        for i in finished
    ]
    barred = [
        s
        for s in await Subject.filter(division_code__startswith=prefix, status__in=["suspended", "cancelled"])
        if divisions.is_within(s.division_code, place.code)
    ]
    drawn = await InspectionDraw.filter(division_code=place.code).order_by("-month", "-id").limit(12)
    return render(
        request,
        "public/inspection_results.html",
        place=place,
        rows=rows,
        draws=drawn,
        types=TYPES,
        barred=barred,
        statuses=STATUSES,
    )
