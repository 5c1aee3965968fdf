"""The follow-up form (forms/followup.py) is one for the bot's /status and the web status page: a code
that is not shaped like a receipt gets the same words from both."""

from __future__ import annotations

import html

import pytest

from forms.followup import FOLLOW_UP, REVIEW
from foundation.i18n import translator
from tests.e2e.chat import Chat

EN = translator("en")


@pytest.mark.e2e
@pytest.mark.parametrize("typed", ["ABC", "ABCD-EFGH-JKM!", "１２３"])
async def test_a_code_that_is_no_receipt_gets_the_same_words(bot_app, sim, client, typed: str) -> None:
    words = FOLLOW_UP.check("code", typed, {}).problem.render(EN)

    chat = Chat(sim, 62000 + len(typed) + ord(typed[-1]) % 50, "en")
    await chat.send("/status", expect="Type the receipt code")
    answer = await chat.send(typed, expect="not a receipt code")
    assert words in answer["text"]

    page = await client.post("/status?lang=en", data={"code": typed, "password": "whatever-it-is"})
    assert page.status == 400 and words in html.unescape(await page.text())


def test_a_review_needs_a_reason_of_a_few_words() -> None:
    assert "why the decision should be reviewed" in REVIEW.check("reason", "不对", {}).problem.render(EN)
    assert REVIEW.check("reason", "处理结果与事实不符，工地仍在无证作业。", {}).ok
