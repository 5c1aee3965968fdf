"""Opening cases and changing them: the one place where statuses, clocks and the audit trail move together.

Every function here is plain (no Telegram, no HTTP): the bot, the web back office, the JSON API, the CLI and
the scheduler all call the same ones, so a rule is enforced the same way whoever acts.
"""

from __future__ import annotations

import time
from contextlib import AbstractAsyncContextManager, nullcontext
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from cases import audit, calendar, clocks, notify, routing
from foundation import clock, hot_sql
from models.cases import OPEN_STATUSES as MODEL_OPEN_STATUSES
from models.cases import Case, CaseMessage


class CaseError(ValueError):
    """An action that the case's state or the rules do not allow; the message says why."""


TIP_FLOW: dict[str, set[str]] = {
    "received": {"accepted", "rejected"},
    "accepted": {"verifying", "verified"},
    "verifying": {"verified"},
    "verified": {"closed"},
    "closed": {"verifying"},  # the reporter asked for a review (复查)
    "rejected": {"received"},  # a review of the refusal puts it back before the accept decision
}
OTHER_FLOW: dict[str, set[str]] = {
    "received": {"accepted", "closed"},
    "accepted": {"closed"},
    "closed": {"accepted"},
}
# Statuses that keep the clock already running instead of starting or stopping one.
CONTINUES_CLOCK = {"verifying"}
OPEN_STATUSES = MODEL_OPEN_STATUSES
CLOSED_STATUSES = ("closed", "rejected")


def _atomic() -> AbstractAsyncContextManager[Any]:
    """A transaction, unless an audit batch already is one (the sweep): a savepoint per action would cost
    two more round trips each."""
    return nullcontext() if audit.in_batch() else in_transaction()


def _now() -> datetime:
    return clock.now()


def flow_for(kind: str) -> dict[str, set[str]]:
    return TIP_FLOW if kind == "tip" else OTHER_FLOW


def _snapshot(case: Case, names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        value = getattr(case, name)
        out[name] = value.isoformat() if isinstance(value, datetime) else value
    return out


def set_jurisdiction(case: Case, code: str) -> None:
    """Sets the case's division and the city and province above it, which the queue filters on."""
    from regions import divisions

    case.division_code = code
    chain = [code] + [d.code for d in divisions.ancestors(code)]
    levels = {d.level: d.code for d in (divisions.get(c) for c in chain) if d is not None}
    case.province_code = levels.get(1)
    case.city_code = levels.get(2)


def schedule(case: Case) -> None:
    """Keeps `next_check_at` in step with the clock fields; call after changing any of them."""
    case.next_check_at = clocks.next_check(
        case.clock_started_at, case.due_at, case.warned_level, case.overdue
    )


def _start_clock(case: Case, status: str, at: datetime) -> None:
    rule = clocks.rule_for(case.kind, status)
    if rule is not None:
        case.clock, case.clock_started_at, case.due_at = rule.name, at, rule.due(at)
        case.clock_calendar = clocks.calendar_basis(at, case.due_at)
        case.warned_level, case.overdue = 0, False
    elif status not in CONTINUES_CLOCK:
        case.clock = case.clock_started_at = case.due_at = case.clock_calendar = None
        case.warned_level, case.overdue = 0, False
    schedule(case)


async def open_case(
    kind: str,
    title: str,
    division_code: str | None,
    *,
    category: str | None = None,
    priority: int = 3,
    details: dict[str, Any] | None = None,
    subject_key: str | None = None,
    actor: str = "system",
    at: datetime | None = None,
) -> Case:
    """Files a new item in the queue of its jurisdiction, with the clock of its first status running."""
    at = at or _now()
    route = routing.route(division_code, kind, category)
    details = dict(details or {})
    await calendar.ensure_current()  # an import on another node counts for this deadline too
    if route.triage:
        details["triage"] = True
    async with in_transaction():
        case = Case(
            kind=kind,
            category=category,
            division_code=route.division_code,
            priority=priority,
            status="received",
            title=title[:300],
            details=details,
            subject_key=subject_key,
        )
        set_jurisdiction(case, route.division_code)
        _start_clock(case, "received", at)
        await case.save()
        await audit.append(
            case,
            actor,
            "opened",
            None,
            _snapshot(
                case, ["kind", "category", "division_code", "priority", "status", "title", "clock", "due_at"]
            ),
            at=at,
        )
    return case


async def transition(
    case: Case,
    to_status: str,
    actor: str,
    *,
    reason: str | None = None,
    at: datetime | None = None,
    result: dict[str, Any] | None = None,
) -> Case:
    """Moves a case to `to_status` if its flow allows it; the reporter hears of it (see cases.notify)."""
    at = at or _now()
    await case.refresh_from_db()  # another actor may have changed it since it was loaded
    allowed = flow_for(case.kind).get(case.status, set())
    if to_status not in allowed:
        raise CaseError(f"a {case.kind} case cannot go from {case.status} to {to_status}")
    if to_status == "rejected" and not (reason and reason.strip()):
        raise CaseError("refusing a tip needs a reason the reporter will see")
    names = ["status", "clock", "due_at", "overdue"]
    before = _snapshot(case, names)
    previous = case.status
    await calendar.ensure_current()
    case.status = to_status
    _start_clock(case, to_status, at)
    if to_status == "verifying" and previous == "closed":
        # A review restarts verification with a clock of its own.
        rule = clocks.rule_for(case.kind, "accepted")
        if rule is not None:
            case.clock, case.clock_started_at, case.due_at = rule.name, at, rule.due(at)
            case.clock_calendar = clocks.calendar_basis(at, case.due_at)
            case.warned_level, case.overdue, case.extended = 0, False, False
            schedule(case)
    if result is not None:
        case.details = {**case.details, "result": result}
    if reason:
        case.details = {**case.details, f"{to_status}_reason": reason}
    after = _snapshot(case, names)
    if reason:
        after["reason"] = reason
    if result is not None:
        after["result"] = result
    async with in_transaction():
        await case.save()
        await audit.append(case, actor, f"status:{to_status}", before, after, at=at)
        await notify.status_changed(case, to_status, reason=reason, result=result)
    return case


async def accept_first_in_cluster(case: Case) -> None:
    """The first accepted reporter of a cluster of duplicates is the one a reward goes to."""
    root = await Case.get(id=case.cluster_id or case.id)  # fresh: another case may have been accepted first
    if "first_accepted_case" not in root.details:
        root.details = {**root.details, "first_accepted_case": case.id}
        await root.save(update_fields=["details", "updated_at"])
        await audit.append(root, "system", "cluster_first_accepted", None, {"case": case.id})


async def accept(case: Case, actor: str, at: datetime | None = None) -> Case:
    await transition(case, "accepted", actor, at=at)
    if case.kind == "tip":
        await accept_first_in_cluster(case)
    return case


async def extend(case: Case, days: int, reason: str, actor: str, at: datetime | None = None) -> Case:
    """The one extension of the verification clock the rules allow, with a reason told to the reporter."""
    await case.refresh_from_db()
    if case.clock != "verify" or case.due_at is None:
        raise CaseError("only the verification clock can be extended")
    if case.extended:
        raise CaseError("the verification period was already extended once")
    if not reason.strip():
        raise CaseError("an extension needs a reason the reporter will see")
    before = _snapshot(case, ["due_at"])
    await calendar.ensure_current()
    case.due_at = clocks.extended_due(case.due_at, days)
    case.clock_calendar = clocks.calendar_basis(case.clock_started_at or case.due_at, case.due_at)
    case.extended, case.overdue, case.warned_level = True, False, 0
    schedule(case)
    async with in_transaction():
        await case.save()
        await audit.append(
            case,
            actor,
            "extended",
            before,
            {**_snapshot(case, ["due_at"]), "days": days, "reason": reason},
            at=at,
        )
        await notify.extended(case, days, reason)
    return case


async def assign(case: Case, assignee: str | None, actor: str) -> Case:
    before = _snapshot(case, ["assignee"])
    case.assignee = assignee
    async with in_transaction():
        await case.save(update_fields=["assignee", "updated_at"])
        await audit.append(case, actor, "assigned", before, _snapshot(case, ["assignee"]))
    return case


async def transfer(case: Case, division_code: str, actor: str, reason: str) -> Case:
    """转办: the case moves to another jurisdiction's queue; the reporter is told it moved, not to whom."""
    from regions import divisions

    if divisions.get(division_code) is None:
        raise CaseError(f"unknown division code {division_code}")
    if division_code == case.division_code:
        raise CaseError("the case is already in that jurisdiction")
    before = _snapshot(case, ["division_code", "assignee"])
    set_jurisdiction(case, division_code)
    case.assignee = None
    async with in_transaction():
        await case.save()
        await audit.append(
            case,
            actor,
            "transferred",
            before,
            {**_snapshot(case, ["division_code", "assignee"]), "reason": reason},
        )
        await notify.transferred(case)
    return case


def _mark_escalated(case: Case) -> tuple[dict[str, Any], dict[str, Any]]:
    """The escalation's change, in memory: (before, after) for its audit event."""
    before = _snapshot(case, ["division_code", "overdue"])
    case.overdue = True
    schedule(case)
    parent = routing.parent_jurisdiction(case.division_code)
    if parent is not None:
        case.escalated_from = case.escalated_from or case.division_code
        set_jurisdiction(case, parent)
    return before, {**_snapshot(case, ["division_code", "overdue"]), "clock": case.clock}


def _mark_warned(case: Case, level: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The warning's change, in memory: (before, after) for its audit event."""
    before = {"warned_level": case.warned_level}
    case.warned_level = level
    schedule(case)
    after = {
        "warned_level": level,
        "clock": case.clock,
        "due_at": case.due_at.isoformat() if case.due_at else None,
    }
    return before, after


async def escalate(case: Case, at: datetime | None = None) -> Case:
    """A breached clock: mark the case overdue and move it up one level (county → city → province)."""
    at = at or _now()
    before, after = _mark_escalated(case)
    async with _atomic():
        await case.save()
        await audit.append(case, "system", "escalated", before, after, at=at)
    return case


async def warn(case: Case, level: int, at: datetime | None = None) -> Case:
    at = at or _now()
    before, after = _mark_warned(case, level)
    async with _atomic():
        await case.save(update_fields=["warned_level", "next_check_at", "updated_at"])
        await audit.append(case, "system", f"warning:{level}", before, after, at=at)
    return case


async def add_message(case: Case, visibility: str, author: str, body: str) -> CaseMessage:
    """A reply the reporter sees (`public`), a note only staff see (`internal`), or the reporter's own
    message (`reporter`)."""
    if visibility not in ("public", "internal", "reporter"):
        raise CaseError(f"unknown visibility {visibility}")
    body = body.strip()
    if not body:
        raise CaseError("an empty message cannot be posted")
    async with in_transaction():
        message = await CaseMessage.create(case=case, visibility=visibility, author=author, body=body)
        await audit.append(case, author, f"message:{visibility}", None, {"message": message.id})
        if visibility == "public":
            await notify.replied(case, message)
    return message


async def link_to_cluster(case: Case, root: Case, actor: str = "system") -> Case:
    before = {"cluster": case.cluster_id}
    case.cluster_id = root.cluster_id or root.id
    await case.save(update_fields=["cluster_id", "updated_at"])
    await audit.append(case, actor, "clustered", before, {"cluster": case.cluster_id})
    return case


SWEEP_BATCH = 500  # cases read at a time
SWEEP_SECONDS = 30.0  # a run stops after this long and leaves the rest to the next (its lease is 180 s)


async def tick(now: datetime | None = None, budget: float = SWEEP_SECONDS) -> dict[str, int]:
    """Gives due warnings and escalates breached clocks; run periodically (once across processes).

    Reads only the cases whose `next_check_at` has come (an index range), oldest first, a batch at a time,
    so a run costs what is due, not what is open; a backlog larger than `budget` seconds of work is left
    for the next run instead of outliving the job's lease."""
    now = now or _now()
    counts = {"warnings": 0, "escalations": 0}
    started = time.monotonic()
    while time.monotonic() - started < budget:
        due = await Case.filter(next_check_at__lte=now).order_by("next_check_at", "id").limit(SWEEP_BATCH)
        if not due:
            break
        async with audit.batch():  # one transaction and one lock of the audit chain per batch
            await _sweep_batch(due, now, counts)
    return counts


# The sweep's writes, one statement each for a whole batch (executemany): a round trip per case through the
# ORM was most of a day's backlog. Values are what Case.save() would write (aware datetimes, as the ORM).
_SWEEP_ESCALATED = (
    "UPDATE cases SET overdue = ?, next_check_at = ?, division_code = ?, city_code = ?, province_code = ?,"
    " escalated_from = ?, updated_at = ? WHERE id = ?"
)
_SWEEP_WARNED = "UPDATE cases SET warned_level = ?, next_check_at = ?, updated_at = ? WHERE id = ?"
_SWEEP_RESCHEDULED = "UPDATE cases SET next_check_at = ? WHERE id = ?"


async def _sweep_batch(due: list[Case], now: datetime, counts: dict[str, int]) -> None:
    """Warns, escalates or reschedules each due case (inside the caller's audit batch): decided in memory,
    written with one executemany per kind of change, each action still its own audit entry."""
    escalated: list[tuple[Any, ...]] = []
    warned: list[tuple[Any, ...]] = []
    rescheduled: list[tuple[Any, ...]] = []
    for case in due:
        if case.overdue or case.due_at is None or case.clock_started_at is None:
            schedule(case)
        elif now > case.due_at:
            before, after = _mark_escalated(case)
            await audit.append(case, "system", "escalated", before, after, at=now)
            jurisdiction = (case.division_code, case.city_code, case.province_code, case.escalated_from)
            escalated.append((True, case.next_check_at, *jurisdiction, _now(), case.id))
            counts["escalations"] += 1
            continue
        elif level := clocks.warning_due(case.clock_started_at, case.due_at, now, case.warned_level):
            before, after = _mark_warned(case, level)
            await audit.append(case, "system", f"warning:{level}", before, after, at=now)
            warned.append((level, case.next_check_at, _now(), case.id))
            counts["warnings"] += 1
            continue
        else:
            schedule(case)
        if case.next_check_at is not None and case.next_check_at <= now:
            case.next_check_at = now + timedelta(seconds=1)  # a rounding hair short of its threshold
        rescheduled.append((case.next_check_at, case.id))
    for sql, rows in (
        (_SWEEP_ESCALATED, escalated),
        (_SWEEP_WARNED, warned),
        (_SWEEP_RESCHEDULED, rescheduled),
    ):
        if rows:
            await hot_sql.execute_many(sql, rows)
