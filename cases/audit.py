"""The audit trail: every change to a case is one appended, hash-chained row.

All cases share one chain ordered by `seq`; each row's hash covers its content and the previous row's hash.
Altering a row breaks its own hash; removing one breaks the `seq` sequence and the next row's `prev_hash`.
Appending locks the chain head (`audit_head`), so concurrent writers, in one process or several, queue up
instead of forking the chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tortoise.transactions import in_transaction

from foundation import clock
from models.cases import AuditHead, Case, CaseEvent

GENESIS = "0" * 64


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
    """Appends one event; call it inside the same transaction as the change it records when there is one."""
    at = at or clock.now()
    async with in_transaction() as conn:
        head = await _locked_head(conn)
        seq = head.seq + 1
        digest = event_hash(head.hash, seq, case.id, at, actor, action, before, after)
        event = await CaseEvent.create(
            seq=seq,
            case_id=case.id,
            at=at,
            actor=actor,
            action=action,
            before=before,
            after=after,
            prev_hash=head.hash,
            hash=digest,
            using_db=conn,
        )
        await AuditHead.filter(id=1).using_db(conn).update(seq=seq, hash=digest)
    return event


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
