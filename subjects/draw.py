"""The random draw of 双随机、一公开, as a pure function anyone can re-run.

The generator is seeded with the seed *and* the SHA-256 of the pool (every candidate's id, credit code and
weight, in id order), so the same seed over the same pool gives the same list and a changed pool cannot
pass for the recorded one. Python's Mersenne Twister is used on purpose: the draw must be reproducible
from published inputs, not secret (bandit B311 does not apply).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

from foundation.i18n import N_


@dataclass(frozen=True)
class Candidate:
    id: int
    credit_code: str
    name: str
    weight: float = 1.0
    high_risk: bool = False


@dataclass
class Drawn:
    candidate: Candidate
    inspectors: list[int]


@dataclass
class DrawResult:
    seed: str
    pool_hash: str
    drawn: list[Drawn]
    warnings: list[tuple[str, dict]] = field(default_factory=list)


class DrawError(ValueError):
    def __init__(self, msgid: str, **params: object) -> None:
        super().__init__(msgid.format(**params))
        self.msgid, self.params = msgid, params


def pool_hash(pool: list[Candidate], inspectors: list[int]) -> str:
    lines = [
        f"{c.id}|{c.credit_code}|{c.weight:.6f}|{int(c.high_risk)}" for c in sorted(pool, key=lambda c: c.id)
    ]
    lines.append("inspectors:" + ",".join(str(i) for i in sorted(inspectors)))
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _order(group: list[Candidate], rng: random.Random, weighted: bool) -> list[Candidate]:
    """The whole group in drawn order: weighted without replacement by Efraimidis–Spirakis keys."""
    group = sorted(group, key=lambda c: c.id)
    if not weighted:
        return rng.sample(group, len(group))
    keys = [(rng.random() ** (1.0 / max(c.weight, 1e-6)), c) for c in group]
    return [c for _, c in sorted(keys, key=lambda kc: (-kc[0], kc[1].id))]


def draw(
    pool: list[Candidate],
    count: int,
    seed: str,
    inspectors: list[int],
    *,
    previous: frozenset[int] = frozenset(),
    weighted: bool = False,
    high_risk_first: bool = False,
    per_inspection: int = 2,
) -> DrawResult:
    if count < 1:
        raise DrawError(N_("The number to draw must be at least 1."))
    if not pool:
        raise DrawError(N_("There are no subjects in the pool: import the division's subject files first."))
    if len(set(inspectors)) < per_inspection:
        raise DrawError(
            N_("At least {needed} inspectors are needed for each inspection; the bureau has {have}."),
            needed=per_inspection,
            have=len(set(inspectors)),
        )
    digest = pool_hash(pool, inspectors)
    rng = random.Random(f"{seed}:{digest}")  # nosec B311 - reproducible by design
    warnings: list[tuple[str, dict]] = []
    fresh = [c for c in pool if c.id not in previous]
    again = [c for c in pool if c.id in previous]
    groups = (
        [[c for c in fresh if c.high_risk], [c for c in fresh if not c.high_risk]]
        if high_risk_first
        else [fresh]
    )
    ordered: list[Candidate] = []
    for group in groups:
        ordered.extend(_order(group, rng, weighted))
    if count > len(fresh) and again:
        warnings.append(
            (
                N_(
                    "Only {fresh} subjects were not drawn last time: {again} drawn last time are drawn again."
                ),
                {"fresh": len(fresh), "again": min(len(again), count - len(fresh))},
            )
        )
        ordered.extend(_order(again, rng, weighted))
    if count > len(pool):
        warnings.append(
            (
                N_("{asked} were asked for but the pool holds only {size}: all of them are drawn."),
                {"asked": count, "size": len(pool)},
            )
        )
    team = sorted(set(inspectors))
    drawn = [Drawn(c, sorted(rng.sample(team, per_inspection))) for c in ordered[:count]]
    return DrawResult(seed, digest, drawn, warnings)
