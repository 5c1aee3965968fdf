"""Campaign rules: who may create one, which subjects it covers, self-inspection answers (only while the
self-inspection phase is open), inspectors' per-item findings, overdue measures and coverage.

Refusals are `CampaignError`s (message id + parameters) naming the field, item or date at fault.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from campaigns.template import PHASES, default_checklists
from foundation import clock
from foundation.i18n import N_
from models.campaigns import Campaign, ItemFinding, SelfInspection
from models.inspections import Inspection, InspectionDocument
from models.subjects import Subject
from regions import divisions
from subjects.kinds import INSTITUTIONS, TYPES


class CampaignError(ValueError):
    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid.format(**params))
        self.msgid, self.params = msgid, params

    def words(self, gettext: Any) -> str:
        """The refusal in the reader's language; parameters that are message ids (a phase's name) too."""
        return gettext(self.msgid).format(
            **{k: gettext(v) if isinstance(v, str) else v for k, v in self.params.items()}
        )


NEEDS = {
    "problem": N_("A problem needs its description (1 to 1000 characters)."),
    "measure": N_("A problem needs its corrective measure (1 to 1000 characters)."),
    "responsible": N_("A problem needs the person responsible (1 to 1000 characters)."),
}


def _level_ok(code: str) -> bool:
    """A campaign is run by a city or a province (the county bureaus below carry it out)."""
    return divisions.get(code) is not None and code.endswith("00")


async def create(
    *,
    title: str,
    doc_no: str,
    division_code: str,
    subject_types: list[str],
    phases: list[tuple[str, date, date]],
    actor: str,
    checklists: dict[str, list[dict[str, str]]] | None = None,
) -> Campaign:
    title, doc_no = " ".join(title.split()), " ".join(doc_no.split())
    if not title or len(title) > 300:
        raise CampaignError(N_("A title of 1 to 300 characters is needed."))
    if not doc_no or len(doc_no) > 100:
        raise CampaignError(N_("The document number is needed (at most 100 characters)."))
    if not _level_ok(division_code):
        raise CampaignError(N_("A campaign is created by a city or province bureau."))
    unknown = [t for t in subject_types if t not in TYPES]
    if unknown or not subject_types:
        raise CampaignError(N_("Choose the subject classes in scope from the list."))
    seen = set()
    for phase, starts, ends in phases:
        if phase not in PHASES or phase in seen:
            raise CampaignError(N_("Each phase may appear once, from the list."))
        if ends < starts:
            raise CampaignError(N_("A phase ends before it starts: {phase}."), phase=PHASES[phase])
        seen.add(phase)
    template = checklists or default_checklists()
    chosen = {t: template.get(t, []) for t in subject_types}
    return await Campaign.create(
        title=title,
        doc_no=doc_no,
        division_code=division_code,
        subject_types=list(subject_types),
        phases=[{"phase": p, "starts": s.isoformat(), "ends": e.isoformat()} for p, s, e in phases],
        checklists=chosen,
        created_by=actor,
    )


def phase_dates(campaign: Campaign, phase: str) -> tuple[date, date] | None:
    for p in campaign.phases:
        if p["phase"] == phase:
            return date.fromisoformat(p["starts"]), date.fromisoformat(p["ends"])
    return None


async def campaigns_for(division_code: str) -> list[Campaign]:
    """The campaigns that reach a division: those run by it or by any level above it."""
    chain = [division_code] + [d.code for d in divisions.ancestors(division_code)]
    return await Campaign.filter(division_code__in=chain).order_by("-id")


async def subjects_in_scope(campaign: Campaign, within: str | None = None) -> list[Subject]:
    area = within or campaign.division_code
    prefix = divisions.prefix_of(area) or area
    rows = await Subject.filter(division_code__startswith=prefix, subject_type__in=campaign.subject_types)
    return [
        s
        for s in rows
        if divisions.is_within(s.division_code, area)
        and divisions.is_within(s.division_code, campaign.division_code)
    ]


def checklist(campaign: Campaign, subject: Subject) -> list[dict[str, str]]:
    return campaign.checklists.get(subject.subject_type, [])


def _in_scope(campaign: Campaign, subject: Subject) -> None:
    if subject.subject_type not in campaign.subject_types or not divisions.is_within(
        subject.division_code, campaign.division_code
    ):
        raise CampaignError(N_("This subject is not in the campaign's scope."))


async def open_campaign_for(subject: Subject, today: date | None = None) -> Campaign | None:
    """The campaign whose self-inspection is open for this subject today, if any."""
    today = today or clock.today()
    for campaign in await campaigns_for(subject.division_code):
        dates = phase_dates(campaign, "self_inspection")
        if subject.subject_type in campaign.subject_types and dates and dates[0] <= today <= dates[1]:
            return campaign
    return None


async def answer(
    campaign: Campaign,
    subject: Subject,
    key: str,
    ok: bool,
    *,
    actor: str,
    problem: str = "",
    measure: str = "",
    deadline: date | None = None,
    responsible: str = "",
    today: date | None = None,
) -> SelfInspection:
    today = today or clock.today()
    _in_scope(campaign, subject)
    dates = phase_dates(campaign, "self_inspection")
    if dates is None or not dates[0] <= today <= dates[1]:
        raise CampaignError(
            N_("The self-inspection phase is not open: it runs {starts} to {ends}."),
            starts=dates[0].isoformat() if dates else "—",
            ends=dates[1].isoformat() if dates else "—",
        )
    if key not in {i["key"] for i in checklist(campaign, subject)}:
        raise CampaignError(N_("“{item}” is not an item of this checklist."), item=key[:32])
    entry: dict[str, Any] = {"ok": ok}
    if not ok:
        fields = {"problem": problem.strip(), "measure": measure.strip(), "responsible": responsible.strip()}
        for name, value in fields.items():
            if not value or len(value) > 1000:
                raise CampaignError(NEEDS[name])
        if deadline is None:
            raise CampaignError(N_("A problem needs a deadline for its measure."))
        entry.update(fields, deadline=deadline.isoformat(), done=False)
    record, _ = await SelfInspection.get_or_create(
        campaign_id=campaign.id, subject_id=subject.id, defaults={"answered_by": actor}
    )
    record.answers = {**record.answers, key: entry}
    record.answered_by = actor
    await record.save()
    return record


async def submit(campaign: Campaign, subject: Subject, actor: str) -> SelfInspection:
    record = await SelfInspection.get_or_none(campaign_id=campaign.id, subject_id=subject.id)
    keys = [i["key"] for i in checklist(campaign, subject)]
    missing = [k for k in keys if not record or k not in record.answers]
    if missing:
        raise CampaignError(N_("Items not answered yet: {items}."), items=", ".join(missing))
    record.submitted_at = clock.now()
    record.answered_by = actor
    await record.save()
    return record


async def record_finding(
    campaign: Campaign,
    subject: Subject,
    key: str,
    result: str,
    *,
    actor: str,
    note: str = "",
    evidence: list[int] | None = None,
    inspection_id: int | None = None,
) -> ItemFinding:
    _in_scope(campaign, subject)
    if key not in {i["key"] for i in checklist(campaign, subject)}:
        raise CampaignError(N_("“{item}” is not an item of this checklist."), item=key[:32])
    if result not in ("ok", "problem", "na"):
        raise CampaignError(N_("The result of an item is: no problem, problem, or not applicable."))
    if result == "problem" and not note.strip():
        raise CampaignError(N_("Describe the problem found for item {item}."), item=key)
    finding, _ = await ItemFinding.update_or_create(
        campaign_id=campaign.id,
        subject_id=subject.id,
        item=key,
        defaults={
            "result": result,
            "note": note.strip()[:4000] or None,
            "evidence": list(evidence or []),
            "inspection_id": inspection_id,
            "recorded_by": actor,
        },
    )
    return finding


@dataclass
class Overdue:
    subject: Subject
    item: str
    measure: str
    deadline: str
    responsible: str


async def overdue_measures(
    campaign: Campaign, within: str | None = None, today: date | None = None
) -> list[Overdue]:
    today = today or clock.today()
    subjects = {s.id: s for s in await subjects_in_scope(campaign, within)}
    out = []
    for record in await SelfInspection.filter(campaign_id=campaign.id, subject_id__in=list(subjects)):
        for key, entry in record.answers.items():
            if (
                not entry.get("ok")
                and not entry.get("done")
                and entry.get("deadline", "9999") < today.isoformat()
            ):
                out.append(
                    Overdue(
                        subjects[record.subject_id],
                        key,
                        entry["measure"],
                        entry["deadline"],
                        entry["responsible"],
                    )
                )
    return out


@dataclass
class Coverage:
    institutions: int
    institutions_inspected: int
    high_risk: int
    high_risk_checked: int


async def coverage(campaign: Campaign, within: str | None = None) -> Coverage:
    subjects = await subjects_in_scope(campaign, within)
    checked = (
        set(
            await ItemFinding.filter(
                campaign_id=campaign.id, subject_id__in=[s.id for s in subjects]
            ).values_list("subject_id", flat=True)
        )
        if subjects
        else set()
    )
    inst = [s for s in subjects if s.subject_type in INSTITUTIONS]
    risky = [s for s in subjects if s.subject_type == "enterprise" and s.high_risk]
    return Coverage(
        len(inst),
        sum(1 for s in inst if s.id in checked),
        len(risky),
        sum(1 for s in risky if s.id in checked),
    )


async def findings_from_inspection(
    campaign: Campaign, inspection: Inspection, results: dict[str, tuple[str, str]], actor: str
) -> list[ItemFinding]:
    """Records an on-site inspection's result per checklist item (`{item: (result, note)}`), with the
    documents photographed in that inspection as the evidence; the subject is found by its credit code."""
    subject = (
        await Subject.get_or_none(credit_code=inspection.credit_code) if inspection.credit_code else None
    )
    if subject is None:
        raise CampaignError(N_("This inspection's place has no subject file: import it first."))
    evidence = [
        int(i)
        for i in await InspectionDocument.filter(inspection_id=inspection.id).values_list(
            "attachment_id", flat=True
        )
    ]
    return [
        await record_finding(
            campaign,
            subject,
            key,
            result,
            actor=actor,
            note=note,
            evidence=evidence,
            inspection_id=inspection.id,
        )
        for key, (result, note) in results.items()
    ]
