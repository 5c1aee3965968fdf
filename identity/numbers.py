"""ID numbers as people really hold them: one rule for the registry, the bot, the web forms and OCR.

python-stdnum (`stdnum.cn.ric`) checks the format, the ISO 7064 MOD 11-2 check character and the birth date.
Its `validate` also demands that the county code existed in the holder's birth year, which is wrong for
genuine numbers: under GB 11643 the first six digits are the county of household registration *when the
number was assigned* (first-generation cards from 1984, the 18-digit upgrade in 1999) and are never changed
when counties are later created, renamed or merged. So here an area code is accepted when it appears in any
edition of GB/T 2260 (stdnum's table keeps abolished and later-created counties with their years; the years
are ignored), and a county unknown to every edition under a known province is a warning, never a rejection.

Also accepted:
- 15-digit first-generation numbers, converted to 18 digits (19YY birth year, check character computed);
- 港澳台居民居住证 numbers (area 810000 / 820000 / 830000), structured and checked like resident IDs;
- the 2023 外国人永久居留身份证: 18 characters starting with 9 (9 + the issuing province's 2 digits + a
  3-digit nationality code + birth date + sequence + the same check character), and the 2004 card's 15
  characters (3 letters of nationality + 12 digits; its check digit is not published, so only the shape and
  the birth date are checked);
- passports (declared, never inferred): 5-17 letters and digits.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from stdnum import numdb
from stdnum.cn import ric

from foundation import clock


def N_(message: str) -> str:  # marks a message for extraction; callers translate it
    return message


ID_TYPES = ("resident_id", "residence_permit", "foreign_permanent", "passport")
ID_TYPE_LABELS = {
    "resident_id": N_("resident ID card"),
    "residence_permit": N_("residence permit for Hong Kong, Macao and Taiwan residents"),
    "foreign_permanent": N_("foreigner's permanent residence ID card"),
    "passport": N_("passport"),
}
PERMIT_AREAS = {"810000": "香港", "820000": "澳门", "830000": "台湾"}

# What was wrong, in words for the person who typed or photographed the number.
PROBLEMS = {
    "empty": N_("the ID number is empty"),
    "characters": N_("an ID number has only digits, with X as the last character at most"),
    "length": N_("an ID number has 18 characters (15 for a first-generation card)"),
    "checksum": N_("the last character (the check character) does not match the other digits"),
    "birth_date": N_("the birth date in the number (digits 7 to 14) is not a possible date"),
    "province": N_("the first two digits are not a province of China"),
    "type_mismatch": N_("the number is not of the document type given for it"),
    "unknown_type": N_("the document type is not one of: resident ID, residence permit, "
                       "foreigner's permanent residence ID, passport"),
}  # fmt: skip
WARNINGS = {
    "county_unknown": N_("the county code (digits 3 to 6) is in no edition of the national division codes"),
    "converted": N_("a 15-digit first-generation number, converted to 18 digits"),
}

_DIGITS = re.compile(r"\d+")
_PASSPORT = re.compile(r"[A-Z0-9]{5,17}")
_FOREIGN_2004 = re.compile(r"[A-Z]{3}\d{12}")
_PROVINCES = set(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 "
    "81 82 83".split()
)


class IdNumber(NamedTuple):
    """`number` is normalised (18 digits for a converted 15-digit one); `problem` is a PROBLEMS key.

    A named tuple rather than a frozen dataclass: just as immutable, and a registry import makes one per row,
    where the dataclass's field-by-field __init__ was a third of the cost of checking a number."""

    raw: str
    number: str
    id_type: str
    valid: bool
    problem: str | None = None
    warnings: tuple[str, ...] = ()
    converted_from: str | None = None

    @property
    def masked(self) -> str:
        return mask(self.number)


def normalise(raw: str) -> str:
    """Full-width digits and letters to ASCII (NFKC), separators out, upper case (a lower-case x is fine)."""
    if raw and raw.isascii() and raw.isalnum():  # the usual case, unchanged by NFKC and with no separators
        return raw.upper()
    text = unicodedata.normalize("NFKC", raw or "")
    return re.sub(r"[\s\-_.,，·/]", "", text).upper()


def mask(number: str) -> str:
    """The first 3 and last 4 characters, the rest as *; what staff and the public see."""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


@lru_cache(maxsize=65536)  # every day of 150 years: a registry import checks millions of numbers
def _calendar_date(digits: str) -> date | None:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return born if born >= date(1870, 1, 1) else None


def _birth_date(digits: str, today: date) -> date | None:
    born = _calendar_date(digits)
    return born if born is not None and born <= today else None


@lru_cache(maxsize=1)
def _known_counties() -> frozenset[str]:
    """Every 6-digit code any GB/T 2260 edition lists (abolished and later-created counties alike).

    Walked once from stdnum's table: its own lookup scans a list per call (about 0.7 ms), which would be
    most of the cost of importing a registry row."""
    codes = set()
    for length, low, high, _props, children in numdb.get("cn/loc").prefixes:
        if length != 2 or low != high:
            continue
        for sub_length, sub_low, sub_high, props, _children in children:
            if sub_length == 4 and props.get("county"):
                codes.update(f"{low}{n:04d}" for n in range(int(sub_low), int(sub_high) + 1))
    return frozenset(codes)


def _county_known(area: str) -> bool:
    return area in _known_counties()


def _check_character(body17: str) -> str:
    return ric.calc_check_digit(body17 + "0")


def _eighteen(raw: str, number: str, today: date, converted_from: str | None = None) -> IdNumber:
    """A resident ID, a residence permit or a 2023 foreigner's permanent residence ID (all 18 characters)."""
    body, last = number[:17], number[17]
    if not body.isdigit() or not (last.isdigit() or last == "X"):
        return IdNumber(raw, number, "resident_id", False, "characters")
    warnings: list[str] = ["converted"] if converted_from else []
    if number.startswith("9"):
        kind, born_at, province = "foreign_permanent", number[6:14], number[1:3]
    elif number[:6] in PERMIT_AREAS:
        kind, born_at, province = "residence_permit", number[6:14], number[:2]
    else:
        kind, born_at, province = "resident_id", number[6:14], number[:2]
    if province not in _PROVINCES:
        return IdNumber(raw, number, kind, False, "province")
    if _birth_date(born_at, today) is None:
        return IdNumber(raw, number, kind, False, "birth_date")
    if ric.calc_check_digit(number) != last:  # it ignores the last character
        return IdNumber(raw, number, kind, False, "checksum")
    if kind == "resident_id" and not _county_known(number[:6]):
        warnings.append("county_unknown")
    return IdNumber(raw, number, kind, True, None, tuple(warnings), converted_from)


def _fifteen(raw: str, number: str, today: date) -> IdNumber:
    if not number.isdigit():
        if _FOREIGN_2004.fullmatch(number):
            if (
                _birth_date("19" + number[5:11], today) is None
                and _birth_date("20" + number[5:11], today) is None
            ):
                return IdNumber(raw, number, "foreign_permanent", False, "birth_date")
            return IdNumber(raw, number, "foreign_permanent", True)
        return IdNumber(raw, number, "resident_id", False, "characters")
    body = number[:6] + "19" + number[6:15]
    return _eighteen(raw, body + _check_character(body), today, converted_from=number)


def check(raw: str, id_type: str | None = None, *, today: date | None = None) -> IdNumber:
    """Checks a number as typed, photographed or imported; `id_type` None means: tell from its shape.

    `today` (the jurisdiction's date, from the clock when None) bounds the birth date; a registry import
    passes the date it started on, read once instead of once a row."""
    number = normalise(raw)
    declared = (id_type or "").strip().lower() or None
    if declared is not None and declared not in ID_TYPES:
        return IdNumber(raw, number, declared, False, "unknown_type")
    if not number:
        return IdNumber(raw, number, declared or "resident_id", False, "empty")
    if declared == "passport":
        if _PASSPORT.fullmatch(number):
            return IdNumber(raw, number, "passport", True)
        return IdNumber(raw, number, "passport", False, "characters")
    today = today or clock.today()
    if len(number) == 18:
        result = _eighteen(raw, number, today)
    elif len(number) == 15:
        result = _fifteen(raw, number, today)
    elif not _DIGITS.fullmatch(number.rstrip("X")):
        result = IdNumber(raw, number, declared or "resident_id", False, "characters")
    else:
        result = IdNumber(raw, number, declared or "resident_id", False, "length")
    if result.valid and declared is not None and declared != result.id_type:
        return IdNumber(raw, number, declared, False, "type_mismatch")
    return result


def find_in_certificate_number(cert_no: str) -> IdNumber | None:
    """The ID number inside a new-style certificate number (T + the ID number), else None."""
    text = normalise(cert_no)
    if text.startswith("T") and len(text) in (16, 19):
        found = check(text[1:])
        return found if found.valid else None
    return None
