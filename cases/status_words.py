"""The words a reporter and a handler see for a case's status: one list for every channel."""

from __future__ import annotations

from typing import Any

from foundation.i18n import N_

STATUS_TEXT = {
    "received": N_("received"),
    "accepted": N_("accepted for handling"),
    "rejected": N_("not accepted"),
    "verifying": N_("being verified"),
    "verified": N_("verified"),
    "closed": N_("closed"),
}


def status_label(status: str, _: Any) -> str:
    return _(STATUS_TEXT.get(status, status))
