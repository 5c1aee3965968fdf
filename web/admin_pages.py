"""Administration (admin role): back-office users, API clients and reward rules, each limited to the
admin's own jurisdiction. Passwords and API tokens made here are shown once, on the response page, and
stored only as hashes (argon2 for passwords, SHA-256 for tokens)."""

from __future__ import annotations

import hashlib
import secrets
from decimal import Decimal, InvalidOperation
from typing import Any

from aiohttp import web
from argon2 import PasswordHasher

from cases import custodians, rewards
from cases import staff as staff_rules
from cases.service import CaseError
from models.ops import RewardRule
from models.staff import ApiClient, StaffRole, StaffUser, WebSession
from regions import divisions
from web.auth import ADMINISTERS, require
from web.keys import GETTEXT, STAFF
from web.render import render
from web.scope import division_options


def _in_scope(request: web.Request, code: str) -> bool:
    return divisions.is_within(code, request[STAFF].division_code)


def new_password() -> str:
    return secrets.token_urlsafe(12)


async def _users_context(request: web.Request) -> dict[str, Any]:
    admin = request[STAFF]
    users = [
        u
        for u in await StaffUser.all().order_by("username")
        if divisions.is_within(u.division_code, admin.division_code)
    ]
    return {"users": users, "roles": StaffRole.ALL, "divisions": division_options(admin.division_code)}


@require(*ADMINISTERS)
async def users_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/users.html", **await _users_context(request))


@require(*ADMINISTERS)
async def users_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    action = str(form.get("action", ""))
    shown_password = None
    notice = None
    try:
        if action == "create":
            division = str(form.get("division", ""))
            if not _in_scope(request, division):
                raise staff_rules.StaffError(_("Choose a division inside your jurisdiction."))
            username = str(form.get("username", "")).strip().lower()
            display_name = str(form.get("display_name", "")).strip() or None
            if str(form.get("role", "")) == StaffRole.CUSTODIAN:
                # Separation of duties: the admin never knows a custodian's password (cases/custodians.py).
                user = await custodians.create_custodian(username, division, display_name)
                notice = _(
                    "Custodian {name} was created without a password. Another custodian, or the "
                    "break-glass command on the server, issues the code with which they set their own."
                ).format(name=user.username)
            else:
                password = str(form.get("password", "")) or new_password()
                user = await staff_rules.create_user(
                    username, password, str(form.get("role", "")), division, display_name
                )
                shown_password = password if not form.get("password") else None
                notice = _("User {name} was created.").format(name=user.username)
        else:
            user = await StaffUser.get_or_none(id=int(str(form.get("user_id", "0")) or 0))
            if user is None or not _in_scope(request, user.division_code):
                raise web.HTTPNotFound()
            if action == "disable":
                if user.id == request[STAFF].id:
                    raise staff_rules.StaffError(_("You cannot disable your own account."))
                user.active = False
                await user.save(update_fields=["active"])
                await WebSession.filter(user_id=user.id).delete()
                notice = _("User {name} was disabled.").format(name=user.username)
            elif action == "enable":
                user.active = True
                await user.save(update_fields=["active"])
                notice = _("User {name} was enabled.").format(name=user.username)
            elif action == "reset" and user.role == StaffRole.CUSTODIAN:
                raise staff_rules.StaffError(
                    _(
                        "An admin cannot reset a custodian's password. Another custodian, or the "
                        "break-glass command on the server, issues an enrolment code."
                    )
                )
            elif action == "reset":
                shown_password = new_password()
                user.password_hash = PasswordHasher().hash(shown_password)
                user.failed_logins, user.locked_until = 0, None
                await user.save(update_fields=["password_hash", "failed_logins", "locked_until"])
                await WebSession.filter(user_id=user.id).delete()
                notice = _("The password of {name} was reset.").format(name=user.username)
            else:
                raise staff_rules.StaffError(_("Unknown action."))
    except staff_rules.StaffError as exc:
        return render(
            request, "admin/users.html", status=400, error=str(exc), **await _users_context(request)
        )
    return render(
        request,
        "admin/users.html",
        notice=notice,
        shown_password=shown_password,
        **await _users_context(request),
    )


def api_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def _clients_context(request: web.Request) -> dict[str, Any]:
    admin = request[STAFF]
    clients = [
        c
        for c in await ApiClient.all().order_by("name")
        if divisions.is_within(c.division_code, admin.division_code)
    ]
    return {"clients": clients, "divisions": division_options(admin.division_code)}


@require(*ADMINISTERS)
async def clients_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/api_clients.html", **await _clients_context(request))


@require(*ADMINISTERS)
async def clients_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    action = str(form.get("action", ""))
    token = None
    error = None
    if action == "create":
        name = str(form.get("name", "")).strip()
        division = str(form.get("division", ""))
        if not 2 <= len(name) <= 100:
            error = _("The name needs 2 to 100 characters.")
        elif not _in_scope(request, division):
            error = _("Choose a division inside your jurisdiction.")
        elif await ApiClient.exists(name=name):
            error = _("A client of that name exists already.")
        else:
            token = "swk_" + secrets.token_urlsafe(32)
            await ApiClient.create(
                name=name,
                token_hash=api_token_hash(token),
                division_code=division,
                can_file=bool(form.get("can_file")),
            )
    elif action in ("disable", "enable"):
        client = await ApiClient.get_or_none(id=int(str(form.get("client_id", "0")) or 0))
        if client is None or not _in_scope(request, client.division_code):
            raise web.HTTPNotFound()
        client.active = action == "enable"
        await client.save(update_fields=["active"])
    else:
        error = _("Unknown action.")
    return render(
        request,
        "admin/api_clients.html",
        status=400 if error else 200,
        error=error,
        token=token,
        **await _clients_context(request),
    )


async def _rules_context(request: web.Request) -> dict[str, Any]:
    admin = request[STAFF]
    rules = [
        r
        for r in await RewardRule.all().order_by("division_code")
        if divisions.is_within(r.division_code, admin.division_code)
    ]
    return {
        "rules": rules,
        "divisions": division_options(admin.division_code),
        "effective": await rewards.rule_for(admin.division_code),
        "national": rewards.NATIONAL,
    }


@require(*ADMINISTERS)
async def rewards_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/rewards.html", **await _rules_context(request))


@require(*ADMINISTERS)
async def rewards_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    division = str(form.get("division", ""))
    error = None
    try:
        if not _in_scope(request, division):
            raise CaseError(_("Choose a division inside your jurisdiction."))
        if form.get("action") == "delete":
            await RewardRule.filter(division_code=division).delete()
        else:
            rate = Decimal(str(form.get("rate_percent", "")).strip()) / 100
            await rewards.set_rule(
                division, rate, int(str(form.get("minimum", ""))), int(str(form.get("maximum", "")))
            )
    except (CaseError, InvalidOperation, ValueError) as exc:
        error = str(exc) if isinstance(exc, CaseError) else _("Rate, minimum and maximum must be numbers.")
    return render(
        request,
        "admin/rewards.html",
        status=400 if error else 200,
        error=error,
        notice=None if error else _("The reward rules were saved."),
        **await _rules_context(request),
    )
