"""Typed keys for what middlewares put on a request (aiohttp's RequestKey), shared by all web modules."""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from models.staff import ApiClient, StaffUser

LOCALE = web.RequestKey("sw_locale", str)
GETTEXT = web.RequestKey("sw_gettext", Callable[[str], str])  # type: ignore[arg-type]
STAFF = web.RequestKey("sw_staff", StaffUser)
CSRF = web.RequestKey("sw_csrf", str)
SESSION_ID = web.RequestKey("sw_session_id", str)
API_CLIENT = web.RequestKey("sw_api_client", ApiClient)
