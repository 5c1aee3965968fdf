"""Custodian self-service: setting one's own password with an enrolment code (/admin/enrol, before any
sign-in), issuing a code for another custodian, and the second factor for reveals (/admin/custody).

These pages are why an admin cannot become the custodian: the admin makes the account, but the password is
set only here, by whoever holds a code issued by another custodian or by the break-glass command
(cases/custodians.py).
"""

from __future__ import annotations

import secrets
from typing import Any

from aiohttp import web

from cases import custodians
from cases.staff import StaffError
from models.staff import StaffRole, StaffUser
from regions import divisions
from web.auth import LOGIN_CSRF_COOKIE, _set_cookie, require
from web.context import ctx
from web.keys import GETTEXT, STAFF
from web.qr import qr_data_uri
from web.ratelimit import client_address
from web.render import render

TOTP_DRAFT = "totp-setup"


def _enrol_form(request: web.Request, status: int = 200, **extra: Any) -> web.Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_hex(16)
    response = render(request, "admin/enrol.html", status=status, login_csrf=token, **extra)
    _set_cookie(request, response, LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


async def enrol_page(request: web.Request) -> web.StreamResponse:
    return _enrol_form(request, username=request.query.get("username", "")[:64])


async def enrol_submit(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie, str(form.get("csrf_token", ""))):
        return _enrol_form(request, 403, error=_("The form expired. Please sign in again."), username="")
    username = str(form.get("username", "")).strip().lower()[:64]
    password = str(form.get("password", ""))[:1024]
    throttle, address = ctx(request).login_throttle, client_address(request)
    key = f"enrol:{username}"
    if throttle.wait(key, address) > 0:
        return _enrol_form(
            request, 429, error=_("Too many failed attempts. Please try again in an hour."), username=username
        )
    if password != str(form.get("password2", "")):
        return _enrol_form(request, 400, error=_("The two passwords differ."), username=username)
    try:
        await custodians.enrol(username, str(form.get("code", "")), password)
    except StaffError as exc:
        throttle.fail(key, address)
        message = (
            _("The password needs at least 10 characters.")
            if str(exc).startswith("password")
            else _("The username or the enrolment code is wrong, or the code has expired.")
        )
        return _enrol_form(request, 400, error=message, username=username)
    throttle.succeed(key, address)
    raise web.HTTPSeeOther("/admin/login?enrolled=1")


async def _custody_context(request: web.Request, **extra: Any) -> dict[str, Any]:
    me = request[STAFF]
    others = [
        u
        for u in await StaffUser.filter(role=StaffRole.CUSTODIAN, active=True)
        .exclude(id=me.id)
        .order_by("username")
        if divisions.is_within(u.division_code, me.division_code)
    ]
    return {"others": others, **extra}


@require(StaffRole.CUSTODIAN)
async def custody_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/custody.html", **await _custody_context(request))


@require(StaffRole.CUSTODIAN)
async def custody_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    me: StaffUser = request[STAFF]
    form = await request.post()
    action = str(form.get("action", ""))
    box = ctx(request).tokens
    extra: dict[str, Any] = {}
    try:
        if action == "issue":
            target = await StaffUser.get_or_none(id=int(str(form.get("user_id", "0")) or 0))
            if target is None or not divisions.is_within(target.division_code, me.division_code):
                raise web.HTTPNotFound()
            try:
                code = await custodians.issue_enrolment(target, me)
            except StaffError:
                raise StaffError(_("Only another custodian's account can get a code from you.")) from None
            extra["issued"] = {"username": target.username, "code": code}
        elif action == "totp_start":
            secret = custodians.new_totp_secret()
            uri = custodians.totp_uri(me, secret)
            extra["totp"] = {
                "secret": secret,
                "qr": qr_data_uri(uri),
                "draft": box.seal(TOTP_DRAFT, {"s": secret}, 900),
            }
        elif action == "totp_confirm":
            opened = box.open(TOTP_DRAFT, str(form.get("draft", "")))
            if opened is None:
                raise StaffError(_("The set-up expired. Please start again."))
            try:
                await custodians.set_totp(me, opened["s"], str(form.get("otp", "")))
            except StaffError:
                raise StaffError(
                    _("The code does not match. Check the phone's clock and try again.")
                ) from None
            extra["notice"] = _("The second factor is set up: a reveal now asks for its code.")
        else:
            raise StaffError(_("Unknown action."))
    except StaffError as exc:
        response = render(
            request, "admin/custody.html", status=400, error=str(exc), **await _custody_context(request)
        )
        return response
    response = render(request, "admin/custody.html", **await _custody_context(request, **extra))
    response.headers["Cache-Control"] = "no-store, private"
    return response
