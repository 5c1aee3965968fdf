"""The per-process user cache: a repeated sender costs no query, a change elsewhere shows after the TTL."""

from __future__ import annotations

import time

from handlers.session import UserCache
from models.users import User


def test_hits_expire_and_the_size_is_bounded(monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    cache = UserCache(ttl=10, size=2)
    first = User(tg_id=1, roles=[])
    cache.put(first)
    assert cache.get(1) is first
    now[0] += 11
    assert cache.get(1) is None, "another process may have changed the row: read it again"
    cache.put(first)
    cache.put(User(tg_id=2, roles=[]))
    cache.put(User(tg_id=3, roles=[]))
    assert cache.get(1) is None and cache.get(3) is not None
    cache.forget(3)
    assert cache.get(3) is None


async def test_the_bot_reads_a_repeated_sender_once(bot_app, sim, monkeypatch) -> None:
    from tests.e2e.chat import Chat

    reads = []
    original = User.get_or_create.__func__

    async def counting(cls, *args, **kwargs):
        reads.append(kwargs.get("tg_id"))
        return await original(cls, *args, **kwargs)

    monkeypatch.setattr(User, "get_or_create", classmethod(counting))
    chat = Chat(sim, 6201, "en")
    await chat.send("/help", expect="What I can do")
    await chat.send("/privacy", expect="")
    await chat.send("/help", expect="What I can do")
    assert reads == [6201]
