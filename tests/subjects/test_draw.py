"""The 双随机 draw: same seed and pool give the same list; another seed a different, recorded draw; every
subject drawn lies inside the division; two inspectors each; nobody twice in a row
unless the pool is small."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.cases import Case, CaseEvent
from models.subjects import InspectionDraw
from models.users import User
from regions import divisions
from subjects import draws
from subjects.draw import Candidate, DrawError, draw
from tests.subjects.helpers import run, subject


async def _county(n_inside: int = 12) -> None:
    for i in range(n_inside):
        await subject(i + 1, division="130102", high_risk=i % 3 == 0)
    for i in range(5):
        await subject(100 + i, division="130203")  # 唐山: outside
    await subject(200, division="130102", kind="training_institution")
    for i in range(3):
        await User.create(tg_id=9000 + i, roles=["inspector"], division_code="130102")
    await User.create(tg_id=9100, roles=["inspector"], division_code="130203")


def test_pure_draw_is_reproducible_and_bounded() -> None:
    pool = [Candidate(i, f"C{i}", f"n{i}") for i in range(1, 30)]
    a = draw(pool, 5, "seed-1", [1, 2, 3])
    b = draw(list(reversed(pool)), 5, "seed-1", [3, 2, 1])
    assert [d.candidate.id for d in a.drawn] == [
        d.candidate.id for d in b.drawn
    ] and a.pool_hash == b.pool_hash
    c = draw(pool, 5, "seed-2", [1, 2, 3])
    assert [d.candidate.id for d in c.drawn] != [d.candidate.id for d in a.drawn]
    assert all(len(set(d.inspectors)) == 2 for d in a.drawn)
    changed = draw(pool[:-1], 5, "seed-1", [1, 2, 3])
    assert changed.pool_hash != a.pool_hash
    with pytest.raises(DrawError):
        draw([], 5, "s", [1, 2])
    with pytest.raises(DrawError):
        draw(pool, 5, "s", [1])
    risky = [Candidate(i, f"C{i}", f"n{i}", high_risk=i % 5 == 0) for i in range(1, 30)]
    first = draw(risky, 5, "hr", [1, 2], high_risk_first=True)
    assert all(d.candidate.high_risk for d in first.drawn)
    weighted = draw([Candidate(1, "A", "a", 1000.0), *pool[1:]], 1, "w", [1, 2], weighted=True)
    assert weighted.drawn[0].candidate.id == 1
    small = draw(pool[:3], 5, "s", [1, 2])
    assert len(small.drawn) == 3 and small.warnings


async def test_cli_draw_records_seed_and_hash_and_reruns_identically(database: str, tmp_path: Path) -> None:
    await _county()
    first = run(
        database,
        tmp_path,
        "inspections",
        "draw",
        "--division",
        "130102",
        "--month",
        "2026-05",
        "--seed",
        "abc",
    )
    assert first.returncode == 0, first.stderr
    assert "seed: abc" in first.stdout and "pool: 12 subjects, SHA-256" in first.stdout
    records = await InspectionDraw.all().order_by("id")
    assert len(records) == 1 and len(records[0].drawn) == 5  # the default quota
    places = [(await _sub(d["subject"])).division_code for d in records[0].drawn]
    assert all(divisions.is_within(p, "130102") for p in places)
    event = await CaseEvent.get(case_id=records[0].case_id, action="inspection_draw")
    assert event.after["seed"] == "abc" and event.after["pool_hash"] == records[0].pool_hash
    assert (await Case.get(id=records[0].case_id)).division_code == "130102"

    again = await draws.run("130102", "2026-05", actor="t", seed="abc")
    assert [d["subject"] for d in again.drawn] == [d["subject"] for d in records[0].drawn]
    other = await draws.run("130102", "2026-05", actor="t", seed="xyz")
    assert [d["subject"] for d in other.drawn] != [d["subject"] for d in again.drawn]
    assert await InspectionDraw.filter(seed="xyz").exists()


async def _sub(subject_id: int):
    from models.subjects import Subject

    return await Subject.get(id=subject_id)


async def test_next_month_avoids_last_months_subjects(database: str) -> None:
    await _county()
    may = await draws.run("130102", "2026-05", actor="t", seed="s1", count=6)
    june = await draws.run("130102", "2026-06", actor="t", seed="s2", count=6)
    assert not {d["subject"] for d in may.drawn} & {d["subject"] for d in june.drawn}
    july = await draws.run("130102", "2026-07", actor="t", seed="s3", count=10)
    assert len(july.drawn) == 10 and july.warnings  # only 6 fresh: 4 drawn again, with a warning


async def test_quota_and_empty_pool(database: str) -> None:
    await _county()
    await draws.set_quota("130100", 7)
    assert len((await draws.run("130102", "2026-05", actor="t", seed="q")).drawn) == 7
    with pytest.raises(DrawError):
        await draws.run("130104", "2026-05", actor="t")  # nobody imported there
    with pytest.raises(DrawError):
        await draws.run("130102", "2026-5", actor="t")


async def test_quota_and_bases_commands(database: str, tmp_path: Path) -> None:
    await _county()
    set_quota = run(database, tmp_path, "inspections", "quota", "--division", "130100", "--enterprises", "8")
    assert set_quota.returncode == 0 and "8 enterprises a month" in set_quota.stdout, set_quota.stderr
    assert "8 enterprises" in run(database, tmp_path, "inspections", "quota", "--division", "130102").stdout
    drawn = run(database, tmp_path, "inspections", "draw", "--division", "130102", "--month", "2026-05")
    assert drawn.returncode == 0 and "8. " in drawn.stdout and "9. " not in drawn.stdout
    empty = run(database, tmp_path, "inspections", "draw", "--division", "130104", "--month", "2026-05")
    assert empty.returncode == 1 and "no subjects in the pool" in empty.stderr
    bases = run(database, tmp_path, "penalties", "bases")
    assert "forged_certificate  ¥1000–¥5000" in bases.stdout
    local = run(
        database,
        tmp_path,
        "penalties",
        "bases",
        "--set",
        "local_rule",
        "--title-en",
        "A local rule",
        "--minimum",
        "500",
        "--maximum",
        "200",
    )
    assert local.returncode == 1 and "minimum" in local.stderr
