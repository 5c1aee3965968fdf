"""Database leases: of several bot processes, only the holder of a lease runs a given scheduled job.

A lease expires on its own (a crashed holder gives it up after `ttl`); the holder renews it each run.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from foundation import clock
from models.ops import Lease


async def acquire(name: str, owner: str, ttl: timedelta, now: datetime | None = None) -> bool:
    now = now or clock.now()
    expires = now + ttl
    try:
        await Lease.create(name=name, owner=owner, expires_at=expires)
        return True
    except IntegrityError:
        pass
    taken = await Lease.filter(Q(name=name) & (Q(owner=owner) | Q(expires_at__lt=now))).update(
        owner=owner, expires_at=expires
    )
    return bool(taken)


async def release(name: str, owner: str) -> None:
    await Lease.filter(name=name, owner=owner).delete()
