"""One definition of a checklist item's answer (forms/selfcheck.py) drives both the bot and the web page."""

from __future__ import annotations

from datetime import date

from forms.selfcheck import ITEM, check_item


def test_no_problem_needs_nothing_else() -> None:
    values, problems = check_item({"answer": "ok", "problem": "ignored"})
    assert values == {"answer": "ok"} and problems == []


def test_a_problem_needs_each_of_its_fields_and_a_real_date() -> None:
    values, problems = check_item({"answer": "problem", "problem": "无证上岗", "deadline": "2026-02-30"})
    assert [p.field for p in problems] == ["measure", "deadline", "responsible"]
    assert values["problem"] == "无证上岗"
    full = {"answer": "problem", "problem": "无证上岗", "measure": "送培", "deadline": "2026年3月15日"}
    values, problems = check_item({**full, "responsible": "王安全"})
    assert problems == [] and values["deadline"] == date(2026, 3, 15)


def test_the_bot_asks_the_same_fields_in_order() -> None:
    asked = []
    answers: dict[str, str] = {"answer": "problem"}
    current = ITEM.next_field(answers, after="answer")
    while current is not None:
        asked.append(current.name)
        current = ITEM.next_field(answers, after=current.name)
    assert asked == ["problem", "measure", "deadline", "responsible"]
    assert ITEM.next_field({"answer": "ok"}, after="answer") is None
    assert ITEM.check("answer", "maybe", {}).problem is not None
