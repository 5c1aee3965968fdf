"""The public verification pages: the one a phone's camera app opens from a certificate's QR code
(`PUBLIC_URL/V/<digits>`, see certs/README.md), the same verdict as the bot gives for a photo; and `/verify`,
where a certificate number and the holder's name are typed, as on the national lookup (the bot's /verify).

Checks from this page file cases the same way (a forged card scanned by an employer is as much a case as
one photographed in the bot), without the photo.
"""

from __future__ import annotations

from aiohttp import web

from cases import verification
from foundation import clock
from web.context import ctx
from web.keys import GETTEXT
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
    await verification.file_failure(result, qr_text=None, photo=None, media=ctx(request).media, channel="web")
    return render(request, "public/verify.html", lines=verification.verdict_lines(result, request[GETTEXT]))


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
            await verification.file_failure(
                result, qr_text=None, photo=None, media=ctx(request).media, channel="web"
            )
            lines = verification.verdict_lines(result, _)
    return render(request, "public/verify_lookup.html", lines=lines, error=error, cert_no=cert_no, name=name)
