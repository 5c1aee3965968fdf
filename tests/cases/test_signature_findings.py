"""Rows marked by the signature comparison become one finding per group, naming rows and people, in words
a regulator reads (both languages), and calling for action."""

from __future__ import annotations

from cases.inspection_checks import TO_ACT, needs_action, table_findings
from foundation.i18n import translator
from handlers.inspection_texts import finding_line

ROWS = [
    {"name": "王伟", "signed": True, "signature_copy": 1},
    {"name": "李娜", "signed": True},
    {"name": "张敏", "signed": True, "signature_copy": 1},
    {"name": "刘洋", "signed": True, "signature_copy": 2},
    {"name": "陈静", "signed": True, "signature_copy": 2},
    {"name": "杨磊", "signed": True, "signature_copy": 1},
]


def test_each_group_of_copied_signatures_is_one_finding() -> None:
    found = [f for f in table_findings("sign_in_sheet", ROWS, {}) if f["code"] == "duplicate_signatures"]
    assert [(f["rows"], f["names"]) for f in found] == [
        ([1, 3, 6], ["王伟", "张敏", "杨磊"]),
        ([4, 5], ["刘洋", "陈静"]),
    ]
    assert "duplicate_signatures" in TO_ACT and needs_action(found)


def test_a_sheet_signed_by_one_hand_is_one_finding() -> None:
    rows = [{"name": n, "signed": True, "signature_one_hand": True} for n in ("王伟", "李娜", "张敏")]
    rows.append({"name": "刘洋", "signed": False})
    found = table_findings("score_sheet", rows, {})
    assert found == [
        {
            "code": "one_hand_signatures",
            "rows": [1, 2, 3],
            "names": ["王伟", "李娜", "张敏"],
            "name": "王伟、李娜、张敏",
        }
    ]


def test_the_finding_reads_in_both_languages() -> None:
    finding = next(
        f for f in table_findings("sign_in_sheet", ROWS, {}) if f["code"] == "duplicate_signatures"
    )
    english = finding_line(finding, translator("en"))
    chinese = finding_line(finding, translator("zh_CN"))
    assert (
        "the same signature image on several rows" in english and "rows 1, 3, 6 王伟、张敏、杨磊" in english
    )
    assert "多行签名为同一图像" in chinese and "第 1, 3, 6 行 王伟、张敏、杨磊" in chinese
    assert "duplicate_signatures" not in english + chinese
