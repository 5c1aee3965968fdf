"""/status: a reporter follows a tip with its receipt code and password, from any browser.

After the code and password are checked, the page carries a sealed, short-lived token (web/tokens.py) in
its forms instead of the password, for adding information (text and files) while the tip is open, asking
for a review (复查) once it is closed or refused (once, with a reason, within REVIEW_WINDOW_DAYS: see
cases/reopen.py), and claiming a reward. Files are kept only with a valid token (web/uploads.py).
Failed attempts are counted per client address (web/ratelimit.client_address, TRUSTED_PROXIES) and per
receipt code: after 10 in an hour the page says "try later" without checking.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from cases import reopen, rewards, service, tips
from cases.service import CaseError
from forms.followup import FOLLOW_UP
from models.attachments import Attachment
from models.cases import Case, CaseMessage
from models.tips import Tip
from web.context import ctx
from web.keys import GETTEXT
from web.ratelimit import client_address
from web.render import render
from web.uploads import Session, read_form

TOKEN = "status"
TOKEN_TTL = 30 * 60


def _client_key(request: web.Request) -> str:
    return f"ip:{client_address(request)}"


async def status_page(request: web.Request) -> web.StreamResponse:
    code = request.query.get("code", "")[:20]
    return render(request, "public/status_login.html", code=code, error=None)


async def status_login(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    form = await request.post()
    code_text = str(form.get("code", ""))[:40]
    password = str(form.get("password", ""))[:100]
    limiter = ctx(request).status_limiter
    code = tips.normalize_receipt(code_text)
    keys = [_client_key(request)] + ([f"code:{code}"] if code else [])
    if limiter.blocked(*keys):
        return render(
            request,
            "public/status_login.html",
            status=429,
            code=code_text,
            error=_("Too many failed attempts. Please try again in an hour."),
        )
    if code is None and code_text.strip():  # not shaped like a receipt code: say so, as the bot does
        limiter.fail(*keys)
        problem = FOLLOW_UP.check("code", code_text, {}).problem
        return render(
            request, "public/status_login.html", status=400, code=code_text, error=problem.render(_)
        )
    tip = await tips.find_tip(code_text, password) if code else None
    if tip is None:
        limiter.fail(*keys)
        return render(
            request,
            "public/status_login.html",
            status=401,
            code=code_text,
            error=_("The receipt code or the password is wrong."),
        )
    return await _view(request, tip)


def reward_of(case: Case, related: list[Case]) -> dict[str, Any] | None:
    for candidate in [case, *related]:
        reward = (candidate.details or {}).get("reward")
        if reward and reward.get("case") == case.id:
            return reward
    return None


async def _view(
    request: web.Request, tip: Tip, notice: str | None = None, error: str | None = None, status: int = 200
) -> web.Response:
    case = await Case.get(id=tip.case_id)
    root_id = case.cluster_id or case.id
    related = await Case.filter(id=root_id) if root_id != case.id else []
    related += await Case.filter(cluster_id=root_id).exclude(id=case.id)
    messages = await CaseMessage.filter(case_id=case.id, visibility__in=["public", "reporter"]).order_by("id")
    token = ctx(request).tokens.seal(TOKEN, {"tip": tip.id}, TOKEN_TTL)
    details = case.details or {}
    response = render(
        request,
        "public/status_view.html",
        status=status,
        tip=tip,
        case=case,
        receipt=tips.format_receipt(tip.receipt_code),
        reason=details.get(f"{case.status}_reason"),
        result=details.get("result") if case.status in ("verified", "closed") else None,
        reward=reward_of(case, related),
        messages=messages,
        token=token,
        notice=notice,
        error=error,
        is_open=case.status in service.OPEN_STATUSES,
        attachments=await Attachment.filter(tip_id=tip.id).count(),
    )
    response.headers["Cache-Control"] = "no-store, private"
    return response


async def status_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    context = ctx(request)

    async def gate(fields: dict[str, str]) -> Session | None:
        # The token comes first in the form: files are kept only for a valid one, and count against its tip.
        opened = context.tokens.open(TOKEN, fields.get("token"))
        found = await Tip.get_or_none(id=opened["tip"]) if opened else None
        if found is None:
            return None
        held = await Attachment.filter(tip_id=found.id).values_list("size", flat=True)
        return Session(f"tip:{found.id}", 0, sum(int(n or 0) for n in held))

    form = await read_form(
        request,
        context.staging,
        gate,
        context.upload_quota,
        client_address(request),
        context.settings.upload_session_bytes,
    )
    payload = None if form.refused else context.tokens.open(TOKEN, form.get("token"))
    tip = await Tip.get_or_none(id=payload["tip"]) if payload else None
    if tip is None:
        return render(
            request,
            "public/status_login.html",
            status=401,
            code="",
            error=_("This page expired. Please type the receipt code and password again."),
        )
    case = await Case.get(id=tip.case_id)
    action = form.get("action")
    try:
        if action == "add":
            if case.status not in service.OPEN_STATUSES:
                raise CaseError(_("Information can be added while the tip is open."))
            if form.problems:
                raise CaseError("; ".join(p.text(_) for p in form.problems))
            body = form.get("body").strip()
            if not body and not form.files:
                raise CaseError(_("Type a message or attach a file."))
            for item in form.files:
                if not await asyncio.to_thread(context.staging.commit, context.media, item):
                    raise CaseError(_("This page expired. Please type the receipt code and password again."))
                await Attachment.create(
                    case=case,
                    tip=tip,
                    **{
                        k: item.get(k)
                        for k in ("sha256", "size", "kind", "mime_type", "file_name", "redacted_sha256")
                    },
                )
            await service.add_message(case, "reporter", "reporter", body or _("(a file was added)"))
            notice = _("Sent to the office handling the tip. Thank you.")
        elif action == "review":
            try:
                await reopen.ask_review(case, form.get("reason"), _("The reporter asked for a review."))
            except reopen.ReviewRefused as refused:
                raise CaseError(refused.text(_)) from None
            notice = _("Your request for a review was filed.")
        elif action == "claim":
            reward = await rewards.claim(tip)
            notice = _(
                "Your claim for the reward of ¥{amount} was recorded. Check this page for how "
                "it will be paid."
            ).format(amount=reward["amount"])
        else:
            raise CaseError(_("Unknown action."))
    except CaseError as exc:
        return await _view(request, tip, error=str(exc), status=400)
    return await _view(request, tip, notice=notice)
