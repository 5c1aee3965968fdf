"""The OpenAPI 3.1 description of both APIs, served at /api/v1/openapi.json and /open311/v2/openapi.json
(no token needed to read it): the richer JSON API under /api/v1/ (bearer token) and Open311 GeoReport v2
under /open311/ (keyless reads, `api_key` for writes). It says exactly what the server accepts, so that a
schema-driven tester (Schemathesis, tests/web/test_open311_schemathesis.py) finds no gap between the two:
a schema-valid request is either filed or refused with 422 for a reason no schema can state (an address
that matches no place), a schema-invalid one is refused with 4xx.
tests/web/test_open311.py checks that every route of both APIs is in the document."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from cases import service
from cases.violations import SUBJECT_TYPES
from web import texts
from web.open311 import MAX_PAGE as OPEN311_MAX_PAGE
from web.open311 import POST_FIELDS, SERVICE_CODES

ERROR = {"$ref": "#/components/schemas/Error"}
OPEN311_ERRORS = {"$ref": "#/components/schemas/Open311Errors"}
STRING, NULLABLE = {"type": "string"}, {"type": ["string", "null"]}
DATE_TIME = {"type": ["string", "null"], "format": "date-time"}
CODE = {"type": "string", "enum": SERVICE_CODES}
STATUSES = [*service.OPEN_STATUSES, *service.CLOSED_STATUSES]
DIVISION = {"type": "string", "pattern": "^[0-9]{6}$"}
NAMES = {
    400: "Malformed request",
    401: "Missing or wrong token",
    403: "Not allowed for this client (or a wrong api_key)",
    404: "Not found",
    405: "Method not allowed (the Allow header lists the methods)",
    413: "Body too large",
    415: "Unsupported body type",
    422: "Well formed, but refused by the tip checks (the description says why)",
    500: "Server error",
}


def _errors(schema: dict[str, Any], *codes: int) -> dict[str, Any]:
    out = {}
    for c in (*codes, 500):
        content = {"application/json": {"schema": schema}}
        if schema is OPEN311_ERRORS:
            content["text/xml"] = {"schema": {"type": "string"}}
        out[str(c)] = {"description": NAMES[c], "content": content}
    return out


def _list_pattern(words: list[str]) -> str:
    alt = "|".join(words)
    return f"^({alt})(,({alt})){{0,49}}$"


def _q(name: str, schema: dict[str, Any], description: str = "", required: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "in": "query", "schema": schema, "required": required}
    if description:
        out["description"] = description
    return out


LOCALE = [
    _q("locale", {"type": "string", "enum": ["zh_CN", "en"]}, "Language of names and notes"),
    _q("lang", {"type": "string", "enum": ["zh_CN", "en"]}, "The same as locale"),
]


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _schemas() -> dict[str, Any]:
    request_schema = {
        "type": "object",
        "required": ["service_request_id", "status", "jurisdiction_id", "requested_datetime"],
        "properties": {
            "service_request_id": {**STRING, "description": "The case number."},
            "status": {"type": "string", "enum": ["open", "closed"]},
            "detailed_status": {"type": "string", "enum": STATUSES},
            "status_notes": {
                **STRING,
                "description": "The status in words, with the reason the reporter sees.",
            },
            "service_code": {**NULLABLE, "description": "Tips only; null for other kinds of case."},
            "service_name": NULLABLE,
            "kind": {
                "type": "string",
                "enum": ["tip", "verification", "notice", "appointment", "inspection"],
            },
            "description": NULLABLE,
            "subject_name": NULLABLE,
            "agency_responsible": NULLABLE,
            "jurisdiction_id": {**DIVISION, "description": "GB/T 2260 division code of the jurisdiction."},
            "address": NULLABLE,
            "lat": {"type": ["number", "null"]},
            "long": {"type": ["number", "null"]},
            "priority": {"type": "integer", "minimum": 1},
            "overdue": {"type": "boolean"},
            "requested_datetime": DATE_TIME,
            "updated_datetime": DATE_TIME,
            "expected_datetime": {**DATE_TIME, "description": "When the running legal clock is due."},
        },
    }
    optional = lambda n, d="": {**NULLABLE, "maxLength": n, **({"description": d} if d else {})}  # noqa: E731
    new_request = {
        "type": "object",
        "required": ["service_code", "subject_name", "description", "occurred"],
        "description": "A place is needed: address_string, jurisdiction_id, or lat and long together "
        "(coordinates alone file the tip in the client's own jurisdiction).",
        "anyOf": [
            {"required": ["address_string"], "properties": {"address_string": {**STRING, "minLength": 1}}},
            {"required": ["address"], "properties": {"address": {**STRING, "minLength": 1}}},
            {"required": ["jurisdiction_id"], "properties": {"jurisdiction_id": DIVISION}},
            {
                "required": ["lat", "long"],
                "properties": {"lat": {"type": "number"}, "long": {"type": "number"}},
            },
        ],
        "properties": {
            "service_code": {**CODE, "description": "A service_code from GET /api/v1/services."},
            "subject_type": {
                "type": ["string", "null"],
                "enum": [*SUBJECT_TYPES, None],
                "description": "Derived from service_code when omitted.",
            },
            "subject_name": {**STRING, "minLength": 2, "maxLength": 200},
            "credit_code": optional(40, "Unified social credit code; a wrong check digit is a warning."),
            "address_string": optional(300, "Typed address, resolved to a division code."),
            "address": optional(300, "The same as address_string."),
            "place_code": optional(12, "One of the candidates returned for an ambiguous address."),
            "jurisdiction_id": {"type": ["string", "null"], "pattern": "^[0-9]{6}$"},
            "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
            "long": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
            "occurred": {
                **STRING,
                "minLength": 1,
                "maxLength": 40,
                "description": f"{', '.join(texts.OCCURRED)}, or a short date.",
            },
            "description": {**STRING, "minLength": 20, "maxLength": 3000},
            "anonymous": {
                "type": ["boolean", "null"],
                "description": "Default: anonymous without a contact.",
            },
            "first_name": optional(200),
            "last_name": optional(200),
            "phone": optional(200),
            "email": optional(200),
            "contact": optional(200, "Sealed; readable only by the custodian."),
            "password": {
                "type": ["string", "null"],
                "minLength": 6,
                "maxLength": 64,
                "description": "The caller's own password; one is generated when omitted.",
            },
            "language": {"type": ["string", "null"], "enum": ["zh_CN", "en", None]},
        },
    }
    filed = {
        "type": "object",
        "properties": {
            "service_request_id": STRING,
            "receipt_code": {**STRING, "pattern": "^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"},
            "password": {
                **NULLABLE,
                "description": "The generated password (null when the caller chose one, or for a replay).",
            },
            "replayed": {"type": "boolean"},
            "jurisdiction_id": STRING,
            "service_notice": STRING,
            "warnings": {"type": "array", "items": STRING},
            "account_id": {"type": "null"},
        },
    }
    open311_request = {
        "type": "object",
        "required": ["service_request_id", "status", "service_code", "requested_datetime"],
        "properties": {
            "service_request_id": STRING,
            "status": {"type": "string", "enum": ["open", "closed"]},
            "status_notes": STRING,
            "service_name": STRING,
            "service_code": CODE,
            "agency_responsible": NULLABLE,
            "service_notice": {"type": "null"},
            "requested_datetime": DATE_TIME,
            "updated_datetime": DATE_TIME,
            "expected_datetime": DATE_TIME,
            "zipcode": {"type": "null"},
            "description": {**NULLABLE, "description": "With a valid api_key only."},
            "address": {**NULLABLE, "description": "With a valid api_key only."},
            "address_id": {**NULLABLE, "description": "With a valid api_key only: the division code."},
            "lat": {"type": ["number", "null"]},
            "long": {"type": ["number", "null"]},
            "attributes": {"type": "object", "description": "With a valid api_key only."},
        },
    }
    attribute = {
        "type": "object",
        "required": ["variable", "code", "datatype", "required", "order", "description"],
        "properties": {
            "variable": {"type": "boolean"},
            "code": STRING,
            "datatype": {"type": "string", "enum": ["string", "singlevaluelist"]},
            "required": {"type": "boolean"},
            "datatype_description": {"type": "null"},
            "order": {"type": "integer"},
            "description": STRING,
            "values": {
                "type": "array",
                "items": {"type": "object", "properties": {"key": STRING, "name": STRING}},
            },
        },
    }
    return {
        "Error": {
            "type": "object",
            "required": ["code", "description"],
            "properties": {
                "code": STRING,
                "description": STRING,
                "errors": {"type": "array", "items": {"type": "object"}},
                "candidates": {"type": "array", "items": {"type": "object"}},
            },
        },
        "Open311Errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["code", "description"],
                "properties": {"code": {"type": "integer"}, "description": STRING},
            },
        },
        "Service": {
            "type": "object",
            "properties": {
                "service_code": CODE,
                "service_name": STRING,
                "description": STRING,
                "group": STRING,
                "subject_type": NULLABLE,
                "metadata": {"type": "boolean"},
                "type": STRING,
                "keywords": STRING,
            },
        },
        "ServiceRequest": request_schema,
        "NewServiceRequest": new_request,
        "FiledServiceRequest": filed,
        "Reply": {
            "type": "object",
            "required": ["body"],
            "properties": {"body": {**STRING, "minLength": 1, "maxLength": 4000}},
        },
        "ReplyCreated": {
            "type": "object",
            "properties": {
                "message_id": {"type": "integer"},
                "service_request_id": STRING,
                "created_datetime": DATE_TIME,
            },
        },
        "Open311Request": open311_request,
        "Open311Attribute": attribute,
        "Open311NewRequest": _open311_post(),
    }


def _open311_post() -> dict[str, Any]:
    props: dict[str, Any] = {
        "api_key": {**STRING, "minLength": 1, "maxLength": 200},
        "service_code": CODE,
        "jurisdiction_id": {**DIVISION, "description": "The division the tip is about."},
        "lat": {"type": "number", "minimum": -90, "maximum": 90},
        "long": {"type": "number", "minimum": -180, "maximum": 180},
        "address_string": {**STRING, "minLength": 1, "maxLength": 300},
        "email": {**STRING, "maxLength": 200},
        "device_id": {**STRING, "maxLength": 200, "description": "Accepted and not stored."},
        "account_id": {**STRING, "maxLength": 200, "description": "Accepted and not stored."},
        "first_name": {**STRING, "maxLength": 200},
        "last_name": {**STRING, "maxLength": 200},
        "phone": {**STRING, "maxLength": 200},
        "description": {**STRING, "minLength": 20, "maxLength": 3000},
        "password": {**STRING, "minLength": 6, "maxLength": 64, "description": "Generated when omitted."},
        "language": {"type": "string", "enum": ["zh_CN", "en"]},
        "attribute[subject_name]": {**STRING, "minLength": 2, "maxLength": 200},
        "attribute[occurred]": {"type": "string", "enum": list(texts.OCCURRED)},
        "attribute[occurred_date]": {**STRING, "minLength": 1, "maxLength": 40},
        "attribute[credit_code]": {**STRING, "maxLength": 40},
        "attribute[subject_type]": {
            "type": "string",
            "enum": list(SUBJECT_TYPES),
            "description": "Only with service_code other.",
        },
    }
    assert set(props) - {k for k in props if k.startswith("attribute[")} == POST_FIELDS
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "api_key",
            "service_code",
            "description",
            "attribute[subject_name]",
            "attribute[occurred]",
        ],
        "anyOf": [
            {"required": ["address_string"]},
            {"required": ["jurisdiction_id"]},
            {"required": ["lat", "long"]},
        ],
        "properties": props,
    }


def _json_api_paths() -> dict[str, Any]:
    ref = lambda name: {"$ref": f"#/components/schemas/{name}"}  # noqa: E731
    list_of = lambda name: {"type": "array", "items": ref(name)}  # noqa: E731
    request_id = {
        "name": "request_id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^[0-9]{1,15}$"},
    }
    return {
        "/api/v1/services": {
            "get": {
                "summary": "Service codes: the categories of tips, with names in the requested language",
                "operationId": "listServices",
                "parameters": LOCALE,
                "responses": {
                    "200": {"description": "The services", "content": _json(list_of("Service"))},
                    **_errors(ERROR, 400, 401),
                },
            }
        },
        "/api/v1/requests": {
            "get": {
                "summary": "Cases of the client's jurisdiction, newest first",
                "operationId": "listRequests",
                "parameters": [
                    *LOCALE,
                    _q(
                        "status",
                        {"type": "string", "pattern": _list_pattern(["open", "closed", *STATUSES])},
                        "open, closed or detailed statuses, comma-separated",
                    ),
                    _q(
                        "service_code",
                        {"type": "string", "pattern": "^[a-z0-9_]{1,48}(,[a-z0-9_]{1,48}){0,49}$"},
                    ),
                    _q("jurisdiction_id", DIVISION, "Unknown codes answer 404"),
                    _q("start_date", {"type": "string", "format": "date-time"}),
                    _q("end_date", {"type": "string", "format": "date-time"}),
                    _q("page", {"type": "integer", "minimum": 1, "maximum": 10_000}),
                    _q("page_size", {"type": "integer", "minimum": 1, "maximum": 200}),
                ],
                "responses": {
                    "200": {"description": "The cases", "content": _json(list_of("ServiceRequest"))},
                    **_errors(ERROR, 400, 401, 403, 404),
                },
            },
            "post": {
                "summary": "File a tip taken by phone (12350); returns receipt code and password",
                "operationId": "createRequest",
                "parameters": [
                    *LOCALE,
                    {
                        "name": "Idempotency-Key",
                        "in": "header",
                        "required": False,
                        "description": "The same key with another body answers 422.",
                        "schema": {"type": "string", "minLength": 1, "maxLength": 200},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": ref("NewServiceRequest")},
                    },
                },
                "responses": {
                    "201": {"description": "Filed", "content": _json(list_of("FiledServiceRequest"))},
                    "200": {
                        "description": "Already filed with this Idempotency-Key and body",
                        "content": _json(list_of("FiledServiceRequest")),
                    },
                    **_errors(ERROR, 400, 401, 403, 413, 415, 422),
                },
            },
        },
        "/api/v1/requests/{request_id}": {
            "get": {
                "summary": "One case (as a list of one, as in Open311)",
                "operationId": "getRequest",
                "parameters": [request_id, *LOCALE],
                "responses": {
                    "200": {"description": "The case", "content": _json(list_of("ServiceRequest"))},
                    **_errors(ERROR, 400, 401, 404),
                },
            }
        },
        "/api/v1/requests/{request_id}/replies": {
            "post": {
                "summary": "Post a public reply: it reaches the reporter",
                "operationId": "postReply",
                "parameters": [request_id],
                "requestBody": {"required": True, "content": _json(ref("Reply"))},
                "responses": {
                    "201": {"description": "Posted", "content": _json(ref("ReplyCreated"))},
                    **_errors(ERROR, 400, 401, 403, 404, 413, 415, 422),
                },
            }
        },
        "/api/v1/openapi.json": {
            "get": {
                "summary": "This description",
                "operationId": "openapi",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1 document"}},
            }
        },
    }


def _open311_paths() -> dict[str, Any]:
    ref = lambda name: {"$ref": f"#/components/schemas/{name}"}  # noqa: E731
    fmt = {
        "name": "format",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "enum": ["json", "xml"]},
    }
    jurisdiction = _q("jurisdiction_id", DIVISION, "Optional; unknown codes answer 404")
    api_key = _q("api_key", {"type": "string", "minLength": 1, "maxLength": 200}, "Optional for reads")

    def content(schema: dict[str, Any]) -> dict[str, Any]:
        return {"application/json": {"schema": schema}, "text/xml": {"schema": {"type": "string"}}}

    def read(op: str, summary: str, schema: dict[str, Any], params: list[Any], *codes: int) -> dict[str, Any]:
        return {
            "get": {
                "summary": summary,
                "operationId": op,
                "security": [],
                "parameters": [fmt, *params],
                "responses": {
                    "200": {"description": summary, "content": content(schema)},
                    **_errors(OPEN311_ERRORS, 400, 404, *codes),
                },
            }
        }

    requests_get = read(
        "open311ListRequests",
        "Tips, newest first: public fields without api_key, the client's jurisdiction with it",
        {"type": "array", "items": ref("Open311Request")},
        [
            api_key,
            jurisdiction,
            *LOCALE,
            _q(
                "service_request_id",
                {"type": "string", "pattern": "^[0-9]{1,15}(,[0-9]{1,15}){0,49}$"},
                "Comma-separated; overrides every other filter",
            ),
            _q("service_code", {"type": "string", "pattern": _list_pattern(SERVICE_CODES)}),
            _q("status", {"type": "string", "pattern": _list_pattern(["open", "closed"])}),
            _q("start_date", {"type": "string", "format": "date-time"}, "Default: 90 days before end_date"),
            _q("end_date", {"type": "string", "format": "date-time"}, "Default: now; at most 90 days after"),
            _q("page", {"type": "integer", "minimum": 1, "maximum": OPEN311_MAX_PAGE}),
            _q("page_size", {"type": "integer", "minimum": 1, "maximum": 500}),
        ],
        403,
        422,
    )
    requests_get["post"] = {
        "summary": "File a tip (api_key required)",
        "operationId": "open311CreateRequest",
        "security": [],
        "parameters": [fmt, *LOCALE],
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {"schema": ref("Open311NewRequest")},
                "multipart/form-data": {"schema": ref("Open311NewRequest")},
            },
        },
        "responses": {
            "201": {
                "description": "Filed",
                "content": content({"type": "array", "items": {"type": "object"}}),
            },
            "200": {
                "description": "Already filed with this Idempotency-Key and body",
                "content": content({"type": "array", "items": {"type": "object"}}),
            },
            **_errors(OPEN311_ERRORS, 400, 403, 404, 413, 415, 422),
        },
    }
    return {
        "/open311/discovery.{format}": read("open311Discovery", "Discovery", {"type": "object"}, []),
        "/open311/v2/services.{format}": read(
            "open311Services",
            "Service list",
            {"type": "array", "items": ref("Service")},
            [jurisdiction, *LOCALE],
            404,
        ),
        "/open311/v2/services/{service_code}.{format}": read(
            "open311ServiceDefinition",
            "Service definition",
            {
                "type": "object",
                "properties": {
                    "service_code": CODE,
                    "attributes": {"type": "array", "items": ref("Open311Attribute")},
                },
            },
            [
                {"name": "service_code", "in": "path", "required": True, "schema": CODE},
                jurisdiction,
                *LOCALE,
            ],
            404,
        ),
        "/open311/v2/requests.{format}": requests_get,
        "/open311/v2/requests/{service_request_id}.{format}": read(
            "open311GetRequest",
            "One tip (as a list of one)",
            {"type": "array", "items": ref("Open311Request")},
            [
                {
                    "name": "service_request_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^[0-9]{1,15}$"},
                },
                api_key,
                jurisdiction,
                *LOCALE,
            ],
            403,
            404,
        ),
        "/open311/v2/openapi.json": {
            "get": {
                "summary": "This description",
                "operationId": "open311Openapi",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1 document"}},
            }
        },
    }


def spec(server_url: str = "/") -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Work-safety tip line: Open311 GeoReport v2 and the case queue API",
            "version": "1.1.0",
            "description": "Open311 GeoReport v2 under /open311/v2/ (services are tip categories, service "
            "requests are tips); the richer JSON API under /api/v1/ as its extension, for clients with a "
            "bearer token. Reporter identities are never returned.",
        },
        "servers": [{"url": server_url.rstrip("/") or "/"}],
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": _schemas(),
        },
        "paths": {**_json_api_paths(), **_open311_paths()},
    }


async def openapi_json(request: web.Request) -> web.Response:
    from web.context import ctx

    return web.json_response(spec(ctx(request).public_base(request)))
