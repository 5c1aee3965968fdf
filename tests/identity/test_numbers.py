"""The one ID-number rule, on numbers shaped like the ones people really hold.

The genuine set is built from every county code in every edition of GB/T 2260 (stdnum's table), with birth
years before a county was created and after it was abolished: under GB 11643 such numbers are genuine.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import stdnum
from stdnum.cn import ric

from foundation import clock
from identity.numbers import PROBLEMS, check, mask, normalise


def _with_check(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


def _counties() -> list[tuple[str, str]]:
    """(6-digit code, the county entry with its [from-to] years) for every county in stdnum's table."""
    found, province = [], ""
    table = Path(stdnum.__file__).parent / "cn" / "loc.dat"
    for line in table.read_text(encoding="utf-8").splitlines():
        if match := re.match(r"^(\d{2}) province=", line):
            province = match.group(1)
        elif match := re.match(r'^  (\d{4}) county="([^"]+)"', line):
            for entry in match.group(2).split(","):
                found.append((province + match.group(1), entry))
    return found


COUNTIES = _counties()


def _born(rng: random.Random, first: int, last: int) -> str:
    year = rng.randint(first, last)
    return f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def genuine_numbers() -> list[tuple[str, str]]:
    rng = random.Random(11643)
    numbers = []
    for code, entry in COUNTIES:
        years = entry.split("]")[0].lstrip("[") if entry.startswith("[") else "-"
        start, _, end = years.partition("-")
        if start:  # created later: a holder born before it (the number came with the 1999 upgrade)
            born = _born(rng, max(1930, int(start) - 40), int(start) - 1)
            numbers.append((_with_check(code + born + f"{rng.randint(0, 999):03d}"), "created after birth"))
        if end:  # abolished since: a holder born while it existed
            born = _born(rng, max(1930, int(end) - 50), int(end))
            numbers.append((_with_check(code + born + f"{rng.randint(0, 999):03d}"), "abolished since"))
        if not start and not end:
            born = _born(rng, 1940, 2008)
            numbers.append((_with_check(code + born + f"{rng.randint(0, 999):03d}"), "current"))
    for area in ("810000", "820000", "830000"):
        for _ in range(20):
            body = area + _born(rng, 1950, 2005) + f"{rng.randint(0, 999):03d}"
            numbers.append((_with_check(body), "permit"))
    return numbers


def test_every_province_is_covered_by_the_genuine_set() -> None:
    provinces = {number[:2] for number, _why in genuine_numbers()}
    assert provinces >= {"11", "13", "31", "44", "54", "65", "71", "81", "82", "83"}
    assert len(provinces) == 35


def test_no_genuine_number_is_rejected() -> None:
    rejected = [(n, why, check(n).problem) for n, why in genuine_numbers() if not check(n).valid]
    assert rejected == []


def test_stdnum_alone_would_reject_counties_created_after_the_birth_year() -> None:
    """The reason this rule exists: 长安区 (130102) was created in 1983."""
    number = "130102198003120176"
    assert not ric.is_valid(number)
    result = check(number)
    assert result.valid and result.id_type == "resident_id" and result.warnings == ()


def test_residence_permits_and_foreign_permanent_residence_ids() -> None:
    permit = check(_with_check("830000" + "19880214" + "123"))
    assert permit.valid and permit.id_type == "residence_permit"
    foreign = check(_with_check("9" + "11" + "840" + "19850607" + "001"))  # issued in Beijing, USA
    assert foreign.valid and foreign.id_type == "foreign_permanent"
    old_card = check("USA118506070013")
    assert old_card.valid and old_card.id_type == "foreign_permanent"
    assert check("E12345678", "passport").valid
    assert check("E12345678").valid is False, "a passport number is accepted only when declared"


def test_fifteen_digit_numbers_are_converted_to_eighteen() -> None:
    result = check("130102800312017")
    assert result.valid and result.number == "130102198003120176"
    assert result.converted_from == "130102800312017" and "converted" in result.warnings


def test_unknown_county_under_a_known_province_is_a_warning() -> None:
    result = check(_with_check("130199" + "19900101" + "123"))
    assert result.valid and result.warnings == ("county_unknown",)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("130102198003120177", "checksum"),  # wrong check character
        ("130102198002300176", "birth_date"),  # 30 February
        (_with_check("130102" + "20991231" + "017"), "birth_date"),  # born in the future
        (_with_check("990102" + "19800312" + "017"), "province"),  # no province 99
        (_with_check("000102" + "19800312" + "017"), "province"),
        ("13010219800312O176", "characters"),  # a letter O inside
        ("13010219800312017", "length"),
        ("", "empty"),
    ],
)
def test_bad_numbers_are_rejected_saying_which_part_is_wrong(raw: str, problem: str) -> None:
    result = check(raw)
    assert not result.valid and result.problem == problem
    assert PROBLEMS[problem]


def test_typing_variants_are_normalised() -> None:
    assert check("１３０１０２１９８００３１２０１７６").number == "130102198003120176"
    with_x = _with_check("11010519491231002")
    assert with_x.endswith("X")
    assert check(with_x.lower()).valid and check(with_x.lower()).number == with_x
    assert normalise(" 130102 19800312 0176 ") == "130102198003120176"
    assert mask("130102198003120176") == "130***********0176"


def test_a_declared_type_must_fit_the_number() -> None:
    assert check("130102198003120176", "residence_permit").problem == "type_mismatch"
    assert check("130102198003120176", "driving_licence").problem == "unknown_type"
    assert check("130102198003120176", "resident_id").valid


def test_a_birth_date_after_the_jurisdictions_today_is_impossible() -> None:
    baby = _with_check("130102" + "20261205" + "017")
    with clock.frozen(datetime(2026, 12, 4, 15, 59, tzinfo=UTC)):  # 23:59 on 4 December in Beijing
        assert check(baby).problem == "birth_date"
    with clock.frozen(datetime(2026, 12, 4, 16, 1, tzinfo=UTC)):  # 00:01 on the 5th
        assert check(baby).valid


def test_an_import_bounds_birth_dates_by_the_day_it_started() -> None:
    """A registry import reads the date once (RowParser) and passes it: the clock is not read per row."""
    from datetime import date

    from certs.rows import RowParser

    baby = _with_check("130102" + "20261205" + "017")
    assert check(baby, today=date(2026, 12, 4)).problem == "birth_date"
    assert check(baby, today=date(2026, 12, 5)).valid
    with clock.frozen(datetime(2026, 12, 4, 12, tzinfo=UTC)):
        parser = RowParser({"cert_no": 0})
    assert parser.today == date(2026, 12, 4)
