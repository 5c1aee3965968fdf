"""A chat's form state in the database: made on first use, saved only when changed, never overwritten by a
process that read it before another one saved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers import update_ledger
from handlers.session import Session, StateConflict, load_chat_state
from handlers.update_ledger import Claim
from models.state import ChatState, ProcessedUpdate


def session_for(settings, chat_id: int) -> Session:
    return Session(settings=settings, chat_id=chat_id, user=None, locale="en")


async def test_first_use_makes_an_empty_state_and_changes_read_back_through_the_orm(
    database, settings
) -> None:
    first = await load_chat_state(501)
    again = await load_chat_state(501)
    assert (first.flow, first.data, first.version) == (None, {}, 0) and again.chat_id == 501
    assert await ChatState.filter(chat_id=501).count() == 1

    session = session_for(settings, 501)
    state = await session.state()
    state.flow, state.step = "report", "name"
    state.data = {"subject": "某某安全培训学校", "photos": [1, 2]}
    state.reminded_at = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    await session.save_state()

    stored = await ChatState.get(chat_id=501)
    assert (stored.flow, stored.step, stored.version) == ("report", "name", 1)
    assert stored.data == {"subject": "某某安全培训学校", "photos": [1, 2]}
    assert stored.reminded_at == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    assert (
        stored.updated_at.tzinfo is not None and (datetime.now(UTC) - stored.updated_at).total_seconds() < 60
    )
    # What the jobs look for (drafts by age) still finds it through the ORM.
    assert await ChatState.filter(flow="report", updated_at__lt=datetime.now(UTC)).count() == 1


async def test_an_unchanged_state_is_not_written(database, settings) -> None:
    session = session_for(settings, 502)
    await session.state()
    assert await session.save_state(done_update_id=None) is False
    assert (await ChatState.get(chat_id=502)).version == 0


async def test_the_second_of_two_concurrent_saves_is_refused_and_its_update_stays_open(
    database, settings
) -> None:
    assert await update_ledger.claim(9001, "host:1") is Claim.NEW
    assert await update_ledger.claim(9002, "host:2") is Claim.NEW
    one, two = session_for(settings, 503), session_for(settings, 503)
    (await one.state()).step = "from one"
    (await two.state()).step = "from two"

    if not await one.save_state(done_update_id=9001):
        await update_ledger.finish(9001)
    with pytest.raises(StateConflict):
        await two.save_state(done_update_id=9002)

    stored = await ChatState.get(chat_id=503)
    assert (stored.step, stored.version) == ("from one", 1)
    assert (await ProcessedUpdate.get(update_id=9001)).status == "done"
    assert (
        await ProcessedUpdate.get(update_id=9002)
    ).status == "processing"  # released and redelivered later


async def test_on_postgresql_the_save_marks_the_update_done_in_the_same_statement(database, settings) -> None:
    session = session_for(settings, 504)
    (await session.state()).flow = "report"
    assert await update_ledger.claim(9003, "host:1") is Claim.NEW
    finished = await session.save_state(done_update_id=9003)
    row = await ProcessedUpdate.get(update_id=9003)
    if database.startswith("postgres"):
        assert finished and row.status == "done" and row.finished_at is not None
    else:  # SQLite: two statements, the caller marks it done
        assert not finished and row.status == "processing"
