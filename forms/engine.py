"""What a multi-step form is, whatever channel asks it: fields with their questions, choices and checks.

A channel (the Telegram bot, the web form, the call-centre API, WeChat) decides how to ask (buttons,
numbered replies, an HTML form) but never what counts as a valid answer or what to say when it is not:
that is the form's, so a rule changed here changes everywhere. Messages are English msgids with their
parameters; whoever shows them translates them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from foundation.i18n import N_

Answers = Mapping[str, Any]
CHOOSE_ONE = N_("Please choose one of the answers offered.")


@dataclass(frozen=True)
class Message:
    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, _: Callable[[str], str]) -> str:
        return _(self.msgid).format(**self.params)


@dataclass(frozen=True)
class Problem:
    """A message about one field of a form (what the web form shows beside the field)."""

    field: str
    message: str  # an English msgid
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, _: Callable[[str], str]) -> str:
        return _(self.message).format(**self.params)


@dataclass(frozen=True)
class Choice:
    value: str
    label: str  # an English msgid


@dataclass
class Answer:
    """The outcome of checking one answer: the value to keep, or the problem to tell the person."""

    value: Any = None
    problem: Message | None = None
    warning: Message | None = None  # kept, but worth saying (a credit code's check digit)
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (code, name) when several match

    @property
    def ok(self) -> bool:
        return self.problem is None and not self.candidates


def _always(_answers: Answers) -> bool:
    return True


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # an English msgid: the field's name on a summary or a web form
    question: str  # an English msgid: how a conversation asks for it (may hold light HTML: <b>)
    check: Callable[[str, Answers], Answer] | None = None  # typed answers; None: choices or files only
    choices: Callable[[Answers], list[Choice]] | None = None
    optional: bool = False
    asked_when: Callable[[Answers], bool] = _always
    question_params: Callable[[], Mapping[str, Any]] = dict
    unchosen: str = CHOOSE_ONE


@dataclass(frozen=True)
class Form:
    name: str
    title: str  # an English msgid
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @property
    def order(self) -> list[str]:
        return [f.name for f in self.fields]

    def choices(self, name: str, answers: Answers) -> list[Choice]:
        found = self.field(name).choices
        return found(answers) if found else []

    def check(self, name: str, text: str, answers: Answers) -> Answer:
        """Checks a typed (or chosen) answer; a choice outside the list is a problem, never a value."""
        target = self.field(name)
        text = (text or "").strip()
        if target.choices is not None:
            values = {c.value for c in target.choices(answers)}
            if text in values:
                return Answer(value=text)
            if target.check is None:
                return Answer(problem=Message(target.unchosen))
        if target.check is None:
            return Answer(problem=Message(target.unchosen))
        if not text and target.optional:
            return Answer(value=None)
        return target.check(text, answers)

    def next_field(self, answers: Answers, after: str | None = None) -> Field | None:
        """The next field to ask: after `after` if given, else the first one not yet answered."""
        names = self.order
        start = names.index(after) + 1 if after in names else 0
        for candidate in self.fields[start:]:
            if not candidate.asked_when(answers):
                continue
            if after is None and candidate.name in answers:
                continue
            return candidate
        return None

    def question(self, name: str, _: Callable[[str], str]) -> str:
        target = self.field(name)
        return _(target.question).format(**target.question_params())

