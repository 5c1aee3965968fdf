"""One case: its details, evidence, timeline and conversation, and the actions on it as plain POST forms.

Every action calls the business rules in `cases` (service, rewards, custody); a refusal there
(`CaseError`) is shown on the page as a message, never as a server error. After a successful action the
browser is redirected (POST → redirect → GET), so a refresh does not repeat it.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from cases import clocks, custody, penalties, queue, rewards, service
from cases.service import CaseError
from foundation import clock
from models.attachments import Attachment
from models.cases import Case, CaseEvent, CaseMessage
from models.staff import StaffRole, StaffUser
from models.tips import Tip
from notices.problems import describe as describe_notice
from regions import divisions
from subjects import files as subject_files
from subjects.kinds import STATUSES as SUBJECT_STATUSES
from web import fields, timefmt
from web.auth import ASSIGNS_OTHERS, DECIDES_REWARDS, WORKS_CASES, require
from web.case_errors import refusal_text
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import case_in_scope, colleagues
from web.transfer import transfer_choices


def _done_text(key: str, _: Any) -> str | None:
    texts = {
        "accept": _("The case was accepted."),
        "reject": _("The tip was not accepted; the reporter sees the reason."),
        "verify": _("Verification started."),
        "result": _("The verification result was recorded."),
        "extend": _("The verification period was extended."),
        "close": _("The case was closed."),
        "reopen": _("The case was reopened."),
        "assign": _("The assignment was changed."),
        "transfer": _("The case was transferred."),
        "reply": _("The reply was sent to the reporter."),
        "note": _("The internal note was saved."),
        "reward": _("The reward was decided."),
        "payment": _("The payment was recorded."),
        "taken": _("The case is now assigned to you."),
    }
    return texts.get(key)


def is_image(attachment: Attachment) -> bool:
    return attachment.kind == "photo" or (attachment.mime_type or "").startswith("image/")


def map_link(lat: Any, lon: Any) -> str | None:
    """An OpenStreetMap link for coordinates: just a link, nothing is loaded from outside."""
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        return None
    return f"https://www.openstreetmap.org/?mlat={la:.6f}&mlon={lo:.6f}#map=17/{la:.6f}/{lo:.6f}"


def event_changes(event: CaseEvent, _: Any) -> list[tuple[str, str, str]]:
    """(field label, before, after) of an audit event, for the timeline."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}
    return fields.change_rows(before, after, _)


def allowed_moves(case: Case) -> set[str]:
    return service.flow_for(case.kind).get(case.status, set())


async def case_view_context(request: web.Request, case: Case) -> dict[str, Any]:
    _ = request[GETTEXT]
    staff: StaffUser = request[STAFF]
    tips = await Tip.filter(case_id=case.id).order_by("id")
    attachments = await Attachment.filter(case_id=case.id).order_by("id")
    events = await CaseEvent.filter(case_id=case.id).order_by("seq")
    messages = await CaseMessage.filter(case_id=case.id).order_by("id")
    cluster_root = case.cluster_id or case.id
    linked = [
        c
        for c in await Case.filter(cluster_id=cluster_root).order_by("id")
        if c.id != case.id and queue.can_see(staff, c)
    ]
    if case.cluster_id and case.cluster_id != case.id:
        root = await Case.get_or_none(id=case.cluster_id)
        if root is not None and queue.can_see(staff, root):
            linked.insert(0, root)
    details = case.details or {}
    moves = allowed_moves(case)
    works = staff.role in WORKS_CASES
    reward = details.get("reward")
    rule = await rewards.rule_for(case.division_code) if case.kind == "tip" else None
    return {
        "case": case,
        "details": details,
        "tips": tips,
        "attachments": attachments,
        "images": [a for a in attachments if is_image(a)],
        "files": [a for a in attachments if not is_image(a)],
        "events": [(e, event_changes(e, _)) for e in events],
        "detail_rows": fields.detail_rows(details, _),
        "conversation": [m for m in messages if m.visibility in ("public", "reporter")],
        "notes": [m for m in messages if m.visibility == "internal"],
        "linked": linked,
        "map_link": map_link(details.get("latitude"), details.get("longitude")),
        "deadline": timefmt.deadline(case.clock_started_at, case.due_at, case.overdue, _),
        "moves": moves if works else set(),
        "works": works,
        "can_extend": works and case.clock == "verify" and not case.extended,
        "max_extension": clocks.MAX_EXTENSION_DAYS,
        "can_assign_others": staff.role in ASSIGNS_OTHERS,
        "assignees": await colleagues(staff) if staff.role in ASSIGNS_OTHERS else [],
        **transfer_choices(request, case, _),
        "can_reward": staff.role in DECIDES_REWARDS
        and case.kind == "tip"
        and bool((details.get("result") or {}).get("substantiated")),
        "reward": reward,
        "reward_rule": rule,
        "subject_statuses": SUBJECT_STATUSES,
        "penalty_fine": await penalties.fine_of(case),
        "subject_file": await subject_files.subject_of_case(case),
        "is_custodian": staff.role == StaffRole.CUSTODIAN,
        "is_open": case.status in service.OPEN_STATUSES,
        "notice_rows": describe_notice(details.get("holders") or [], _) if case.kind == "notice" else [],
    }


@require()
async def case_page(request: web.Request) -> web.StreamResponse:
    case = await case_in_scope(request, request.match_info["case_id"])
    context = await case_view_context(request, case)
    return render(
        request,
        "admin/case.html",
        notice=_done_text(request.query.get("ok", ""), request[GETTEXT]),
        **context,
    )


class FormProblem(ValueError):
    """A form value the page itself refuses (before the business rules are asked)."""


def _int(value: Any, low: int, high: int, message: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise FormProblem(message) from None
    if not low <= number <= high:
        raise FormProblem(message)
    return number


async def _act(request: web.Request, case: Case, action: str, form: Any) -> None:
    """Carries out one action; raises CaseError / FormProblem / HTTPForbidden when it cannot."""
    _ = request[GETTEXT]
    staff: StaffUser = request[STAFF]
    actor = staff.username
    text = lambda name: str(form.get(name, "")).strip()  # noqa: E731
    if action in ("reward", "payment"):
        if staff.role not in DECIDES_REWARDS:
            raise web.HTTPForbidden()
    elif staff.role not in WORKS_CASES:
        raise web.HTTPForbidden()
    if action == "accept":
        await service.accept(case, actor)
        await case.refresh_from_db()
        if case.assignee is None:  # who accepts a case works on it, unless someone already does
            await service.assign(case, actor, actor)
    elif action == "reject":
        await service.transition(case, "rejected", actor, reason=text("reason"))
    elif action == "verify":
        await service.transition(case, "verifying", actor)
    elif action == "result":
        substantiated = text("substantiated")
        if substantiated not in ("yes", "no"):
            raise FormProblem(_("Say whether the facts were substantiated."))
        fine = _int(text("fine") or "0", 0, 10**10, _("The fine must be a whole number of yuan, 0 or more."))
        result = {"substantiated": substantiated == "yes", "fine": fine, "summary": text("summary")[:1000]}
        await service.transition(case, "verified", actor, result=result)
    elif action == "extend":
        days = _int(
            text("days"),
            1,
            clocks.MAX_EXTENSION_DAYS,
            _("An extension is 1 to {n} days.").format(n=clocks.MAX_EXTENSION_DAYS),
        )
        await service.extend(case, days, text("reason"), actor)
    elif action == "close":
        await service.transition(case, "closed", actor, reason=text("reason") or None)
    elif action == "reopen":
        target = {"closed": "verifying" if case.kind == "tip" else "accepted", "rejected": "received"}.get(
            case.status, ""
        )
        await service.transition(case, target, actor, reason=text("reason") or None)
    elif action == "assign":
        await _assign(request, case, text("assignee"))
    elif action == "transfer":
        code = text("division_code") or text("division")
        if divisions.get(code) is None:
            raise FormProblem(_("Choose the division to transfer the case to."))
        if len(text("reason")) < 2:
            raise FormProblem(_("A transfer needs a reason."))
        await service.transfer(case, code, actor, text("reason"))
    elif action == "reply":
        await service.add_message(case, "public", actor, text("body"))
    elif action == "note":
        await service.add_message(case, "internal", actor, text("body"))
    elif action == "reward":
        decided = await penalties.fine_of(case)  # a decided penalty is the fine: not typed again
        fine = (
            decided
            if decided is not None
            else _int(text("fine"), 0, 10**10, _("The fine must be a whole number of yuan, 0 or more."))
        )
        await rewards.decide(case, fine, actor)
    elif action == "payment":
        if len(text("reference")) < 2:
            raise FormProblem(_("Give the payment reference (voucher number)."))
        await rewards.record_payment(case, actor, text("reference"))
    else:
        raise FormProblem(_("Unknown action."))


async def _assign(request: web.Request, case: Case, target: str) -> None:
    _ = request[GETTEXT]
    staff: StaffUser = request[STAFF]
    if target in ("", "-"):
        if staff.role not in ASSIGNS_OTHERS and case.assignee not in (None, staff.username):
            raise FormProblem(_("Only a supervisor can take a case away from a colleague."))
        await service.assign(case, None, staff.username)
        return
    if target == "me":
        target = staff.username
    if target != staff.username and staff.role not in ASSIGNS_OTHERS:
        raise FormProblem(_("Only a supervisor can assign cases to others."))
    user = await StaffUser.get_or_none(username=target, active=True)
    if user is None or not queue.can_see(user, case):
        raise FormProblem(_("That user cannot work on cases of this jurisdiction."))
    await service.assign(case, user.username, staff.username)


@require()
async def case_action(request: web.Request) -> web.StreamResponse:
    case = await case_in_scope(request, request.match_info["case_id"])
    form = await request.post()
    action = str(form.get("action", ""))
    try:
        await _act(request, case, action, form)
    except (CaseError, FormProblem, ValueError) as exc:
        await case.refresh_from_db()
        context = await case_view_context(request, case)
        error = str(exc) if isinstance(exc, FormProblem) else refusal_text(str(exc), request[GETTEXT])
        return render(request, "admin/case.html", status=400, error=error, failed_action=action, **context)
    await case.refresh_from_db()
    if not queue.can_see(request[STAFF], case):
        raise web.HTTPSeeOther("/admin/?moved=1")
    raise web.HTTPSeeOther(f"/admin/cases/{case.id}?ok={action}#actions")


@require(StaffRole.CUSTODIAN)
async def reveal(request: web.Request) -> web.StreamResponse:
    """The custodian's reveal: the identity is on this one response only (no-store), never stored in a
    page, a log line or the audit event (which records who, when, why and which tips)."""
    from web.context import ctx

    case = await case_in_scope(request, request.match_info["case_id"])
    form = await request.post()
    try:
        identities = await custody.reveal(
            case,
            request[STAFF],
            str(form.get("reason", "")),
            ctx(request).sealer,
            password=str(form.get("password", "")),
            otp=str(form.get("otp", "")),
        )
    except CaseError as exc:
        context = await case_view_context(request, case)
        if isinstance(exc, custody.RevealRefused):
            error = exc.text(request[GETTEXT])
        else:
            error = refusal_text(str(exc), request[GETTEXT])
        return render(request, "admin/case.html", status=400, error=error, failed_action="reveal", **context)
    response = render(request, "admin/reveal.html", case=case, identities=identities, at=clock.now())
    response.headers["Cache-Control"] = "no-store, private"
    response.headers["Pragma"] = "no-cache"
    return response
