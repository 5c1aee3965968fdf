"""Following up a filed tip: the receipt code and password that open it anywhere, and the reason for a
review (复查). The bot's /status and review flows (handlers/followup.py) and the web status page
(web/status.py) ask these the same way; whether the pair opens a tip, and whether a review may be asked for,
are the domain's (cases.tips.find_tip, cases.reopen.ask_review)."""

from __future__ import annotations

from cases import tips
from cases.reopen import MIN_REASON, SHORT_REASON
from forms.engine import Answer, Answers, Field, Form, Message
from foundation.i18n import N_

RECEIPT_FORMAT = N_(
    "That is not a receipt code: it has 12 letters and digits, like ABCD-EFGH-JKMN. Please type it again."
)
PASSWORD_MISSING = N_("Now type the password of the tip.")


def check_receipt(text: str, _answers: Answers) -> Answer:
    code = tips.normalize_receipt(text)
    if code is None:
        return Answer(problem=Message(RECEIPT_FORMAT))
    return Answer(value=code)


def check_password(text: str, _answers: Answers) -> Answer:
    if not text:
        return Answer(problem=Message(PASSWORD_MISSING))
    return Answer(value=text)


def check_reason(text: str, _answers: Answers) -> Answer:
    if len(text) < MIN_REASON:
        return Answer(problem=Message(SHORT_REASON))
    return Answer(value=text)


FOLLOW_UP = Form(
    name="status",
    title=N_("status check"),
    fields=(
        Field(
            "code",
            N_("Receipt code"),
            N_("Type the receipt code of the tip (12 characters, like ABCD-EFGH-JKMN)."),
            check=check_receipt,
        ),
        Field("password", N_("Password"), PASSWORD_MISSING, check=check_password),
    ),
)

REVIEW = Form(
    name="review",
    title=N_("request for a review"),
    fields=(
        Field(
            "reason",
            N_("Reason"),
            N_(
                "Why should the decision be reviewed? Say it in a few words (at least {n} characters); "
                "a review can be asked for once. /cancel stops."
            ),
            check=check_reason,
            question_params=lambda: {"n": MIN_REASON},
        ),
    ),
)
