"""Open311 GeoReport v2 at /open311/v2/ (and /open311/discovery.json), so that a standard client works
unmodified: format suffixes (.json, .xml), the service list and service definitions, `api_key` for writes,
keyless public reads, the spec's error list `[{"code": 404, "description": "…"}]`, comma lists, the
documented filters and the default 90-day window, CORS for reads.

Services are the tip categories (cases.violations); only tips are service requests here, so a failed
certificate check never appears under a code /services does not list. The attributes this domain needs
(who the tip is about, when it happened) are `attribute[…]` fields described by the service definition.

Public (keyless) reads show what anyone may know about a tip: its number, category, status in words,
the responsible agency and its dates; never the reporter, the description, the place or staff notes. A
valid `api_key` reads the cases of its client's jurisdiction with description and place, as the JSON API
does. Filing goes through web.api_filing, the path the JSON API uses.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from cases import queue, service, tips
from cases.violations import OTHER, SUBJECT_TYPES, VIOLATIONS
from foundation import clock
from foundation.i18n import N_
from models.cases import Case
from models.staff import ApiClient
from regions import divisions
from web import texts
from web.api import ASCII_DIVISION, _translator
from web.api_filing import file_for_client, subject_of
from web.api_input import (
    MAX_LIST,
    ApiError,
    number_field,
    parse_id,
    parse_int,
    parse_list,
    parse_time,
    read_body,
    text_field,
)
from web.open311_xml import to_xml

ROOT = "/open311"
PREFIX = f"{ROOT}/v2"
FORMAT = "{format:(json|xml)}"
WINDOW = timedelta(days=90)
MAX_PAGE = 10_000
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
log = logging.getLogger(__name__)

ATTRIBUTE_TEXT = {
    "subject_name": N_("Name of the training institution, exam site or employer the report is about"),
    "occurred": N_("When it happened"),
    "occurred_date": N_("Or the date it happened, for example 2026-03-15"),
    "credit_code": N_("Unified social credit code, if known"),
    "subject_type": N_("Who or what the report is about"),
}
POST_FIELDS = {
    "api_key",
    "service_code",
    "jurisdiction_id",
    "lat",
    "long",
    "address_string",
    "email",
    "device_id",
    "account_id",
    "first_name",
    "last_name",
    "phone",
    "description",
    "password",
    "language",
}


def _format(request: web.Request) -> str:
    return "xml" if request.path.endswith(".xml") else "json"


def answer(request: web.Request, root: str, data: Any, status: int = 200) -> web.Response:
    """`data` in the format the path's suffix asks for; `root` names the XML document element."""
    if _format(request) == "xml":
        return web.Response(body=to_xml(root, data), status=status, content_type="text/xml", charset="utf-8")
    return web.json_response(data, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))


def errors(request: web.Request, status: int, description: str) -> web.Response:
    return answer(request, "errors", [{"code": status, "description": description}], status)


@web.middleware
async def open311_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The spec's error list for every refusal under /open311/ (404, 405 with Allow, 500 included), and
    CORS for reads so that a map in a browser on another site can show the public requests."""
    if not request.path.startswith(ROOT + "/"):
        return await handler(request)
    try:
        response = await handler(request)
    except ApiError as exc:
        response = errors(request, exc.status, exc.description)
        if exc.extra.get("errors"):
            details = "; ".join(f"{e['field']}: {e['description']}" for e in exc.extra["errors"])
            response = errors(request, exc.status, details)
    except web.HTTPMethodNotAllowed as exc:
        response = errors(request, 405, "This method is not allowed here.")
        response.headers["Allow"] = ", ".join(sorted(exc.allowed_methods))
    except web.HTTPNotFound:
        response = errors(request, 404, "No such resource (Open311 paths end in .json or .xml).")
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        response = errors(request, exc.status, exc.reason)
    except Exception:
        log.exception("Open311 request failed: %s %s", request.method, request.path)
        response = errors(request, 500, "Something went wrong on the server; it has been logged.")
    if request.method in ("GET", "HEAD"):
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


async def _client_for(key: str | None, required: bool) -> ApiClient | None:
    if key is None:
        if required:
            raise ApiError(403, "forbidden", "api_key is required to file a request.")
        return None
    digest = hashlib.sha256(key.encode()).hexdigest()
    client = await ApiClient.get_or_none(token_hash=digest, active=True)
    if client is None:
        raise ApiError(403, "forbidden", "The api_key is not valid.")
    return client


async def discovery(request: web.Request) -> web.Response:
    from web.context import ctx

    base = ctx(request).public_base(request).rstrip("/")
    return answer(
        request,
        "discovery",
        {
            "changeset": "2026-12-04T00:00:00Z",
            "contact": "12350",
            "key_service": f"{base}/admin/api-clients",
            "endpoints": [
                {
                    "specification": "http://wiki.open311.org/GeoReport_v2",
                    "url": f"{base}{PREFIX}",
                    "changeset": "2026-12-04T00:00:00Z",
                    "type": "production",
                    "formats": ["application/json", "text/xml"],
                }
            ],
        },
    )


def _all_services() -> list[tuple[str, str, str]]:
    """(service_code, label msgid, group msgid) of every category, "something else" last."""
    out = [(v.code, v.label, SUBJECT_TYPES[s]) for s, vs in VIOLATIONS.items() for v in vs]
    return [*out, (OTHER.code, OTHER.label, SUBJECT_TYPES["other"])]


SERVICE_CODES = [code for code, _label, _group in _all_services()]


def _jurisdiction(request: web.Request) -> None:
    """A jurisdiction_id on a list call must be a division this server serves (every one in China)."""
    given = request.query.get("jurisdiction_id")
    if given is not None and not ASCII_DIVISION.fullmatch(given):
        raise ApiError(400, "bad_request", "jurisdiction_id must be a 6-digit division code.")
    if given is not None and divisions.get(given) is None:
        raise ApiError(404, "not_found", "Unknown jurisdiction_id.")


async def services(request: web.Request) -> web.Response:
    _jurisdiction(request)
    _ = _translator(request)
    out = [
        {
            "service_code": code,
            "service_name": _(label),
            "description": _(label),
            "metadata": True,
            "type": "realtime",
            "keywords": "",
            "group": _(group),
        }
        for code, label, group in _all_services()
    ]
    return answer(request, "services", out)


def _attribute(
    code: str,
    datatype: str,
    required: bool,
    order: int,
    _: Callable[[str], str],
    values: dict[str, str] | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "variable": True,
        "code": code,
        "datatype": datatype,
        "required": required,
        "datatype_description": None,
        "order": order,
        "description": _(ATTRIBUTE_TEXT[code]),
    }
    if values is not None:
        item["values"] = [{"key": k, "name": _(v)} for k, v in values.items()]
    return item


def definition_attributes(code: str, _: Callable[[str], str]) -> list[dict[str, Any]]:
    attributes = [
        _attribute("subject_name", "string", True, 1, _),
        _attribute("occurred", "singlevaluelist", True, 2, _, texts.OCCURRED),
        _attribute("occurred_date", "string", False, 3, _),
        _attribute("credit_code", "string", False, 4, _),
    ]
    if code == OTHER.code:  # "something else" exists for every kind of subject: say which
        attributes.append(_attribute("subject_type", "singlevaluelist", False, 5, _, SUBJECT_TYPES))
    return attributes


async def service_definition(request: web.Request) -> web.Response:
    _jurisdiction(request)
    code = request.match_info["service_code"]
    if code not in SERVICE_CODES:
        raise ApiError(404, "not_found", "No such service_code: see services.json.")
    _ = _translator(request)
    return answer(
        request, "service_definition", {"service_code": code, "attributes": definition_attributes(code, _)}
    )


def public_request(case: Case, _: Callable[[str], str]) -> dict[str, Any]:
    """What anyone may read about a tip: no reporter, description, place or staff notes."""
    return {
        "service_request_id": str(case.id),
        "status": "open" if case.status in service.OPEN_STATUSES else "closed",
        "status_notes": texts.status_label(case.status, _),
        "service_name": texts.category_label(case.category, _),
        "service_code": case.category,
        "agency_responsible": divisions.full_name(case.division_code),
        "service_notice": None,
        "requested_datetime": _iso(case.created_at),
        "updated_datetime": _iso(case.updated_at),
        "expected_datetime": _iso(case.due_at),
        "zipcode": None,
    }


def client_request(case: Case, _: Callable[[str], str]) -> dict[str, Any]:
    """For an api_key of the case's jurisdiction: the public fields plus the tip's own words and place
    (never who reported it)."""
    details = case.details or {}
    reason = details.get(f"{case.status}_reason")
    out = public_request(case, _)
    out.update(
        {
            "status_notes": f"{out['status_notes']}: {reason}" if reason else out["status_notes"],
            "description": details.get("description"),
            "address": details.get("address"),
            "address_id": case.division_code,
            "lat": details.get("latitude"),
            "long": details.get("longitude"),
            "attributes": {
                "subject_name": details.get("subject_name"),
                "occurred": details.get("occurred"),
                "credit_code": details.get("credit_code"),
            },
        }
    )
    return out


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _window(query: Any) -> tuple[datetime, datetime]:
    """start_date/end_date as the spec says: at most 90 days apart, the latest 90 days by default."""
    start, end = (
        parse_time(query.get("start_date"), "start_date"),
        parse_time(query.get("end_date"), "end_date"),
    )
    if start is None and end is None:
        end = clock.now()
    if start is None:
        assert end is not None
        start = end - WINDOW
    if end is None:
        end = start + WINDOW
    if start > end or end - start > WINDOW:  # well formed, so not a 400: no schema states the span
        raise ApiError(422, "bad_request", "start_date must come before end_date, at most 90 days apart.")
    return start, end


async def list_requests(request: web.Request) -> web.Response:
    q = request.query
    client = await _client_for(q.get("api_key"), required=False)
    _jurisdiction(request)
    _ = _translator(request)
    query = Case.filter(kind="tip")
    if client is not None:
        query = query.filter(queue.scope_q(client.division_code))
    if q.get("jurisdiction_id"):
        query = query.filter(queue.scope_q(q["jurisdiction_id"]))
    page = parse_int(q, "page", 1, 1, MAX_PAGE)
    size = parse_int(q, "page_size", 100, 1, 500)
    ids = parse_list(q.get("service_request_id"), "service_request_id", "[0-9]{1,15}")
    if ids is not None:  # the spec: a list of ids overrides every other filter
        wanted = [i for i in (parse_id(t) for t in ids) if i is not None]
        query = query.filter(id__in=wanted)
    else:
        codes = parse_list(q.get("service_code"), "service_code", "|".join(SERVICE_CODES))
        if codes is not None:
            query = query.filter(category__in=codes)
        statuses = parse_list(q.get("status"), "status", "open|closed")
        if statuses is not None:
            wanted_statuses = [
                *(service.OPEN_STATUSES if "open" in statuses else ()),
                *(service.CLOSED_STATUSES if "closed" in statuses else ()),
            ]
            query = query.filter(status__in=wanted_statuses)
        start, end = _window(q)
        query = query.filter(created_at__gte=start, created_at__lte=end)
    cases = await query.order_by("-created_at", "-id").offset((page - 1) * size).limit(size)
    render = client_request if client is not None else public_request
    return answer(request, "service_requests", [render(c, _) for c in cases])


async def get_request(request: web.Request) -> web.Response:
    q = request.query
    client = await _client_for(q.get("api_key"), required=False)
    _jurisdiction(request)
    case_id = parse_id(request.match_info["service_request_id"])
    case = await Case.get_or_none(id=case_id, kind="tip") if case_id is not None else None
    if case is None or (
        client is not None and not divisions.is_within(case.division_code, client.division_code)
    ):
        raise ApiError(404, "not_found", "No such service request.")
    _ = _translator(request)
    render = client_request if client is not None else public_request
    return answer(request, "service_requests", [render(case, _)])


def post_fields(body: dict[str, Any]) -> dict[str, Any]:
    """A GeoReport v2 POST mapped to the shared filing fields; unknown fields are refused by name so
    nothing a client sends is silently dropped."""
    attributes = {
        k[len("attribute[") : -1]: k for k in body if k.startswith("attribute[") and k.endswith("]")
    }
    unknown = sorted(k for k in body if k not in POST_FIELDS and k not in attributes.values())
    if unknown:
        raise ApiError(400, "bad_request", f"Unknown field(s): {', '.join(unknown)[:200]}.")
    if unknown_attr := sorted(set(attributes) - set(ATTRIBUTE_TEXT)):
        raise ApiError(400, "bad_request", f"Unknown attribute(s): {', '.join(unknown_attr)[:200]}.")

    def attr(name: str, limit: int) -> str | None:
        return text_field(body, attributes[name], limit) if name in attributes else None

    names = ("first_name", "last_name", "phone", "email")
    contact = " ".join(p for p in ((text_field(body, k, 200) or "").strip() for k in names) if p)
    code = text_field(body, "service_code", 48) or ""
    if code not in SERVICE_CODES:
        raise ApiError(404, "not_found", "No such service_code: see services.json.")
    occurred = attr("occurred", 20)
    if occurred is not None and occurred not in texts.OCCURRED:
        raise ApiError(400, "bad_request", f"attribute[occurred] must be one of {', '.join(texts.OCCURRED)}.")
    subject_type = attr("subject_type", 20)
    if subject_type is not None and subject_type not in SUBJECT_TYPES:
        raise ApiError(
            400, "bad_request", f"attribute[subject_type] must be one of {', '.join(SUBJECT_TYPES)}."
        )
    if subject_type is not None and code != OTHER.code:  # well formed: the schema cannot tie it to a code
        raise ApiError(422, "invalid_request", "attribute[subject_type] is only for service_code other.")
    return {
        "service_code": code,
        "subject_type": subject_type or subject_of(code),
        "subject_name": attr("subject_name", 300),
        "credit_code": attr("credit_code", 40),
        "address": text_field(body, "address_string", 300),
        "jurisdiction_id": text_field(body, "jurisdiction_id", 12),
        "lat": number_field(body, "lat"),
        "long": number_field(body, "long"),
        "occurred": attr("occurred_date", 60) or occurred,
        "description": text_field(body, "description", 4000),
        "contact": contact,
        "real": bool(contact),
        "password": text_field(body, "password", 64),
        "language": text_field(body, "language", 8),
    }


async def create_request(request: web.Request) -> web.Response:
    body = await read_body(request, json_allowed=False)
    key = body.get("api_key")
    client = await _client_for(key if isinstance(key, str) else None, required=True)
    assert client is not None
    _ = _translator(request)
    done = await file_for_client(request, client, post_fields(body), _)
    filed = done.filed
    notice = _(
        "Read the receipt code and the password to the caller: with both, they can follow the tip on the "
        "status page."
    )
    return answer(
        request,
        "service_requests",
        [
            {
                "service_request_id": str(filed.case.id),
                "service_notice": notice,
                "account_id": None,
                "receipt_code": tips.format_receipt(filed.receipt_code),
                "password": done.generated_password,
            }
        ],
        status=200 if filed.replayed else 201,
    )


def routes() -> list[web.RouteDef]:
    from web.openapi import openapi_json

    return [
        web.get(f"{ROOT}/discovery.{FORMAT}", discovery),
        web.get(f"{PREFIX}/services.{FORMAT}", services),
        web.get(PREFIX + "/services/{service_code:[a-z0-9_]{1,48}}." + FORMAT, service_definition),
        web.get(f"{PREFIX}/requests.{FORMAT}", list_requests),
        web.post(f"{PREFIX}/requests.{FORMAT}", create_request),
        web.get(PREFIX + "/requests/{service_request_id:[^/.]+}." + FORMAT, get_request),
        web.get(f"{PREFIX}/openapi.json", openapi_json),
    ]


__all__ = ["MAX_LIST", "open311_middleware", "routes"]
