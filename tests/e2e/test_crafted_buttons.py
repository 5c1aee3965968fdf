"""Button data is parsed strictly: a callback carrying a number that str.isdigit() accepts but int() does not
("²"), a digit of another script ("١") or a huge one is answered like any stale button, never with
"something went wrong". Telegram only delivers data from the bot's own buttons, so such data can only come
from an older release's buttons or a forged client: the updates are injected raw."""

from __future__ import annotations

import itertools
import time

import pytest

from models.orgs import TrainingInstitution
from tests.e2e.chat import Chat, button_data
from tests.e2e.test_enterprise_flow import onboard
from tests.e2e.test_inspection_flow import onboard_inspector

CRAFTED = ["²", "١", "9" * 30]
WENT_WRONG = ("something went wrong", "出了点问题")
_ids = itertools.count(880_000_000)


async def press_raw(chat: Chat, data: str) -> str:
    """Sends a callback with `data` on the chat's latest bot message; returns what the bot said after it."""
    messages = await chat.sim.bot_messages(chat.user_id)
    before = len(messages)
    await chat.sim.send_raw(
        {
            "update_id": next(_ids),
            "callback_query": {
                "id": str(next(_ids)),
                "chat_instance": "1",
                "data": data,
                "from": {"id": chat.user_id, "is_bot": False, "first_name": "T", "language_code": "en"},
                "message": {
                    "message_id": messages[-1]["message_id"],
                    "date": int(time.time()),
                    "chat": {"id": chat.user_id, "type": "private"},
                    "from": {"id": 1, "is_bot": True, "first_name": "bot"},
                    "text": "x",
                },
            },
        }
    )
    await chat.send("/help", expect="")  # handled after the callback: its answer marks the end
    return "\n".join((await chat.texts())[before:])


@pytest.mark.e2e
async def test_crafted_removal_buttons_of_the_job_holder_list(bot_app, sim, database) -> None:
    chat, _code = await onboard(sim, database, 7301)
    for value in CRAFTED:
        for action in ("rm1", "rm2"):
            said = await press_raw(chat, f"ent:{action}:{value}")
            assert not any(words in said for words in WENT_WRONG), said


@pytest.mark.e2e
async def test_crafted_buttons_of_an_open_inspection(bot_app, sim, database) -> None:
    await TrainingInstitution.create(name="石家庄某某安全培训学校", division_code="130102")
    chat = await onboard_inspector(sim, 7311)
    await chat.press("f:inspect:type:training_institution", expect="unified social credit code")
    found = await chat.send("安全培训", expect="Which one?")
    for value in CRAFTED:
        said = await press_raw(chat, f"f:inspect:pick:{value}")
        assert not any(words in said for words in WENT_WRONG), said
    pick = next(d for d in button_data(found) if d.startswith("f:inspect:pick:"))
    await chat.press(pick, expect="Inspection of 石家庄某某安全培训学校")
    for data in [f"f:inspect:ok:{v}" for v in CRAFTED] + [f"f:inspect:fix:{v}:cert_no" for v in CRAFTED]:
        said = await press_raw(chat, data)
        assert not any(words in said for words in WENT_WRONG), said
