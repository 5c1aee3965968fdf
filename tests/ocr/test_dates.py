"""Dates as cards print them, and as OCR reads them, become YYYY-MM-DD."""

from __future__ import annotations

import pytest

from ocr.dates import find_dates, normalize_date, split_validity, validity_with_a_year_repaired


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年03月15日", "2021-03-15"),
        ("2021年3月5日", "2021-03-05"),
        ("2021.03.15", "2021-03-15"),
        ("2021-03-15", "2021-03-15"),
        ("2021/3/15", "2021-03-15"),
        ("初领日期：2021.03.15", "2021-03-15"),
        ("２０２１．０３．１５", "2021-03-15"),
        ("2O21.O3.l5", "2021-03-15"),  # O for 0, l for 1
        ("20210315", "2021-03-15"),
        ("二〇二一年三月十五日", "2021-03-15"),  # Chinese numerals, as on seals and older certificates
        ("二零一九年十月三十一日", "2019-10-31"),
        ("发证日期：二O二〇年十二月二十日", "2020-12-20"),  # 〇 read as the letter O
        ("二〇二一年+二月五", "2021-12-05"),  # 十 read as +, the last 日 lost
        ("二〇二一年十三月五日", None),
        ("二〇一年三月五日", None),  # a year digit lost: not guessed
        ("2021年02月30日", None),
        ("1850-01-01", None),
        ("no date here", None),
    ],
)
def test_normalize_date(text: str, expected: str | None) -> None:
    assert normalize_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2021-03-15 至 2027-03-15",
        "2021-03-15至2027-03-15",
        "2021.03.15-2027.03.15",
        "2021.03.15—2027.03.15",
        "2021年03月15日一2027年03月15日",  # a long dash read as 一
        "2021年3月15日至2027年3月15日",
        "有效期限：2021.03.152027.03.15",  # separator lost
    ],
)
def test_split_validity(text: str) -> None:
    assert split_validity(text) == ("2021-03-15", "2027-03-15")


def test_single_date_is_the_end_of_validity() -> None:
    assert split_validity("有效期至2027年03月15日") == (None, "2027-03-15")
    assert split_validity("长期") == (None, None)


def test_id_numbers_are_not_taken_for_dates() -> None:
    assert find_dates("T130102199003151234", compact=True) == []


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2021.12.06-3027.12.06", ("2021-12-06", "2027-12-06")),  # 2 read as 3
        ("2920.02.16至2026.02.16", ("2020-02-16", "2026-02-16")),  # 0 read as 9
        ("2018年1月8日至7O24年1月7日", ("2018-01-08", "2024-01-07")),  # ends the day before; O for 0
        ("2021.12.06-2027.12.06", None),  # nothing to repair
        ("2021.12.06-3027.11.30", None),  # no whole-year period either way
        ("2021.12.06", None),
    ],
)
def test_a_validity_year_misread_by_one_digit(text: str, period: tuple[str, str] | None) -> None:
    assert validity_with_a_year_repaired(text) == period
