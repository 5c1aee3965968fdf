"""The stored case counts (cases.counts) agree with the cases themselves after every kind of change, at
every level, whether or not the changes have been folded yet; and the queue's count reads them."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from tortoise import connections

from cases import counts, queue, service, staff
from models.cases import Case, CaseCountChange

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
SCOPES = ("130102", "130104", "130100", "130202", "130200", "130000", "110000")


async def _truth(scope: str, **match: object) -> Counter[str]:
    """Counted the slow way, from the cases: per status, for the cases of `scope` matching `match`."""
    column = counts.level_column(scope)
    found = await Case.filter(**{column: scope}, **match).values_list("status", flat=True)
    return Counter(found)


async def _assert_counts_agree() -> None:
    for scope in SCOPES:
        for match in ({}, {"is_open": True}, {"kind": "tip"}, {"overdue": True, "is_open": True}):
            selection = counts.Selection(scope, **match)  # type: ignore[arg-type]
            truth = await _truth(scope, **match)
            assert await counts.grouped(selection, "status") == {s: n for s, n in truth.items() if n}, (
                scope,
                match,
            )
            assert await counts.total(selection) == sum(truth.values()), (scope, match)


@pytest.fixture
async def opened(database: str) -> list[Case]:
    made = []
    for i, (kind, county) in enumerate(
        [
            ("tip", "130102"),
            ("tip", "130102"),
            ("notice", "130104"),
            ("tip", "130202"),
            ("inspection", "110101"),
        ]
    ):
        made.append(await service.open_case(kind, f"c{i}", county, at=NOW - timedelta(days=i)))
    return made


async def test_counts_follow_status_changes_transfers_bulk_updates_and_deletes(opened: list[Case]) -> None:
    await _assert_counts_agree()
    await service.transition(opened[0], "accepted", "h")
    await service.transition(opened[2], "closed", "h")
    await _assert_counts_agree()
    assert await counts.fold() > 0
    assert await CaseCountChange.all().count() == 0
    await _assert_counts_agree()

    await service.transfer(opened[1], "130202", "h", "wrong county")  # another city of the same province
    await Case.filter(id__in=[opened[0].id, opened[3].id]).update(overdue=True)  # as the sweep marks them
    await service.transition(opened[2], "accepted", "h")  # a review reopens a closed case
    await _assert_counts_agree()

    stray = await Case.create(kind="tip", title="no events", division_code="130102", status="received")
    service.set_jurisdiction(stray, "130102")
    await stray.save()
    await _assert_counts_agree()
    await stray.delete()
    await _assert_counts_agree()
    await counts.fold(chunk=2)  # in several chunks
    assert await CaseCountChange.all().count() == 0
    await _assert_counts_agree()


async def test_a_count_lost_or_never_made_is_rebuilt_from_the_cases(opened: list[Case]) -> None:
    """What the benchmarks do after loading cases with the triggers off."""
    await connections.get("default").execute_script("DELETE FROM case_count_changes")
    assert await counts.total(counts.Selection("130000")) == 0
    await counts.rebuild()
    await _assert_counts_agree()
    assert await counts.total(counts.Selection("130000", is_open=True)) == 4


@pytest.mark.parametrize("scope", ["130102", "130100", "130000"])
async def test_the_queue_count_matches_the_list_at_every_level(opened: list[Case], scope: str) -> None:
    user = await staff.create_user(f"h{scope}", "a-long-password", "handler", scope)
    await service.transition(opened[1], "rejected", "h", reason="not ours")
    await counts.fold()
    await service.transition(opened[0], "accepted", "h")  # not folded yet
    for f in (
        queue.QueueFilter(),
        queue.QueueFilter(status="all"),
        queue.QueueFilter(status="rejected"),
        queue.QueueFilter(kind="tip"),
        queue.QueueFilter(overdue=False),
        queue.QueueFilter(division_code="130104"),
        queue.QueueFilter(category="fake_training"),
        queue.QueueFilter(assignee="-"),
    ):
        listed = await queue.list_cases(user, f, limit=100)
        assert await queue.count_cases(user, f) == queue.Tally(len(listed), True), f


async def test_a_filter_the_counts_do_not_keep_is_counted_up_to_the_cap(
    opened: list[Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    user = await staff.create_user("province", "a-long-password", "handler", "130000")
    monkeypatch.setattr(queue, "COUNT_CAP", 2)
    assert await queue.count_cases(user, queue.QueueFilter(assignee="-")) == queue.Tally(2, False)
    assert await queue.count_cases(user, queue.QueueFilter()) == queue.Tally(4, True)  # the counts: exact
