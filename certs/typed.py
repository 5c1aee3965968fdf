"""A certificate number as a person types it, made into what the registry holds.

People type full-width digits (`Ｔ１３０１…`), a lower-case `t` or `x`, spaces, a first-generation 15-digit
ID number inside a new-style number (`T` + the ID number), or the bare ID number without the `T`. All of
these find the certificate; an ID-number part that cannot be genuine is named (identity.numbers.PROBLEMS)
instead of being looked up, so the person hears what to fix rather than "not in the registry".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from identity import numbers as id_numbers

_ID_LIKE = re.compile(r"[0-9A-Z]{15}|[0-9A-Z]{18}")


@dataclass(frozen=True)
class TypedCertNo:
    typed: str
    candidates: tuple[str, ...]  # registry numbers to look up, in order
    problem: str | None = None  # an identity.numbers.PROBLEMS key for the ID-number part, told when not found
    converted_from: str | None = None  # the 15-digit ID number as typed, when converted

    @property
    def shown(self) -> str:
        return self.candidates[0] if self.candidates else self.typed


def parse(typed: str) -> TypedCertNo:
    text = "".join(unicodedata.normalize("NFKC", typed or "").split()).upper()
    has_t = text.startswith("T")
    body = text[1:] if has_t else text
    if not _ID_LIKE.fullmatch(body) or sum(c.isdigit() for c in body) < len(body) - 2:
        return TypedCertNo(typed, (text,) if text else ())  # some other numbering: look it up as typed
    checked = id_numbers.check(body)
    if not checked.valid:  # still looked up as typed (a local serial may look like an ID number)
        return TypedCertNo(typed, (text,), checked.problem)
    number = "T" + checked.number
    candidates = (number,) if has_t else (number, checked.number)
    return TypedCertNo(typed, candidates, None, checked.converted_from)
