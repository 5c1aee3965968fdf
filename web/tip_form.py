"""The checks of a tip, shared by the public web form and the call-centre API so that both refuse and
warn exactly as the bot's /report does (handlers/report.py): subject type and violation from the lists of
cases.violations, a name of 2-200 characters, a credit code checked with python-stdnum (a wrong check digit
is only a warning, a wrong format an error), a typed address resolved to a division (several candidates:
the reporter picks one), a short "when", a description of at least 20 characters, and a contact when the
reporter gives their real name.

Problems are English msgids with parameters, translated by whoever shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError

from cases import tips
from cases.places import resolve_place_text
from cases.tips import MAX_DESCRIPTION, MIN_DESCRIPTION
from cases.violations import SUBJECT_TYPES, find_violation
from foundation.i18n import N_
from regions import divisions
from web.texts import OCCURRED


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # an English msgid
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, _: Callable[[str], str]) -> str:
        return _(self.message).format(**self.params)


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
    """Checks the raw values of a tip (form fields, or API fields mapped to the same names).

    Names: subject_type, violation, subject_name, credit_code, address, place_code (a candidate the
    reporter picked), jurisdiction_id (a division code given directly, API only: `division_given`),
    latitude, longitude, occurred (a preset: today/week/month/earlier/ongoing), occurred_text (a date
    typed instead), description, identity ("anon" or "real"), contact.
    """
    f = TipFields()
    problems: list[Problem] = []
    warnings: list[Problem] = []
    candidates: list[tuple[str, str]] = []

    f.subject_type = _text(raw, "subject_type")
    if f.subject_type not in SUBJECT_TYPES:
        problems.append(Problem("subject_type", N_("Choose who or what the report is about.")))
    f.violation = _text(raw, "violation")
    if f.subject_type in SUBJECT_TYPES and find_violation(f.subject_type, f.violation) is None:
        problems.append(Problem("violation", N_("Choose what happened.")))

    f.subject_name = _text(raw, "subject_name")
    if not 2 <= len(f.subject_name) <= 200:
        problems.append(Problem("subject_name", N_("The name should be 2 to 200 characters long.")))

    credit = _text(raw, "credit_code")
    if credit:
        code = uscc.compact(credit)
        try:
            uscc.validate(code)
            f.credit_code = code
        except InvalidChecksum:
            f.credit_code = code  # some early legal codes fail the checksum: keep it, but say so
            warnings.append(
                Problem(
                    "credit_code",
                    N_(
                        "Note: the check digit of {code} does not match. It is kept as typed; "
                        "please check it if you can."
                    ),
                    {"code": code},
                )
            )
        except ValidationError:
            f.credit_code = credit
            problems.append(
                Problem(
                    "credit_code",
                    N_(
                        "A unified social credit code has 18 characters (digits and capital letters). "
                        "Please correct it or leave the field empty."
                    ),
                )
            )

    f.address = _text(raw, "address")[:300] or None
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
        found = resolve_place_text(f.address)
        picked = _text(raw, "place_code")
        if not found:
            problems.append(
                Problem(
                    "place",
                    N_(
                        "I could not find that place. Please include the province, city and county or "
                        "district, for example 河北省石家庄市长安区."
                    ),
                )
            )
        elif len(found) == 1:
            f.division_code, f.place_name = found[0]
        elif picked in dict(found):
            f.division_code, f.place_name = picked, dict(found)[picked]
        else:
            candidates = found
            problems.append(Problem("place", N_("Several places match. Which one is it?")))
    f.latitude = _coordinate(raw, "latitude", 90, problems)
    f.longitude = _coordinate(raw, "longitude", 180, problems)

    typed = _text(raw, "occurred_text")
    preset = _text(raw, "occurred")
    if typed:
        if len(typed) > 40:
            problems.append(
                Problem("occurred", N_('Please keep the time short, for example 2026-03-15 or "last March".'))
            )
        f.occurred = typed[:40]
    elif preset in OCCURRED:
        f.occurred = preset
    else:
        problems.append(Problem("occurred", N_("Say when it happened.")))

    f.description = _text(raw, "description")
    if len(f.description) < MIN_DESCRIPTION:
        problems.append(
            Problem(
                "description",
                N_(
                    "That is too short for officials to act on: please write at least {n} "
                    "characters (you wrote {got})."
                ),
                {"n": MIN_DESCRIPTION, "got": len(f.description)},
            )
        )
    elif len(f.description) > MAX_DESCRIPTION:
        problems.append(
            Problem(
                "description",
                N_("Please keep the description under {n} characters; you can add details later."),
                {"n": MAX_DESCRIPTION},
            )
        )

    f.anonymous = _text(raw, "identity") != "real"
    if not f.anonymous:
        f.contact = _text(raw, "contact")
        if not 5 <= len(f.contact) <= 200:
            problems.append(
                Problem("contact", N_("Please type a name and a phone number or e-mail address."))
            )
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
        evidence=[
            tips.EvidenceFile(
                e["sha256"],
                e["size"],
                e["kind"],
                e.get("mime_type"),
                e.get("file_name"),
                e.get("redacted_sha256"),
            )
            for e in evidence
        ],
    )
