"""Tests for regions.divisions: the shipped table, the hierarchy and address resolution."""

from __future__ import annotations

import pytest

from regions import divisions as dv


def codes(found: list[dv.Division]) -> list[str]:
    return [d.code for d in found]


def test_county_hierarchy() -> None:
    assert dv.get("130102") == dv.Division("130102", "长安区", 3, "130100")
    assert dv.parent("130102").code == "130100"
    assert dv.parent("130100").code == "130000"
    assert codes(dv.ancestors("130102")) == ["130100", "130000"]
    assert dv.province_of("130102").name == "河北省"
    assert dv.full_name("130102") == "河北省石家庄市长安区"


def test_municipal_district_hangs_off_the_municipality() -> None:
    assert dv.parent("110105").code == "110000"
    assert dv.province_of("110105").code == "110000"
    assert dv.full_name("110105") == "北京市朝阳区"
    assert "110105" in codes(dv.children("110000"))


def test_pseudo_levels_and_long_codes_resolve() -> None:
    assert dv.get("110100").code == "110000"  # 市辖区 of other tables
    assert dv.get("419000").code == "410000"  # 省直辖县级行政区划
    assert dv.is_within("110105", "110100")
    assert dv.get("130102000000").code == "130102"
    assert dv.get(130102).code == "130102"
    assert dv.get("999999") is None
    assert dv.get("abc") is None
    assert dv.get("130199") is None
    assert dv.parent("130000") is None


def test_is_within() -> None:
    assert dv.is_within("130102", "130102")
    assert dv.is_within("130102", "130100")
    assert dv.is_within("130102", "130000")
    assert not dv.is_within("130100", "130102")
    assert not dv.is_within("130102", "610000")
    assert not dv.is_within("130102", "999999")


def test_children_of_unknown_and_leaf() -> None:
    assert dv.children("999999") == []
    assert dv.children("130102") == []
    assert len(dv.children("130100")) > 10


def test_thirty_one_provinces_without_taiwan_hong_kong_macau() -> None:
    found = dv.provinces()
    assert len(found) == 31
    assert {"110000", "500000", "650000"} <= set(codes(found))
    assert not {"710000", "810000", "820000"} & set(codes(found))


def test_every_unit_has_a_parent_one_level_up_or_a_province() -> None:
    table = dv._table().by_code
    for division in table.values():
        if division.level == dv.PROVINCE:
            assert division.parent_code is None
            continue
        parent = table[division.parent_code]
        assert parent.level < division.level
        assert division.code.startswith(parent.code[:2])
        assert dv.province_of(division.code).level == dv.PROVINCE


def test_recent_changes_are_in_the_data() -> None:
    assert dv.get("500157").name == "两江新区"  # Chongqing, November 2025
    assert dv.get("500112") is None  # 渝北区 abolished then
    assert dv.get("653229").name == "和安县"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("石家庄市长安区中山东路1号", ["130102"]),
        ("河北省 藁城区", ["130109"]),
        ("河北石家庄长安", ["130102"]),
        ("北京朝阳区", ["110105"]),
        ("北京市朝阳区建国路", ["110105"]),
        ("朝阳区（北京）", ["110105"]),
        ("广州天河", ["440106"]),
        ("我在石家庄市长安区看到", ["130102"]),
        ("吉林吉林市船营区", ["220204"]),
        ("延边延吉", ["222401"]),
        ("内蒙古包头", ["150200"]),
        ("阳泉市郊区", ["140311"]),
        ("新乡市红旗路10号", ["410700"]),  # a road named like a district is not the district
        ("东莞长安镇", ["441900"]),
    ],
)
def test_resolve_unambiguous(text: str, expected: list[str]) -> None:
    assert codes(dv.resolve_address(text)) == expected


def test_resolve_ambiguous_gives_every_candidate() -> None:
    assert codes(dv.resolve_address("朝阳区")) == ["110105", "220104"]
    assert codes(dv.resolve_address("长安区")) == ["130102", "610116"]


def test_resolve_most_specific_first() -> None:
    assert codes(dv.resolve_address("吉林")) == ["220200", "220000"]


@pytest.mark.parametrize("text", ["", "Shijiazhuang", "火星基地", "在郊区的工厂", "   "])
def test_resolve_nothing(text: str) -> None:
    assert dv.resolve_address(text) == []


def test_the_table_loads_again_from_its_file() -> None:
    """A fresh process (caches cleared) reads the shipped table and resolves at once; how fast is a
    benchmark's business, not a unit test's."""
    dv._table.cache_clear()
    dv._aliases.cache_clear()
    assert codes(dv.resolve_address("北京朝阳区")) == ["110105"]
