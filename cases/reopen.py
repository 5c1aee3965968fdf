"""A reporter's request for a review (复查) of a closed or refused tip: once per tip, within a period after
the decision, with a written reason. Without these limits anyone holding a receipt could reopen a case
for ever and keep an office re-verifying the same facts (the public's means of wearing staff down).

The same rule for every channel (the web status page, the bot's follow-up buttons).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from cases import service
from cases.service import CaseError
from foundation import clock
from foundation.i18n import N_
from models.cases import Case, CaseEvent

MIN_REASON = 10
SHORT_REASON = N_("Please say in a few words why the decision should be reviewed.")
TARGET = {"closed": "verifying", "rejected": "received"}


def review_window() -> timedelta:
    """REVIEW_WINDOW_DAYS (default 30): how long after the decision a review may be asked for."""
    try:
        return timedelta(days=max(1, int(os.environ.get("REVIEW_WINDOW_DAYS", "30"))))
    except ValueError:
        return timedelta(days=30)


class ReviewRefused(CaseError):
    """The message is an English msgid (with `params`), translated by the channel."""

    def __init__(self, msgid: str, **params: object) -> None:
        super().__init__(msgid)
        self.msgid, self.params = msgid, params

    def text(self, _: object) -> str:
        return _(self.msgid).format(**self.params)  # type: ignore[operator]


async def decided_at(case: Case) -> datetime | None:
    """When the case reached its present (closed or refused) status."""
    decided = await CaseEvent.filter(case_id=case.id, action=f"status:{case.status}").order_by("-seq").first()
    return decided.at if decided is not None else None


def check_reviewable(case: Case, decided: datetime | None) -> None:
    """Raises ReviewRefused when the case cannot be reviewed (not closed, asked already, too late)."""
    if case.status not in TARGET:
        raise ReviewRefused(N_("A review can be asked for once the tip is closed."))
    if (case.details or {}).get("review_asked"):
        raise ReviewRefused(N_("A review of this tip was asked for already; it can be asked for once."))
    if decided is not None and clock.now() - decided > review_window():
        raise ReviewRefused(
            N_("A review can be asked for within {days} days of the decision."), days=review_window().days
        )


async def ask_review(case: Case, reason: str, label: str, actor: str = "reporter") -> Case:
    """Reopens `case` for a review; `label` is "The reporter asked for a review." in the case's language,
    put before the reporter's reason on the case."""
    await case.refresh_from_db()
    check_reviewable(case, await decided_at(case))
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON:
        raise ReviewRefused(SHORT_REASON)
    case = await service.transition(case, TARGET[case.status], actor, reason=f"{label} {reason}".strip())
    case.details = {**(case.details or {}), "review_asked": clock.now().isoformat()}
    await case.save(update_fields=["details", "updated_at"])
    return case
