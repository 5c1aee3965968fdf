"""Subject files in the back office: the list of the jurisdiction's subjects and one subject's file
(tips and cases, certificate failures, job holders, notices, inspections, penalties, transfers, risk score
and its reasons), with the two actions taken there: confirming a case found by name, changing the status.

Everything is scoped: a subject outside the viewer's jurisdiction is a 404, as cases are.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from cases import queue
from cases.penalties import PENALTY_STATUSES, TRANSFER_STATUSES
from foundation.i18n import N_
from models.cases import Case
from models.subjects import Subject
from regions import divisions
from subjects import files
from subjects.importer import SubjectFileError, import_rows
from subjects.kinds import STATUSES, TYPES
from web.auth import ADMINISTERS, DECIDES_REWARDS, WORKS_CASES, require
from web.keys import GETTEXT, STAFF
from web.render import render

PAGE = 100


def words(_: Any, msgid: str, params: dict) -> str:
    return _(msgid).format(**params)


async def subject_in_scope(request: web.Request, subject_id: str) -> Subject:
    if not subject_id.isdigit():
        raise web.HTTPNotFound()
    subject = await Subject.get_or_none(id=int(subject_id))
    if subject is None or not divisions.is_within(subject.division_code, request[STAFF].division_code):
        raise web.HTTPNotFound()
    return subject


@require(*WORKS_CASES)
async def subjects_page(request: web.Request) -> web.StreamResponse:
    staff = request[STAFF]
    query = request.query.get("q", "").strip()[:60]
    kind = request.query.get("type", "")
    prefix = divisions.prefix_of(staff.division_code) or staff.division_code
    rows = Subject.filter(division_code__startswith=prefix)
    if kind in TYPES:
        rows = rows.filter(subject_type=kind)
    if query:
        rows = (
            rows.filter(name__icontains=query) if len(query) != 18 else rows.filter(credit_code=query.upper())
        )
    found = [
        s
        for s in await rows.order_by("name").limit(PAGE)
        if divisions.is_within(s.division_code, staff.division_code)
    ]
    return render(
        request, "admin/subjects.html", subjects=found, q=query, type=kind, types=TYPES, statuses=STATUSES
    )


@require(*ADMINISTERS)
async def subjects_import(request: web.Request) -> web.StreamResponse:
    """A CSV of subject files uploaded by an admin: rows outside the admin's jurisdiction are refused by line.
    The request body is bounded by the server's client_max_size (2 MB, bot/http.py)."""
    _ = request[GETTEXT]
    staff = request[STAFF]
    form = await request.post()
    upload = form.get("file")
    lines: list[str] = []
    error = None
    if not isinstance(upload, web.FileField):
        error = _("Choose a CSV file to import.")
    else:
        try:
            text = upload.file.read().decode("utf-8-sig")
            report = await import_rows(text, jurisdiction=staff.division_code)
        except UnicodeDecodeError:
            error = _(N_("the file is not UTF-8 text"))
        except SubjectFileError as exc:
            error = _(exc.msgid).format(**exc.params)
        else:
            lines.append(
                _("{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected").format(
                    created=report.created,
                    updated=report.updated,
                    unchanged=report.unchanged,
                    rejected=len(report.errors),
                )
            )
            lines += [
                _("line {line}: refused: {reason}").format(line=n, reason=words(_, m, p))
                for n, (m, p) in report.errors
            ]
            lines += [
                _("line {line}: warning: {reason}").format(line=n, reason=words(_, m, p))
                for n, (m, p) in report.warnings
            ]
    return render(
        request,
        "admin/subjects.html",
        status=400 if error else 200,
        error=error,
        report=lines,
        subjects=[],
        q="",
        type="",
        types=TYPES,
        statuses=STATUSES,
        can_import=True,
    )


async def _file_context(request: web.Request, subject: Subject) -> dict[str, Any]:
    _ = request[GETTEXT]
    staff = request[STAFF]
    gathered = await files.gather(subject)
    return {
        "subject": subject,
        "file": gathered,
        "cases": [c for c in gathered.cases if queue.can_see(staff, c)],
        "name_matches": [c for c in gathered.name_matches if queue.can_see(staff, c)],
        "reasons": [(words(_, m, p), points) for m, p, points in gathered.reasons],
        "types": TYPES,
        "statuses": STATUSES,
        "penalty_statuses": PENALTY_STATUSES,
        "transfer_statuses": TRANSFER_STATUSES,
        "can_change_status": staff.role in DECIDES_REWARDS and subject.subject_type != "enterprise",
        "open_cases": [c for c in gathered.cases if queue.can_see(staff, c)],
    }


@require(*WORKS_CASES)
async def subject_page(request: web.Request) -> web.StreamResponse:
    subject = await subject_in_scope(request, request.match_info["subject_id"])
    return render(request, "admin/subject.html", **await _file_context(request, subject))


@require(*WORKS_CASES)
async def subject_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    staff = request[STAFF]
    subject = await subject_in_scope(request, request.match_info["subject_id"])
    form = await request.post()
    action = str(form.get("action", ""))
    error = None
    try:
        if action == "link":
            case_id = str(form.get("case", ""))
            case = await Case.get_or_none(id=int(case_id)) if case_id.isdigit() else None
            if case is None or not queue.can_see(staff, case):
                raise web.HTTPNotFound()
            await files.confirm_case(subject, case, staff.username)
        elif action == "status":
            if staff.role not in DECIDES_REWARDS:
                raise web.HTTPForbidden()
            case_id = str(form.get("case", ""))
            case = await Case.get_or_none(id=int(case_id)) if case_id.isdigit() else None
            if case is not None and not queue.can_see(staff, case):
                case = None
            since_text = str(form.get("since", "")).strip()[:10]
            try:
                since = date.fromisoformat(since_text) if since_text else None
            except ValueError:
                raise files.SubjectError(N_("Give the date as YYYY-MM-DD.")) from None
            await files.set_status(
                subject, str(form.get("status", "")), str(form.get("reason", "")), staff.username, case, since
            )
        else:
            raise web.HTTPBadRequest()
    except files.SubjectError as exc:
        error = words(_, exc.msgid, exc.params)
    if error:
        return render(
            request, "admin/subject.html", status=400, error=error, **await _file_context(request, subject)
        )
    raise web.HTTPSeeOther(f"/admin/subjects/{subject.id}")
