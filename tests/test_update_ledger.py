"""The update ledger: one claim per update id, across processes and after crashes."""

from datetime import timedelta

from handlers import update_ledger
from handlers.update_ledger import Claim
from models.state import ProcessedUpdate


async def test_second_delivery_of_a_done_update_is_a_duplicate(database: str) -> None:
    assert await update_ledger.claim(1, "host:1") is Claim.NEW
    await update_ledger.finish(1)
    assert await update_ledger.claim(1, "host:2") is Claim.DUPLICATE


async def test_delivery_while_another_live_process_handles_it_is_busy(database: str) -> None:
    assert await update_ledger.claim(2, "otherhost:1") is Claim.NEW
    assert await update_ledger.claim(2, "host:2") is Claim.BUSY


async def test_stale_claim_is_taken_over(database: str) -> None:
    assert await update_ledger.claim(3, "otherhost:1") is Claim.NEW
    assert await update_ledger.claim(3, "host:2", lease=timedelta(0)) is Claim.NEW
    row = await ProcessedUpdate.get(update_id=3)
    assert row.owner == "host:2"


async def test_claim_of_a_dead_local_process_is_stale_at_once(database: str) -> None:
    import socket

    dead = f"{socket.gethostname()}:999999"
    assert await update_ledger.claim(4, dead) is Claim.NEW
    assert await update_ledger.claim(4, "host:2") is Claim.NEW


async def test_released_claim_can_be_claimed_again(database: str) -> None:
    assert await update_ledger.claim(5, "h:1") is Claim.NEW
    await update_ledger.release(5)
    assert await update_ledger.claim(5, "h:2") is Claim.NEW
