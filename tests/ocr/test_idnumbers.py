"""ID numbers are checked with python-stdnum and repaired only when the repair makes them valid."""

from __future__ import annotations

from stdnum.cn import ric

from ocr.idnumbers import check_id_number, find_id_numbers, sex_from_id

VALID = "110101199003077774"  # checksum and region valid
VALID_X = "31010419810215364X"


def test_valid_numbers() -> None:
    assert ric.is_valid(VALID) and ric.is_valid(VALID_X)
    check = check_id_number(VALID)
    assert (check.number, check.valid, check.corrected, check.problem) == (VALID, True, False, None)
    assert check_id_number(VALID_X.lower()).number == VALID_X
    assert check_id_number("110101 19900307 7774").valid


def test_letter_for_digit_confusions_are_repaired_when_that_validates() -> None:
    misread = "11O1O1199OO3O7777" + "4"  # O for 0
    check = check_id_number(misread)
    assert check.valid and check.corrected and check.number == VALID and check.raw == misread
    assert check_id_number("l10l01199003077774").number == VALID  # l for 1
    assert check_id_number("I10I01199003077774").number == VALID  # I for 1
    assert check_id_number("31010419810215364×").number == VALID_X


def test_no_repair_that_does_not_validate() -> None:
    check = check_id_number("11O101199003077775")  # O for 0, but the check digit is wrong too
    assert not check.valid and not check.corrected and check.problem in ("format", "checksum")
    wrong_digit = check_id_number("110101199003077775")
    assert (wrong_digit.valid, wrong_digit.problem, wrong_digit.number) == (
        False,
        "checksum",
        "110101199003077775",
    )


def test_problems_are_named() -> None:
    assert check_id_number("11010119900307777").problem == "length"
    bad_date = "110101199013077770"
    bad_date = bad_date[:-1] + ric.calc_check_digit(bad_date)
    assert check_id_number(bad_date).problem == "birth_date"
    bad_region = "990101199003070000"
    bad_region = bad_region[:-1] + ric.calc_check_digit(bad_region)
    assert check_id_number(bad_region).problem == "province"


def test_find_in_text_and_sex() -> None:
    found = find_id_numbers(f"姓名张三 公民身份号码 {VALID} 其他 {VALID_X}")
    assert [c.number for c in found] == [VALID, VALID_X]
    assert sex_from_id(VALID) == "男" and sex_from_id(VALID_X) == "女"
