"""The language of a web page: `?lang=zh_CN|en` (remembered in a cookie), else the cookie, else the
browser's Accept-Language (zh* → zh_CN, anything else → en), else zh_CN.

zh-TW / zh-Hant readers get Simplified Chinese here rather than English: the service is for the mainland
and a Chinese reader understands it better than English.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from foundation.i18n import LOCALES, translator
from web.keys import GETTEXT, LOCALE

COOKIE = "sw_lang"
DEFAULT = "zh_CN"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def from_accept_language(header: str | None) -> str | None:
    """The first language of the header we speak, by the order of q-values."""
    if not header:
        return None
    ranked = []
    for index, part in enumerate(header.split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _sep, params = piece.partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, index, tag.strip().lower()))
    for _q, _i, tag in sorted(ranked):
        if tag.startswith("zh"):
            return "zh_CN"
        if tag and tag != "*":
            return "en"
    return None


def choose_locale(request: web.Request) -> tuple[str, bool]:
    """(locale, whether it was asked for in the query string and should be remembered)."""
    asked = request.query.get("lang")
    if asked in LOCALES:
        return asked, True
    cookie = request.cookies.get(COOKIE)
    if cookie in LOCALES:
        return cookie, False
    return from_accept_language(request.headers.get("Accept-Language")) or DEFAULT, False


@web.middleware
async def locale_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    locale, remember = choose_locale(request)
    request[LOCALE] = locale
    request[GETTEXT] = translator(locale)
    response = await handler(request)
    if remember:
        response.set_cookie(COOKIE, locale, max_age=365 * 86400, httponly=True, samesite="Lax", path="/")
    return response


def gettext(request: web.Request) -> Callable[[str], str]:
    return request.get(GETTEXT) or translator(DEFAULT)
