"""One tip form (forms/tip.py) for every channel: each bad answer gets the same words from the bot's /report
and from the public web form, because both ask the form's own checks rather than their own copies."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from forms.tip import TIP
from foundation.i18n import translator
from tests.e2e.chat import Chat
from tests.web.test_public_report import GOOD, form, start

# (field, what the person types, the web form's fields that carry it)
BAD_ANSWERS = [
    ("subject_name", "某", {"subject_name": "某"}),
    ("credit_code", "12345", {"credit_code": "12345"}),
    ("credit_code", "91130100MA0000000X", {"credit_code": "91130100MA0000000X"}),  # check digit: a warning
    ("place", "火星基地", {"address": "火星基地"}),
    ("place", "朝阳区", {"address": "朝阳区"}),
    ("occurred", "x" * 41, {"occurred": "", "occurred_text": "x" * 41}),
    ("description", "too short", {"description": "too short"}),
    ("description", "长" * 3001, {"description": "长" * 3001}),
    ("contact", "abc", {"identity": "real", "contact": "abc"}),
]


def expected(field: str, text: str) -> str:
    """What the form itself says of this answer, in English."""
    answer = TIP.check(field, text, {"subject_type": "enterprise", "anonymous": False})
    message = answer.problem or answer.warning
    assert message is not None, f"{text!r} is not a bad answer to {field}"
    return message.render(translator("en"))


async def bot_reply_to(chat: Chat, field: str, text: str) -> str:
    """Takes /report to the question about `field`, answers `text` and returns everything said after."""
    await chat.send("/report", expect="Who or what is the report about?")
    await chat.press("f:report:st:enterprise", expect="What happened?")
    await chat.press("f:report:v:en_no_cert", expect="name of the institution")
    steps: list[tuple[str, Any]] = [
        ("subject_name", ("send", "石家庄某某建筑有限公司", "credit code")),
        ("credit_code", ("press", "f:report:skip:credit_code", "Where did it happen?")),
        ("place", ("send", "河北省石家庄市长安区建设北大街", "When did it happen?")),
        ("occurred", ("press", "f:report:when:ongoing", "Describe what happened")),
        ("description", ("send", GOOD["description"] + " 已经持续两个月。", "Send photos")),
        ("evidence", ("press", "f:report:ev:none", "stay anonymous")),
        ("identity", ("press", "f:report:id:real", "Type your name")),
    ]
    for name, (how, value, then) in steps:
        if name == field:
            break
        await (chat.send(value, expect=then) if how == "send" else chat.press(value, expect=then))
    before = len(await chat.texts())
    await chat.send(text, expect="")
    return "\n".join((await chat.texts())[before:])


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("field", "text", "web_fields"),
    BAD_ANSWERS,
    ids=[f"{f}-{i}" for i, (f, _t, _w) in enumerate(BAD_ANSWERS)],
)
async def test_the_bot_and_the_web_form_say_the_same(
    bot_app, sim, client, field: str, text: str, web_fields: dict[str, str]
) -> None:
    words = expected(field, text)

    chat = Chat(sim, 61000 + BAD_ANSWERS.index((field, text, web_fields)), "en")
    said = await bot_reply_to(chat, field, text)
    assert words in said, said

    draft = await start(client)
    page = await client.post("/report", data=form(draft, {**GOOD, **web_fields}))
    shown = re.sub(r"\s+", " ", html.unescape(await page.text()))
    assert words in shown, shown[:3000]
