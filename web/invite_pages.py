"""Invite codes from the back office: a supervisor or admin makes a single-use, expiring code that binds an
enterprise safety officer to one enterprise (/enterprise CODE) or an inspector to a jurisdiction
(/inspect CODE), inside the staff member's own jurisdiction. A code is shown once, when it is made; the list
afterwards says only whether it was used or expired."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import web
from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from cases import divisions
from cases.invites import InviteError, create_invite
from models.invites import InviteCode
from models.orgs import Enterprise
from models.staff import StaffRole
from web.auth import require
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import division_options

MAKES_INVITES = (StaffRole.SUPERVISOR, StaffRole.ADMIN)


async def _context(request: web.Request) -> dict[str, Any]:
    staff = request[STAFF]
    invites = [
        i
        for i in await InviteCode.filter(role__in=("enterprise", "inspector"))
        .order_by("-id")
        .limit(200)
        .prefetch_related("enterprise")
        if divisions.is_within(i.division_code or "", staff.division_code)
    ][:50]
    return {
        "invites": invites,
        "now": datetime.now(UTC),
        "divisions": division_options(staff.division_code),
    }


@require(*MAKES_INVITES)
async def invites_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/invites.html", **await _context(request))


async def _problem(request: web.Request, form: Any) -> str | None:
    """The form's first problem, in the page's language (the rules below repeat create_invite's)."""
    _ = request[GETTEXT]
    role = str(form.get("role", ""))
    division = str(form.get("division", ""))
    days = str(form.get("days", "7")).strip()
    if role not in ("enterprise", "inspector"):
        return _("Choose whom the code is for.")
    if not days.isdigit() or not 1 <= int(days) <= 90:
        return _("A code is valid for 1 to 90 days.")
    if division and not divisions.is_within(division, request[STAFF].division_code):
        return _("Choose a division inside your jurisdiction.")
    if role == "inspector":
        return None if division else _("Choose the inspector's jurisdiction.")
    code = uscc.compact(str(form.get("credit_code", "")))
    try:
        uscc.validate(code)
    except InvalidChecksum:
        pass
    except ValidationError:
        return _("The unified social credit code has 18 characters.")
    existing = await Enterprise.get_or_none(credit_code=code)
    if existing is not None:
        if not divisions.is_within(existing.division_code or "", request[STAFF].division_code):
            return _("That enterprise is outside your jurisdiction.")
        return None
    if len(str(form.get("name", "")).strip()) < 2:
        return _("A new enterprise needs its name.")
    if not division:
        return _("Choose the division the new enterprise is in.")
    return None


@require(*MAKES_INVITES)
async def invites_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    error = await _problem(request, form)
    invite = None
    if error is None:
        try:
            invite = await create_invite(
                str(form["role"]),
                credit_code=str(form.get("credit_code", "")) or None,
                division_code=str(form.get("division", "")) or None,
                enterprise_name=str(form.get("name", "")).strip() or None,
                days=int(str(form.get("days", "7")).strip()),
                created_by=request[STAFF].username,
            )
        except InviteError:
            error = _("The code could not be made from these values.")
    return render(
        request,
        "admin/invites.html",
        status=400 if error else 200,
        error=error,
        made=invite,
        **await _context(request),
    )
