"""The audit trail: every change to a case is one appended, hash-chained row.

All cases share one chain ordered by `seq`; each row's hash covers its content and the previous row's hash.
Altering a row breaks its own hash; removing one breaks the `seq` sequence and the next row's `prev_hash`.
Appending locks the chain head (`audit_head`), so concurrent writers, in one process or several, queue up
instead of forking the chain.

Many entries can share one transaction and one lock of the head (`batch()`): the deadline sweep records
hundreds of warnings and escalations a run, and one commit per entry, each waiting on the head, would make a
day's backlog outlive the job's lease.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.transactions import in_transaction

from foundation import clock
from models.cases import AuditHead, Case, CaseEvent

GENESIS = "0" * 64

# The events appended inside the current `batch()`, written together when it ends (None: no batch).
_pending: ContextVar[list[CaseEvent] | None] = ContextVar("audit_pending", default=None)


def _canonical_time(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(
    prev_hash: str, seq: int, case_id: int, at: datetime, actor: str, action: str, before: Any, after: Any
) -> str:
    body = json.dumps(
        {
            "seq": seq,
            "case": case_id,
            "at": _canonical_time(at),
            "actor": actor,
            "action": action,
            "before": before,
            "after": after,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(f"{prev_hash}|{body}".encode()).hexdigest()


async def _locked_head(conn: Any) -> AuditHead:
    dialect = conn.capabilities.dialect
    if dialect == "postgres":
        rows = await conn.execute_query_dict(
            'SELECT "id","seq","hash" FROM "audit_head" WHERE "id"=1 FOR UPDATE'
        )
        if not rows:
            await conn.execute_query(
                'INSERT INTO "audit_head" ("id","seq","hash") VALUES (1,0,$1) ON CONFLICT DO NOTHING',
                [GENESIS],
            )
            rows = await conn.execute_query_dict(
                'SELECT "id","seq","hash" FROM "audit_head" WHERE "id"=1 FOR UPDATE'
            )
        row = rows[0]
        return AuditHead(id=1, seq=row["seq"], hash=row["hash"])
    head = await AuditHead.get_or_none(id=1).using_db(conn)
    if head is None:
        head = await AuditHead.create(id=1, seq=0, hash=GENESIS, using_db=conn)
    return head


async def append(
    case: Case, actor: str, action: str, before: Any = None, after: Any = None, at: datetime | None = None
) -> CaseEvent:
    """Appends one event; call it inside the same transaction as the change it records when there is one.

    Inside `batch()` the event is queued and gets its `seq` and hash when the batch is written."""
    event = CaseEvent(
        case_id=case.id, at=at or clock.now(), actor=actor, action=action, before=before, after=after
    )
    pending = _pending.get()
    if pending is not None:
        pending.append(event)
        return event
    async with in_transaction() as conn:
        await _write(conn, [event])
    return event


def in_batch() -> bool:
    """Whether appends are being collected by a `batch()` (which is then the transaction around them)."""
    return _pending.get() is not None


@asynccontextmanager
async def batch() -> AsyncIterator[None]:
    """One transaction for everything inside, whose audit events are chained and inserted together at the
    end under one lock of the head. If anything inside fails, neither the changes nor their events are kept.
    A batch inside a batch joins the outer one."""
    if _pending.get() is not None:
        yield
        return
    events: list[CaseEvent] = []
    token = _pending.set(events)
    try:
        async with in_transaction() as conn:
            yield
            _pending.reset(token)
            token = None
            if events:
                await _write(conn, events)
    finally:
        if token is not None:
            _pending.reset(token)


async def _write(conn: Any, events: list[CaseEvent]) -> None:
    """Chains `events` after the locked head, in order, and inserts them with one statement."""
    head = await _locked_head(conn)
    prev, seq = head.hash, head.seq
    for event in events:
        seq += 1
        event.seq, event.prev_hash = seq, prev
        event.hash = event_hash(
            prev, seq, event.case_id, event.at, event.actor, event.action, event.before, event.after
        )
        prev = event.hash
    if len(events) == 1:
        await events[0].save(using_db=conn)  # gives the caller the row's id, as before
    else:
        await CaseEvent.bulk_create(events, using_db=conn)
    await AuditHead.filter(id=1).using_db(conn).update(seq=seq, hash=prev)


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str | None = None


async def verify(batch: int = 5000) -> VerifyResult:
    """Walks the whole chain; reports the first broken link."""
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    while True:
        events = await CaseEvent.filter(seq__gte=expected_seq).order_by("seq").limit(batch)
        if not events:
            break
        for e in events:
            if e.seq != expected_seq:
                return VerifyResult(False, checked, expected_seq, f"event {expected_seq} is missing")
            if e.prev_hash != prev_hash:
                return VerifyResult(False, checked, e.seq, "does not follow the previous event")
            if event_hash(prev_hash, e.seq, e.case_id, e.at, e.actor, e.action, e.before, e.after) != e.hash:
                return VerifyResult(False, checked, e.seq, "its content was changed after it was written")
            prev_hash, expected_seq, checked = e.hash, e.seq + 1, checked + 1
    head = await AuditHead.get_or_none(id=1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != prev_hash):
        return VerifyResult(False, checked, expected_seq, "events at the end of the chain were removed")
    return VerifyResult(True, checked)
