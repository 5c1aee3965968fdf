"""The OpenAPI 3.1 description of /api/v1/, served at /api/v1/openapi.json (no token needed to read it)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

ERROR = {"$ref": "#/components/schemas/Error"}


def _error_responses(*codes: int) -> dict[str, Any]:
    names = {
        400: "Invalid request",
        401: "Missing or wrong token",
        403: "Not allowed for this client",
        404: "Not found in the client's jurisdiction",
    }
    return {
        str(c): {"description": names[c], "content": {"application/json": {"schema": ERROR}}} for c in codes
    }


def spec(server_url: str = "/") -> dict[str, Any]:
    string, nullable_string = {"type": "string"}, {"type": ["string", "null"]}
    date_time = {"type": ["string", "null"], "format": "date-time"}
    request_schema = {
        "type": "object",
        "required": ["service_request_id", "status", "jurisdiction_id", "requested_datetime"],
        "properties": {
            "service_request_id": {**string, "description": "The case number."},
            "status": {"type": "string", "enum": ["open", "closed"]},
            "detailed_status": {
                "type": "string",
                "enum": ["received", "accepted", "verifying", "verified", "closed", "rejected"],
            },
            "status_notes": {
                **string,
                "description": "The status in words, with the reason the reporter sees.",
            },
            "service_code": nullable_string,
            "service_name": nullable_string,
            "kind": {
                "type": "string",
                "enum": ["tip", "verification", "notice", "appointment", "inspection"],
            },
            "description": nullable_string,
            "subject_name": nullable_string,
            "agency_responsible": nullable_string,
            "jurisdiction_id": {
                **string,
                "pattern": "^[0-9]{6}$",
                "description": "GB/T 2260 division code of the responsible jurisdiction.",
            },
            "address": nullable_string,
            "lat": {"type": ["number", "null"]},
            "long": {"type": ["number", "null"]},
            "priority": {"type": "integer", "minimum": 1},
            "overdue": {"type": "boolean"},
            "requested_datetime": date_time,
            "updated_datetime": date_time,
            "expected_datetime": {**date_time, "description": "When the running legal clock is due."},
        },
    }
    new_request = {
        "type": "object",
        "required": ["service_code", "subject_name", "description"],
        "properties": {
            "service_code": {**string, "description": "A service_code from GET /services."},
            "subject_type": {
                "type": "string",
                "enum": ["training", "exam_body", "exam_site", "enterprise", "other"],
                "description": "Derived from service_code when omitted.",
            },
            "subject_name": {**string, "minLength": 2, "maxLength": 200},
            "credit_code": {
                **string,
                "description": "Unified social credit code; a wrong check digit is a "
                "warning, a wrong format an error.",
            },
            "address_string": {**string, "description": "Typed address, resolved to a division code."},
            "place_code": {
                **string,
                "description": "One of the candidates returned for an ambiguous address.",
            },
            "jurisdiction_id": {
                **string,
                "pattern": "^[0-9]{6}$",
                "description": "Division code, instead of an address.",
            },
            "lat": {"type": "number"},
            "long": {"type": "number"},
            "occurred": {**string, "description": "today, week, month, earlier, ongoing, or a short date."},
            "description": {**string, "minLength": 20, "maxLength": 3000},
            "anonymous": {"type": "boolean", "description": "Default: anonymous unless a contact is given."},
            "first_name": string,
            "last_name": string,
            "phone": string,
            "email": string,
            "contact": {**string, "description": "Sealed; readable only by the custodian."},
            "password": {
                **string,
                "minLength": 6,
                "maxLength": 64,
                "description": "The caller's own password; one is generated when omitted.",
            },
            "language": {"type": "string", "enum": ["zh_CN", "en"]},
        },
    }
    filed = {
        "type": "object",
        "properties": {
            "service_request_id": string,
            "receipt_code": {**string, "pattern": "^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"},
            "password": {
                **nullable_string,
                "description": "The generated password (null when the caller "
                "chose one, or for a replayed Idempotency-Key).",
            },
            "replayed": {"type": "boolean"},
            "jurisdiction_id": string,
            "service_notice": string,
            "warnings": {"type": "array", "items": string},
            "account_id": {"type": "null"},
        },
    }
    list_of = lambda ref: {"type": "array", "items": {"$ref": ref}}  # noqa: E731
    auth = [{"bearer": []}]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Work-safety tip line and case queue API",
            "version": "1.0.0",
            "description": "Modelled on Open311 GeoReport v2: services are tip categories, service requests "
            "are cases of the client's jurisdiction. Reporter identities are never returned.",
        },
        "servers": [{"url": server_url.rstrip("/") + "/api/v1"}],
        "security": auth,
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["code", "description"],
                    "properties": {
                        "code": string,
                        "description": string,
                        "errors": {"type": "array", "items": {"type": "object"}},
                        "candidates": {"type": "array", "items": {"type": "object"}},
                    },
                },
                "Service": {
                    "type": "object",
                    "properties": {
                        "service_code": string,
                        "service_name": string,
                        "description": string,
                        "group": string,
                        "subject_type": nullable_string,
                        "metadata": {"type": "boolean"},
                        "type": string,
                        "keywords": string,
                    },
                },
                "ServiceRequest": request_schema,
                "NewServiceRequest": new_request,
                "FiledServiceRequest": filed,
                "Reply": {
                    "type": "object",
                    "required": ["body"],
                    "properties": {"body": {**string, "minLength": 1}},
                },
                "ReplyCreated": {
                    "type": "object",
                    "properties": {
                        "message_id": {"type": "integer"},
                        "service_request_id": string,
                        "created_datetime": date_time,
                    },
                },
            },
        },
        "paths": {
            "/services": {
                "get": {
                    "summary": "Service codes: the categories of tips, with names in the requested language",
                    "operationId": "listServices",
                    "parameters": [
                        {
                            "name": "locale",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["zh_CN", "en"]},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The services",
                            "content": {
                                "application/json": {"schema": list_of("#/components/schemas/Service")}
                            },
                        },
                        **_error_responses(401),
                    },
                }
            },
            "/requests": {
                "get": {
                    "summary": "Cases of the client's jurisdiction, newest first",
                    "operationId": "listRequests",
                    "parameters": [
                        {"name": n, "in": "query", "schema": s}
                        for n, s in (
                            (
                                "status",
                                {
                                    "type": "string",
                                    "description": "open, closed, or detailed statuses, comma-separated",
                                },
                            ),
                            ("service_code", {"type": "string", "description": "comma-separated"}),
                            ("jurisdiction_id", {"type": "string"}),
                            ("start_date", {"type": "string", "format": "date-time"}),
                            ("end_date", {"type": "string", "format": "date-time"}),
                            ("page", {"type": "integer", "minimum": 1}),
                            ("page_size", {"type": "integer", "minimum": 1, "maximum": 200}),
                        )
                    ],
                    "responses": {
                        "200": {
                            "description": "The cases",
                            "content": {
                                "application/json": {"schema": list_of("#/components/schemas/ServiceRequest")}
                            },
                        },
                        **_error_responses(400, 401, 403),
                    },
                },
                "post": {
                    "summary": "File a tip taken by phone (12350); returns receipt code and password",
                    "operationId": "createRequest",
                    "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/NewServiceRequest"}
                            },
                            "application/x-www-form-urlencoded": {
                                "schema": {"$ref": "#/components/schemas/NewServiceRequest"}
                            },
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "Filed",
                            "content": {
                                "application/json": {
                                    "schema": list_of("#/components/schemas/FiledServiceRequest")
                                }
                            },
                        },
                        "200": {
                            "description": "Already filed with this Idempotency-Key",
                            "content": {
                                "application/json": {
                                    "schema": list_of("#/components/schemas/FiledServiceRequest")
                                }
                            },
                        },
                        **_error_responses(400, 401, 403),
                    },
                },
            },
            "/requests/{request_id}": {
                "get": {
                    "summary": "One case (as a list of one, as in Open311)",
                    "operationId": "getRequest",
                    "parameters": [
                        {"name": "request_id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "The case",
                            "content": {
                                "application/json": {"schema": list_of("#/components/schemas/ServiceRequest")}
                            },
                        },
                        **_error_responses(401, 404),
                    },
                }
            },
            "/requests/{request_id}/replies": {
                "post": {
                    "summary": "Post a public reply: it reaches the reporter",
                    "operationId": "postReply",
                    "parameters": [
                        {"name": "request_id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reply"}}},
                    },
                    "responses": {
                        "201": {
                            "description": "Posted",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/ReplyCreated"}}
                            },
                        },
                        **_error_responses(400, 401, 403, 404),
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This description",
                    "operationId": "openapi",
                    "security": [],
                    "responses": {"200": {"description": "OpenAPI 3.1 document"}},
                }
            },
        },
    }


async def openapi_json(request: web.Request) -> web.Response:
    from web.context import ctx

    return web.json_response(spec(ctx(request).public_base(request)))
