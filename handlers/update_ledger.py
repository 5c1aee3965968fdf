"""Claiming updates in the database so that a redelivered update acts once, across processes.

An update is claimed before it is handled and marked done after. A second delivery of a done update is a
duplicate and is acknowledged without effect. A second delivery while the first is still being handled is
"busy": the webhook answers non-2xx so Telegram tries again later. A claim left "processing" longer than the
lease belongs to a process that died, and the next delivery takes it over, so a crash loses nothing.
"""

from __future__ import annotations

import enum
import os
import socket
from datetime import datetime, timedelta

from foundation import clock, hot_sql
from models.state import ProcessedUpdate

LEASE = timedelta(seconds=30)


class Claim(enum.Enum):
    NEW = "new"
    DUPLICATE = "duplicate"
    BUSY = "busy"


def now() -> datetime:
    return clock.now()


async def claim(update_id: int, owner: str, lease: timedelta = LEASE) -> Claim:
    at = now()
    inserted = await hot_sql.fetch(
        "INSERT INTO processed_updates (update_id, status, owner, claimed_at) VALUES (?, 'processing', ?, ?) "
        "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
        (update_id, owner, at),
    )
    if inserted:
        return Claim.NEW
    row = await ProcessedUpdate.get_or_none(update_id=update_id)
    if row is None:  # deleted by the cleanup between our two queries: try once more
        return await claim(update_id, owner, lease)
    if row.status == "done":
        return Claim.DUPLICATE
    if row.owner == owner or (at - row.claimed_at < lease and _owner_alive(row.owner)):
        return Claim.BUSY
    # Take over a stale claim; the conditional update makes sure only one process wins it.
    taken = await ProcessedUpdate.filter(
        update_id=update_id, status="processing", claimed_at=row.claimed_at
    ).update(owner=owner, claimed_at=at)
    return Claim.NEW if taken else Claim.BUSY


def _owner_alive(owner: str) -> bool:
    """A claim by a dead process on this host is stale at once; on another host only the lease can tell."""
    host, _sep, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


FINISH_SQL = "UPDATE processed_updates SET status = 'done', finished_at = ? WHERE update_id = ?"


async def finish(update_id: int) -> None:
    await hot_sql.fetch(FINISH_SQL, (now(), update_id))


async def release(update_id: int) -> None:
    """Gives a claim back after a failure, so a redelivery is handled again at once."""
    await ProcessedUpdate.filter(update_id=update_id, status="processing").delete()


async def forget_older_than(age: timedelta) -> int:
    """Telegram keeps undelivered updates for 24 hours; ledger rows older than that can go."""
    return await ProcessedUpdate.filter(status="done", claimed_at__lt=now() - age).delete()
