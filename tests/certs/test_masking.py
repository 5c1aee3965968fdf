"""Masking and the frozen catalogue codes."""

from __future__ import annotations

import pytest

from certs import catalog
from certs.masking import mask_cert_no, mask_id, mask_name


@pytest.mark.parametrize(
    ("name", "masked"),
    [("张三丰", "张*丰"), ("张三", "张*"), ("欧阳娜娜", "欧**娜"), ("张", "*"), ("", ""), (" 李四 ", "李*")],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_mask_id() -> None:
    assert mask_id("110101199003077777") == "…7777"
    assert mask_id("11010119900307777x") == "…777X"


@pytest.mark.parametrize(
    ("cert_no", "masked"),
    [
        ("T110101199003077774", "T…7774"),
        ("110105199201010023", "…0023"),
        ("T11010119900307777X", "T…777X"),
        ("BZZ-110101-2024-00017", "BZZ-110101-2024-00017"),
    ],
)
def test_mask_cert_no(cert_no: str, masked: str) -> None:
    assert mask_cert_no(cert_no) == masked


def test_catalogue_codes() -> None:
    assert catalog.item_code("低压电工作业") == 102
    assert catalog.item_code("低压电工") == 102
    assert catalog.category_code("电工") == 1
    assert catalog.item_code("煤矿采煤机（掘进机）操作作业") == 507
    assert catalog.item_code("不存在的作业") is None
    assert all(catalog.category_of_item(code) in catalog.CATEGORIES for code in catalog.ITEMS)


def test_catalogue_covers_the_ocr_vocabulary() -> None:
    """Every item the OCR vocabulary knows has a payload code (codes themselves never change)."""
    ocr_catalog = pytest.importorskip("ocr.catalog")
    for category, items in ocr_catalog.SPECIAL_OPERATIONS.items():
        assert catalog.category_code(category) is not None, category
        for item in items:
            code = catalog.item_code(item)
            assert code is not None, item
            assert catalog.CATEGORIES[catalog.category_of_item(code)] == category
