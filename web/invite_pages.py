"""Invite codes from the back office: a supervisor or admin makes a single-use, expiring code that binds an
enterprise safety officer to one enterprise (/enterprise CODE), an institution's contact to its subject file
(/selfcheck CODE) or an inspector to a jurisdiction
(/inspect CODE), inside the staff member's own jurisdiction. A code is shown once, when it is made; the list
afterwards says only whether it was used or expired."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from cases.invites import InviteError, create_invite
from foundation import clock
from models.invites import InviteCode
from models.staff import StaffRole
from models.subjects import Subject
from regions import divisions
from web.auth import require
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import division_options

MAKES_INVITES = (StaffRole.SUPERVISOR, StaffRole.ADMIN)


async def _context(request: web.Request) -> dict[str, Any]:
    staff = request[STAFF]
    invites = [
        i
        for i in await InviteCode.filter(role__in=("enterprise", "inspector", "contact"))
        .order_by("-id")
        .limit(200)
        .prefetch_related("enterprise")
        if divisions.is_within(i.division_code or "", staff.division_code)
    ][:50]
    codes = [i.subject_code for i in invites if i.subject_code]
    rows = await Subject.filter(credit_code__in=codes).values_list("credit_code", "name") if codes else []
    names = dict(rows)
    return {
        "invites": invites,
        "subject_names": names,
        "now": clock.now(),
        "divisions": division_options(staff.division_code),
    }


@require(*MAKES_INVITES)
async def invites_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/invites.html", **await _context(request))


def _answer(_: Any, problem: str | None) -> str:
    """What went wrong with the form, in the page's language."""
    answers = {
        "role": _("Choose whom the code is for."),
        "days": _("A code is valid for 1 to 90 days."),
        "division_outside": _("Choose a division inside your jurisdiction."),
        "inspector_division": _("Choose the inspector's jurisdiction."),
        "credit_code": _("The unified social credit code has 18 characters."),
        "enterprise_outside": _("That enterprise is outside your jurisdiction."),
        "name": _("A new enterprise needs its name."),
        "enterprise_division": _("Choose the division the new enterprise is in."),
        "no_subject": _("No subject file has this credit code: import the institution first."),
        "not_institution": _("A contact code is for a training institution, exam institution or exam site."),
        "subject_outside": _("That institution is outside your jurisdiction."),
    }
    return answers.get(problem or "", _("The code could not be made from these values."))


@require(*MAKES_INVITES)
async def invites_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    days = str(form.get("days", "7")).strip()
    name = str(form.get("name", "")).strip()
    error = invite = None
    try:
        invite = await create_invite(
            str(form.get("role", "")),
            credit_code=str(form.get("credit_code", "")) or None,
            division_code=str(form.get("division", "")) or None,
            enterprise_name=name if len(name) >= 2 else None,  # one character is not a name
            days=int(days) if days.isdigit() else 0,
            created_by=request[STAFF].username,
            within=request[STAFF].division_code,
        )
    except InviteError as refused:
        error = _answer(_, refused.problem)
    return render(
        request,
        "admin/invites.html",
        status=400 if error else 200,
        error=error,
        made=invite,
        **await _context(request),
    )
