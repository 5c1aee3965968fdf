"""The answer to one self-inspection checklist item, once for every channel: the bot's /selfcheck
(handlers/selfcheck.py) asks it a field at a time, the mobile web page (web/selfcheck_pages.py) takes it
all at once through check_item. No problem, or a problem with its description, corrective measure,
deadline (a real date) and responsible person, each 1 to 1000 characters. campaigns.service.answer is
still the last word (the phase's dates, the checklist's items), so a rule there holds on both channels too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.dates import parse_date
from forms.engine import Answer, Answers, Choice, Field, Form, Message, Problem
from foundation.i18n import N_

MAX_TEXT = 1000
TEXT_LENGTH = N_("Please answer with a text of 1 to 1000 characters.")
DATE_FORMAT = N_("Please type the date like 2026-03-15.")


def _text(value: str, _answers: Answers) -> Answer:
    value = value.strip()
    if not value or len(value) > MAX_TEXT:
        return Answer(problem=Message(TEXT_LENGTH))
    return Answer(value=value)


def _deadline(value: str, _answers: Answers) -> Answer:
    found = parse_date(value)
    return Answer(value=found) if found else Answer(problem=Message(DATE_FORMAT))


def _is_problem(answers: Answers) -> bool:
    return answers.get("answer") == "problem"


def _verdicts(_answers: Answers) -> list[Choice]:
    return [Choice("ok", N_("✅ No problem")), Choice("problem", N_("⚠️ Problem found"))]


ITEM = Form(
    name="selfcheck_item",
    title=N_("self-inspection"),
    fields=(
        Field("answer", N_("Answer"), N_("Is this a problem?"), choices=_verdicts),
        Field(
            "problem", N_("Problem description"), N_("Describe the problem."), _text, asked_when=_is_problem
        ),
        Field("measure", N_("Measure"), N_("What measure will correct it?"), _text, asked_when=_is_problem),
        Field(
            "deadline",
            N_("Deadline"),
            N_("By when? Type a date like 2026-03-15."),
            _deadline,
            asked_when=_is_problem,
        ),
        Field(
            "responsible",
            N_("Responsible person"),
            N_("Who is responsible for the measure?"),
            _text,
            asked_when=_is_problem,
        ),
    ),
)
TEXT_FIELDS = ("problem", "measure", "deadline", "responsible")


def check_item(raw: Mapping[str, str]) -> tuple[dict[str, Any], list[Problem]]:
    """Every field of one item's answer at once (the web page): the values, and a problem per field."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for target in ITEM.fields:
        if not target.asked_when(values):
            continue
        result = ITEM.check(target.name, str(raw.get(target.name, "")), values)
        if result.problem is not None:
            problems.append(Problem(target.name, result.problem.msgid, result.problem.params))
        else:
            values[target.name] = result.value
    return values, problems
