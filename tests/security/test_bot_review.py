"""Finding 8 (reopening) through the bot: the follow-up button "Ask for a review" asks why, then reopens a
closed tip once with that reason; a reason too short is asked for again; the second press is refused, as on
the web status page (cases/reopen.py)."""

from __future__ import annotations

import pytest

from cases import service
from models.cases import Case
from models.tips import Tip
from tests.e2e.chat import Chat
from tests.e2e.test_tips_flow import file_a_tip, receipt_and_password


@pytest.mark.e2e
async def test_bot_review_button_reopens_once(bot_app, sim) -> None:
    chat = Chat(sim, 5301, "en")
    filed = await file_a_tip(chat, photos=0)
    receipt, password = receipt_and_password(filed["text"])
    tip = await Tip.get(receipt_code=receipt.replace("-", ""))
    case = await Case.get(id=tip.case_id)
    await service.accept(case, "li")
    await service.transition(case, "verified", "li", result={"substantiated": False})
    await service.transition(case, "closed", "li")
    await chat.send(f"/status {receipt} {password}", expect="Status:")
    await chat.press(f"tipact:review:{tip.receipt_code}", expect="Why should the decision be reviewed?")
    await chat.send("wrong", expect="Please say in a few words")
    assert (await Case.get(id=case.id)).status == "closed", "nothing reopened on a reason too short"
    reason = "The training records were faked after the inspection."
    await chat.send(reason, expect="Your request for a review")
    reopened = await Case.get(id=case.id)
    assert reopened.status == "verifying"
    assert "faked after the inspection" in reopened.details.get("verifying_reason", "")
    await service.transition(case, "verified", "li", result={"substantiated": False})
    await service.transition(case, "closed", "li")
    await chat.send(f"/status {receipt} {password}", expect="Status:")
    await chat.press(f"tipact:review:{tip.receipt_code}", expect="can be asked for once")
    assert (await Case.get(id=case.id)).status == "closed"
