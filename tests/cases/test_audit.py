"""The audit trail is hash-chained: verify() finds an altered row, a removed row and a cut-off end."""

from tortoise import connections

from cases import audit, service
from models.cases import CaseEvent


async def _three_events():
    case = await service.open_case("notice", "Notice of 某某公司", "130102")
    await service.assign(case, "li", "admin")
    await service.add_message(case, "internal", "li", "looked at it")
    return case


async def test_intact_chain_verifies(database: str) -> None:
    await _three_events()
    result = await audit.verify()
    assert result.ok and result.checked == 3


async def test_altered_row_is_found(database: str) -> None:
    await _three_events()
    second = await CaseEvent.get(seq=2)
    conn = connections.get("default")
    await conn.execute_query('UPDATE "case_events" SET "actor" = \'mallory\' WHERE "id" = ' + str(second.id))
    result = await audit.verify()
    assert not result.ok and result.broken_seq == 2 and "changed" in result.reason


async def test_removed_row_is_found(database: str) -> None:
    await _three_events()
    conn = connections.get("default")
    await conn.execute_query('DELETE FROM "case_events" WHERE "seq" = 2')
    result = await audit.verify()
    assert not result.ok and result.broken_seq == 2 and "missing" in result.reason


async def test_removed_last_row_is_found(database: str) -> None:
    await _three_events()
    conn = connections.get("default")
    await conn.execute_query('DELETE FROM "case_events" WHERE "seq" = 3')
    result = await audit.verify()
    assert not result.ok and "removed" in result.reason


async def test_a_batch_chains_many_events_under_one_lock_of_the_head(database: str, monkeypatch) -> None:
    case = await service.open_case("notice", "Notice of 某某公司", "130102")  # seq 1, outside the batch
    locks = []
    real = audit._locked_head

    async def counted(conn):
        locks.append(conn)
        return await real(conn)

    monkeypatch.setattr(audit, "_locked_head", counted)
    async with audit.batch():
        for n in range(50):
            await audit.append(case, "system", "warning:70", None, {"n": n})
        assert await CaseEvent.filter(case_id=case.id).count() == 1, "written when the batch ends"
    assert len(locks) == 1
    events = await CaseEvent.filter(case_id=case.id).order_by("seq")
    assert [e.seq for e in events] == list(range(1, 52))
    assert [e.after["n"] for e in events[1:]] == list(range(50))
    result = await audit.verify()
    assert result.ok and result.checked == 51
    await service.add_message(case, "internal", "li", "after the batch")  # the chain goes on from its end
    assert (await audit.verify()).ok


async def test_a_failed_batch_keeps_neither_the_changes_nor_their_events(database: str) -> None:
    case = await service.open_case("notice", "Notice of 某某公司", "130102")
    try:
        async with audit.batch():
            await service.assign(case, "li", "admin")
            raise RuntimeError("the sweep fell over")
    except RuntimeError:
        pass
    from models.cases import AuditHead, Case

    assert (await Case.get(id=case.id)).assignee is None
    assert await CaseEvent.filter(case_id=case.id).count() == 1
    assert (await AuditHead.get(id=1)).seq == 1
    await service.assign(case, "li", "admin")
    result = await audit.verify()
    assert result.ok and result.checked == 2
