"""Penalty decisions and transfers to the police on one case (its own page, linked from the case page).

Decisions need a supervisor or admin; any case worker records a transfer. Refusals (an amount above the
basis's maximum, a repeated decision number, a date in the future) are shown on the page with the limit.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from cases import penalties
from foundation.i18n import N_
from models.cases import Case
from models.subjects import Penalty, PoliceTransfer
from subjects import files
from web.auth import DECIDES_REWARDS, WORKS_CASES, require
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import case_in_scope


async def _context(request: web.Request, case: Case) -> dict[str, Any]:
    return {
        "case": case,
        "subject": await files.subject_of_case(case),
        "bases": await penalties.ensure_bases(),
        "penalties": await Penalty.filter(case_id=case.id).prefetch_related("basis").order_by("id"),
        "transfers": await PoliceTransfer.filter(case_id=case.id).order_by("id"),
        "penalty_statuses": penalties.PENALTY_STATUSES,
        "penalty_flow": penalties.PENALTY_FLOW,
        "transfer_statuses": penalties.TRANSFER_STATUSES,
        "decides": request[STAFF].role in DECIDES_REWARDS,
        "fine": await penalties.fine_of(case),
    }


@require(*WORKS_CASES)
async def penalties_page(request: web.Request) -> web.StreamResponse:
    case = await case_in_scope(request, request.match_info["case_id"])
    return render(request, "admin/case_penalties.html", **await _context(request, case))


def _date(value: str, _: Any) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise penalties.PenaltyError(N_("A date is needed, written YYYY-MM-DD.")) from exc


@require(*WORKS_CASES)
async def penalties_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    staff = request[STAFF]
    case = await case_in_scope(request, request.match_info["case_id"])
    form = {k: str(v) for k, v in (await request.post()).items()}
    action = form.get("action", "")
    subject = await files.subject_of_case(case)
    try:
        if action in ("decide", "penalty_status") and staff.role not in DECIDES_REWARDS:
            raise web.HTTPForbidden()
        if action == "decide":
            amount_text = form.get("amount", "").strip()
            if not amount_text.isdigit() or len(amount_text) > 10:
                raise penalties.PenaltyError(N_("The amount must be a whole number of yuan."))
            await penalties.decide(
                case,
                decision_no=form.get("decision_no", ""),
                decided_on=_date(form.get("decided_on", ""), _),
                basis_code=form.get("basis", ""),
                party=form.get("party", ""),
                amount=int(amount_text),
                actor=staff.username,
                subject=subject,
            )
        elif action == "penalty_status":
            penalty = await Penalty.get_or_none(id=int(form.get("penalty", "0") or 0), case_id=case.id)
            if penalty is None:
                raise web.HTTPNotFound()
            await penalties.set_status(penalty, form.get("status", ""), staff.username)
        elif action == "transfer":
            await penalties.transfer(
                case,
                transferred_on=_date(form.get("transferred_on", ""), _),
                receiving_unit=form.get("receiving_unit", ""),
                summary=form.get("summary", ""),
                actor=staff.username,
                subject=subject,
            )
        elif action == "transfer_status":
            record = await PoliceTransfer.get_or_none(id=int(form.get("transfer", "0") or 0), case_id=case.id)
            if record is None:
                raise web.HTTPNotFound()
            await penalties.set_transfer_status(record, form.get("status", ""), staff.username)
        else:
            raise web.HTTPBadRequest()
    except penalties.PenaltyError as exc:
        return render(
            request,
            "admin/case_penalties.html",
            status=400,
            error=exc.words(_),
            form=form,
            **await _context(request, case),
        )
    raise web.HTTPSeeOther(f"/admin/cases/{case.id}/penalties")
