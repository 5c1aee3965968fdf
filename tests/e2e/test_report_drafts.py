"""Drafts left alone are reminded once after a day and dropped after a week; oversized and unsupported
evidence gets a clear answer while the draft stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.jobs import drafts
from models.ops import Outbox
from models.state import ChatState
from tests.e2e.chat import Chat


async def start_report(chat: Chat) -> None:
    await chat.send("/report", expect="Who or what")
    await chat.press("f:report:st:training", expect="What happened?")


async def test_untouched_draft_is_reminded_once_then_expired(bot_app, sim) -> None:
    chat = Chat(sim, 9501, "en")
    await start_report(chat)
    now = datetime.now(UTC)
    assert await drafts(now + timedelta(hours=23), "zh_CN") == {}
    assert await drafts(now + timedelta(hours=25), "zh_CN") == {"reminded": 1, "expired": 0}
    assert await drafts(now + timedelta(hours=30), "zh_CN") == {}, "reminded once"
    await chat.expect("have not finished it")
    state = await ChatState.get(chat_id=9501)
    assert state.flow == "report"
    assert await drafts(now + timedelta(days=8), "zh_CN") == {"reminded": 0, "expired": 1}
    await chat.expect("was deleted after 7 days")
    state = await ChatState.get(chat_id=9501)
    assert state.flow is None and state.data == {}
    assert await Outbox.filter(chat_id=9501).count() == 2


async def test_oversized_and_unsupported_evidence_keep_the_draft(bot_app, sim) -> None:
    chat = Chat(sim, 9502, "en")
    await start_report(chat)
    await chat.press("f:report:v:tr_hours_cut", expect="name of the institution")
    await chat.send("Some School", expect="credit code")
    await chat.press("f:report:skip:credit_code", expect="Where")
    await chat.send("河北省石家庄市长安区", expect="Place")
    await chat.press("f:report:when:today", expect="Describe")
    await chat.send("They skip the practical training entirely and sign everyone in.", expect="Send photos")
    await chat._sync()
    await sim.send_document(
        9502, b"\0" * (21 * 1024 * 1024), "video.pdf", "application/pdf", language_code="en"
    )
    await chat.expect("larger than 20 MB")
    await chat._sync()
    await sim.send_document(9502, b"MZ\x90\x00", "setup.exe", "application/x-msdownload", language_code="en")
    await chat.expect("cannot be used as evidence")
    state = await ChatState.get(chat_id=9502)
    assert (
        state.step == "evidence"
        and state.data["subject_name"] == "Some School"
        and state.data["evidence"] == []
    )
