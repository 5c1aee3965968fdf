"""The business rules' refusals (`CaseError`) in the staff member's language.

cases/* words its refusals in English for logs and the API, some with codes in them ("a tip case cannot go
from received to verified"); a page shows the matching sentence below instead, with the codes turned into
labels. A refusal not listed here is shown as a general sentence, never as the raw text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from foundation.i18n import N_
from web import texts

Translate = Callable[[str], str]

_MOVE = re.compile(r"a (\w+) case cannot go from (\w+) to (\w+)")
_FIXED = {
    "refusing a tip needs a reason the reporter will see": N_(
        "Not accepting a tip needs a reason, which the reporter will see."
    ),
    "only the verification clock can be extended": N_("Only the verification period can be extended."),
    "the verification period was already extended once": N_(
        "The verification period was already extended once."
    ),
    "an extension needs a reason the reporter will see": N_(
        "An extension needs a reason, which the reporter will see."
    ),
    "the case is already in that jurisdiction": N_("The case is already in that jurisdiction."),
    "an empty message cannot be posted": N_("An empty message cannot be sent."),
    "only a substantiated tip earns a reward": N_("Only a substantiated tip earns a reward."),
    "no reward has been decided for this tip": N_("No reward has been decided for this tip."),
    "no reward has been decided for this case": N_("No reward has been decided for this case."),
    "the reward was already claimed": N_("The reward was already claimed."),
    "the 60 days to claim this reward have passed": N_("The 60 days to claim this reward have passed."),
    "a reward rule needs 0 < rate <= 1 and 0 <= minimum <= maximum": N_(
        "A reward rule needs a rate above 0 and at most 1, and a minimum not above the maximum."
    ),
}
_PREFIXES = {
    "unknown division code": N_("There is no division with that code."),
    "a reveal needs a written reason": N_("A reveal needs a written reason of at least 10 characters."),
}
GENERAL = N_("This action is not possible for the case as it is now.")


def refusal_text(message: str, _: Translate) -> str:
    """The sentence a page shows for a CaseError's message."""
    move = _MOVE.fullmatch(message)
    if move:
        kind, source, target = move.groups()
        return _("{kind}: a case cannot go from {source} to {target}.").format(
            kind=texts.kind_label(kind, _),
            source=texts.status_label(source, _),
            target=texts.status_label(target, _),
        )
    if message in _FIXED:
        return _(_FIXED[message])
    for prefix, text in _PREFIXES.items():
        if message.startswith(prefix):
            return _(text)
    return _(GENERAL)
