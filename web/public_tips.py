"""/report: the public tip form on the web, for people without Telegram. It works without JavaScript:

1. choose who or what the report is about (a GET form, so `/report?subject_type=enterprise&name=…&
   credit_code=…` from an enterprise notice's QR code lands directly on step 2 with the subject filled in);
2. the form: violation, name, credit code, address, when, description, evidence files, anonymous or real
   name, an optional password. Errors come back on the same page with everything kept (files already sent
   stay attached); an ambiguous address offers its candidates to pick;
3. a summary, with "change" and "submit";
   (files wait in web/staging.py until step 4 files the tip; a form without a valid draft keeps none);
4. the receipt: code XXXX-XXXX-XXXX, the generated password (once), a link and QR code to the status page.

Between steps the draft travels in a hidden field, encrypted and authenticated (web/tokens.py), so nothing
half-finished is stored on the server. The draft carries an idempotency key made at step 2: submitting the
same draft again (refresh, back button, double click) finds the tip already filed instead of filing twice.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import asdict
from typing import Any

from aiohttp import web

from cases import tips
from cases.tips import MAX_EVIDENCE, MIN_DESCRIPTION
from cases.violations import SUBJECT_TYPES, violations_for
from forms.tip import TipFields, check_tip, password_problem, to_draft
from web import texts
from web.context import ctx
from web.keys import GETTEXT, LOCALE
from web.qr import qr_data_uri
from web.ratelimit import client_address
from web.render import render
from web.uploads import Session, read_form

DRAFT = "report-draft"
DRAFT_TTL = 6 * 3600


def _form_values(raw: dict[str, Any]) -> dict[str, str]:
    names = (
        "subject_type",
        "violation",
        "subject_name",
        "credit_code",
        "address",
        "place_code",
        "latitude",
        "longitude",
        "occurred",
        "occurred_text",
        "description",
        "identity",
        "contact",
    )
    return {n: str(raw.get(n) or "") for n in names}


def _values_from_fields(f: TipFields) -> dict[str, str]:
    preset = f.occurred if f.occurred in texts.OCCURRED else ""
    return {
        "subject_type": f.subject_type,
        "violation": f.violation,
        "subject_name": f.subject_name,
        "credit_code": f.credit_code or "",
        "address": f.address or "",
        "place_code": f.division_code or "",
        "latitude": "" if f.latitude is None else str(f.latitude),
        "longitude": "" if f.longitude is None else str(f.longitude),
        "occurred": preset,
        "occurred_text": "" if preset else (f.occurred or ""),
        "description": f.description,
        "identity": "anon" if f.anonymous else "real",
        "contact": f.contact or "",
    }


def _form_page(
    request: web.Request,
    values: dict[str, str],
    draft: dict[str, Any],
    status: int = 200,
    problems: list[Any] | None = None,
    candidates: list[tuple[str, str]] | None = None,
) -> web.Response:
    _ = request[GETTEXT]
    box = ctx(request).tokens
    subject_type = values.get("subject_type") or "other"
    errors: dict[str, list[str]] = {}
    for p in problems or []:
        errors.setdefault(p.field, []).append(p.text(_))
    return render(
        request,
        "public/report_form.html",
        status=status,
        values=values,
        errors=errors,
        candidates=candidates or [],
        violations=violations_for(subject_type),
        subject_types=SUBJECT_TYPES,
        occurred_options=texts.OCCURRED,
        evidence=draft.get("evidence", []),
        max_files=MAX_EVIDENCE,
        min_description=MIN_DESCRIPTION,
        password_kept=bool(draft.get("password_hash")),
        draft=box.seal(DRAFT, draft, DRAFT_TTL),
    )


async def report_page(request: web.Request) -> web.StreamResponse:
    q = request.query
    subject_type = q.get("subject_type", "")
    if subject_type not in SUBJECT_TYPES:
        return render(request, "public/report_start.html", subject_types=SUBJECT_TYPES)
    values = _form_values(
        {
            "subject_type": subject_type,
            "subject_name": q.get("name", "")[:200],
            "credit_code": q.get("credit_code", "")[:30],
            "identity": "anon",
        }
    )
    return _form_page(request, values, {"key": secrets.token_urlsafe(16), "evidence": []})


def _expired(request: web.Request) -> web.Response:
    return render(request, "public/report_expired.html", status=400)


async def report_submit(request: web.Request) -> web.StreamResponse:
    context = ctx(request)
    box = context.tokens

    async def gate(fields: dict[str, str]) -> Session | None:
        # The draft comes first in the form: files are kept only for a valid one, and count against it.
        opened = box.open(DRAFT, fields.get("draft"))
        if opened is None:
            return None
        held = sum(int(e.get("size") or 0) for e in opened.get("evidence", []))
        return Session(f"draft:{opened.get('key')}", 0, held)

    form = await read_form(
        request,
        context.staging,
        gate,
        context.upload_quota,
        client_address(request),
        context.settings.upload_session_bytes,
    )
    draft = None if form.refused else box.open(DRAFT, form.get("draft"))
    if draft is None:
        return _expired(request)
    step = form.get("step", "form")
    if step == "edit":
        return _form_page(request, _values_from_fields(TipFields(**draft["fields"])), draft)
    if step == "confirm":
        return await _file(request, draft)

    keep = set(form.lists.get("keep_file", []))
    evidence = [e for e in draft.get("evidence", []) if e["sha256"] in keep]
    problems = list(form.problems)
    room = MAX_EVIDENCE - len(evidence)
    if len(form.files) > room:
        from web.uploads import Problem

        problems.append(
            Problem(
                "evidence",
                "A tip can carry at most {max} files; {name} was not added.",
                {"max": MAX_EVIDENCE, "name": ", ".join(f["file_name"] or "?" for f in form.files[room:])},
            )
        )
    for item in form.files[: max(room, 0)]:
        if all(e["sha256"] != item["sha256"] for e in evidence):
            evidence.append(item)
    draft["evidence"] = evidence

    checked = check_tip(form.fields)
    problems.extend(checked.problems)
    password = form.get("password")
    pw_problem = password_problem(password)
    if pw_problem:
        problems.append(pw_problem)
    elif password:
        draft["password_hash"] = tips.hash_password(password)
    values = _form_values(form.fields)
    if problems:
        return _form_page(
            request, values, draft, status=400, problems=problems, candidates=checked.candidates
        )
    draft["fields"] = asdict(checked.fields)
    draft["warnings"] = [
        {"field": w.field, "message": w.message, "params": w.params} for w in checked.warnings
    ]
    _ = request[GETTEXT]
    from forms.engine import Problem as P

    return render(
        request,
        "public/report_summary.html",
        f=checked.fields,
        evidence=evidence,
        warnings=[P(**w).text(_) for w in draft["warnings"]],
        occurred=_(texts.OCCURRED[checked.fields.occurred])
        if checked.fields.occurred in texts.OCCURRED
        else checked.fields.occurred,
        password_chosen=bool(draft.get("password_hash")),
        draft=box.seal(DRAFT, draft, DRAFT_TTL),
    )


async def _file(request: web.Request, draft: dict[str, Any]) -> web.StreamResponse:
    context = ctx(request)
    fields = draft.get("fields")
    if not fields:
        return _expired(request)
    generated = None
    password_hash = draft.get("password_hash")
    if not password_hash:
        generated = tips.new_password()
        password_hash = tips.hash_password(generated)
    evidence = draft.get("evidence", [])
    for item in evidence:  # out of the waiting room into the evidence store, now that the tip is filed
        if not await asyncio.to_thread(context.staging.commit, context.media, item):
            return _expired(request)
    tip_draft = to_draft(TipFields(**fields), evidence, "web", request[LOCALE])
    filed = await tips.file_tip(
        tip_draft, sealer=context.sealer, password_hash=password_hash, idempotency_key=f"web:{draft['key']}"
    )
    link = f"{context.public_base(request)}/status?code={tips.format_receipt(filed.receipt_code)}"
    response = render(
        request,
        "public/report_receipt.html",
        receipt=tips.format_receipt(filed.receipt_code),
        password=None if filed.replayed else generated,
        chosen=not generated,
        replayed=filed.replayed,
        link=link,
        qr=qr_data_uri(link),
    )
    response.headers["Cache-Control"] = "no-store, private"
    return response
