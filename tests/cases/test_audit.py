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
