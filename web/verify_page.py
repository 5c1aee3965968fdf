"""The public verification pages: the one a phone's camera app opens from a certificate's QR code
(`PUBLIC_URL/V/<digits>`, see certs/README.md), the same verdict as the bot gives for a photo; and `/verify`,
where a certificate number and the holder's name are typed, as on the national lookup (the bot's /verify).

A failed check from this page opens a case only when a signed-in staff member made it, a case about the
same subject is open already, or checks from several addresses confirm it (cases/public_hits.py): an
anonymous request alone must not put a genuine holder under suspicion.

Every worker and employer who scans a card lands on `/V/`, so a verdict that files nothing carries an ETag
over what the page shows (the verdict's lines, hence the registry row as it is now, the date and the key
ring; the language; this build's templates and translations) and `Cache-Control: no-cache`: a phone that
scans the same card again revalidates and gets a 304 without a page being rendered, while a revocation is
seen at the next scan. Pages for signed-in staff and verdicts that may file a case are never cached.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from functools import cache
from pathlib import Path

from aiohttp import web

from cases import public_hits, verification
from foundation import clock
from foundation.i18n import LOCALES_DIR
from web.context import ctx
from web.keys import GETTEXT, LOCALE, STAFF
from web.ratelimit import client_address
from web.render import TEMPLATES, render, render_text


async def verify_page(request: web.Request) -> web.StreamResponse:
    settings = ctx(request).settings
    digits = request.match_info["digits"]
    if not digits.isdigit() or len(digits) > 1000:
        raise web.HTTPNotFound()
    base = settings.public_url or f"{request.scheme}://{request.host}"
    result = await verification.check_qr_text(
        f"{base}/V/{digits}", settings.keys_dir, settings.public_url or base, clock.today()
    )
    await _file_failure(request, result)
    lines = verification.verdict_lines(result, request[GETTEXT])
    tag = None if result.make_case or request.get(STAFF) is not None else page_tag(request, lines)
    if tag is not None and tag in _if_none_match(request):
        return web.Response(status=304, headers={"ETag": tag, "Cache-Control": CACHE_CONTROL})
    if tag is None:
        return render(request, "public/verify.html", lines=lines)
    body = _PAGES.get(tag)
    if body is None:
        body = render_text(request, "public/verify.html", lines=lines)
        _PAGES[tag] = body
        if len(_PAGES) > PAGES_MAX:
            _PAGES.popitem(last=False)
    else:
        _PAGES.move_to_end(tag)
    return web.Response(
        text=body, content_type="text/html", headers={"ETag": tag, "Cache-Control": CACHE_CONTROL}
    )


# Rendered anonymous pages by their ETag, which covers everything they show: a popular card's page is
# rendered once per process, not per scan. Bounded (about 3 KB a page).
_PAGES: OrderedDict[str, str] = OrderedDict()
PAGES_MAX = 2048


# Stored, but asked again each time: a revoked certificate must show as revoked at the next scan.
CACHE_CONTROL = "private, no-cache"


@cache
def build_stamp() -> str:
    """What else a page's bytes depend on: this build's templates and compiled translations."""
    digest = hashlib.sha256()
    for root, pattern in ((TEMPLATES, "**/*.html"), (Path(LOCALES_DIR), "**/*.mo")):
        for path in sorted(root.glob(pattern)):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def page_tag(request: web.Request, lines: list[str]) -> str:
    """A strong ETag for the page an anonymous visitor gets: the lines, the language, the address and
    query (its language links) and the build."""
    body = json.dumps(
        [lines, request.get(LOCALE), request.path, request.query_string, build_stamp()], ensure_ascii=False
    )
    return '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'


def _if_none_match(request: web.Request) -> set[str]:
    header = request.headers.get("If-None-Match", "")[:1000]  # bounded: the public sends it
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


async def _file_failure(request: web.Request, result: verification.Verdict) -> None:
    """An anonymous check alone opens no case (cases/public_hits.py); a signed-in staff member's does."""
    from web.auth import load_session

    await load_session(request)  # no query without a session cookie
    staff = request.get(STAFF)
    await public_hits.file_public_failure(
        result,
        address=client_address(request),
        staff=staff.username if staff is not None else None,
        hits=ctx(request).verify_hits,
        media=ctx(request).media,
    )


MAX_TYPED = 64


async def verify_lookup(request: web.Request) -> web.StreamResponse:
    """GET /verify?cert_no=…&name=…: the form, and below it the registry's answer once both are given."""
    cert_no = request.query.get("cert_no", "")[: MAX_TYPED * 2].strip()
    name = request.query.get("name", "")[:MAX_TYPED].strip()
    lines: list[str] = []
    error = None
    if cert_no or name:
        _ = request[GETTEXT]
        if not cert_no or not name:
            error = _("Type both the certificate number and the holder's name.")
        elif len(cert_no) > MAX_TYPED:
            error = _("A certificate number has at most {n} characters.").format(n=MAX_TYPED)
        else:
            result = await verification.check_typed(cert_no, name, clock.today())
            await _file_failure(request, result)
            lines = verification.verdict_lines(result, _)
    return render(request, "public/verify_lookup.html", lines=lines, error=error, cert_no=cert_no, name=name)
