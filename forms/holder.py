"""The job-holder entry form (持证上岗人员): post, certificate number or none, name, training date.

Asked by the bot's /enterprise (handlers/enterprise.py) one question at a time; the rules for each answer
live here so a later channel (a web page for the officer, WeChat) asks the same thing the same way.
"""

from __future__ import annotations

import re

from forms.dates import parse_date
from forms.engine import Answer, Answers, Choice, Field, Form, Message
from foundation.i18n import N_
from notices.problems import POSTS

CERT_NO_RE = re.compile(r"[A-Za-z0-9-]{6,40}")

CERT_NO_FORMAT = N_("A certificate number has 6 to 40 letters and digits. Please type it again.")
NAME_LENGTH = N_("The name should be 2 to 64 characters long.")
DATE_FORMAT = N_("Please type the date like 2026-03-15, or press Skip.")


def check_cert_no(text: str, _answers: Answers) -> Answer:
    if not CERT_NO_RE.fullmatch(text):
        return Answer(problem=Message(CERT_NO_FORMAT))
    return Answer(value=text.upper())


def check_name(text: str, _answers: Answers) -> Answer:
    if not 2 <= len(text) <= 64:
        return Answer(problem=Message(NAME_LENGTH))
    return Answer(value=text)


def check_training(text: str, _answers: Answers) -> Answer:
    trained = parse_date(text)
    if trained is None:
        return Answer(problem=Message(DATE_FORMAT))
    return Answer(value=trained)


def _posts(_answers: Answers) -> list[Choice]:
    return [Choice(code, label) for code, label in POSTS.items()]


HOLDER = Form(
    name="holder",
    title=N_("job-holder entry"),
    fields=(
        Field("post", N_("Post"), N_("Which post does the person hold?"), choices=_posts),
        Field(
            "cert_no",
            N_("Certificate number"),
            N_("Type the certificate number."),
            check=check_cert_no,
            optional=True,
        ),
        Field("name", N_("Name"), N_("Type the person's full name as on the ID card."), check=check_name),
        Field(
            "training",
            N_("Training date"),
            N_("When was the person trained? Type a date like 2026-03-15, or skip."),
            check=check_training,
            optional=True,
        ),
    ),
)
