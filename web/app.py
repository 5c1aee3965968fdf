"""Assembles the web part on an aiohttp Application: middlewares, routes and static files.

`setup_web(app, settings)` is called on the bot's HTTP application (bot/http.py) before it starts, and on
a bare Application in tests. The middlewares act only on the web part's own paths (/admin/, /report,
/status, /api/v1/, /open311/, /static/web/), so the webhook route and /healthz behave as before.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web

from foundation.config import Settings
from web import (
    admin_pages,
    api,
    auth,
    calendar_texts,
    campaign_pages,
    case_pages,
    csrf,
    custody_pages,
    dashboard,
    draw_pages,
    evidence,
    export,
    invite_pages,
    open311,
    penalty_pages,
    public_tips,
    queue_pages,
    report_export,
    selfcheck_pages,
    status,
    subject_pages,
    trust_lists,
    verify_page,
)
from web.context import WEB_KEY, build_context
from web.i18n import locale_middleware
from web.keys import STAFF
from web.render import render

STATIC = Path(__file__).resolve().parent / "static"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
SIGNED_OUT_POSTS = ("/admin/login", "/admin/enrol")  # checked by their own CSRF cookie
PUBLIC_PREFIXES = ("/report", "/status", "/static/web/", "/V/", "/v/", "/inspections/", "/selfcheck/")
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def static_cache_control(request: web.Request) -> str:
    """A year for addresses carrying the file's hash (web.render.static_url), an hour for bare ones."""
    if request.query.get("v"):
        return "public, max-age=31536000, immutable"
    return "public, max-age=3600"


def _is_admin(path: str) -> bool:
    return path == "/admin" or path.startswith("/admin/")


@web.middleware
async def pages_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Sessions and CSRF checks for the back office; friendly 403/404 pages and security headers for all
    web pages."""
    path = request.path
    admin = _is_admin(path)
    if not admin and not path.startswith(PUBLIC_PREFIXES):
        return await handler(request)
    try:
        if admin:
            await auth.load_session(request)
            await calendar_texts.load_banner(request)
            if request.method == "POST" and path not in SIGNED_OUT_POSTS:
                if request.get(STAFF) is None:
                    raise web.HTTPSeeOther("/admin/login")
                await csrf.check(request)
        response = await handler(request)
    except web.HTTPException as exc:
        if exc.status not in (403, 404, 405, 413):
            raise
        response = render(request, "error.html", status=exc.status, code=exc.status)
    if path.startswith("/static/web/") and response.status == 200:
        response.headers["Cache-Control"] = static_cache_control(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    return response


async def admin_root(request: web.Request) -> web.StreamResponse:
    raise web.HTTPMovedPermanently("/admin/")


def setup_web(app: web.Application, settings: Settings) -> None:
    """Adds the back office, the public pages and the JSON API to `app` (before it is started)."""
    app[WEB_KEY] = build_context(settings)
    app.middlewares.extend(
        [locale_middleware, api.api_middleware, open311.open311_middleware, pages_middleware]
    )
    app.router.add_routes(
        [
            web.get("/admin", admin_root),
            web.get("/admin/", queue_pages.queue_page),
            web.get("/admin/login", auth.login_page),
            web.post("/admin/login", auth.login_submit),
            web.post("/admin/logout", auth.logout),
            web.post("/admin/take-next", queue_pages.take_next),
            web.get("/admin/export.csv", export.export_csv),
            web.get("/admin/export.xlsx", export.export_xlsx),
            web.get("/admin/dashboard", dashboard.dashboard_page),
            web.get("/admin/dashboard.xlsx", report_export.dashboard_xlsx),
            web.get("/admin/cases/{case_id}", case_pages.case_page),
            web.post("/admin/cases/{case_id}/act", case_pages.case_action),
            web.post("/admin/cases/{case_id}/reveal", case_pages.reveal),
            web.get("/admin/cases/{case_id}/files/{file_id}", evidence.evidence_file),
            web.get("/admin/cases/{case_id}/evidence.zip", evidence.evidence_package),
            web.get("/evidence/public-key.pem", evidence.evidence_public_key),
            web.get("/admin/enrol", custody_pages.enrol_page),
            web.post("/admin/enrol", custody_pages.enrol_submit),
            web.get("/admin/custody", custody_pages.custody_page),
            web.post("/admin/custody", custody_pages.custody_action),
            web.get("/admin/users", admin_pages.users_page),
            web.post("/admin/users", admin_pages.users_action),
            web.get("/admin/api-clients", admin_pages.clients_page),
            web.post("/admin/api-clients", admin_pages.clients_action),
            web.get("/admin/invites", invite_pages.invites_page),
            web.post("/admin/invites", invite_pages.invites_action),
            web.get("/admin/rewards", admin_pages.rewards_page),
            web.post("/admin/rewards", admin_pages.rewards_action),
            web.get("/admin/campaigns", campaign_pages.campaigns_page),
            web.post("/admin/campaigns", campaign_pages.campaigns_action),
            web.get("/admin/campaigns/{campaign_id}", campaign_pages.campaign_page),
            web.get("/admin/campaigns/{campaign_id}/rollup.{fmt:xlsx|pdf}", campaign_pages.campaign_export),
            web.get("/admin/campaigns/{campaign_id}/subjects/{subject_id}", campaign_pages.checklist_page),
            web.post("/admin/campaigns/{campaign_id}/subjects/{subject_id}", campaign_pages.checklist_action),
            web.get("/admin/subjects", subject_pages.subjects_page),
            web.post("/admin/subjects/import", subject_pages.subjects_import),
            web.get("/admin/subjects/{subject_id}", subject_pages.subject_page),
            web.post("/admin/subjects/{subject_id}", subject_pages.subject_action),
            web.get("/admin/cases/{case_id}/penalties", penalty_pages.penalties_page),
            web.post("/admin/cases/{case_id}/penalties", penalty_pages.penalties_action),
            web.get("/admin/draws", draw_pages.draws_page),
            web.post("/admin/draws", draw_pages.draws_action),
            web.get("/admin/draws/{draw_id}", draw_pages.draw_page),
            web.get("/inspections/{division}", draw_pages.public_results),
            web.get("/selfcheck/{token}", selfcheck_pages.selfcheck_page),
            web.post("/selfcheck/{token}", selfcheck_pages.selfcheck_answer),
            web.get("/report", public_tips.report_page),
            web.post("/report", public_tips.report_submit),
            web.get("/status", status.status_page),
            web.post("/status", status.status_login),
            web.post("/status/action", status.status_action),
            web.get("/verify", verify_page.verify_lookup),
            web.get("/V/{digits}", verify_page.verify_page),
            web.get("/v/{digits}", verify_page.verify_page),
            *api.routes(),
            *trust_lists.routes(),
            *open311.routes(),
        ]
    )
    app.router.add_static("/static/web/", STATIC, name="web_static", append_version=False)
