"""ID numbers read by OCR: checked by the one ID rule (identity.numbers), repaired only when provable.

OCR reads 0 as O or D and 1 as I or l. Replacing such letters is safe only when the result passes the
ISO 7064 check (and the birth-date and province checks): a number that does not validate after the
repair is reported as read and marked invalid, never "fixed" into a different person's number.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from identity import numbers as id_numbers

_FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ×χ", "0123456789XXXX")
# Letters OCR produces for digits, and the digit they stand for. T (for 7) only inside a number already cut
# out: a run that starts with T is a certificate number's prefix, so T is not in _CONFUSABLE below.
_CONFUSIONS = str.maketrans(
    {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "i": "1", "|": "1", "!": "1", "Z": "2",
     "z": "2", "S": "5", "s": "5", "B": "8", "G": "6", "b": "6", "g": "9", "q": "9", "T": "7"}
)  # fmt: skip
_CONFUSABLE = "OoDQIli|!ZzSsBGbgq"
CANDIDATE_RE = re.compile(rf"[0-9{re.escape(_CONFUSABLE)}]{{17}}[0-9Xx×χＸｘ{re.escape(_CONFUSABLE)}]")


@dataclass(frozen=True)
class IdCheck:
    """`number` is the repaired number when `corrected`, else what was read (spaces removed)."""

    raw: str
    number: str
    valid: bool
    corrected: bool = False
    problem: str | None = None  # an identity.numbers.PROBLEMS key ("characters" reads as "format")

    def to_json(self) -> dict:
        return asdict(self)


def _problem(number: str) -> str | None:
    problem = id_numbers.check(number).problem
    return "format" if problem == "characters" else problem


def clean(raw: str) -> str:
    return re.sub(r"[\s\-_.,，·]", "", raw.translate(_FULLWIDTH))


def check_id_number(raw: str) -> IdCheck:
    """Validates an ID number as read, repairing letter-for-digit confusions when that makes it valid."""
    number = clean(raw)
    if len(number) == 18 and number[-1] == "x":
        number = number[:-1] + "X"
    problem = _problem(number)
    if problem is None:
        return IdCheck(raw, id_numbers.check(number).number, True)  # a 15-digit number comes back as 18
    if len(number) == 18:
        body = number[:17].translate(_CONFUSIONS)
        last = number[17] if number[17] in "0123456789X" else number[17].translate(_CONFUSIONS)
        repaired = body + last
        if repaired != number and _problem(repaired) is None:
            return IdCheck(raw, repaired, True, corrected=True)
    return IdCheck(raw, number, False, problem=problem)


def find_id_numbers(text: str) -> list[IdCheck]:
    """Every 18-character ID-number-shaped run in `text`, checked."""
    cleaned = re.sub(r"\s", "", text.translate(_FULLWIDTH))
    return [check_id_number(match.group(0)) for match in CANDIDATE_RE.finditer(cleaned)]


def sex_from_id(number: str) -> str | None:
    """男 or 女 from the 17th digit (odd for men), for a number already checked valid."""
    if len(number) != 18 or not number[16].isdigit():
        return None
    return "男" if int(number[16]) % 2 else "女"
