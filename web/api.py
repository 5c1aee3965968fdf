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
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web

from cases import queue, service, tips
from cases.service import CaseError
from cases.violations import SUBJECT_TYPES, VIOLATIONS, violations_for
from foundation.i18n import translator
from models.cases import Case, CaseMessage
from models.staff import ApiClient
from regions import divisions
from web import texts
from web.api_filing import file_for_client
from web.api_input import (
    ApiError,
    bool_field,
    number_field,
    parse_id,
    parse_int,
    parse_list,
    parse_time,
    read_body,
    text_field,
)
from web.i18n import from_accept_language
from web.keys import API_CLIENT

PREFIX = "/api/v1"
ASCII_DIVISION = re.compile("[0-9]{6}")
MAX_PAGE = 10_000  # 2 million rows at the largest page size: beyond it the offset only costs the database
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
other_subject = "other"
log = logging.getLogger(__name__)
__all__ = ["ApiError", "api_middleware", "routes"]


def error_response(status: int, code: str, description: str, **extra: Any) -> web.Response:
    return web.json_response(
        {"code": code, "description": description, **extra},
        status=status,
        dumps=lambda o: json.dumps(o, ensure_ascii=False),
    )


def ok(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


def _translator(request: web.Request) -> Callable[[str], str]:
    """The language asked for by `locale` (or `lang`), else Accept-Language; an unknown one is refused."""
    asked = [request.query[n] for n in ("locale", "lang") if n in request.query]
    if any(a not in ("zh_CN", "en") for a in asked):
        raise ApiError(400, "bad_request", "locale must be zh_CN or en.")
    locale = asked[0] if asked else from_accept_language(request.headers.get("Accept-Language"))
    return translator(locale or "zh_CN")


@web.middleware
async def api_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Bearer-token authentication and JSON errors for everything under /api/v1/ (but openapi.json):
    every refusal, 404, 405 (with Allow) and 500 included, is an Error object, never an HTML page."""
    if not request.path.startswith(PREFIX + "/"):
        return await handler(request)
    try:
        if request.path != f"{PREFIX}/openapi.json":
            request[API_CLIENT] = await authenticate(request)
        return await handler(request)
    except ApiError as exc:
        return error_response(exc.status, exc.code, exc.description, **exc.extra)
    except web.HTTPMethodNotAllowed as exc:
        answer = error_response(405, "method_not_allowed", "This method is not allowed here.")
        answer.headers["Allow"] = ", ".join(sorted(exc.allowed_methods))
        return answer
    except web.HTTPNotFound:
        return error_response(404, "not_found", "No such resource in your jurisdiction.")
    except web.HTTPRequestEntityTooLarge:
        return error_response(413, "too_large", "The body is too large.")
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return error_response(exc.status, "http_error", exc.reason)
    except Exception:
        log.exception("API request failed: %s %s", request.method, request.path)
        return error_response(500, "server_error", "Something went wrong on the server; it has been logged.")


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
        # only tips have a service code /services lists; a failed certificate check is a "verification"
        "service_code": case.category if case.kind == "tip" else None,
        "service_name": texts.category_label(case.category, _)
        if case.kind == "tip" and case.category
        else None,
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
    case_id = parse_id(request.match_info["request_id"])
    case = await Case.get_or_none(id=case_id) if case_id is not None else None
    if case is None or not divisions.is_within(case.division_code, client.division_code):
        raise ApiError(404, "not_found", "No such service request in your jurisdiction.")
    return case


async def list_requests(request: web.Request) -> web.Response:
    client: ApiClient = request[API_CLIENT]
    _ = _translator(request)
    q = request.query
    query = queue.scoped(client.division_code)
    jurisdiction = q.get("jurisdiction_id")
    if jurisdiction is not None:
        if not ASCII_DIVISION.fullmatch(jurisdiction):
            raise ApiError(400, "bad_request", "jurisdiction_id must be a 6-digit division code.")
        if divisions.get(jurisdiction) is None:
            raise ApiError(404, "not_found", "No such jurisdiction_id.")
        if not divisions.is_within(jurisdiction, client.division_code):
            raise ApiError(403, "forbidden", "jurisdiction_id is outside the client's jurisdiction.")
        query = query.filter(queue.scope_q(jurisdiction))
    codes = parse_list(q.get("service_code"), "service_code", r"[a-z0-9_]{1,48}")
    if codes is not None:
        query = query.filter(category__in=codes)
    statuses = parse_list(q.get("status"), "status", "|".join(STATUS_WORDS))
    if statuses is not None:
        query = query.filter(status__in=sorted({s for w in statuses for s in STATUS_WORDS[w]}))
    start, end = parse_time(q.get("start_date"), "start_date"), parse_time(q.get("end_date"), "end_date")
    if start:
        query = query.filter(created_at__gte=start)
    if end:
        query = query.filter(created_at__lte=end)
    page = parse_int(q, "page", 1, 1, MAX_PAGE)
    size = parse_int(q, "page_size", 50, 1, 200)
    cases = await query.order_by("-created_at", "-id").offset((page - 1) * size).limit(size)
    return ok([service_request(c, _) for c in cases])


STATUS_WORDS: dict[str, tuple[str, ...]] = {
    **{s: (s,) for s in (*service.OPEN_STATUSES, *service.CLOSED_STATUSES)},
    # last: "closed" is also a detailed status, and as a word it means every closed one
    "open": service.OPEN_STATUSES,
    "closed": service.CLOSED_STATUSES,
}


async def get_request(request: web.Request) -> web.Response:
    case = await _case_for(request)
    return ok([service_request(case, _translator(request))])


def phone_tip_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The JSON API's body mapped to the shared filing fields, each checked for its type."""
    names = ("first_name", "last_name", "phone", "email")
    parts = [(text_field(body, k, 200) or "").strip() for k in names]
    contact = (text_field(body, "contact", 300) or " ".join(p for p in parts if p)).strip()
    anonymous = bool_field(body, "anonymous")
    return {
        "service_code": text_field(body, "service_code", 48),
        "subject_type": text_field(body, "subject_type", 32),
        "subject_name": text_field(body, "subject_name", 300),
        "credit_code": text_field(body, "credit_code", 40),
        "address": text_field(body, "address_string", 300) or text_field(body, "address", 300),
        "place_code": text_field(body, "place_code", 12),
        "jurisdiction_id": text_field(body, "jurisdiction_id", 12),
        "lat": number_field(body, "lat"),
        "long": number_field(body, "long"),
        "occurred": text_field(body, "occurred", 60),
        "description": text_field(body, "description", 4000),
        "contact": contact,
        "real": bool(contact) if anonymous is None else not anonymous,
        "password": text_field(body, "password", 64),
        "language": text_field(body, "language", 8),
    }


async def create_request(request: web.Request) -> web.Response:
    client: ApiClient = request[API_CLIENT]
    if not client.can_file:
        raise ApiError(403, "forbidden", "This client may not file requests.")
    _ = _translator(request)
    fields = phone_tip_fields(await read_body(request, form_allowed=False))
    done = await file_for_client(request, client, fields, _)
    filed = done.filed
    return ok(
        [
            {
                "service_request_id": str(filed.case.id),
                "receipt_code": tips.format_receipt(filed.receipt_code),
                "password": done.generated_password,
                "replayed": filed.replayed,
                "jurisdiction_id": filed.case.division_code,
                "service_notice": _(
                    "Read the receipt code and the password to the caller: with both, they can follow "
                    "the tip on the status page."
                ),
                "warnings": [w.text(_) for w in done.checked.warnings],
                "account_id": None,
            }
        ],
        status=200 if filed.replayed else 201,
    )


async def post_reply(request: web.Request) -> web.Response:
    client: ApiClient = request[API_CLIENT]
    if not client.can_file:  # a reply reaches a citizen: read-only clients only read
        raise ApiError(403, "forbidden", "This client is read-only: it may not send replies.")
    case = await _case_for(request)
    body = await read_body(request, form_allowed=False)
    text = text_field(body, "body", 4000)
    if text is None:
        raise ApiError(400, "bad_request", "body is required: the text of the reply.")
    try:
        message: CaseMessage = await service.add_message(case, "public", f"api:{client.name}"[:64], text)
    except CaseError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from None
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
