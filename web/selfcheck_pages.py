"""The self-inspection checklist on a phone's browser: /selfcheck/{token}, the signed link the bot gives an
enterprise officer or institution contact (campaigns/weblink.py). One item per page; a problem asks for its
description, measure, deadline and responsible person. Every answer goes through campaigns.service, as the
bot's do, so a closed phase is refused with its dates and an incomplete problem is refused naming what is
missing; what the person typed is shown again, never lost.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from campaigns import service, weblink
from campaigns.template import item_text
from forms.selfcheck import ITEM, TEXT_FIELDS, check_item
from models.campaigns import SelfInspection
from web.context import ctx
from web.keys import GETTEXT, LOCALE
from web.render import render

MAX_FIELD = 1000


async def _holder(request: web.Request) -> weblink.LinkHolder | None:
    return await weblink.open_link(ctx(request).settings.keys_dir, request.match_info["token"])


def _expired(request: web.Request) -> web.Response:
    return render(request, "public/selfcheck_expired.html", status=403)


async def _page(
    request: web.Request,
    holder: weblink.LinkHolder,
    status: int = 200,
    error: str | None = None,
    values: dict[str, str] | None = None,
) -> web.Response:
    campaign, subject = holder.campaign, holder.subject
    items = service.checklist(campaign, subject)
    record = await SelfInspection.get_or_none(campaign_id=campaign.id, subject_id=subject.id)
    answers = record.answers if record else {}
    pending = [i for i, item in enumerate(items) if item["key"] not in answers]
    index = pending[0] if pending else None
    dates = service.phase_dates(campaign, "self_inspection")
    return render(
        request,
        "public/selfcheck.html",
        status=status,
        campaign=campaign,
        subject=subject,
        token=request.match_info["token"],
        item=items[index] if index is not None else None,
        item_words=item_text(items[index], request[LOCALE]) if index is not None else "",
        number=(index or 0) + 1,
        total=len(items),
        answered=len(items) - len(pending),
        submitted=bool(record and record.submitted_at),
        enterprise=subject.subject_type == "enterprise",
        starts=dates[0].isoformat() if dates else "—",
        ends=dates[1].isoformat() if dates else "—",
        error=error,
        values=values or {},
    )


async def selfcheck_page(request: web.Request) -> web.StreamResponse:
    holder = await _holder(request)
    if holder is None:
        return _expired(request)
    return await _page(request, holder)


async def selfcheck_answer(request: web.Request) -> web.StreamResponse:
    holder = await _holder(request)
    if holder is None:
        return _expired(request)
    _ = request[GETTEXT]
    form = await request.post()
    values = {name: str(form.get(name, ""))[: MAX_FIELD + 1] for name in TEXT_FIELDS}
    try:
        if form.get("action") == "submit":
            await service.submit(holder.campaign, holder.subject, f"web:{holder.actor}")
        else:
            await _answer(holder, str(form.get("key", ""))[:64], str(form.get("answer", "")), values, _)
    except service.CampaignError as exc:
        return await _page(request, holder, 400, exc.words(_), values)
    except _BadInput as exc:
        return await _page(request, holder, 400, str(exc), values)
    raise web.HTTPSeeOther(request.path_qs)


class _BadInput(ValueError):
    """Already in the reader's words."""


async def _answer(
    holder: weblink.LinkHolder, key: str, answer: str, values: dict[str, str], _: Any
) -> None:
    """Checked by the same form definition as the bot's questions (forms/selfcheck.py), then saved by
    campaigns.service as the bot's answers are."""
    checked, problems = check_item({**values, "answer": answer})
    if problems:
        first = problems[0]
        label = _(ITEM.field(first.field).label)
        raise _BadInput(f"{label}: {first.text(_)}" if first.field != "answer" else first.text(_))
    problem = checked["answer"] == "problem"
    await service.answer(
        holder.campaign,
        holder.subject,
        key,
        not problem,
        actor=f"web:{holder.actor}",
        problem=checked.get("problem", ""),
        measure=checked.get("measure", ""),
        deadline=checked.get("deadline"),
        responsible=checked.get("responsible", ""),
    )
