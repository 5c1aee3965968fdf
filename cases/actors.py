"""Who did something to a case, in words: the bot's, the scheduler's and the API's actors are codes in the
audit trail (`reporter`, `inspector:7`, `api:…`), which the back office, exports and the bot's staff queue
all show the same way."""

from __future__ import annotations

from collections.abc import Callable

from foundation.i18n import N_

ACTORS = {
    "system": N_("System"),
    "reporter": N_("The reporter"),
    "officer": N_("Enterprise safety officer"),
    "demo": N_("Demo data"),
}
ACTOR_PREFIXES = {
    "inspector": N_("Inspector no. {id}"),
    "officer": N_("Enterprise safety officer no. {id}"),
    "api": N_("API client {id}"),
}


def actor_label(actor: str | None, _: Callable[[str], str]) -> str:
    """A back-office username as it is; the bot's, the scheduler's and the API's actors in words."""
    if not actor:
        return "—"
    if actor in ACTORS:
        return _(ACTORS[actor])
    prefix, sep, rest = actor.partition(":")
    if sep and prefix in ACTOR_PREFIXES:
        return _(ACTOR_PREFIXES[prefix]).format(id=rest)
    return actor
