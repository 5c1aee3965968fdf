"""CSRF protection for the back office: every POST of a signed-in user must carry the session's token
(hidden field `csrf_token` in each form, or the X-CSRF-Token header). A missing or wrong token is refused
with 403 before any handler runs, so no form can be posted from another site with the user's cookie.
"""

from __future__ import annotations

import secrets

from aiohttp import web

from web.keys import CSRF


async def check(request: web.Request) -> None:
    expected = request.get(CSRF)
    if expected is None:
        return  # not signed in: the handler's own check sends the user to the login page
    given = request.headers.get("X-CSRF-Token")
    if given is None:
        form = await request.post()
        given = str(form.get("csrf_token", ""))
    if not given or not secrets.compare_digest(given, expected):
        raise web.HTTPForbidden(text="CSRF token missing or wrong")
