"""The JSON API under /api/v1/, modelled on Open311 GeoReport v2: service codes are the tip categories
(violation codes), `service_request_id` is the case number, `jurisdiction_id` the 6-digit division code.

Clients (the 12350 call centre, other systems) authenticate with a bearer token of their own; the database
keeps only its SHA-256 (`ApiClient.token_hash`). A client sees the cases of its jurisdiction and everything
under it, like a member of staff. Errors are `{"code": ..., "description": ...}` with a fitting HTTP
status. No answer carries anything about who reported a tip.

POST /api/v1/requests files a tip taken by phone with the same checks as the web form (forms/tip.py) and
answers with the receipt code and a generated password for the operator to read to the caller.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from cases import queue, service, tips
from cases.service import CaseError
from cases.violations import SUBJECT_TYPES, VIOLATIONS, violations_for
from forms.tip import check_tip, password_problem, to_draft
from foundation.i18n import translator
from models.cases import Case, CaseMessage
from models.staff import ApiClient
from regions import divisions
from web import texts
from web.i18n import from_accept_language
from web.keys import API_CLIENT

PREFIX = "/api/v1"
MAX_PAGE = 10_000  # 2 million rows at the largest page size: beyond it the offset only costs the database
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
other_subject = "other"
SUBJECT_BY_PREFIX = {
    "tr_": "training",
    "eb_": "exam_body",
    "es_": "exam_site",
    "en_": "enterprise",
    "ot_": "other",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, description: str, **extra: Any) -> None:
        super().__init__(description)
        self.status, self.code, self.description, self.extra = status, code, description, extra


def error_response(status: int, code: str, description: str, **extra: Any) -> web.Response:
    return web.json_response(
        {"code": code, "description": description, **extra},
        status=status,
        dumps=lambda o: json.dumps(o, ensure_ascii=False),
    )


def ok(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


def _translator(request: web.Request) -> Callable[[str], str]:
    asked = request.query.get("locale") or request.query.get("lang")
    locale = (
        asked if asked in ("zh_CN", "en") else from_accept_language(request.headers.get("Accept-Language"))
    )
    return translator(locale or "zh_CN")


@web.middleware
async def api_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Bearer-token authentication and JSON errors for everything under /api/v1/ (but openapi.json)."""
    if not request.path.startswith(PREFIX + "/"):
        return await handler(request)
    try:
        if request.path != f"{PREFIX}/openapi.json":
            request[API_CLIENT] = await authenticate(request)
        return await handler(request)
    except ApiError as exc:
        return error_response(exc.status, exc.code, exc.description, **exc.extra)
    except web.HTTPNotFound:
        return error_response(404, "not_found", "No such resource in your jurisdiction.")
    except web.HTTPMethodNotAllowed:
        return error_response(405, "method_not_allowed", "This method is not allowed here.")


async def authenticate(request: web.Request) -> ApiClient:
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "A bearer token is required (Authorization: Bearer <token>).")
    digest = hashlib.sha256(token.strip().encode()).hexdigest()
    client = await ApiClient.get_or_none(token_hash=digest, active=True)
    if client is None:
        raise ApiError(401, "unauthorized", "The token is not valid.")
    return client


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def service_request(case: Case, _: Callable[[str], str]) -> dict[str, Any]:
    """One case as an Open311 service request (no reporter identity, no internal notes)."""
    details = case.details or {}
    reason = details.get(f"{case.status}_reason")
    notes = texts.status_label(case.status, _)
    if reason:
        notes = f"{notes}: {reason}"
    return {
        "service_request_id": str(case.id),
        "status": "open" if case.status in service.OPEN_STATUSES else "closed",
        "detailed_status": case.status,
        "status_notes": notes,
        "service_code": case.category,
        "service_name": texts.category_label(case.category, _) if case.category else None,
        "kind": case.kind,
        "description": details.get("description"),
        "subject_name": details.get("subject_name") if case.kind == "tip" else None,
        "agency_responsible": divisions.full_name(case.division_code),
        "jurisdiction_id": case.division_code,
        "address": details.get("address"),
        "lat": details.get("latitude"),
        "long": details.get("longitude"),
        "priority": case.priority,
        "overdue": case.overdue,
        "requested_datetime": _iso(case.created_at),
        "updated_datetime": _iso(case.updated_at),
        "expected_datetime": _iso(case.due_at),
    }


async def services(request: web.Request) -> web.Response:
    _ = _translator(request)
    out = []
    for subject, violations in VIOLATIONS.items():
        for violation in violations:
            out.append(
                {
                    "service_code": violation.code,
                    "service_name": _(violation.label),
                    "description": _(violation.label),
                    "group": _(SUBJECT_TYPES[subject]),
                    "subject_type": subject,
                    "metadata": False,
                    "type": "realtime",
                    "keywords": "crime_clue" if violation.crime_clue else "",
                }
            )
    other = violations_for("other")[-1]
    other_group = SUBJECT_TYPES[other_subject]
    out.append(
        {
            "service_code": other.code,
            "service_name": _(other.label),
            "description": _(other.label),
            "group": _(other_group),
            "subject_type": None,
            "metadata": False,
            "type": "realtime",
            "keywords": "",
        }
    )
    return ok(out)


async def _case_for(request: web.Request) -> Case:
    client: ApiClient = request[API_CLIENT]
    case_id = request.match_info["request_id"]
    case = await Case.get_or_none(id=int(case_id)) if case_id.isdigit() else None
    if case is None or not divisions.is_within(case.division_code, client.division_code):
        raise ApiError(404, "not_found", "No such service request in your jurisdiction.")
    return case


def _parse_time(value: str | None, name: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, "bad_request", f"{name} must be an ISO 8601 date-time.") from None


async def list_requests(request: web.Request) -> web.Response:
    client: ApiClient = request[API_CLIENT]
    _ = _translator(request)
    q = request.query
    query = queue.scoped(client.division_code)
    jurisdiction = q.get("jurisdiction_id")
    if jurisdiction:
        if not divisions.is_within(jurisdiction, client.division_code):
            raise ApiError(403, "forbidden", "jurisdiction_id is outside the client's jurisdiction.")
        query = query.filter(queue.scope_q(jurisdiction))
    if q.get("service_code"):
        codes = q["service_code"].split(",")
        if len(codes) > 50 or any(not re.fullmatch(r"[a-z0-9_]{1,48}", c) for c in codes):
            raise ApiError(400, "bad_request", "service_code must be known service codes, comma-separated.")
        query = query.filter(category__in=codes)
    status = q.get("status")
    if status == "open":
        query = query.filter(status__in=service.OPEN_STATUSES)
    elif status == "closed":
        query = query.filter(status__in=service.CLOSED_STATUSES)
    elif status:
        wanted = status.split(",")
        known = {*service.OPEN_STATUSES, *service.CLOSED_STATUSES}
        if len(wanted) > 20 or any(s not in known for s in wanted):
            raise ApiError(400, "bad_request", "status must be open, closed or known statuses.")
        query = query.filter(status__in=wanted)
    start, end = _parse_time(q.get("start_date"), "start_date"), _parse_time(q.get("end_date"), "end_date")
    if start:
        query = query.filter(created_at__gte=start)
    if end:
        query = query.filter(created_at__lte=end)
    try:
        page = max(1, int(q.get("page", "1")))
        size = min(200, max(1, int(q.get("page_size", "50"))))
    except ValueError:
        raise ApiError(400, "bad_request", "page and page_size must be whole numbers.") from None
    if page > MAX_PAGE:
        raise ApiError(400, "bad_request", f"page must be at most {MAX_PAGE}; narrow the filter instead.")
    cases = await query.order_by("-created_at", "-id").offset((page - 1) * size).limit(size)
    return ok([service_request(c, _) for c in cases])


async def get_request(request: web.Request) -> web.Response:
    case = await _case_for(request)
    return ok([service_request(case, _translator(request))])


async def _body(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        try:
            data = await request.json()
        except ValueError:
            raise ApiError(400, "bad_request", "The body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ApiError(400, "bad_request", "The body must be a JSON object.")
        return data
    return {k: v for k, v in (await request.post()).items() if isinstance(v, str)}


async def create_request(request: web.Request) -> web.Response:
    client: ApiClient = request[API_CLIENT]
    if not client.can_file:
        raise ApiError(403, "forbidden", "This client may not file requests.")
    _ = _translator(request)
    body = await _body(request)
    code = str(body.get("service_code") or "")
    subject_type = str(
        body.get("subject_type")
        or next((s for p, s in SUBJECT_BY_PREFIX.items() if code.startswith(p)), "other")
    )
    contact_parts = [str(body.get(k) or "").strip() for k in ("first_name", "last_name", "phone", "email")]
    contact = str(body.get("contact") or " ".join(p for p in contact_parts if p)).strip()
    anonymous = body.get("anonymous")
    real = bool(contact) if anonymous is None else not bool(anonymous)
    raw = {
        "subject_type": subject_type,
        "violation": code,
        "subject_name": body.get("subject_name"),
        "credit_code": body.get("credit_code"),
        "address": body.get("address_string") or body.get("address"),
        "place_code": body.get("place_code"),
        "jurisdiction_id": body.get("jurisdiction_id"),
        "latitude": body.get("lat"),
        "longitude": body.get("long"),
        "occurred": body.get("occurred") if body.get("occurred") in texts.OCCURRED else None,
        "occurred_text": None if body.get("occurred") in texts.OCCURRED else body.get("occurred"),
        "description": body.get("description"),
        "identity": "real" if real else "anon",
        "contact": contact,
    }
    checked = check_tip(raw, division_given=True)
    password = str(body.get("password") or "")
    problems = list(checked.problems)
    if (p := password_problem(password)) is not None:
        problems.append(p)
    if problems:
        extra: dict[str, Any] = {"errors": [{"field": p.field, "description": p.text(_)} for p in problems]}
        if checked.candidates:
            extra["candidates"] = [{"jurisdiction_id": c, "name": n} for c, n in checked.candidates]
        raise ApiError(400, "invalid_request", "; ".join(p.text(_) for p in problems), **extra)
    if not divisions.is_within(checked.fields.division_code or "", client.division_code):
        # writes are scoped like reads: a county's call centre files into its county only
        raise ApiError(403, "forbidden", "jurisdiction_id is outside the client's jurisdiction.")
    generated = None if password else tips.new_password()
    language = str(body.get("language") or "zh_CN")
    key = request.headers.get("Idempotency-Key")
    filed = await tips.file_tip(
        to_draft(checked.fields, [], "phone", language if language in ("zh_CN", "en") else "zh_CN"),
        sealer=_sealer(request),
        password=password or generated,
        idempotency_key=f"api:{client.id}:{key[:60]}" if key else None,
        actor=f"api:{client.name}"[:64],
    )
    return ok(
        [
            {
                "service_request_id": str(filed.case.id),
                "receipt_code": tips.format_receipt(filed.receipt_code),
                "password": None if filed.replayed else (generated or None),
                "replayed": filed.replayed,
                "jurisdiction_id": filed.case.division_code,
                "service_notice": _(
                    "Read the receipt code and the password to the caller: with both, they can follow "
                    "the tip on the status page."
                ),
                "warnings": [w.text(_) for w in checked.warnings],
                "account_id": None,
            }
        ],
        status=200 if filed.replayed else 201,
    )


def _sealer(request: web.Request) -> Any:
    from web.context import ctx

    return ctx(request).sealer


async def post_reply(request: web.Request) -> web.Response:
    client: ApiClient = request[API_CLIENT]
    if not client.can_file:  # a reply reaches a citizen: read-only clients only read
        raise ApiError(403, "forbidden", "This client is read-only: it may not send replies.")
    case = await _case_for(request)
    body = await _body(request)
    try:
        message: CaseMessage = await service.add_message(
            case, "public", f"api:{client.name}"[:64], str(body.get("body") or body.get("text") or "")
        )
    except CaseError as exc:
        raise ApiError(400, "invalid_request", str(exc)) from None
    return ok(
        {
            "message_id": message.id,
            "service_request_id": str(case.id),
            "created_datetime": _iso(message.created_at),
        },
        status=201,
    )


def routes() -> list[web.RouteDef]:
    from web.openapi import openapi_json

    return [
        web.get(f"{PREFIX}/services", services),
        web.get(f"{PREFIX}/requests", list_requests),
        web.post(f"{PREFIX}/requests", create_request),
        web.get(PREFIX + "/requests/{request_id}", get_request),
        web.post(PREFIX + "/requests/{request_id}/replies", post_reply),
        web.get(f"{PREFIX}/openapi.json", openapi_json),
    ]
