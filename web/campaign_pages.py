"""Campaigns in the back office: the list (with the creation form for city and province admins), one
campaign as the viewer's jurisdiction sees it (phases, subjects in scope and their self-inspections,
overdue measures, coverage, the roll-up table) and the roll-up as XLSX and PDF at any time."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from campaigns import rollup, service
from campaigns.template import PHASES
from foundation.i18n import N_
from models.campaigns import Campaign, SelfInspection
from regions import divisions
from subjects.kinds import TYPES
from web.auth import ADMINISTERS, WORKS_CASES, require
from web.keys import GETTEXT, LOCALE, STAFF
from web.render import render


def _reaches(campaign: Campaign, code: str) -> bool:
    return divisions.is_within(code, campaign.division_code) or divisions.is_within(
        campaign.division_code, code
    )


def _area(campaign: Campaign, code: str) -> str:
    """What the viewer sees of a campaign: their own jurisdiction, or all of it when they are above it."""
    return code if divisions.is_within(code, campaign.division_code) else campaign.division_code


async def _campaign(request: web.Request) -> Campaign:
    raw = request.match_info["campaign_id"]
    campaign = await Campaign.get_or_none(id=int(raw)) if raw.isdigit() else None
    if campaign is None or not _reaches(campaign, request[STAFF].division_code):
        raise web.HTTPNotFound()
    return campaign


async def _list_context(request: web.Request) -> dict[str, Any]:
    staff = request[STAFF]
    above = await service.campaigns_for(staff.division_code)
    prefix = divisions.prefix_of(staff.division_code) or staff.division_code
    below = [c for c in await Campaign.filter(division_code__startswith=prefix) if c not in above]
    return {
        "campaigns": sorted({c.id: c for c in [*above, *below]}.values(), key=lambda c: -c.id),
        "types": TYPES,
        "phases": PHASES,
        "can_create": staff.role in ADMINISTERS and staff.division_code.endswith("00"),
    }


@require(*WORKS_CASES)
async def campaigns_page(request: web.Request) -> web.StreamResponse:
    return render(request, "admin/campaigns.html", **await _list_context(request))


@require(*ADMINISTERS)
async def campaigns_action(request: web.Request) -> web.StreamResponse:
    _ = request[GETTEXT]
    staff = request[STAFF]
    form = await request.post()
    phases = []
    try:
        for code in PHASES:
            starts, ends = (
                str(form.get(f"{code}_starts", "")).strip(),
                str(form.get(f"{code}_ends", "")).strip(),
            )
            if starts or ends:
                try:
                    phases.append((code, date.fromisoformat(starts), date.fromisoformat(ends)))
                except ValueError as exc:
                    raise service.CampaignError(
                        N_("A phase needs both dates, written YYYY-MM-DD: {phase}."), phase=PHASES[code]
                    ) from exc
        campaign = await service.create(
            title=str(form.get("title", "")),
            doc_no=str(form.get("doc_no", "")),
            division_code=staff.division_code,
            subject_types=[str(t) for t in form.getall("types", [])],
            phases=phases,
            actor=staff.username,
        )
    except service.CampaignError as exc:
        return render(
            request, "admin/campaigns.html", status=400, error=exc.words(_), **await _list_context(request)
        )
    raise web.HTTPSeeOther(f"/admin/campaigns/{campaign.id}")


@require(*WORKS_CASES)
async def campaign_page(request: web.Request) -> web.StreamResponse:
    campaign = await _campaign(request)
    area = _area(campaign, request[STAFF].division_code)
    subjects = await service.subjects_in_scope(campaign, area)
    selfs = (
        {
            r.subject_id: r
            for r in await SelfInspection.filter(
                campaign_id=campaign.id, subject_id__in=[s.id for s in subjects]
            )
        }
        if subjects
        else {}
    )
    return render(
        request,
        "admin/campaign.html",
        campaign=campaign,
        area=area,
        subjects=subjects,
        selfs=selfs,
        coverage=await service.coverage(campaign, area),
        overdue=await service.overdue_measures(campaign, area),
        rollup=await rollup.build(campaign, area),
        types=TYPES,
        phases=PHASES,
    )


@require(*WORKS_CASES)
async def campaign_export(request: web.Request) -> web.StreamResponse:
    campaign = await _campaign(request)
    built = await rollup.build(campaign, _area(campaign, request[STAFF].division_code))
    locale = request.get(LOCALE, "zh_CN")
    fmt = request.match_info["fmt"]
    if request.match_info["fmt"] == "xlsx":
        body, kind = (
            rollup.xlsx(built, locale),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        body, kind = rollup.pdf(built, locale), "application/pdf"
    return web.Response(
        body=body,
        content_type=kind,
        headers={
            "Content-Disposition": f'attachment; filename="campaign-{campaign.id}.{fmt}"',
            "Cache-Control": "no-store",
        },
    )
