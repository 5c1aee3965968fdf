"""Rewards for substantiated tips (安全生产领域举报奖励办法): by default 15 % of the fine, at least ¥3,000
and at most ¥300,000; each jurisdiction may set its own rule (the nearest one up the tree applies). The
first accepted reporter of a cluster of duplicates is the one rewarded; they claim with the receipt code and
password within 60 days of being told.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from cases import audit, penalties
from cases.service import CaseError
from foundation import clock
from models.cases import Case
from models.ops import Outbox, RewardRule
from models.tips import Tip
from regions import divisions

CLAIM_DAYS = 60


@dataclass(frozen=True)
class Rule:
    rate: Decimal
    minimum: int
    maximum: int
    source: str  # the division code whose rule this is, or "national"

    def amount(self, fine: int) -> int:
        raw = (Decimal(fine) * self.rate).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return int(min(Decimal(self.maximum), max(Decimal(self.minimum), raw)))


NATIONAL = Rule(Decimal("0.15"), 3000, 300000, "national")


async def rule_for(division_code: str) -> Rule:
    chain = [division_code] + [d.code for d in divisions.ancestors(division_code)]
    rules = {r.division_code: r for r in await RewardRule.filter(division_code__in=chain)}
    for code in chain:
        if code in rules:
            r = rules[code]
            return Rule(Decimal(r.rate), r.minimum, r.maximum, code)
    return NATIONAL


async def set_rule(division_code: str, rate: Decimal, minimum: int, maximum: int) -> None:
    if not (Decimal(0) < rate <= Decimal(1)) or minimum < 0 or maximum < minimum:
        raise CaseError("a reward rule needs 0 < rate <= 1 and 0 <= minimum <= maximum")
    await RewardRule.update_or_create(
        division_code=division_code, defaults={"rate": rate, "minimum": minimum, "maximum": maximum}
    )


async def decide(case: Case, fine: int | None, actor: str, now: datetime | None = None) -> dict:
    """Records the reward for a substantiated tip and tells the rewarded reporter. With `fine` None the fine
    is the one decided on the case (cases/penalties.py), so the amount is never typed twice."""
    now = now or clock.now()
    await case.refresh_from_db()
    if fine is None:
        fine = await penalties.fine_of(case)
        if fine is None:
            raise CaseError("no penalty has been decided on this case")
    result = case.details.get("result") or {}
    if case.kind != "tip" or not result.get("substantiated"):
        raise CaseError("only a substantiated tip earns a reward")
    root = await Case.get(id=case.cluster_id or case.id)
    rewarded_case_id = root.details.get("first_accepted_case", case.id)
    tip = await Tip.filter(case_id=rewarded_case_id).order_by("id").first()
    rule = await rule_for(case.division_code)
    reward = {
        "fine": fine,
        "amount": rule.amount(fine),
        "rule": rule.source,
        "case": rewarded_case_id,
        "receipt_code": tip.receipt_code if tip else None,
        "noticed_at": now.isoformat(),
        "claim_until": (now + timedelta(days=CLAIM_DAYS)).isoformat(),
    }
    case.details = {**case.details, "reward": reward}
    await case.save(update_fields=["details", "updated_at"])
    await audit.append(
        case, actor, "reward_decided", None, {k: v for k, v in reward.items() if k != "receipt_code"}
    )
    if tip is not None and tip.reporter_sealed and tip.channel == "telegram":
        await Outbox.get_or_create(
            dedup_key=f"reward:{case.id}",
            defaults={
                "chat_sealed": tip.reporter_sealed,
                "text_key": "reward",
                "params": {
                    "receipt": tip.receipt_code,
                    "amount": reward["amount"],
                    "claim_until": reward["claim_until"][:10],
                },
                "language": tip.language,
            },
        )
    return reward


async def claim(tip: Tip, now: datetime | None = None) -> dict:
    """The reporter (already authenticated by receipt code and password) claims their reward."""
    now = now or clock.now()
    case = await Case.get(id=tip.case_id)
    root = await Case.get(id=case.cluster_id or case.id)
    reward = None
    for candidate in [case, root, *await Case.filter(cluster_id=root.id)]:
        r = candidate.details.get("reward")
        if r and r.get("case") == case.id:
            reward, holder = r, candidate
            break
    if reward is None:
        raise CaseError("no reward has been decided for this tip")
    if tip.reward_claimed_at is not None:
        raise CaseError("the reward was already claimed")
    if now > datetime.fromisoformat(reward["claim_until"]):
        raise CaseError("the 60 days to claim this reward have passed")
    tip.reward_claimed_at = now
    await tip.save(update_fields=["reward_claimed_at"])
    await audit.append(holder, "reporter", "reward_claimed", None, {"tip": tip.id})
    return reward


async def record_payment(case: Case, actor: str, reference: str, now: datetime | None = None) -> None:
    now = now or clock.now()
    await case.refresh_from_db()
    reward = case.details.get("reward")
    if not reward:
        raise CaseError("no reward has been decided for this case")
    reward = {**reward, "paid_at": now.isoformat(), "payment_reference": reference}
    case.details = {**case.details, "reward": reward}
    await case.save(update_fields=["details", "updated_at"])
    await audit.append(case, actor, "reward_paid", None, {"reference": reference})
