"""Reading the queue as a member of staff sees it: scoped to their jurisdiction, filtered, nearest deadline
first; and taking the next case. Shared by the web back office, the JSON API and the Telegram /queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from cases import audit, counts
from foundation import clock
from models.cases import OPEN_STATUSES, Case
from models.staff import StaffUser
from regions import divisions

OPEN = OPEN_STATUSES


def scope_q(division_code: str) -> Q:
    """Cases within a jurisdiction: equality on the stored level codes, so an index serves every level."""
    return Q(**{counts.level_column(division_code): division_code})


def scoped(division_code: str) -> QuerySet[Case]:
    return Case.filter(scope_q(division_code))


@dataclass
class QueueFilter:
    status: str | None = None  # a status, "open" (default) or "all"
    kind: str | None = None
    category: str | None = None
    division_code: str | None = None  # narrow to a jurisdiction inside the user's scope
    assignee: str | None = None  # a username, or "-" for unassigned
    overdue: bool | None = None
    search: str | None = None


def narrowed_to(staff: StaffUser, f: QueueFilter) -> str | None:
    """The jurisdiction inside the user's own that the filter narrows to, if it names one."""
    if f.division_code and divisions.is_within(f.division_code, staff.division_code):
        return f.division_code
    return None


def status_condition(f: QueueFilter) -> dict[str, object]:
    """The status filter as column values; the same names on cases and on the stored counts."""
    if f.status in (None, "", "open"):
        return {"is_open": True}  # not status__in: see models.cases.OPEN_STATUSES
    if f.status == "all":
        return {}
    return {"status": f.status}


def list_query(staff: StaffUser, f: QueueFilter) -> QuerySet[Case]:
    query = scoped(staff.division_code)
    within = narrowed_to(staff, f)
    if within:
        query = query.filter(scope_q(within))
    query = query.filter(**status_condition(f))
    if f.kind:
        query = query.filter(kind=f.kind)
    if f.category:
        query = query.filter(category=f.category)
    if f.assignee == "-":
        query = query.filter(assignee__isnull=True)
    elif f.assignee:
        query = query.filter(assignee=f.assignee)
    if f.overdue is not None:
        query = query.filter(overdue=f.overdue)
    if f.search:
        term = f.search.strip()
        condition = Q(title__icontains=term)
        if term.isdigit():
            condition |= Q(id=int(term))
        query = query.filter(condition)
    return query


def ordered(query: QuerySet[Case]) -> QuerySet[Case]:
    """Nearest deadline first; cases without a running clock after them, oldest first."""
    return query.order_by("due_at", "id")


async def list_cases(staff: StaffUser, f: QueueFilter, limit: int = 50, offset: int = 0) -> list[Case]:
    query = ordered(list_query(staff, f))
    cases = await query.offset(offset).limit(limit)
    # SQL puts NULL due dates first or last depending on the database: make it the same everywhere.
    with_due = [c for c in cases if c.due_at is not None]
    return with_due + [c for c in cases if c.due_at is None]


# Filters the stored counts cannot answer (category, assignee, search) are counted case by case up to here.
COUNT_CAP = 1_000


class Tally(NamedTuple):
    n: int
    complete: bool  # False: there are more than `n` (counting stopped at COUNT_CAP)


async def count_cases(staff: StaffUser, f: QueueFilter) -> Tally:
    """How many cases the filter matches, at a cost that does not grow with the jurisdiction's backlog:
    from the stored counts (cases.counts) when the filter is one they keep, otherwise up to COUNT_CAP."""
    if not (f.category or f.assignee or f.search):
        selection = counts.Selection(
            staff.division_code,
            within=narrowed_to(staff, f),
            kind=f.kind or None,
            overdue=f.overdue,
            **status_condition(f),  # type: ignore[arg-type]
        )
        return Tally(await counts.total(selection), True)
    ids = await list_query(staff, f).limit(COUNT_CAP + 1).values_list("id", flat=True)
    return Tally(min(len(ids), COUNT_CAP), len(ids) <= COUNT_CAP)


def take_next_candidates(staff: StaffUser, kind: str | None = None) -> tuple[QuerySet[Case], QuerySet[Case]]:
    """The two reads "take next" makes: unassigned open cases with a clock, nearest deadline first; then
    those without one, oldest first. Both in the order of the (level, is_open, due_at, id) index."""
    unassigned = QueueFilter(kind=kind, assignee="-")
    with_clock = ordered(list_query(staff, unassigned).filter(due_at__isnull=False))
    without_clock = ordered(list_query(staff, unassigned).filter(due_at__isnull=True))
    return with_clock, without_clock


def can_see(staff: StaffUser, case: Case) -> bool:
    return (
        divisions.is_within(case.division_code, staff.division_code)
        or case.division_code == staff.division_code
    )


async def take_next(staff: StaffUser, kind: str | None = None) -> Case | None:
    """Assigns the unassigned open case with the nearest deadline in the user's scope to them.

    The conditional update makes two people pressing "take next" at once get two different cases."""
    for _attempt in range(5):
        with_clock, without_clock = take_next_candidates(staff, kind)
        candidate = await with_clock.first() or await without_clock.first()
        if candidate is None:
            return None
        taken = await Case.filter(id=candidate.id, assignee__isnull=True).update(
            assignee=staff.username, updated_at=clock.now()
        )
        if taken:
            await candidate.refresh_from_db()
            await audit.append(
                candidate,
                staff.username,
                "assigned",
                {"assignee": None},
                {"assignee": staff.username, "taken": True},
            )
            return candidate
    return None
