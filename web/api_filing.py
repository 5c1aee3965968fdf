"""Filing a tip for an API client: one path for the JSON API and Open311, through the same checks as the
web form (forms.tip) and the same domain service (cases.tips.file_tip); no tip rule is written twice.

Place: an address (resolved to a division), a division code (`jurisdiction_id`), or coordinates alone.
Coordinates alone cannot be resolved here (there is no offline reverse geocoder), so such a tip goes to
the client's own jurisdiction with the coordinates kept for staff to route it further.

Idempotency-Key: the stored key carries a digest of the body. The same key with the same body replays the
first filing; the same key with another body is a client bug and answers 422 instead of silently
returning the first case.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from cases import tips
from cases.violations import SUBJECT_TYPES, find_violation
from forms.tip import Checked, check_tip, password_problem, to_draft
from models.staff import ApiClient
from models.tips import Tip
from regions import divisions
from web import texts
from web.api_input import ApiError, fingerprint

SUBJECT_BY_PREFIX = {"tr_": "training", "eb_": "exam_body", "es_": "exam_site", "en_": "enterprise"}


@dataclass
class Filed:
    filed: tips.FiledTip
    generated_password: str | None
    checked: Checked


def subject_of(code: str) -> str:
    """The subject type a service code belongs to ("other" and "ot_…" belong to "other")."""
    return next((s for p, s in SUBJECT_BY_PREFIX.items() if code.startswith(p)), "other")


def _sealer(request: web.Request) -> Any:
    from web.context import ctx

    return ctx(request).sealer


async def file_for_client(
    request: web.Request, client: ApiClient, fields: dict[str, Any], _: Callable[[str], str]
) -> Filed:
    """Files `fields` (already type-checked strings/bools: service_code, subject_type, subject_name,
    credit_code, address, place_code, jurisdiction_id, lat, long, occurred, description, contact,
    anonymous, password, language) for `client`; raises ApiError for anything the tip checks refuse."""
    if not client.can_file:
        raise ApiError(403, "forbidden", "This client may not file requests.")
    code = fields.get("service_code") or ""
    subject_type = fields.get("subject_type") or subject_of(code)
    if not any(find_violation(s, code) for s in SUBJECT_TYPES):
        raise ApiError(400, "bad_request", "No such service_code: see the service list.")
    if subject_type in SUBJECT_TYPES and find_violation(subject_type, code) is None:
        raise ApiError(422, "invalid_request", "This service_code is not one for that subject_type.")
    jurisdiction = fields.get("jurisdiction_id")
    place_given = fields.get("address") or jurisdiction
    if not place_given and fields.get("lat") is not None and fields.get("long") is not None:
        jurisdiction = client.division_code
    elif not place_given:
        raise ApiError(400, "missing_place", "Give lat and long, address_string or jurisdiction_id.")
    occurred = fields.get("occurred")
    raw = {
        "subject_type": subject_type,
        "violation": code,
        "subject_name": fields.get("subject_name"),
        "credit_code": fields.get("credit_code"),
        "address": fields.get("address"),
        "place_code": fields.get("place_code"),
        "jurisdiction_id": jurisdiction,
        "latitude": fields.get("lat"),
        "longitude": fields.get("long"),
        "occurred": occurred if occurred in texts.OCCURRED else None,
        "occurred_text": None if occurred in texts.OCCURRED else occurred,
        "description": fields.get("description"),
        "identity": "real" if fields.get("real") else "anon",
        "contact": fields.get("contact") or "",
    }
    checked = check_tip(raw, division_given=True)
    password = fields.get("password") or ""
    problems = list(checked.problems)
    if password and (p := password_problem(password)) is not None:
        problems.append(p)
    if problems:
        extra: dict[str, Any] = {"errors": [{"field": p.field, "description": p.text(_)} for p in problems]}
        if checked.candidates:
            extra["candidates"] = [{"jurisdiction_id": c, "name": n} for c, n in checked.candidates]
        raise ApiError(422, "invalid_request", "; ".join(p.text(_) for p in problems), **extra)
    if not divisions.is_within(checked.fields.division_code or "", client.division_code):
        # writes are scoped like reads: a county's call centre files into its county only
        raise ApiError(403, "forbidden", "jurisdiction_id is outside the client's jurisdiction.")
    key = await _idempotency_key(request, client, fields)
    generated = None if password else tips.new_password()
    language = fields.get("language") or "zh_CN"
    filed = await tips.file_tip(
        to_draft(checked.fields, [], "phone", language if language in ("zh_CN", "en") else "zh_CN"),
        sealer=_sealer(request),
        password=password or generated,
        idempotency_key=key,
        actor=f"api:{client.name}"[:64],
    )
    return Filed(filed, None if filed.replayed else generated, checked)


async def _idempotency_key(request: web.Request, client: ApiClient, fields: dict[str, Any]) -> str | None:
    given = request.headers.get("Idempotency-Key")
    if given is None:
        return None
    if not 1 <= len(given) <= 200:
        raise ApiError(400, "bad_request", "Idempotency-Key must be 1 to 200 characters.")
    prefix = f"api:{client.id}:{hashlib.sha256(given.encode()).hexdigest()[:24]}:"
    key = prefix + fingerprint(fields)
    earlier = await Tip.filter(idempotency_key__startswith=prefix).first()
    if earlier is not None and earlier.idempotency_key != key:
        raise ApiError(
            422, "idempotency_key_reused", "This Idempotency-Key was used with a different request body."
        )
    return key
