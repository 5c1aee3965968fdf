"""A subject's file (一企一档): everything the bureau holds about one subject, gathered for its page, plus the
two things a handler does there: confirm that a case found by name is about it, and change its status
(suspending or cancelling an exam site's or institution's qualification).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cases import audit
from foundation import clock
from foundation.i18n import N_
from models.cases import Case
from models.inspections import Inspection
from models.notices import Notice
from models.orgs import Enterprise, JobHolder
from models.subjects import Penalty, PoliceTransfer, Subject, SubjectCase
from models.tips import Tip
from subjects import risk
from subjects.kinds import STATUSES


class SubjectError(ValueError):
    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid.format(**params))
        self.msgid, self.params = msgid, params


@dataclass
class SubjectFile:
    subject: Subject
    cases: list[Case] = field(default_factory=list)
    tips: list[Tip] = field(default_factory=list)
    name_matches: list[Case] = field(default_factory=list)
    holders: list[JobHolder] = field(default_factory=list)
    unverified: list[JobHolder] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    penalties: list[Penalty] = field(default_factory=list)
    transfers: list[PoliceTransfer] = field(default_factory=list)
    score: int = 0
    reasons: list[risk.Reason] = field(default_factory=list)


async def name_matches(subject: Subject, exclude: set[int], limit: int = 20) -> list[Case]:
    """Cases whose tip names the subject but gives no credit code: a handler must confirm them."""
    rows = await Tip.filter(
        subject_name__icontains=subject.name, credit_code__isnull=True, case_id__not_isnull=True
    )
    ids = sorted({t.case_id for t in rows} - exclude)[:limit]
    return await Case.filter(id__in=ids).order_by("-created_at") if ids else []


async def gather(subject: Subject) -> SubjectFile:
    case_ids = await risk.case_ids_of(subject)
    out = SubjectFile(subject)
    out.cases = await Case.filter(id__in=case_ids).order_by("-created_at") if case_ids else []
    out.tips = await Tip.filter(case_id__in=case_ids).order_by("-created_at") if case_ids else []
    out.name_matches = await name_matches(subject, set(case_ids))
    enterprise = await Enterprise.get_or_none(credit_code=subject.credit_code)
    if enterprise is not None:
        out.holders = await JobHolder.filter(enterprise_id=enterprise.id, removed_at__isnull=True).order_by(
            "id"
        )
        out.unverified = [h for h in out.holders if not h.verified]
        out.notices = await Notice.filter(enterprise_id=enterprise.id).order_by("-created_at")
    out.inspections = await Inspection.filter(credit_code=subject.credit_code).order_by("-started_at")
    penalties = await Penalty.filter(subject_id=subject.id).prefetch_related("basis")
    if case_ids:
        penalties += await Penalty.filter(case_id__in=case_ids, subject_id__isnull=True).prefetch_related(
            "basis"
        )
    out.penalties = sorted(penalties, key=lambda p: p.decided_on, reverse=True)
    transfers = await PoliceTransfer.filter(subject_id=subject.id)
    if case_ids:
        transfers += await PoliceTransfer.filter(case_id__in=case_ids, subject_id__isnull=True)
    out.transfers = sorted(transfers, key=lambda t: t.transferred_on, reverse=True)
    out.score, out.reasons = risk.score(await risk.facts_of(subject))
    return out


async def confirm_case(subject: Subject, case: Case, actor: str) -> SubjectCase:
    link, created = await SubjectCase.get_or_create(
        subject_id=subject.id, case_id=case.id, defaults={"how": "confirmed", "confirmed_by": actor}
    )
    if created:
        await audit.append(
            case, actor, "subject_linked", None, {"subject": subject.id, "credit_code": subject.credit_code}
        )
    return link


async def set_status(
    subject: Subject,
    status: str,
    reason: str,
    actor: str,
    case: Case | None = None,
    since: date | None = None,
) -> Subject:
    """`since` is the day the decision took effect (today when not given): certificate verification compares
    it with each certificate's issue date to say whether the site was qualified when it issued the card."""
    if status not in STATUSES:
        raise SubjectError(N_("Choose a status from the list."))
    if status != "active" and subject.subject_type == "enterprise":
        raise SubjectError(
            N_("Only an institution's or exam site's qualification can be suspended or cancelled.")
        )
    reason = " ".join(reason.split())
    if status != "active" and len(reason) < 4:
        raise SubjectError(N_("Say why (at least 4 characters): the reason is kept on the file."))
    if since is not None and since > clock.today():
        raise SubjectError(N_("The date the decision took effect cannot be in the future."))
    before = subject.status
    if status != before or since is not None:
        subject.status_since = since or clock.today()
    subject.status, subject.status_reason = status, reason[:300] or None
    await subject.save(update_fields=["status", "status_reason", "status_since", "updated_at"])
    if case is not None:
        await audit.append(
            case, actor, "subject_status", {"status": before}, {"subject": subject.id, "status": status}
        )
    return subject


async def status_of_code(credit_code: str | None) -> Subject | None:
    """The subject file behind a credit code when its qualification is not active (for verification and
    reports to warn about); None when there is no such file or it is in good standing."""
    if not credit_code:
        return None
    return await Subject.filter(credit_code=credit_code.upper()).exclude(status="active").first()


async def subject_of_case(case: Case) -> Subject | None:
    """The subject a case is about: a confirmed link first, else the credit code of its tip or inspection."""
    link = await SubjectCase.filter(case_id=case.id).order_by("id").first()
    if link is not None:
        return await Subject.get_or_none(id=link.subject_id)
    tip = await Tip.filter(case_id=case.id, credit_code__not_isnull=True).first()
    inspection = await Inspection.filter(case_id=case.id, credit_code__not_isnull=True).first()
    code = (tip and tip.credit_code) or (inspection and inspection.credit_code)
    return await Subject.get_or_none(credit_code=code) if code else None
