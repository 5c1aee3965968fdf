"""The tip (举报) form, once for every channel: its questions, choices, checks, warnings and messages.

The bot's /report (handlers/report.py) asks it one question at a time, the public web form and the
call-centre API (web/public_tips.py, web/api.py) take it all at once through check_tip, and any later
channel drives the same TIP definition. Rules: subject type and violation from cases.violations, a name of
2-200 characters, a credit code checked with python-stdnum (a wrong check digit is only a warning, since
some early legal codes fail it; a wrong format an error), a typed address resolved to a division (several
candidates: the reporter picks one), a short "when", a description of 20-3,000 characters, and a contact
when the reporter gives their real name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from cases import tips
from cases.places import resolve_place_text
from cases.tips import MAX_DESCRIPTION, MAX_EVIDENCE, MIN_DESCRIPTION
from cases.violations import SUBJECT_TYPES, violations_for
from forms.engine import Answer, Answers, Choice, Field, Form, Message, Problem
from foundation.i18n import N_
from regions import divisions

OCCURRED = {
    "today": N_("Today"),
    "week": N_("This week"),
    "month": N_("This month"),
    "earlier": N_("Earlier"),
    "ongoing": N_("It is still going on"),
}
IDENTITIES = {"anon": N_("Stay anonymous"), "real": N_("Give my name and contact")}
MAX_ADDRESS = 300
MAX_OCCURRED = 40

NAME_LENGTH = N_("The name should be 2 to 200 characters long.")
CREDIT_CODE_FORMAT = N_("A unified social credit code has 18 characters (digits and capital letters).")
CREDIT_CODE_CHECK_DIGIT = N_(
    "Note: the check digit of {code} does not match. It is kept as typed; please check it if you can."
)
PLACE_UNKNOWN = N_(
    "I could not find that place. Please include the province, city and county or district, for example "
    "河北省石家庄市长安区."
)
PLACE_SEVERAL = N_("Several places match. Which one is it?")
OCCURRED_TOO_LONG = N_('Please keep the time short, for example 2026-03-15 or "last March".')
DESCRIPTION_SHORT = N_(
    "That is too short for officials to act on: please write at least {n} characters (you wrote {got})."
)
DESCRIPTION_LONG = N_("Please keep the description under {n} characters; you can add details later.")
CONTACT_NEEDED = N_("Please type a name and a phone number or e-mail address.")


def check_subject_name(text: str, _answers: Answers) -> Answer:
    if not 2 <= len(text) <= 200:
        return Answer(problem=Message(NAME_LENGTH))
    return Answer(value=text)


def check_credit_code(text: str, _answers: Answers) -> Answer:
    code = uscc.compact(text)
    try:
        uscc.validate(code)
    except InvalidChecksum:
        return Answer(value=code, warning=Message(CREDIT_CODE_CHECK_DIGIT, {"code": code}))
    except ValidationError:
        return Answer(problem=Message(CREDIT_CODE_FORMAT))
    return Answer(value=code)


def check_place(text: str, _answers: Answers) -> Answer:
    """The value is (division code, full name); several matches come back as candidates to pick from."""
    found = resolve_place_text(text[:MAX_ADDRESS])
    if not found:
        return Answer(problem=Message(PLACE_UNKNOWN))
    if len(found) == 1:
        return Answer(value=found[0])
    return Answer(problem=Message(PLACE_SEVERAL), candidates=list(found))


def check_occurred(text: str, _answers: Answers) -> Answer:
    if len(text) > MAX_OCCURRED:
        return Answer(problem=Message(OCCURRED_TOO_LONG))
    return Answer(value=text)


def check_description(text: str, _answers: Answers) -> Answer:
    if len(text) < MIN_DESCRIPTION:
        return Answer(problem=Message(DESCRIPTION_SHORT, {"n": MIN_DESCRIPTION, "got": len(text)}))
    if len(text) > MAX_DESCRIPTION:
        return Answer(problem=Message(DESCRIPTION_LONG, {"n": MAX_DESCRIPTION}))
    return Answer(value=text)


def check_contact(text: str, _answers: Answers) -> Answer:
    if not 5 <= len(text) <= 200:
        return Answer(problem=Message(CONTACT_NEEDED))
    return Answer(value=text)


def _subject_types(_answers: Answers) -> list[Choice]:
    return [Choice(code, label) for code, label in SUBJECT_TYPES.items()]


def _violations(answers: Answers) -> list[Choice]:
    return [Choice(v.code, v.label) for v in violations_for(answers.get("subject_type") or "other")]


def _occurred(_answers: Answers) -> list[Choice]:
    return [Choice(code, label) for code, label in OCCURRED.items()]


def _identities(_answers: Answers) -> list[Choice]:
    return [Choice(code, label) for code, label in IDENTITIES.items()]


def _wants_contact(answers: Answers) -> bool:
    return answers.get("anonymous") is False or answers.get("identity") == "real"


class TipForm(Form):
    def to_draft(
        self, answers: Answers, evidence: list[dict[str, Any]], channel: str, language: str
    ) -> tips.TipDraft:
        """The filed form, from a conversation's answers (bot, WeChat): the keys the fields wrote, plus
        division_code/place_name from the place and the stored evidence files (sha256, size, kind...)."""
        return tips.TipDraft(
            subject_type=answers["subject_type"],
            violation=answers["violation"],
            subject_name=answers["subject_name"],
            description=answers["description"],
            credit_code=answers.get("credit_code"),
            division_code=answers.get("division_code"),
            address=answers.get("address"),
            latitude=answers.get("latitude"),
            longitude=answers.get("longitude"),
            occurred=answers.get("occurred"),
            anonymous=answers.get("anonymous", True),
            contact=answers.get("contact") if not answers.get("anonymous", True) else None,
            language=language,
            channel=channel,
            evidence=_evidence_files(evidence),
        )


def _evidence_files(evidence: list[dict[str, Any]]) -> list[tips.EvidenceFile]:
    return [
        tips.EvidenceFile(
            e["sha256"],
            e.get("size") or 0,
            e["kind"],
            e.get("mime_type"),
            e.get("file_name"),
            e.get("redacted_sha256"),
        )
        for e in evidence
        if e.get("sha256")
    ]


TIP = TipForm(
    name="report",
    title=N_("tip report"),
    fields=(
        Field(
            "subject_type",
            N_("Kind of subject"),
            N_("<b>Report a violation</b> (step 1 of 9)\n\nWho or what is the report about?"),
            choices=_subject_types,
            unchosen=N_("Choose who or what the report is about."),
        ),
        Field(
            "violation",
            N_("Violation"),
            N_("(step 2 of 9) What happened? Choose the closest one."),
            choices=_violations,
            unchosen=N_("Choose what happened."),
        ),
        Field(
            "subject_name",
            N_("Name of the subject"),
            N_(
                "(step 3 of 9) What is the name of the institution, site or enterprise? "
                "Type it as exactly as you can."
            ),
            check=check_subject_name,
        ),
        Field(
            "credit_code",
            N_("Credit code"),
            N_(
                "(step 4 of 9) If you know its unified social credit code (18 characters), type it. "
                "Otherwise press Skip."
            ),
            check=check_credit_code,
            optional=True,
        ),
        Field(
            "place",
            N_("Place"),
            N_(
                "(step 5 of 9) Where did it happen? Type the address (province, city, county or "
                "district, street), or send a location."
            ),
            check=check_place,
        ),
        Field(
            "occurred",
            N_("When"),
            N_("(step 6 of 9) When did it happen? Choose, or type a date (for example 2026-03-15)."),
            check=check_occurred,
            choices=_occurred,
            unchosen=N_("Say when it happened."),
        ),
        Field(
            "description",
            N_("What happened"),
            N_(
                "(step 7 of 9) Describe what happened: who, what, when, how you know. "
                "At least {n} characters."
            ),
            check=check_description,
            question_params=lambda: {"n": MIN_DESCRIPTION},
        ),
        Field(
            "evidence",
            N_("Evidence"),
            N_(
                "(step 8 of 9) Send photos, documents or voice notes as evidence (up to {max}, each "
                "under 20 MB). {count} received so far. Press Done when finished."
            ),
            optional=True,
            question_params=lambda: {"max": MAX_EVIDENCE, "count": 0},
        ),
        Field(
            "identity",
            N_("Reporter"),
            N_(
                "(step 9 of 9) Do you want to stay anonymous? Anonymous is the default: officials will "
                "not know who you are. With your real name and a contact, they can call you back."
            ),
            choices=_identities,
        ),
        Field(
            "contact",
            N_("Contact"),
            N_(
                "Type your name and a phone number or e-mail, for example: "
                "张三 13800000000. Only a custodian can see them."
            ),
            check=check_contact,
            asked_when=_wants_contact,
        ),
    ),
)


# --- the whole form at once (web form, call-centre API) ---------------------------------------------------
@dataclass
class TipFields:
    subject_type: str = ""
    violation: str = ""
    subject_name: str = ""
    credit_code: str | None = None
    address: str | None = None
    division_code: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    occurred: str | None = None
    description: str = ""
    anonymous: bool = True
    contact: str | None = None


@dataclass
class Checked:
    fields: TipFields
    problems: list[Problem]
    warnings: list[Problem]
    candidates: list[tuple[str, str]]  # when the address matched several places

    @property
    def ok(self) -> bool:
        return not self.problems


def _text(raw: Mapping[str, Any], name: str) -> str:
    value = raw.get(name)
    return "" if value is None else str(value).strip()


def _problem(name: str, message: Message) -> Problem:
    return Problem(name, message.msgid, dict(message.params))


def _coordinate(raw: Mapping[str, Any], name: str, limit: float, problems: list[Problem]) -> float | None:
    text = _text(raw, name)
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not -limit <= value <= limit:
        problems.append(Problem("place", N_("The coordinates are not valid.")))
        return None
    return value


def check_tip(raw: Mapping[str, Any], *, division_given: bool = False) -> Checked:
    """Checks the raw values of a whole tip against TIP, field by field.

    Names: subject_type, violation, subject_name, credit_code, address, place_code (a candidate the
    reporter picked), jurisdiction_id (a division code given directly, API only: `division_given`),
    latitude, longitude, occurred (a preset: today/week/month/earlier/ongoing), occurred_text (a date
    typed instead), description, identity ("anon" or "real"), contact.
    """
    f = TipFields()
    problems: list[Problem] = []
    warnings: list[Problem] = []
    candidates: list[tuple[str, str]] = []
    answers: dict[str, Any] = {}

    def ask(name: str, text: str) -> Answer:
        answer = TIP.check(name, text, answers)
        if answer.problem is not None:
            problems.append(_problem(name, answer.problem))
        if answer.warning is not None:
            warnings.append(_problem(name, answer.warning))
        if answer.problem is None:
            answers[name] = answer.value
        return answer

    f.subject_type = _text(raw, "subject_type")
    ask("subject_type", f.subject_type)
    f.violation = _text(raw, "violation")
    if f.subject_type in SUBJECT_TYPES:
        ask("violation", f.violation)

    f.subject_name = _text(raw, "subject_name")
    ask("subject_name", f.subject_name)

    credit = _text(raw, "credit_code")
    if credit:
        answer = ask("credit_code", credit)
        f.credit_code = answer.value if answer.problem is None else credit

    f.address = _text(raw, "address")[:MAX_ADDRESS] or None
    given = _text(raw, "jurisdiction_id")
    if division_given and given:
        division = divisions.get(given)
        if division is None:
            problems.append(Problem("place", N_("Unknown division code {code}."), {"code": given}))
        else:
            f.division_code, f.place_name = division.code, divisions.full_name(division.code)
    elif not f.address:
        problems.append(Problem("place", N_("Type the address where it happened.")))
    else:
        answer = TIP.check("place", f.address, answers)
        picked = _text(raw, "place_code")
        if answer.value is not None:
            f.division_code, f.place_name = answer.value
        elif answer.candidates and picked in dict(answer.candidates):
            f.division_code, f.place_name = picked, dict(answer.candidates)[picked]
        else:
            candidates = answer.candidates
            problems.append(_problem("place", answer.problem or Message(PLACE_UNKNOWN)))
    f.latitude = _coordinate(raw, "latitude", 90, problems)
    f.longitude = _coordinate(raw, "longitude", 180, problems)

    typed = _text(raw, "occurred_text")
    preset = _text(raw, "occurred")
    if typed:
        ask("occurred", typed)
        f.occurred = typed[:MAX_OCCURRED]
    else:
        answer = TIP.check("occurred", preset, answers) if preset in OCCURRED else None
        if answer is None:
            problems.append(Problem("occurred", TIP.field("occurred").unchosen))
        else:
            f.occurred = preset

    f.description = _text(raw, "description")
    ask("description", f.description)

    f.anonymous = _text(raw, "identity") != "real"
    if not f.anonymous:
        f.contact = _text(raw, "contact")
        ask("contact", f.contact)
    return Checked(f, problems, warnings, candidates)


def password_problem(password: str) -> Problem | None:
    if password and tips.password_problem(password) is not None:
        return Problem(
            "password", N_("The password needs {min} to 64 characters."), {"min": tips.MIN_PASSWORD}
        )
    return None


def to_draft(f: TipFields, evidence: list[dict[str, Any]], channel: str, language: str) -> tips.TipDraft:
    return tips.TipDraft(
        subject_type=f.subject_type,
        violation=f.violation,
        subject_name=f.subject_name,
        description=f.description,
        credit_code=f.credit_code,
        division_code=f.division_code,
        address=f.address,
        latitude=f.latitude,
        longitude=f.longitude,
        occurred=f.occurred,
        anonymous=f.anonymous,
        contact=f.contact if not f.anonymous else None,
        language=language,
        channel=channel,
        evidence=_evidence_files(evidence),
    )
