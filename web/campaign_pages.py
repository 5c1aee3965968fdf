"""Campaigns in the back office: the list (with the creation form for city and province admins), one
campaign as the viewer's jurisdiction sees it (phases, subjects in scope and their self-inspections,
overdue measures, coverage, the roll-up table) and the roll-up as XLSX and PDF at any time."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web

from campaigns import rollup, service
from campaigns.template import PHASES, item_text
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


async def _checklist_context(request: web.Request, campaign: Campaign, subject: Any) -> dict[str, Any]:
    from models.campaigns import ItemFinding
    from models.inspections import Inspection

    record = await SelfInspection.get_or_none(campaign_id=campaign.id, subject_id=subject.id)
    findings = {f.item: f for f in await ItemFinding.filter(campaign_id=campaign.id, subject_id=subject.id)}
    locale = request.get(LOCALE, "zh_CN")
    return {
        "campaign": campaign,
        "subject": subject,
        "items": [
            (
                i,
                item_text(i, locale),
                (record.answers if record else {}).get(i["key"]),
                findings.get(i["key"]),
            )
            for i in service.checklist(campaign, subject)
        ],
        "record": record,
        "inspections": await Inspection.filter(credit_code=subject.credit_code).order_by("-started_at"),
    }


async def _subject_of(request: web.Request, campaign: Campaign) -> Any:
    from web.subject_pages import subject_in_scope

    subject = await subject_in_scope(request, request.match_info["subject_id"])
    if subject.subject_type not in campaign.subject_types:
        raise web.HTTPNotFound()
    return subject


@require(*WORKS_CASES)
async def checklist_page(request: web.Request) -> web.StreamResponse:
    campaign = await _campaign(request)
    subject = await _subject_of(request, campaign)
    return render(
        request, "admin/campaign_subject.html", **await _checklist_context(request, campaign, subject)
    )


@require(*WORKS_CASES)
async def checklist_action(request: web.Request) -> web.StreamResponse:
    """Per-item findings of an inspection, typed from the inspector's on-site record."""
    _ = request[GETTEXT]
    campaign = await _campaign(request)
    subject = await _subject_of(request, campaign)
    form = {k: str(v) for k, v in (await request.post()).items()}
    inspection_id = form.get("inspection", "")
    try:
        results = {
            i["key"]: (form.get(f"result_{i['key']}", ""), form.get(f"note_{i['key']}", ""))
            for i in service.checklist(campaign, subject)
            if form.get(f"result_{i['key']}")
        }
        inspection = None
        if inspection_id.isdigit():
            from models.inspections import Inspection

            inspection = await Inspection.get_or_none(id=int(inspection_id), credit_code=subject.credit_code)
        if inspection is not None:
            await service.findings_from_inspection(campaign, inspection, results, request[STAFF].username)
        else:
            for key, (result, note) in results.items():
                await service.record_finding(
                    campaign, subject, key, result, actor=request[STAFF].username, note=note
                )
    except service.CampaignError as exc:
        return render(
            request,
            "admin/campaign_subject.html",
            status=400,
            error=exc.words(_),
            **await _checklist_context(request, campaign, subject),
        )
    raise web.HTTPSeeOther(f"/admin/campaigns/{campaign.id}/subjects/{subject.id}")
