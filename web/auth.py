"""Back-office sign-in: username and password (cases.staff.authenticate: argon2; repeated failures slow
down that account from that address only, web/ratelimit.LoginThrottle), a session cookie, and the roles
that decide what a signed-in user may do.

The cookie holds a random token; the database keeps only its SHA-256 (`WebSession.id`), so a copy of the
database does not let anyone take over a session. Cookies are HttpOnly, SameSite=Lax, Secure when the
public address is HTTPS, and sessions end after SESSION_HOURS (default 12) or at logout.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Awaitable, Callable
from datetime import timedelta
from functools import wraps
from urllib.parse import urlencode

from aiohttp import web

from cases import staff as staff_rules
from cases.staff import (  # what each role may do, shared with the bot's /queue  # noqa: F401
    ADMINISTERS,
    ASSIGNS_OTHERS,
    DECIDES_REWARDS,
    SEES_DASHBOARD,
    WORKS_CASES,
)
from foundation import clock
from models.staff import StaffUser, WebSession
from web.context import ctx
from web.keys import CSRF, GETTEXT, SESSION_ID, STAFF
from web.ratelimit import client_address
from web.render import render

SESSION_COOKIE = "sw_session"
LOGIN_CSRF_COOKIE = "sw_login_csrf"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def session_lifetime() -> timedelta:
    try:
        return timedelta(hours=float(os.environ.get("SESSION_HOURS", "12")))
    except ValueError:
        return timedelta(hours=12)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def load_session(request: web.Request) -> None:
    """Puts the signed-in user and the session's CSRF token on the request, if the cookie is valid."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return
    session = await WebSession.get_or_none(id=token_hash(token)).prefetch_related("user")
    if session is None:
        return
    if session.expires_at <= clock.now() or not session.user.active:
        await session.delete()
        return
    request[STAFF] = session.user
    request[CSRF] = session.csrf_token
    request[SESSION_ID] = session.id


def require(*roles: str) -> Callable[[Handler], Handler]:
    """Only signed-in staff (of one of `roles`, when given) reach the handler; others are sent to the
    login page or refused with 403."""

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapped(request: web.Request) -> web.StreamResponse:
            user = request.get(STAFF)
            if user is None:
                if request.method == "GET":
                    raise web.HTTPSeeOther("/admin/login?" + urlencode({"next": request.path_qs}))
                raise web.HTTPSeeOther("/admin/login")
            if roles and user.role not in roles:
                raise web.HTTPForbidden()
            return await handler(request)

        return wrapped

    return decorate


def _safe_next(target: str | None) -> str:
    """Only local back-office addresses, so the login page cannot send anyone elsewhere."""
    if target and target.startswith("/admin/") and not target.startswith("//"):
        return target
    return "/admin/"


def _set_cookie(
    request: web.Request, response: web.StreamResponse, name: str, value: str, max_age: int | None
) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        httponly=True,
        samesite="Lax",
        path="/",
        secure=ctx(request).secure_cookies,
    )


async def login_page(request: web.Request) -> web.StreamResponse:
    if request.get(STAFF) is not None:
        raise web.HTTPSeeOther("/admin/")
    return _login_form(request, error=None, username="")


def _login_form(request: web.Request, error: str | None, username: str, status: int = 200) -> web.Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_hex(16)
    response = render(
        request,
        "admin/login.html",
        status=status,
        error=error,
        username=username,
        login_csrf=token,
        next=_safe_next(request.query.get("next")),
    )
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


async def login_submit(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie, str(form.get("csrf_token", ""))):
        return _login_form(request, _("The form expired. Please sign in again."), "", status=403)
    username = str(form.get("username", "")).strip().lower()[:64]
    password = str(form.get("password", ""))[:1024]
    throttle, address = ctx(request).login_throttle, client_address(request)
    wait = throttle.wait(username, address)
    if wait > 0:  # the same time as a real check, whether or not the account exists
        await staff_rules.spend_check_time(password)
        return _login_form(
            request,
            _("Too many failed attempts from here. Please wait {seconds} seconds and try again.").format(
                seconds=int(wait) + 1
            ),
            username,
            status=429,
        )
    user = await staff_rules.authenticate(username, password)
    if user is None:
        throttle.fail(username, address)
        return _login_form(request, _("Wrong username or password."), username, status=401)
    throttle.succeed(username, address)
    token = secrets.token_urlsafe(32)
    await WebSession.create(
        id=token_hash(token),
        user=user,
        csrf_token=secrets.token_hex(32),
        expires_at=clock.now() + session_lifetime(),
    )
    response = web.HTTPSeeOther(_safe_next(str(form.get("next", ""))))
    _set_cookie(request, response, SESSION_COOKIE, token, max_age=int(session_lifetime().total_seconds()))
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    session_id = request.get(SESSION_ID)
    if session_id:
        await WebSession.filter(id=session_id).delete()
    response = web.HTTPSeeOther("/admin/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response


def staff_of(request: web.Request) -> StaffUser:
    return request[STAFF]
