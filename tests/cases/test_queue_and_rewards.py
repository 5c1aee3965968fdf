"""The queue as staff see it (scope, filters, order, take next), the custodian's reveal, rewards, accounts."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from cases import custody, queue, rewards, service, staff, tips
from cases.sealing import Sealer
from cases.service import CaseError
from models.cases import Case, CaseEvent


@pytest.fixture
def sealer() -> Sealer:
    return Sealer(b"s" * 32)


async def _user(name: str, role: str, division: str):
    return await staff.create_user(name, "a-long-password", role, division)


async def test_scope_filters_order_and_take_next(database: str) -> None:
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    a = await service.open_case("tip", "a", "130102", category="en_untrained", at=now)
    b = await service.open_case("tip", "b", "130104", category="en_untrained", at=now - timedelta(days=3))
    c = await service.open_case("notice", "c", "130102", at=now)
    other_city = await service.open_case("tip", "d", "130202", category="en_untrained", at=now)
    beijing = await service.open_case("tip", "e", "110105", category="en_untrained", at=now)
    assert (a.city_code, a.province_code, beijing.province_code, beijing.city_code) == (
        "130100",
        "130000",
        "110000",
        None,
    )

    city = await _user("city-handler", "handler", "130100")
    county = await _user("county-handler", "handler", "130102")
    province = await _user("province-sup", "supervisor", "130000")

    seen = [c.id for c in await queue.list_cases(city, queue.QueueFilter())]
    assert seen[0] == b.id and set(seen) == {a.id, b.id, c.id}, "nearest deadline first, city scope"
    assert {x.id for x in await queue.list_cases(county, queue.QueueFilter())} == {a.id, c.id}
    assert {x.id for x in await queue.list_cases(province, queue.QueueFilter())} == {
        a.id,
        b.id,
        c.id,
        other_city.id,
    }
    assert [x.id for x in await queue.list_cases(city, queue.QueueFilter(kind="notice"))] == [c.id]
    narrowed = await queue.list_cases(province, queue.QueueFilter(division_code="130104"))
    assert [x.id for x in narrowed] == [b.id]
    assert not queue.can_see(county, b) and queue.can_see(city, b) and not queue.can_see(city, beijing)

    first = await queue.take_next(city)
    second = await queue.take_next(city)
    assert first.id == b.id and first.assignee == "city-handler" and second.id != first.id
    assert [x.id for x in await queue.list_cases(city, queue.QueueFilter(assignee="-"))] == [c.id]


async def test_only_the_custodian_reveals_with_a_reason(database: str, sealer: Sealer) -> None:
    draft = tips.TipDraft(
        subject_type="enterprise",
        violation="en_no_cert",
        subject_name="某公司",
        description="x" * 30,
        division_code="130102",
        anonymous=False,
        contact="李四 139",
    )
    filed = await tips.file_tip(draft, password="pw-123456", sealer=sealer, reporter_tg_id=424242)
    handler = await _user("handler1", "handler", "130100")
    custodian = await _user("keeper", "custodian", "130100")
    with pytest.raises(PermissionError):
        await custody.reveal(filed.case, handler, "need to call the reporter back", sealer, password="x")
    with pytest.raises(CaseError):
        await custody.reveal(filed.case, custodian, "why", sealer, password="a-long-password")
    with pytest.raises(custody.RevealRefused):
        await custody.reveal(
            filed.case, custodian, "公安机关立案需要核实举报人身份", sealer, password="wrong"
        )
    shown = await custody.reveal(
        filed.case, custodian, "公安机关立案需要核实举报人身份", sealer, password="a-long-password"
    )
    assert shown[0]["tg_id"] == 424242 and shown[0]["contact"] == "李四 139"
    event = await CaseEvent.get(case_id=filed.case.id, action="identity_revealed")
    assert event.actor == "keeper" and "424242" not in str(event.after) and "李四" not in str(event.after)


async def test_reward_rule_decision_claim_and_payment(database: str, sealer: Sealer) -> None:
    assert rewards.NATIONAL.amount(10_000) == 3000 and rewards.NATIONAL.amount(100_000) == 15000
    assert rewards.NATIONAL.amount(5_000_000) == 300000
    await rewards.set_rule("130100", Decimal("0.2"), 1000, 500000)
    assert (await rewards.rule_for("130102")).source == "130100"
    assert (await rewards.rule_for("130202")).source == "national"

    draft = tips.TipDraft(
        subject_type="training",
        violation="tr_selling_certs",
        subject_name="某培训学校",
        description="y" * 30,
        division_code="130102",
    )
    filed = await tips.file_tip(draft, password="pw-123456", sealer=sealer, reporter_tg_id=1)
    case = filed.case
    with pytest.raises(CaseError):
        await rewards.decide(case, 50_000, "sup")
    await service.accept(case, "li")
    await service.transition(case, "verified", "li", result={"substantiated": True})
    reward = await rewards.decide(case, 50_000, "sup")
    assert reward["amount"] == 10_000 and reward["rule"] == "130100"
    tip = await tips.find_tip(filed.receipt_code, "pw-123456")
    claimed = await rewards.claim(tip)
    assert claimed["amount"] == 10_000
    with pytest.raises(CaseError):
        await rewards.claim(tip)
    await rewards.record_payment(case, "finance", "BANK-REF-1")
    assert (await Case.get(id=case.id)).details["reward"]["payment_reference"] == "BANK-REF-1"


async def test_late_claim_is_refused(database: str, sealer: Sealer) -> None:
    draft = tips.TipDraft(
        subject_type="training",
        violation="tr_hours_cut",
        subject_name="学校",
        description="z" * 30,
        division_code="130102",
    )
    filed = await tips.file_tip(draft, password="pw-123456", sealer=sealer)
    await service.accept(filed.case, "li")
    await service.transition(filed.case, "verified", "li", result={"substantiated": True})
    await rewards.decide(filed.case, 1000, "sup", now=datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(CaseError, match="60 days"):
        await rewards.claim(filed.tip, now=datetime(2026, 3, 15, tzinfo=UTC))


async def test_accounts_and_no_lockout(database: str) -> None:
    with pytest.raises(staff.StaffError):
        await staff.create_user("x", "a-long-password", "handler", "130100")
    with pytest.raises(staff.StaffError):
        await staff.create_user("valid", "short", "handler", "130100")
    await staff.create_user("li.ming", "correct-horse-battery", "handler", "130100")
    assert await staff.authenticate("li.ming", "correct-horse-battery") is not None
    for _ in range(6):
        assert await staff.authenticate("li.ming", "wrong") is None
    assert await staff.authenticate("li.ming", "correct-horse-battery") is not None, "never locked"
