"""Administrative penalty decisions (行政处罚决定) and transfers to the police (移交公安) on a case.

A penalty rests on a legal basis whose fine range is configurable (table legal_bases, seeded below from
shared DOMAIN.md); an amount outside the range is refused naming the limit. The decided amount is what the
reward for the tip is computed from (cases/rewards.py `fine_of`), so nobody types the fine twice.
Refusals are `PenaltyError`s: a message id with parameters, worded by the page or command that shows them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cases import audit
from cases.service import CaseError
from foundation import clock
from foundation.i18n import N_
from models.cases import Case
from models.subjects import LegalBasis, Penalty, PoliceTransfer, Subject

# (code, English, Chinese, source, minimum, maximum) — the articles named in shared DOMAIN.md.
SEED_BASES = (
    (
        "forged_certificate",
        "Forging, altering or using a forged special-operations certificate",
        "伪造、涂改或者使用伪造的特种作业操作证",
        "《特种作业人员安全技术培训考核管理规定》(原国家安全监管总局令第30号); shared DOMAIN.md",
        1000,
        5000,
    ),
    (
        "lent_certificate",
        "Lending, transferring or impersonating a special-operations certificate",
        "转借、转让、冒用特种作业操作证",
        "《特种作业人员安全技术培训考核管理规定》(原国家安全监管总局令第30号); shared DOMAIN.md",
        2000,
        10000,
    ),
    (
        "uncertified_worker",
        "An enterprise letting special-operations workers work without the certificate",
        "特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业",
        "《中华人民共和国安全生产法》(2021) 第九十七条; shared DOMAIN.md",
        0,
        100000,
    ),
)

PENALTY_STATUSES = {
    "decided": N_("Decided"),
    "paid": N_("Paid"),
    "reconsidered": N_("Under reconsideration"),
    "revoked": N_("Revoked"),
}
PENALTY_FLOW = {
    "decided": {"paid", "reconsidered", "revoked"},
    "reconsidered": {"decided", "revoked"},
    "paid": {"reconsidered"},
    "revoked": set(),
}
COUNTS_FOR_REWARD = ("decided", "paid", "reconsidered")
TRANSFER_STATUSES = {
    "sent": N_("Handed over"),
    "accepted": N_("Accepted by the police"),
    "declined": N_("Declined by the police"),
    "closed": N_("Closed"),
}


class PenaltyError(CaseError):
    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid.format(**params))
        self.msgid, self.params = msgid, params

    def words(self, gettext: Any) -> str:
        return gettext(self.msgid).format(**self.params)


async def ensure_bases() -> list[LegalBasis]:
    """The configured bases; the seeded ones are written the first time anyone asks."""
    if not await LegalBasis.exists():
        for code, en, zh, source, low, high in SEED_BASES:
            await LegalBasis.get_or_create(
                code=code,
                defaults={"title_en": en, "title_zh": zh, "source": source, "minimum": low, "maximum": high},
            )
    return await LegalBasis.filter(active=True).order_by("id")


async def set_basis(
    code: str, title_en: str, title_zh: str, source: str, minimum: int, maximum: int
) -> LegalBasis:
    if minimum < 0 or maximum < minimum:
        raise PenaltyError(N_("A legal basis needs 0 ≤ minimum ≤ maximum."))
    basis, _ = await LegalBasis.update_or_create(
        code=code,
        defaults={
            "title_en": title_en,
            "title_zh": title_zh,
            "source": source,
            "minimum": minimum,
            "maximum": maximum,
        },
    )
    return basis


async def decide(
    case: Case,
    *,
    decision_no: str,
    decided_on: date,
    basis_code: str,
    party: str,
    amount: int,
    actor: str,
    subject: Subject | None = None,
) -> Penalty:
    decision_no = " ".join(decision_no.split())
    party = " ".join(party.split())
    if not decision_no or len(decision_no) > 64:
        raise PenaltyError(N_("The decision number is needed (at most 64 characters)."))
    if not party or len(party) > 200:
        raise PenaltyError(N_("The party penalised is needed (at most 200 characters)."))
    if decided_on > clock.today():
        raise PenaltyError(N_("The decision date cannot be in the future."))
    await ensure_bases()
    basis = await LegalBasis.get_or_none(code=basis_code, active=True)
    if basis is None:
        raise PenaltyError(N_("Choose a legal basis from the list."))
    if amount < basis.minimum or amount > basis.maximum:
        raise PenaltyError(
            N_("¥{amount} is outside the range this legal basis allows: ¥{minimum} to ¥{maximum}."),
            amount=amount,
            minimum=basis.minimum,
            maximum=basis.maximum,
        )
    if await Penalty.exists(decision_no=decision_no):
        raise PenaltyError(N_("A decision numbered {number} is already recorded."), number=decision_no)
    penalty = await Penalty.create(
        case=case,
        subject=subject,
        decision_no=decision_no,
        decided_on=decided_on,
        basis=basis,
        party=party,
        amount=amount,
        created_by=actor,
    )
    await audit.append(
        case,
        actor,
        "penalty_decided",
        None,
        {"penalty": penalty.id, "decision_no": decision_no, "basis": basis.code, "amount": amount},
    )
    return penalty


async def set_status(penalty: Penalty, status: str, actor: str) -> Penalty:
    if status not in PENALTY_FLOW.get(penalty.status, set()):
        raise PenaltyError(
            N_("A penalty that is “{current}” cannot become “{wanted}”."),
            current=PENALTY_STATUSES.get(penalty.status, ""),
            wanted=PENALTY_STATUSES.get(status, ""),
        )
    before = penalty.status
    penalty.status = status
    await penalty.save(update_fields=["status", "updated_at"])
    case = await Case.get(id=penalty.case_id)
    await audit.append(
        case, actor, "penalty_status", {"status": before}, {"penalty": penalty.id, "status": status}
    )
    return penalty


async def fine_of(case: Case) -> int | None:
    """The fine decided on the case (the sum of its standing penalties), or None when there is none."""
    amounts = [p.amount for p in await Penalty.filter(case_id=case.id, status__in=COUNTS_FOR_REWARD)]
    return sum(amounts) if amounts else None


async def transfer(
    case: Case,
    *,
    transferred_on: date,
    receiving_unit: str,
    summary: str,
    actor: str,
    subject: Subject | None = None,
) -> PoliceTransfer:
    receiving_unit = " ".join(receiving_unit.split())
    summary = summary.strip()
    if not receiving_unit or len(receiving_unit) > 200:
        raise PenaltyError(N_("The receiving police unit is needed (at most 200 characters)."))
    if not summary or len(summary) > 4000:
        raise PenaltyError(N_("A summary of the clues is needed (at most 4000 characters)."))
    if transferred_on > clock.today():
        raise PenaltyError(N_("The transfer date cannot be in the future."))
    record = await PoliceTransfer.create(
        case=case,
        subject=subject,
        transferred_on=transferred_on,
        receiving_unit=receiving_unit,
        summary=summary,
        created_by=actor,
    )
    await audit.append(case, actor, "police_transfer", None, {"transfer": record.id, "unit": receiving_unit})
    return record


async def set_transfer_status(record: PoliceTransfer, status: str, actor: str) -> PoliceTransfer:
    if status not in TRANSFER_STATUSES or status == record.status:
        raise PenaltyError(N_("Choose another status for the transfer."))
    before = record.status
    record.status = status
    await record.save(update_fields=["status"])
    case = await Case.get(id=record.case_id)
    await audit.append(
        case, actor, "police_transfer_status", {"status": before}, {"transfer": record.id, "status": status}
    )
    return record
