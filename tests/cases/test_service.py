"""Cases: routing by place and kind, the tip status flow, legal clocks, warnings and escalation."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cases import audit, clocks, service
from cases.service import CaseError
from models.cases import Case, CaseEvent

TZ = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, tzinfo=TZ)


async def test_each_kind_lands_in_the_right_queue_with_its_clock(database: str) -> None:
    received = at(2026, 3, 6, 15)  # a Friday
    tip_enterprise = await service.open_case(
        "tip", "某某建筑公司", "130102", category="en_no_cert", at=received
    )
    tip_training = await service.open_case(
        "tip", "某某培训学校", "130102", category="tr_hours_cut", at=received
    )
    verification = await service.open_case("verification", "T130...", "130105", at=received)
    notice = await service.open_case("notice", "公示", "130104", at=received)
    appointment = await service.open_case("appointment", "任职告知", "130104", at=received)
    inspection = await service.open_case("inspection", "检查", "130108", at=received)
    nowhere = await service.open_case("tip", "somewhere", None, category="tr_hours_cut", at=received)

    assert tip_enterprise.division_code == "130102", "enterprise matters stay with the county"
    assert tip_training.division_code == "130100", "training institutions are supervised by the city"
    assert (
        verification.division_code,
        notice.division_code,
        appointment.division_code,
        inspection.division_code,
    ) == ("130105", "130104", "130104", "130108")
    assert nowhere.division_code == "130000" and nowhere.details["triage"]

    # accept: 1 working day after receipt, counted from the next day, ends at the end of Monday
    assert tip_enterprise.clock == "accept"
    assert tip_enterprise.due_at.astimezone(TZ).date().isoformat() == "2026-03-09"
    assert notice.clock == "review" and inspection.clock == "act" and verification.clock == "triage"
    assert (inspection.due_at.astimezone(TZ).date() - received.date()).days >= 30


async def test_tip_flow_and_clocks(database: str) -> None:
    case = await service.open_case("tip", "x", "130102", category="en_untrained", at=at(2026, 4, 1))
    with pytest.raises(CaseError):
        await service.transition(case, "verified", "li")
    with pytest.raises(CaseError):
        await service.transition(case, "rejected", "li", reason=" ")
    await service.accept(case, "li", at=at(2026, 4, 2))
    assert case.clock == "verify"
    assert case.due_at.astimezone(TZ).date().isoformat() == "2026-06-01"
    await service.transition(case, "verifying", "li", at=at(2026, 4, 3))
    assert case.clock == "verify", "verification continues on the same clock"
    await service.extend(case, 30, "需要调取考试录像", "li")
    with pytest.raises(CaseError):
        await service.extend(case, 10, "again", "li")
    await service.transition(case, "verified", "li", result={"substantiated": True}, at=at(2026, 6, 20))
    assert case.clock == "reply" and case.details["result"]["substantiated"]
    await service.transition(case, "closed", "li")
    assert case.clock is None and case.due_at is None
    await service.transition(case, "verifying", "reporter", reason="复查申请")
    assert case.clock == "verify" and not case.extended
    actions = [e.action for e in await CaseEvent.filter(case_id=case.id).order_by("seq")]
    assert actions[:3] == ["opened", "status:accepted", "cluster_first_accepted"]
    assert "extended" in actions and actions[-1] == "status:verifying"


async def test_simulated_clock_warns_at_70_and_90_then_escalates(database: str) -> None:
    start = at(2026, 5, 11, 9)
    case = await service.open_case("tip", "x", "130102", category="en_untrained", at=start)
    await service.accept(case, "li", at=start)
    started, due = case.clock_started_at, case.due_at

    assert await service.tick(clocks.at_moment(started, due, 0.5)) == {"warnings": 0, "escalations": 0}
    assert await service.tick(clocks.at_moment(started, due, 0.71)) == {"warnings": 1, "escalations": 0}
    assert await service.tick(clocks.at_moment(started, due, 0.75)) == {"warnings": 0, "escalations": 0}
    assert await service.tick(clocks.at_moment(started, due, 0.91)) == {"warnings": 1, "escalations": 0}
    assert await service.tick(due + timedelta(seconds=1)) == {"warnings": 0, "escalations": 1}
    case = await Case.get(id=case.id)
    assert case.overdue and case.division_code == "130100" and case.escalated_from == "130102"
    assert await service.tick(due + timedelta(days=1)) == {"warnings": 0, "escalations": 0}
    actions = [e.action for e in await CaseEvent.filter(case_id=case.id).order_by("seq")]
    assert actions[-3:] == ["warning:70", "warning:90", "escalated"]


async def test_transfer_keeps_history(database: str) -> None:
    case = await service.open_case("tip", "x", "130102", category="en_untrained")
    await service.assign(case, "li", "admin")
    await service.transfer(case, "130104", "li", "地址在桥西区")
    assert case.division_code == "130104" and case.assignee is None
    with pytest.raises(CaseError):
        await service.transfer(case, "999999", "li", "x")
    event = await CaseEvent.filter(case_id=case.id, action="transferred").first()
    assert event.before["division_code"] == "130102" and event.after["reason"] == "地址在桥西区"


async def test_the_deadline_job_reads_only_the_clocks_that_are_due(database: str, monkeypatch) -> None:
    """Hundreds of running clocks, three of them past 70 %: the job warns those three, in batches, and its
    query is an index range on next_check_at, not a scan of every open case."""
    start = at(2026, 5, 11, 9)
    early = []
    for n in range(3):
        case = await service.open_case("tip", f"due {n}", "130102", category="en_untrained", at=start)
        early.append(await service.accept(case, "li", at=start))
    later = start + timedelta(days=20)
    for n in range(200):
        case = await service.open_case("tip", f"fresh {n}", "130102", category="en_untrained", at=later)
        await service.accept(case, "li", at=later)
    started, due = early[0].clock_started_at, early[0].due_at
    now = clocks.at_moment(started, due, 0.72)
    assert await Case.filter(next_check_at__lte=now).count() == 3
    monkeypatch.setattr(service, "SWEEP_BATCH", 2)  # three cases: two batches in one run
    batches = []
    real_batch = audit.batch

    def counted_batch():
        batches.append(1)
        return real_batch()

    monkeypatch.setattr(audit, "batch", counted_batch)
    assert await service.tick(now) == {"warnings": 3, "escalations": 0}
    assert len(batches) == 2, "one audit transaction per batch of due cases, not one per action"
    assert (await audit.verify()).ok
    assert await service.tick(now) == {"warnings": 0, "escalations": 0}
    assert {c.warned_level for c in await Case.filter(title__startswith="fresh")} == {0}
    ninety = (await Case.get(id=early[0].id)).next_check_at
    assert ninety == clocks.at_moment(started, due, 0.9)

    from tortoise import connections

    conn = connections.get("default")
    if conn.capabilities.dialect == "sqlite":
        plan = await conn.execute_query_dict(
            'EXPLAIN QUERY PLAN SELECT * FROM "cases" WHERE "next_check_at" <= ?'
            ' ORDER BY "next_check_at" LIMIT 2',
            [now.isoformat()],
        )
        assert any("USING INDEX" in row["detail"] and "next_check_at" in row["detail"] for row in plan), plan


async def test_a_budget_leaves_a_backlog_to_the_next_run(database: str) -> None:
    start = at(2026, 5, 11, 9)
    case = await service.open_case("tip", "x", "130102", category="en_untrained", at=start)
    await service.accept(case, "li", at=start)
    late = case.due_at + timedelta(days=2)
    assert await service.tick(late, budget=0) == {"warnings": 0, "escalations": 0}
    assert await service.tick(late) == {"warnings": 0, "escalations": 1}


async def test_a_sweep_batch_writes_each_kind_of_change_in_one_statement(database: str, monkeypatch) -> None:
    """Four breached clocks and four past 70 %: the batch's cases are updated by one statement per kind of
    change (not one per case), read back through the ORM as the ORM would have written them, and each
    action is still its own entry on a sound audit chain."""
    from foundation import hot_sql

    start = at(2026, 5, 11, 9)
    breached, warned = [], []
    for n in range(4):
        case = await service.open_case("tip", f"old {n}", "130102", category="en_untrained", at=start)
        breached.append(await service.accept(case, "li", at=start))
    now = breached[0].due_at + timedelta(seconds=5)
    for n in range(4):
        opened = now - (breached[0].due_at - start) * 0.75
        case = await service.open_case("tip", f"warm {n}", "130102", category="en_untrained", at=opened)
        warned.append(await service.accept(case, "li", at=opened))
    statements: list[tuple[str, int]] = []
    real = hot_sql.execute_many

    async def counted(sql, rows):
        statements.append((sql.split(" SET ")[1].split(" =")[0], len(rows)))
        await real(sql, rows)

    monkeypatch.setattr(hot_sql, "execute_many", counted)
    counts = await service.tick(now)
    assert counts["escalations"] == 4 and counts["warnings"] >= 1
    assert ("overdue", 4) in statements and len(statements) <= 3, statements
    for case in breached:
        fresh = await Case.get(id=case.id)
        assert fresh.overdue and fresh.division_code == "130100" and fresh.escalated_from == "130102"
        assert fresh.city_code == "130100" and fresh.next_check_at is None
    levels = [(await Case.get(id=c.id)).warned_level for c in warned]
    assert levels.count(70) == counts["warnings"]
    for case in warned:
        fresh = await Case.get(id=case.id)
        assert fresh.next_check_at is not None and fresh.next_check_at > now
    events = await CaseEvent.filter(action="escalated").count()
    assert events == 4 and await CaseEvent.filter(action="warning:70").count() == counts["warnings"]
    assert (await audit.verify()).ok
    assert await service.tick(now) == {"warnings": 0, "escalations": 0}
