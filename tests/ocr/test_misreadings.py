"""Misreadings the reader repairs from what the card must say, or flags for the inspector to confirm (from
recognised lines; no OCR involved). Each case is one the recogniser produced on a development-split photo."""

from __future__ import annotations

import pytest

from ocr.documents import analyze_lines, second_look_regions
from ocr.idnumbers import check_id_number
from ocr.places import known_place, snap_place
from tests.ocr.test_labels import FRONT, ID, TITLE, e_certificate_rows, front_rows, ic_rows, lay_out

MGMT_ID = "36010219900319667X"


def _front_with(make_line, field_label: str, value: str, conf: float = 0.99):
    rows = [
        [(label, value if label.startswith(field_label) else v) for label, v in row] for row in front_rows()
    ]
    return analyze_lines(lay_out(make_line, rows, conf={value: conf}))


@pytest.mark.parametrize(
    ("printed", "read", "conf"),
    [
        ("佛山市应急管理局", "世佛山市应急管理局", 0.99),  # a seal's stroke read as a character before it
        ("保定市应急管理局", "保定市区应急管理局", 0.99),  # a character inserted
        ("陕西省应急管理厅", "陕西省速管理厅", 0.99),  # the suffix too far gone to snap without the place
        ("浙江省应急管理厅", "浙江省应急督理厅", 0.77),  # unsure and a near miss: was dropped altogether
    ],
)
def test_an_authority_misread_is_offered_as_the_known_place_and_asked_about(
    make_line, printed: str, read: str, conf: float
) -> None:
    result = _front_with(make_line, "签发机关", read, conf)
    assert result.fields["issuer"] == printed
    assert "issuer" in result.uncertain


@pytest.mark.parametrize(
    "issuer",
    [
        "石家庄市长安区应急管理局",
        "新疆维吾尔自治区喀什地区应急管理局",
        "湖北省襄樊市安全生产监督管理局",
        "眉县应急管理局",
    ],
)
def test_an_authority_of_any_place_in_gb_t_2260_is_read_as_printed(make_line, issuer: str) -> None:
    """County bureaus, a prefecture written with its province, and a city under its pre-2010 name (襄樊)."""
    result = _front_with(make_line, "签发机关", issuer)
    assert result.fields["issuer"] == issuer
    assert "issuer" not in result.uncertain


def test_an_authority_whose_place_is_in_no_edition_is_uncertain(make_line) -> None:
    result = _front_with(make_line, "签发机关", "保定家市应急管理局")
    assert "issuer" in result.uncertain


def test_places_of_every_edition_and_one_edit_repairs() -> None:
    assert known_place("湖北省襄阳市") and known_place("湖北省襄樊市")
    assert not known_place("保定市区")
    assert snap_place("佛山币") == "佛山市"
    assert snap_place("保定市区") == "保定市"  # not the 保定地区 abolished in 1994
    assert snap_place("一二三四") is None


def test_a_seal_glyph_after_the_issuer_label_gives_way_to_the_authoritys_line(make_line) -> None:
    rows = [row for row in front_rows() if row[0][0] != "签发机关："]
    lines = lay_out(make_line, rows)
    lines += [make_line("发证机关：司", 500, 900), make_line("山东省应急管理厅", 500, 960)]
    result = analyze_lines(lines)
    assert result.fields["issuer"] == "山东省应急管理厅"


def test_a_validity_year_misread_by_one_digit_is_recovered_and_asked_about(make_line) -> None:
    result = _front_with(make_line, "有效期限", "2021.03.15-3027.03.15")
    assert (result.fields["valid_from"], result.fields["valid_to"]) == ("2021-03-15", "2027-03-15")
    assert {"valid_from", "valid_to"} <= set(result.uncertain)


def test_a_category_label_with_its_head_misread_does_not_make_a_management_certificate(make_line) -> None:
    rows = ic_rows("件业类别：")  # 作 read as 件: what is left, 类别, is also a management card's label
    result = analyze_lines(lay_out(make_line, rows, title="特种作业操作证"))
    assert result.fields["layout"] == "ic_card"
    assert {k: result.fields.get(k) for k in FRONT} == {**FRONT, "cert_no": ID}
    assert "category" in result.uncertain
    assert not any(p in result.problems for p in ("missing:employer", "missing:industry"))


def _mgmt(make_line, id_row: list, employer: str = "保定恒达建材股份有限公司", cert_no: str = "鲁2022500655"):
    return analyze_lines(_mgmt_lines(make_line, id_row, employer, cert_no))


def _mgmt_lines(
    make_line, id_row: list, employer: str = "保定恒达建材股份有限公司", cert_no: str = "鲁2022500655"
):
    lines = [make_line("安全生产知识和管理能力考核合格证", 200, 40, h=60)]
    rows = [
        [make_line("姓名：", 400, 180), make_line("梁琳勇", 400, 240), make_line("性别：", 1100, 180)],
        id_row,
        [make_line("单位名称：", 400, 420), make_line(employer, 700, 420, w=700)],
        [make_line("人员类型：", 400, 510), make_line("主要负责人", 700, 510)],
        [make_line("行业类别：", 400, 600), make_line("危险化学品经营单位", 700, 600, w=500)],
        [make_line("有效期：", 400, 690), make_line("2020年03月20日至2023年03月20日", 700, 690, w=700)],
        [make_line("证书编号：", 400, 780), make_line(cert_no, 700, 780, w=500)],
        [make_line("发证机关：", 400, 870), make_line("浙江省应急管理厅", 700, 870, w=500)],
    ]
    return lines + [line for row in rows for line in row]


def test_the_id_label_row_holding_the_sex_beside_it_does_not_give_the_sex_as_the_number(make_line) -> None:
    """身份证号码 with the 男 of the 性别 column on its row, and the number on the row under."""
    id_row = [
        make_line("身份证号码：", 400, 300),
        make_line("男", 1120, 300),
        make_line(MGMT_ID, 400, 360, w=600),
    ]
    result = _mgmt(make_line, id_row)
    assert result.fields["id_number"] == MGMT_ID
    assert not any(p.startswith("invalid_id") for p in result.problems)


def test_a_7_read_as_t_inside_an_id_number_is_repaired_and_asked_about(make_line) -> None:
    read = MGMT_ID[:16] + "T" + MGMT_ID[17:]  # 3601021990031966TX
    check = check_id_number(read)
    assert (check.valid, check.corrected, check.number) == (True, True, MGMT_ID)
    result = _mgmt(make_line, [make_line("身份证号：", 400, 300), make_line(read, 700, 300, w=600)])
    assert result.fields["id_number"] == MGMT_ID and "id_number" in result.uncertain


def test_a_traditional_glyph_in_a_simplified_certificate_is_asked_about(make_line) -> None:
    """設 for 股 in an employer, 姫 for 娟 in a name: real glyphs, never printed on a mainland card."""
    id_row = [make_line("身份证号：", 400, 300), make_line(MGMT_ID, 700, 300, w=600)]
    result = _mgmt(make_line, id_row, employer="保定恒达建材設份有限公司")
    assert "employer" in result.uncertain
    assert "employer" not in _mgmt(make_line, id_row).uncertain
    name = analyze_lines(lay_out(make_line, [[("姓名：", "万姫")], *front_rows()[2:]]))
    assert name.fields["name"] == "万姫" and "name" in name.uncertain


def test_a_letter_among_a_certificate_numbers_digits_is_asked_about(make_line) -> None:
    id_row = [make_line("身份证号：", 400, 300), make_line(MGMT_ID, 700, 300, w=600)]
    result = _mgmt(make_line, id_row, cert_no="鲁20225096S")
    assert result.fields["cert_no"] == "鲁20225096S" and "cert_no" in result.uncertain
    assert "cert_no" not in _mgmt(make_line, id_row).uncertain


def test_a_second_look_reaches_a_value_set_flush_right(make_line) -> None:
    """An app sets values at the far right; the detector missed the short name, so the strip read again
    must reach the column where the other values end, not a few label widths."""
    lines = [make_line(TITLE, 300, 40, h=60), make_line("姓名：", 50, 150)]
    for y, (label, value) in zip(
        range(240, 600, 90),
        [
            ("性别：", "男"),
            ("证号：", f"T{ID}"),
            ("作业类别：", "电工作业"),
            ("签发机关：", "河北省应急管理厅"),
        ],
        strict=True,
    ):
        width = 40 * len(value)
        lines += [make_line(label, 50, y), make_line(value, 1030 - width, y, w=width)]
    region = second_look_regions(lines, ["name"])["name"]
    assert max(x for x, _ in region) >= 1000


@pytest.mark.parametrize(
    ("label", "value", "field", "expected"),
    [
        ("有姓期开始日期", "2021-03-15", "valid_from", "2021-03-15"),  # 效 read as 姓
        ("发证关", "河北省应急管理厅", "issuer", "河北省应急管理厅"),  # 机 lost
    ],
)
def test_a_label_one_character_off_still_finds_its_value(
    make_line, label: str, value: str, field: str, expected: str
) -> None:
    rows = e_certificate_rows(**{field: label})
    result = analyze_lines(lay_out(make_line, rows, title="电子证照"))
    assert result.fields[field] == expected


def test_an_authority_on_a_line_of_its_own_with_its_suffix_misread(make_line) -> None:
    rows = [row for row in front_rows() if row[0][0] != "签发机关："]
    lines = [
        *lay_out(make_line, rows),
        make_line("答大纸美：", 500, 900),
        make_line("浙江省急管理厂", 500, 960),
    ]
    result = analyze_lines(lines)
    assert result.fields["issuer"] == "浙江省应急管理厅" and "issuer" in result.uncertain


@pytest.mark.parametrize(
    ("validity", "first", "expected"),
    [
        ("2021年月15日至2027年11月15日", "2021年11月15日", ("2021-11-15", "2021-11-15", "2027-11-15")),
        ("2022/717至2028/7/7", "2022/717", ("2022-07-07", "2022-07-07", "2028-07-07")),  # / read as 1
    ],
)
def test_a_date_that_lost_a_part_is_taken_from_the_period_it_belongs_to(
    make_line, validity: str, first: str, expected: tuple[str, str, str]
) -> None:
    rows = [
        [
            (label, first if label == "初领日期：" else validity if label == "有效期限：" else v)
            for label, v in row
        ]
        for row in front_rows()
    ]
    result = analyze_lines(lay_out(make_line, rows))
    assert (result.fields["first_issued"], result.fields["valid_from"], result.fields["valid_to"]) == expected
    assert "valid_from" in result.uncertain
    assert ("first_issued" in result.uncertain) == ("717" in first)


@pytest.mark.parametrize("read", ["苏2012848634X", "44010319950905273"])
def test_a_number_with_an_id_numbers_x_or_length_that_is_none_is_asked_about(make_line, read: str) -> None:
    id_row = [make_line("身份证号：", 400, 300), make_line(MGMT_ID, 700, 300, w=600)]
    result = _mgmt(make_line, id_row, cert_no=read)
    assert result.fields["cert_no"] == read and "cert_no" in result.uncertain


def test_a_certificate_whose_labels_were_all_lost_is_read_from_its_values(make_line) -> None:
    """A dark, shaken photo of a phone: only the values were read, the T of the number as 1."""
    values = ["张三", "男", f"1{ID}", "高处作业", "登高架设作业", "2021.03.15", "2021.03.15", "2027.03.15"]
    lines = [
        make_line(v, 900, 200 + 90 * i, w=40 * len(v)) for i, v in enumerate([*values, "河南省应急管理厅"])
    ]
    result = analyze_lines(lines)
    assert result.doc_type == "certificate"
    assert result.fields["cert_no"] == f"T{ID}"
    assert result.fields["name"] == "张三"  # not 高处作业, though 高 is a surname
    dates = (result.fields["first_issued"], result.fields["valid_from"], result.fields["valid_to"])
    assert dates == ("2021-03-15", "2021-03-15", "2027-03-15")
    assert {"name", "first_issued", "valid_from", "valid_to"} <= set(result.uncertain)
    assert analyze_lines(lines[:-1]).doc_type == "other"  # without the authority, not enough to say


def test_a_post_whose_label_was_misread_is_found_by_its_value_and_asked_about(make_line) -> None:
    id_row = [make_line("身份证号：", 400, 300), make_line(MGMT_ID, 700, 300, w=600)]
    lines = [line for line in _mgmt_lines(make_line, id_row) if line.text != "人员类型："]
    lines.append(make_line("类剧:", 400, 510))
    result = analyze_lines(lines)
    assert result.fields["post"] == "主要负责人" and "post" in result.uncertain


def test_a_card_back_whose_number_label_row_holds_the_title(make_line) -> None:
    """The tilted title 复审记录 falls into the 证号 row: it is not the number, which is on the row under."""
    lines = [
        make_line("证号：", 100, 130),
        make_line("复审记录", 900, 120, h=60),
        make_line(f"T{ID}", 300, 185, w=600),
        make_line("复审日期", 120, 300),
        make_line("复审结果", 520, 300),
        make_line("2024-03-01", 100, 390, w=300),
        make_line("合格", 560, 390),
    ]
    result = analyze_lines(lines)
    assert result.fields["cert_no"] == f"T{ID}"


def test_a_management_certificate_with_its_title_lost_is_not_an_id_card(make_line) -> None:
    """公民身份号码 is an ID card's label too; 单位名称, 人员类型, 证书编号 and 初领目期 say otherwise."""
    id_row = [make_line("公民身份号码", 400, 300), make_line(MGMT_ID, 700, 300, w=600)]
    lines = [
        *_mgmt_lines(make_line, id_row)[1:],
        make_line("初领目期", 400, 960),
        make_line("2020.11.16", 700, 960),
    ]
    lines = [line for line in lines if line.text not in ("人员类型：", "单位名称：", "证书编号：")]
    lines += [
        make_line("人员类型", 400, 510),
        make_line("单位名称", 400, 420),
        make_line("证书编号", 400, 780),
    ]
    result = analyze_lines(lines)
    assert result.doc_type == "certificate" and result.fields["layout"] == "mgmt_cert"


def test_a_slash_read_as_a_bracket_still_ends_the_period_and_is_asked_about(make_line) -> None:
    result = _front_with(make_line, "有效期限", "2021/3/15-2027/3)15")
    assert (result.fields["valid_from"], result.fields["valid_to"]) == ("2021-03-15", "2027-03-15")
    assert "valid_to" in result.uncertain


def test_a_spaced_label_left_with_its_first_character_still_bounds_the_value_before_it(make_line) -> None:
    """性　　别 read as a lone 性 (别 lost), labels over their values: the 性 is the sex's label, so the name
    under 姓名 is 李燚 alone, not the 性 beside the label nor 李燚 with the 女 under 性."""
    lines = [
        make_line(TITLE, 300, 40, h=60),
        make_line("姓名：", 500, 180),
        make_line("性", 1100, 170, w=40),
        make_line("李燚", 500, 240),
        make_line("女", 1100, 232, w=40),
        make_line("证号：", 500, 320),
        make_line(ID.replace("1233", "1224"), 500, 380, w=700),
    ]
    result = analyze_lines(lines)
    assert (result.fields["name"], result.fields["sex"]) == ("李燚", "女")


@pytest.mark.parametrize("dot", ["・", "•", ".", "-", "·"])
def test_a_minority_names_middle_dot_read_as_another_dot_is_the_middle_dot(make_line, dot: str) -> None:
    result = _front_with(make_line, "姓名", f"买买提{dot}艾力")
    assert result.fields["name"] == "买买提·艾力"
    assert "name" not in result.uncertain


@pytest.mark.parametrize("read", ["张三性剔：男", "张三牲别男", "张三：男"])
def test_the_sex_on_the_names_row_with_its_label_misread_is_not_part_of_the_name(
    make_line, read: str
) -> None:
    rows = [r for r in front_rows() if r[0][0] != "姓名："]
    rows.insert(1, [("姓名：", read)])
    result = analyze_lines(lay_out(make_line, rows))
    assert result.fields["name"] == "张三"


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("皖2010931560味妙", "皖2010931560"),  # a neighbouring value's glyphs read onto the number
        ("2冀2016725271", "冀2016725271"),  # a stroke before the province's abbreviation read as a digit
    ],
)
def test_a_glyph_read_beside_a_management_certificates_number_is_cut_off_and_asked_about(
    make_line, read: str, printed: str
) -> None:
    id_row = [make_line("身份证号：", 400, 300), make_line(MGMT_ID, 700, 300, w=600)]
    result = _mgmt(make_line, id_row, cert_no=read)
    assert result.fields["cert_no"] == printed and "cert_no" in result.uncertain


@pytest.mark.parametrize("joined", [False, True])
def test_an_issuer_read_with_what_is_left_of_its_label_is_the_authority_and_asked_about(
    make_line, joined: bool
) -> None:
    """签发机关：巴音… read 签发机畏音…: the label's 关 and the place's 巴 ran into one glyph."""
    rows = [row for row in front_rows() if row[0][0] != "签发机关："]
    lines = lay_out(make_line, rows)
    read = "签发机畏音郭楞蒙古自治州安全生产监督管理局"
    lines += [make_line(read, 500, 900, w=900)] if joined else [
        make_line("签发机关：", 500, 900), make_line(read, 1000, 900, w=900)
    ]  # fmt: skip
    result = analyze_lines(lines)
    assert result.fields["issuer"] == "巴音郭楞蒙古自治州安全生产监督管理局"
    assert "issuer" in result.uncertain
