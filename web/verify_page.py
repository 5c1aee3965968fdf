"""The public verification pages: the one a phone's camera app opens from a certificate's QR code
(`PUBLIC_URL/V/<digits>`, see certs/README.md), the same verdict as the bot gives for a photo; and `/verify`,
where a certificate number and the holder's name are typed, as on the national lookup (the bot's /verify).

A failed check from this page opens a case only when a signed-in staff member made it, a case about the
same subject is open already, or checks from several addresses confirm it (cases/public_hits.py): an
anonymous request alone must not put a genuine holder under suspicion.
"""

from __future__ import annotations

from aiohttp import web

from cases import public_hits, verification
from foundation import clock
from web.context import ctx
from web.keys import GETTEXT, STAFF
from web.ratelimit import client_address
from web.render import render


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
    return render(request, "public/verify.html", lines=verification.verdict_lines(result, request[GETTEXT]))


async def _file_failure(request: web.Request, result: verification.Verdict) -> None:
    """An anonymous check alone opens no case (cases/public_hits.py); a signed-in staff member's does."""
    from web.auth import load_session

    await load_session(request)
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
