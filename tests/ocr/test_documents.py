"""Classification and field extraction from recognised lines (no OCR involved)."""

from __future__ import annotations

import pytest

from ocr.documents import analyze_lines, classify, extract_certificate

ID = "130102199003151233"


def card_lines(make_line, *, joined: bool = False, validity: str = "2021-03-15 至 2027-03-15") -> list:
    rows = [
        [("证号", f"T{ID}")],
        [("姓名", "张三"), ("性别", "男")],
        [("作业类别", "电工作业")],
        [("操作项目", "低压电工作业")],
        [("初领日期", "2021年03月15日")],
        [("有效期限", validity)],
        [("签发机关", "河北省应急管理厅")],
    ]
    lines = [make_line("中华人民共和国特种作业操作证", 300, 40, h=60)]
    for r, row in enumerate(rows):
        y = 180 + 100 * r
        for k, (label, value) in enumerate(row):
            x = 500 if k == 0 else 1250
            if joined:
                lines.append(make_line(f"{label}：{value}", x, y))
            else:
                lines.append(make_line(f"{label}：", x, y))
                lines.append(make_line(value, x + 280 if k == 0 else x + 140, y + 3))
    return lines


EXPECTED = {
    "cert_no": f"T{ID}",
    "name": "张三",
    "sex": "男",
    "category": "电工作业",
    "item": "低压电工作业",
    "first_issued": "2021-03-15",
    "valid_from": "2021-03-15",
    "valid_to": "2027-03-15",
    "issuer": "河北省应急管理厅",
}


@pytest.mark.parametrize("joined", [False, True])
def test_certificate_fields(make_line, joined: bool) -> None:
    result = analyze_lines(card_lines(make_line, joined=joined))
    assert result.doc_type == "certificate"
    assert {k: result.fields[k] for k in EXPECTED} == EXPECTED
    assert result.fields["id_number"] == ID and result.fields["id_valid"] is True
    assert result.problems == []


def test_certificate_repairs_and_fallbacks(make_line) -> None:
    lines = card_lines(make_line, validity="2021.03.15一2027.03.15")
    replace = {
        f"T{ID}": "T13O102199003151233",  # O for 0: repaired because the checksum then holds
        "低压电工作业": "低压电エ作业",  # a katakana look-alike: snapped to the catalogue
        "河北省应急管理厅": "河北省应急管理庁",
        "有效期限：": "有效其限",  # a misread label: the two dates still find the validity
    }
    lines = [type(line)(replace.get(line.text, line.text), line.confidence, line.box) for line in lines]
    fields, problems = extract_certificate(lines)
    assert {k: fields[k] for k in EXPECTED} == EXPECTED
    assert fields["id_corrected_from"] == "13O102199003151233"
    assert problems == []


def test_certificate_problems(make_line) -> None:
    lines = [line for line in card_lines(make_line) if line.text not in ("张三",)]
    lines = [type(line)(line.text.replace("1233", "1234"), line.confidence, line.box) for line in lines]
    fields, problems = extract_certificate(lines)
    assert "name" not in fields and "missing:name" in problems  # absent, not empty
    assert fields["id_valid"] is False and f"invalid_id:{ID[:-1]}4" in problems
    female = [
        type(line)("女" if line.text == "男" else line.text, line.confidence, line.box)
        for line in card_lines(make_line)
    ]
    assert "sex_id_mismatch" in extract_certificate(female)[1]


@pytest.mark.parametrize(
    ("texts", "doc_type"),
    [
        (["中华人民共和国特种作业操作证", "证号：T130102199003151233"], "certificate"),
        (["安全生产知识和管理能力考核合格证", "姓名：李四"], "certificate"),
        (
            [
                "姓名 张三",
                "性别 男 民族 汉",
                "出生 1990年3月15日",
                "住址 河北省石家庄市",
                "公民身份号码 130102199003151233",
            ],
            "id_card",
        ),
        (["居民身份证", "签发机关 石家庄市公安局"], "id_card"),
        (["安全生产培训签到表", "序号 姓名 身份证号码 签名"], "sign_in_sheet"),
        (["学时证明", "培训学时 32 学时"], "class_hour_record"),
        (["特种作业人员培训花名册", "序号 姓名 公民身份号码"], "training_roster"),
        (["学员信息汇总表", "姓名 性别 公民身份号码"], "training_roster"),
        (["考场记录报告单", "监考人员 签名"], "exam_room_record"),
        (["考试成绩汇总表", "姓名 理论成绩 实操成绩"], "score_sheet"),
        (["今日菜单", "红烧肉 25元"], "other"),
    ],
)
def test_classify(make_line, texts: list[str], doc_type: str) -> None:
    lines = [make_line(texts[0], 100, 40, h=60)] + [
        make_line(t, 100, 150 + 60 * i) for i, t in enumerate(texts[1:])
    ]
    assert classify(lines) == doc_type


def test_title_decides_over_body_words(make_line) -> None:
    # A roster's header names 公民身份号码, the ID card's label; the title says what the sheet is.
    lines = [
        make_line("学员信息汇总表", 300, 40, h=70),
        make_line("公民身份号码", 100, 200),
        make_line("签名", 600, 200),
    ]
    assert classify(lines) == "training_roster"


def test_table_rows_from_lines(make_line) -> None:
    people = [("王伟", "110101199003077774", "✓"), ("李娜", "31010419810215364X", "")]
    lines = [
        make_line("安全生产培训签到表", 400, 30, h=70),
        make_line("日期：2024年05月20日", 900, 130),
        make_line("序号", 100, 220),
        make_line("姓名", 250, 220),
        make_line("身份证号码", 520, 220),
        make_line("签名", 1000, 220),
    ]
    for r, (name, number, sig) in enumerate(people, start=1):
        y = 220 + 90 * r
        lines += [make_line(str(r), 110, y), make_line(name, 250, y), make_line(number, 420, y, w=400)]
        if sig:
            lines.append(make_line(sig, 1010, y))
    result = analyze_lines(lines)
    assert result.doc_type == "sign_in_sheet"
    assert result.fields["date"] == "2024-05-20"
    assert [(r["name"], r["id_number"], r["id_valid"], r["signed"], r["date"]) for r in result.rows] == [
        ("王伟", "110101199003077774", True, True, "2024-05-20"),
        ("李娜", "31010419810215364X", True, False, "2024-05-20"),
    ]


def test_no_text_and_unknown(make_line) -> None:
    assert analyze_lines([]).problems == ["no_text"]
    result = analyze_lines([make_line("今日菜单", 10, 10)])
    assert (result.doc_type, result.problems) == ("other", ["unknown_document"])


def test_cert_numbers() -> None:
    from ocr.documents import normalise_cert_no

    assert normalise_cert_no(f"T{ID}")[0] == f"T{ID}"
    assert normalise_cert_no(f"7{ID}")[0] == f"T{ID}"  # T read as 7
    assert normalise_cert_no(f"丁 {ID[:6]} {ID[6:]}")[0] == f"T{ID}"
    assert normalise_cert_no(ID)[0] == ID  # older cards: the ID number alone
    assert normalise_cert_no("冀安监特 2015-0012")[0] == "冀安监特2015-0012"  # other schemes: kept as printed
