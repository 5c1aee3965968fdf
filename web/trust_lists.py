"""The public, cacheable trust documents of the open verification spec (docs/verification-spec.md):

- `/.well-known/safetywatch/keys.json`: the signed key set;
- `/.well-known/safetywatch/revocations.json`: the signed revocation list.

No login, CORS open (another province's web app may fetch them from a browser), an ETag over the exact
bytes, `Last-Modified` from the document's `issued_at`, and 304 on a matching `If-None-Match`. The
revocation list is rebuilt at most every `REBUILD_SECONDS` per process, so a crowd of verifiers polling
it costs one registry query a minute, not one each.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import datetime
from email.utils import format_datetime

from aiohttp import web

from certs import keys, trustlist
from web.context import ctx

BASE = "/.well-known/safetywatch"
MEDIA_TYPE = "application/jose+json"
MAX_AGE = 300
REBUILD_SECONDS = 60.0

_revocations: dict[tuple[str, str | None], tuple[float, bytes]] = {}


def _issuer(request: web.Request) -> str:
    return ctx(request).settings.public_url or f"{request.scheme}://{request.host}"


def _issued_at(body: bytes) -> datetime | None:
    try:
        envelope = json.loads(body)
        document = json.loads(trustlist.b64url_decode(envelope["payload"]))
        return datetime.fromisoformat(document["issued_at"].replace("Z", "+00:00"))
    except (ValueError, KeyError, TypeError):
        return None


def _answer(request: web.Request, body: bytes) -> web.Response:
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {
        "ETag": etag,
        "Cache-Control": f"public, max-age={MAX_AGE}",
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": "ETag, Last-Modified",
        "X-Content-Type-Options": "nosniff",
    }
    issued = _issued_at(body)
    if issued is not None:
        headers["Last-Modified"] = format_datetime(issued, usegmt=True)
    wanted = [tag.strip().removeprefix("W/") for tag in request.headers.get("If-None-Match", "").split(",")]
    if etag in wanted or "*" in wanted:
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, content_type=MEDIA_TYPE, headers=headers)


def _unavailable() -> web.Response:
    """A broken key store is the operator's to fix; a verifier gets a plain 503 and keeps its old copy."""
    return web.json_response(
        {"error": "unavailable", "description": "The trust documents cannot be signed right now."},
        status=503,
        headers={"Retry-After": "300", "Cache-Control": "no-store"},
    )


async def key_set(request: web.Request) -> web.Response:
    try:
        body = trustlist.signed_key_set(ctx(request).settings.keys_dir, _issuer(request))
    except keys.KeysError:
        return _unavailable()
    return _answer(request, body)


async def revocation_list(request: web.Request) -> web.Response:
    settings = ctx(request).settings
    cache_key = (str(settings.keys_dir), _issuer(request))
    loop = asyncio.get_running_loop()
    cached = _revocations.get(cache_key)
    if cached is None or loop.time() - cached[0] > REBUILD_SECONDS:
        try:
            body = await trustlist.signed_revocation_list(settings.keys_dir, cache_key[1])
        except keys.KeysError:
            return _unavailable()
        cached = (loop.time(), body)
        _revocations[cache_key] = cached
    return _answer(request, cached[1])


def forget_cache() -> None:
    """For tests and after an import that revoked certificates: the next request rebuilds the list."""
    _revocations.clear()


def routes() -> list[web.RouteDef]:
    return [
        web.get(f"{BASE}/keys.json", key_set),
        web.get(f"{BASE}/revocations.json", revocation_list),
    ]
