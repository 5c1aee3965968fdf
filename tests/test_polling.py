"""Reading a getUpdates answer one update at a time (bot/polling.py): a malformed update becomes a
`SkippedUpdate` with its id, so the offset moves past it, and an unreadable answer is a NetworkError, which
PTB's polling loop retries with growing waits."""

from __future__ import annotations

import logging

import pytest
from telegram.error import NetworkError

from bot.polling import PollingBot, SkippedUpdate, read_updates

USER = {"id": 5, "is_bot": False, "first_name": "A"}
CHAT = {"id": 5, "type": "private"}


def _message(update_id: int, **changes: object) -> dict:
    message = {"message_id": update_id, "date": 1_700_000_000, "chat": CHAT, "from": USER, "text": "hi"}
    message.update(changes)
    return {"update_id": update_id, "message": message}


@pytest.fixture
def bot() -> PollingBot:
    return PollingBot("123456:TEST-token")


def test_a_malformed_update_is_kept_as_a_skipped_one_with_its_id(bot, caplog) -> None:
    caplog.set_level(logging.ERROR)
    updates = read_updates([_message(7), _message(8, date="yesterday"), _message(9, chat={"id": 5})], bot)
    assert [u.update_id for u in updates] == [7, 8, 9]
    assert not isinstance(updates[0], SkippedUpdate) and updates[0].message.text == "hi"
    assert isinstance(updates[1], SkippedUpdate) and updates[1].message is None
    assert isinstance(updates[2], SkippedUpdate)
    logged = [r.fields for r in caplog.records if r.getMessage() == "malformed update skipped"]
    assert [f["update_id"] for f in logged] == [8, 9]
    assert "yesterday" not in caplog.text


def test_an_update_without_a_readable_id_is_dropped_when_others_carry_the_offset(bot) -> None:
    updates = read_updates([{"update_id": "x", "message": {}}, True, _message(12)], bot)
    assert [u.update_id for u in updates] == [12]


@pytest.mark.parametrize("answer", [{"update_id": 1}, "oops", [{"update_id": True}], [None, 3]])
def test_an_answer_with_no_readable_update_is_a_network_error(bot, answer) -> None:
    with pytest.raises(NetworkError):
        read_updates(answer, bot)


def test_an_empty_answer_is_no_updates(bot) -> None:
    assert read_updates([], bot) == ()
