"""The public verification page a phone's camera app opens from a certificate's QR code
(`PUBLIC_URL/V/<digits>`, see certs/README.md): the same verdict as the bot gives for a photo.

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
