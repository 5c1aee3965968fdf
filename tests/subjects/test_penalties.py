"""Penalties on a case: the basis's range is enforced, the status moves as decisions do, the decided amount
feeds the reward without being typed again; transfers to the police are recorded and audited."""

from __future__ import annotations

from datetime import date

import pytest

from cases import penalties, rewards, service, tips
from cases.penalties import PenaltyError
from cases.sealing import Sealer
from foundation import clock
from models.cases import CaseEvent
from models.subjects import LegalBasis


async def _substantiated_tip():
    draft = tips.TipDraft(
        subject_type="enterprise",
        violation="en_untrained",
        subject_name="某化工公司",
        description="x" * 30,
        division_code="130102",
    )
    filed = await tips.file_tip(draft, password="pw-123456", sealer=Sealer(b"s" * 32), reporter_tg_id=7)
    await service.accept(filed.case, "li")
    await service.transition(filed.case, "verified", "li", result={"substantiated": True})
    return filed.case


async def test_seeded_bases_carry_the_ranges_of_the_domain_rules(database: str) -> None:
    bases = {b.code: (b.minimum, b.maximum) for b in await penalties.ensure_bases()}
    assert bases == {
        "forged_certificate": (1000, 5000),
        "lent_certificate": (2000, 10000),
        "uncertified_worker": (0, 100000),
    }
    assert all([(await LegalBasis.get(code=c)).source for c in bases])


async def test_penalty_above_the_maximum_is_refused_naming_the_limit(database: str) -> None:
    case = await _substantiated_tip()
    await penalties.ensure_bases()
    with pytest.raises(PenaltyError) as refused:
        await penalties.decide(
            case,
            decision_no="石应急罚〔2026〕1号",
            decided_on=clock.today(),
            basis_code="forged_certificate",
            party="某化工公司",
            amount=6000,
            actor="sup",
        )
    assert refused.value.params["maximum"] == 5000 and "¥6000" in str(refused.value)
    with pytest.raises(PenaltyError):
        await penalties.decide(
            case,
            decision_no="石应急罚〔2026〕1号",
            decided_on=date(2999, 1, 1),
            basis_code="forged_certificate",
            party="某化工公司",
            amount=3000,
            actor="sup",
        )


async def test_decided_penalty_feeds_the_reward_and_revoking_it_stops_that(database: str) -> None:
    case = await _substantiated_tip()
    await penalties.ensure_bases()
    with pytest.raises(service.CaseError):
        await rewards.decide(case, None, "sup")  # nothing decided yet: no reward from thin air
    penalty = await penalties.decide(
        case,
        decision_no="石应急罚〔2026〕7号",
        decided_on=clock.today(),
        basis_code="uncertified_worker",
        party="某化工公司",
        amount=80000,
        actor="sup",
    )
    reward = await rewards.decide(case, None, "sup")
    assert reward["fine"] == 80000 and reward["amount"] == 12000  # 15 % of the decided fine
    with pytest.raises(PenaltyError):
        await penalties.decide(
            case,
            decision_no="石应急罚〔2026〕7号",
            decided_on=clock.today(),
            basis_code="uncertified_worker",
            party="某化工公司",
            amount=1000,
            actor="sup",
        )
    await penalties.set_status(penalty, "paid", "sup")
    assert await penalties.fine_of(case) == 80000
    with pytest.raises(PenaltyError):
        await penalties.set_status(penalty, "decided", "sup")  # paid cannot go back to decided
    await penalties.set_status(penalty, "reconsidered", "sup")
    await penalties.set_status(penalty, "revoked", "sup")
    assert await penalties.fine_of(case) is None
    actions = [e.action for e in await CaseEvent.filter(case_id=case.id).order_by("seq")]
    assert actions.count("penalty_decided") == 1 and actions.count("penalty_status") == 3


async def test_police_transfer_is_recorded_on_the_case(database: str) -> None:
    case = await _substantiated_tip()
    with pytest.raises(PenaltyError):
        await penalties.transfer(
            case, transferred_on=clock.today(), receiving_unit="", summary="x", actor="li"
        )
    record = await penalties.transfer(
        case,
        transferred_on=clock.today(),
        receiving_unit="石家庄市公安局长安分局",
        summary="涉嫌伪造证件",
        actor="li",
    )
    await penalties.set_transfer_status(record, "accepted", "li")
    assert (await CaseEvent.filter(case_id=case.id, action="police_transfer").count()) == 1
