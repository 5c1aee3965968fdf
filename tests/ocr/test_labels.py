"""Fields found by their labels however they are printed, and the fields the reader is not sure of (from
recognised lines; no OCR involved)."""

from __future__ import annotations

import pytest

from ocr.documents import analyze_lines

ID = "130102199003151233"  # valid check digit, 17th digit odd: a man
FRONT = {
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
TITLE = "中华人民共和国特种作业操作证"


def front_rows(name_label: str = "姓名", colon: str = "：") -> list[list[tuple[str, str]]]:
    return [
        [("证号" + colon, f"T{ID}")],
        [(name_label + colon, "张三"), ("性别" + colon, "男")],
        [("作业类别" + colon, "电工作业")],
        [("操作项目" + colon, "低压电工作业")],
        [("初领日期" + colon, "2021年03月15日")],
        [("有效期限" + colon, "2021-03-15至2027-03-15")],
        [("签发机关" + colon, "河北省应急管理厅")],
    ]


def lay_out(make_line, rows, *, below: bool = False, joined: bool = False, title: str = TITLE, conf=None):
    """OCR lines for label/value rows: the value right of its label, joined with it, or on the row under."""
    conf = conf or {}
    lines = [make_line(title, 300, 40, h=60)] if title else []
    y = 180
    for row in rows:
        for k, (label, value) in enumerate(row):
            x = 500 + 700 * k
            score = conf.get(value, 0.99)
            if joined:
                lines.append(make_line(label + value, x, y, conf=score))
            elif below:
                lines.append(make_line(label, x, y))
                lines.append(make_line(value, x + 10, y + 60, conf=score))
            else:
                lines.append(make_line(label, x, y))
                lines.append(make_line(value, x + 260, y + 2, conf=score))
        y += 130 if below else 90
    return lines


@pytest.mark.parametrize("name_label", ["姓名", "姓 名", "姓\u3000\u3000名"])
@pytest.mark.parametrize("colon", ["：", ":", ""])
@pytest.mark.parametrize("placement", ["right", "joined", "below"])
def test_label_styles(make_line, name_label: str, colon: str, placement: str) -> None:
    lines = lay_out(
        make_line, front_rows(name_label, colon), below=placement == "below", joined=placement == "joined"
    )
    result = analyze_lines(lines)
    assert result.doc_type == "certificate"
    assert {k: result.fields.get(k) for k in FRONT} == FRONT
    assert result.uncertain == [] and result.problems == []


def test_a_spaced_label_read_as_two_boxes(make_line) -> None:
    lines = lay_out(make_line, front_rows())
    name_label = next(line for line in lines if line.text == "姓名：")
    x, y = name_label.box[0]
    lines.remove(name_label)
    lines += [make_line("姓", x, y, w=40), make_line("名：", x + 130, y, w=60)]
    assert analyze_lines(lines).fields["name"] == "张三"


def test_two_fields_on_one_line_and_labels_inside_values(make_line) -> None:
    lines = [
        make_line("安全生产知识和管理能力考核合格证", 200, 40, h=60),
        make_line("姓名：李娜    性别：女    民族：汉", 400, 180, w=900),
        make_line("公民身份号码：31010419810215364X", 400, 270, w=900),
        make_line("单位：石家庄恒达化工有限公司", 400, 360, w=900),
        make_line("类别：安全生产管理人员", 400, 450, w=700),
        make_line("行业类别：危险化学品经营单位", 400, 540, w=900),
        make_line("初领日期：2021年3月15日", 400, 630, w=700),
        make_line("有效期：2024年3月15日至2027年3月15日", 400, 720, w=900),
        make_line("证书编号：冀2021001234", 400, 810, w=700),
        make_line("发证机关：河北省应急管理厅", 400, 900, w=700),
    ]
    result = analyze_lines(lines)
    assert result.fields["layout"] == "mgmt_cert"
    keys = ("name", "sex", "id_number", "employer", "post", "industry")
    assert {k: result.fields.get(k) for k in keys} == {
        "name": "李娜",
        "sex": "女",
        "id_number": "31010419810215364X",
        "employer": "石家庄恒达化工有限公司",
        "post": "安全生产管理人员",
        "industry": "危险化学品经营单位",  # 单位 inside the value is not a label
    }
    assert result.fields["cert_no"] == "冀2021001234"
    assert (result.fields["valid_from"], result.fields["valid_to"]) == ("2024-03-15", "2027-03-15")
    assert result.uncertain == []


def test_labels_on_one_row_values_on_the_next(make_line) -> None:
    lines = [
        make_line(TITLE, 300, 40, h=60),
        make_line("姓名", 500, 180),
        make_line("性别", 1100, 180),
        make_line("王伟", 500, 240),
        make_line("男", 1100, 240),
        make_line("证号", 500, 320),
        make_line(f"T{ID}", 500, 380, w=700),
    ]
    result = analyze_lines(lines)
    assert (result.fields["name"], result.fields["sex"], result.fields["cert_no"]) == ("王伟", "男", f"T{ID}")


def ic_rows(category_label: str = "作业类别") -> list[list[tuple[str, str]]]:
    """The 2010-style IC card's rows: the bare ID number as 证号, 准操项目, 发证机关, two fields a row."""
    return [
        [("姓名", "张三"), ("性别", "男")],
        [("证号", ID)],
        [(category_label, "电工作业")],
        [("准操项目", "低压电工作业")],
        [("初领日期", "2021.03.15")],
        [("有效期", "2021.03.15-2027.03.15")],
        [("发证机关", "河北省应急管理厅")],
    ]


def test_ic_card_synonyms(make_line) -> None:
    result = analyze_lines(lay_out(make_line, ic_rows(), title="特种作业操作证"))
    assert result.fields["layout"] == "ic_card"
    assert {k: result.fields.get(k) for k in FRONT} == {**FRONT, "cert_no": ID}


def e_certificate_rows(**labels: str) -> list[list[tuple[str, str]]]:
    """An e-certificate app's page, one field a row; `labels` replaces a printed label (field: label)."""
    printed = {"valid_from": "有效期开始日期", "valid_to": "有效期结束日期", "issuer": "签发机关", **labels}
    return [
        [("姓名", "张三")],
        [("性别", "男")],
        [("证件号码", f"T{ID}")],
        [("作业类别", "电工作业")],
        [("操作项目", "低压电工作业")],
        [("初领日期", "2021-03-15")],
        [(printed["valid_from"], "2021-03-15")],
        [(printed["valid_to"], "2027-03-15")],
        [(printed["issuer"], "河北省应急管理厅")],
    ]


def test_e_certificate_page(make_line) -> None:
    rows = [*e_certificate_rows(), [("刷新时间：", "2026-11-30 10:21")]]  # a date that belongs to no field
    result = analyze_lines(lay_out(make_line, rows, title="电子证照"))
    assert {k: result.fields.get(k) for k in FRONT} == FRONT
    assert result.uncertain == []


def test_back_with_review_records(make_line) -> None:
    lines = [
        make_line("复审记录", 600, 30, h=60),
        make_line("证号：", 100, 130),
        make_line(f"T{ID}", 300, 130, w=600),
        make_line("复审日期", 120, 230),
        make_line("复审结果", 520, 230),
        make_line("有效期延至", 850, 230),
        make_line("复审机关", 1250, 230),
    ]
    for r, (review, until) in enumerate((("2024-03-01", "2027-03-15"), ("2027-02-20", "2030-03-15"))):
        y = 320 + 90 * r
        lines += [
            make_line(review, 100, y, w=300),
            make_line("合格", 560, y),
            make_line(until, 850, y, w=300),
            make_line("河北省应急管理厅", 1250, y, w=500),
        ]
    result = analyze_lines(lines)
    assert result.doc_type == "certificate" and result.fields["layout"] == "so_back"
    assert result.fields["reviews"] == ["2024-03-01", "2027-02-20"]  # not the extended validity
    assert result.fields["cert_no"] == f"T{ID}"
    assert result.uncertain == [] and result.problems == []


def test_review_records_printed_inline(make_line) -> None:
    """Unruled 复审 records (`复审日期：<date>  复审结果：合格`): the first record's date is on the label's
    own line and is kept."""
    lines = [make_line("复审记录", 600, 30, h=60), make_line("证号：", 100, 130)]
    lines.append(make_line(f"T{ID}", 300, 130, w=600))
    for r, review in enumerate(("2024-03-01", "2027-02-20")):
        y = 230 + 90 * r
        lines += [make_line("复审日期：", 100, y), make_line(review, 330, y, w=300),
                  make_line("复审结果：合格", 900, y, w=300)]  # fmt: skip
    result = analyze_lines(lines)
    assert result.fields["reviews"] == ["2024-03-01", "2027-02-20"]
    assert result.uncertain == []


def test_review_date_outside_its_column_is_uncertain(make_line) -> None:
    """A row whose only date is not under the 复审日期 header: the columns were misread, so the 复审 dates
    are returned as uncertain rather than as a confident list."""
    lines = [
        make_line("复审记录", 600, 30, h=60),
        make_line("复审日期", 120, 230),
        make_line("复审结果", 520, 230),
        make_line("复审机关", 900, 230),
        make_line("2024-03-01", 100, 320, w=300),
        make_line("合格", 560, 320),
        make_line("合格", 560, 410),
        make_line("2027-02-20", 900, 410, w=300),
    ]
    result = analyze_lines(lines)
    assert "reviews" in result.uncertain


def test_variant_glyphs_in_labels(make_line) -> None:
    """作业类別 (the Japanese form of 别, as the recogniser sometimes returns it) is still the category label,
    also when it runs on from the item on the same line."""
    rows = front_rows()
    rows[2:4] = [[("操作项目：", "低压电工作业作业类別：电工作业")]]
    result = analyze_lines(lay_out(make_line, rows))
    assert result.fields["item"] == "低压电工作业"
    assert result.fields["category"] == "电工作业"


def test_doubtful_readings_are_marked_not_guessed(make_line) -> None:
    # A low recognition score on the name's line; a catalogue item that needed snapping.
    rows = front_rows()
    rows[3] = [("操作项目：", "低压电エ作业")]
    result = analyze_lines(lay_out(make_line, rows, conf={"张三": 0.62}))
    assert result.fields["name"] == "张三" and result.fields["item"] == "低压电工作业"
    assert result.uncertain == ["name", "item"]
    # The printed sex against the ID number's 17th digit.
    rows = front_rows()
    rows[1] = [("姓名：", "张三"), ("性别：", "女")]
    result = analyze_lines(lay_out(make_line, rows))
    assert "sex" in result.uncertain and "sex_id_mismatch" in result.problems
    # Validity that is not a whole number of years: one of the dates is misread.
    rows = front_rows()
    rows[5] = [("有效期限：", "2021-03-15至2027-08-15")]
    assert {"valid_from", "valid_to"} <= set(analyze_lines(lay_out(make_line, rows)).uncertain)
    # A number failing its check digit.
    rows = front_rows()
    rows[0] = [("证号：", f"T{ID[:-1]}4")]
    assert "cert_no" in analyze_lines(lay_out(make_line, rows)).uncertain


def test_name_is_not_lost_when_its_label_is(make_line) -> None:
    lines = [line for line in lay_out(make_line, front_rows()) if line.text != "姓名："]
    result = analyze_lines(lines)
    assert result.fields["name"] == "张三" and "name" in result.uncertain
    assert result.to_json()["uncertain"] == result.uncertain


def test_a_spaced_label_whose_first_character_the_detector_dropped(make_line) -> None:
    """姓　　名 printed wide: the lone 姓 is sometimes not detected, leaving `名：张三` (and 别：男)."""
    lines = lay_out(make_line, front_rows(), joined=True)
    for line in list(lines):
        if line.text.startswith(("姓名", "性别")):
            lines.remove(line)
            lines.append(make_line(line.text[1:], line.box[0][0] + 130, line.box[0][1]))
    result = analyze_lines(lines)
    assert (result.fields.get("name"), result.fields.get("sex")) == ("张三", "男")
    assert result.problems == []


def test_a_long_label_read_without_its_end(make_line) -> None:
    """有效期开始日期 read as 有效期开始: the date after it is still the start of the validity."""
    rows = [r for r in front_rows() if not r[0][0].startswith("有效期限")]
    rows += [[("有效期开始", "2021.03.15")], [("有效期结束日期：", "2027.03.15")]]
    result = analyze_lines(lay_out(make_line, rows))
    assert (result.fields.get("valid_from"), result.fields.get("valid_to")) == ("2021-03-15", "2027-03-15")


def test_first_issue_date_whose_label_was_not_read_is_returned_uncertain(make_line) -> None:
    """A pale label lost: the one line that is a lone date is the first issue, but only as uncertain."""
    lines = lay_out(make_line, front_rows())
    lines.remove(next(line for line in lines if line.text.startswith("初领日期")))
    result = analyze_lines(lines)
    assert result.fields.get("first_issued") == "2021-03-15"
    assert "first_issued" in result.uncertain


def _review_table_header(make_line) -> list:
    """A back's title and the header of its 复审 table: date, result and authority columns."""
    return [
        make_line("复审记录", 600, 30, h=60),
        make_line("复审日期", 120, 230),
        make_line("复审结果", 620, 230),
        make_line("复审机关", 1050, 230),
    ]


def test_a_review_date_read_as_two_boxes(make_line) -> None:
    """A date set with wide spacing in its cell comes back as `2024年` and `03月01日`: still one 复审 date."""
    lines = _review_table_header(make_line)
    for r, (year, day) in enumerate((("2024年", "03月01日"), ("2027年", "02月20日"))):
        y = 320 + 90 * r
        lines += [make_line(year, 100, y, w=130), make_line(day, 260, y, w=200), make_line("合格", 660, y),
                  make_line("河北省应急管理厅", 1050, y, w=500)]  # fmt: skip
    result = analyze_lines(lines)
    assert result.fields["reviews"] == ["2024-03-01", "2027-02-20"]


def test_a_validity_whose_second_date_was_garbled_is_not_returned_as_sure(make_line) -> None:
    """`2020.01.09~2026:01.09` (a blurred dot read as a colon): both dates, and both uncertain; never the
    start date returned, sure, as the end of validity."""
    rows = [r for r in front_rows() if not r[0][0].startswith("有效期限")]
    rows.append([("有效期限：", "2021.03.15~2027:03.15")])
    result = analyze_lines(lay_out(make_line, rows))
    assert (result.fields.get("valid_from"), result.fields.get("valid_to")) == ("2021-03-15", "2027-03-15")
    assert {"valid_from", "valid_to"} <= set(result.uncertain)
    rows[-1] = [("有效期限：", "2021.03.15~2O27|O3|15")]
    result = analyze_lines(lay_out(make_line, rows))
    assert result.fields.get("valid_to") != "2021-03-15" or "valid_to" in result.uncertain


def test_a_review_record_whose_date_could_not_be_read_makes_the_list_uncertain(make_line) -> None:
    lines = _review_table_header(make_line)
    for r, day in enumerate(("2019/8/1", "2022/7/", "2025/6/21")):
        y = 320 + 90 * r
        lines += [make_line(day, 100, y, w=300), make_line("合格", 660, y),
                  make_line("江苏省应急管理厅", 1050, y, w=500)]  # fmt: skip
    result = analyze_lines(lines)
    assert result.fields["reviews"] == ["2019-08-01", "2025-06-21"]
    assert "reviews" in result.uncertain


def _authority_first_rows(make_line, records) -> list:
    """Rows of a 复审 table: authority, 同意, the 复审 date and a later date (next due, or extended to)."""
    lines = []
    for r, (day, later) in enumerate(records):
        y = 320 + 90 * r
        lines += [
            make_line("江苏省应急管理厅", 100, y, w=400),
            make_line("同意", 580, y),
            make_line(day, 850, y, w=200),
            make_line(later, 1270, y, w=200),
        ]
    return lines


def test_reviews_in_a_table_with_the_authority_first_and_the_next_review_due_last(make_line) -> None:
    """下次复审日期 is when the next 复审 falls due, not one held: only the 复审日期 column counts."""
    lines = [
        make_line("复审记录", 600, 30, h=60),
        make_line("复审机关（盖章）", 100, 230, w=300),
        make_line("复审意见", 560, 230),
        make_line("复审日期", 850, 230),
        make_line("下次复审日期", 1250, 230),
    ]
    lines += _authority_first_rows(make_line, (("2019/8/1", "2022/8/1"), ("2022/7/3", "2025/7/3")))
    result = analyze_lines(lines)
    assert result.fields["reviews"] == ["2019-08-01", "2022-07-03"]
    assert "reviews" not in result.uncertain


def test_reviews_under_a_bare_date_header_whose_title_was_not_read(make_line) -> None:
    """No 复审记录 title read and the column headed 日期 beside 复审结论 / 复审机关: still a card's back."""
    lines = [make_line("复审结论", 100, 230), make_line("日期", 560, 230), make_line("复审机关", 1050, 230)]
    for r, day in enumerate(("2017.10.22", "2020.09.30")):
        lines += [
            make_line("复审合格", 100, 320 + 90 * r),
            make_line(day, 520, 320 + 90 * r, w=260),
            make_line("辽宁省应急管理厅", 1000, 320 + 90 * r, w=400),
        ]
    result = analyze_lines(lines)
    assert result.doc_type == "certificate"
    assert result.fields["reviews"] == ["2017-10-22", "2020-09-30"]


def test_reviews_in_boxes_two_to_a_row_and_in_counted_lines(make_line) -> None:
    """Boxes for the seals, filled left to right, and `第一次复审 <date>` lines: every date is a 复审."""
    boxes = [
        make_line("复审记录", 600, 30, h=60),
        make_line("复审合格", 100, 200),
        make_line("复审合格", 900, 200),
        make_line("2015年9月25日", 100, 300, w=300),
        make_line("2018年9月19日", 900, 300, w=300),
        make_line("第三次复审", 100, 450),
        make_line("2021年9月16日", 100, 550, w=300),
    ]
    assert analyze_lines(boxes).fields["reviews"] == ["2015-09-25", "2018-09-19", "2021-09-16"]
    counted = []
    for r, (ordinal, day) in enumerate((("一", "2014年2月25日"), ("二", "2017年4月15日"))):
        counted += [
            make_line(f"第{ordinal}次复审：", 100, 200 + 90 * r),
            make_line(day, 450, 200 + 90 * r, w=300),
            make_line("合格", 1100, 200 + 90 * r),
        ]
    result = analyze_lines(counted)
    assert result.fields["reviews"] == ["2014-02-25", "2017-04-15"]
    assert "reviews" not in result.uncertain


def test_reviews_beside_validity_extended_when_the_header_was_lost(make_line) -> None:
    """Two dates a row and no header read: the first of each row is the 复审, and the list is to be
    confirmed."""
    lines = [make_line("复审记录", 600, 30, h=60)]
    lines += _authority_first_rows(make_line, (("2020/1/20", "2023/1/20"), ("2023/2/3", "2026/2/3")))
    result = analyze_lines(lines)
    assert result.fields["reviews"] == ["2020-01-20", "2023-02-03"]
    assert "reviews" in result.uncertain


@pytest.mark.parametrize(
    "synonyms",
    [
        {"姓名": "持证人", "证件号码": "证照编号", "作业类别": "作业类型", "初领日期": "首次领证日期"},
        {"证件号码": "证件编号", "初领日期": "领证日期"},
    ],
)
@pytest.mark.parametrize("issuer_label", ["发证机构", "签发机构", "颁发机构", "颁发单位", "发证部门"])
def test_the_labels_of_government_e_licence_apps(make_line, synonyms: dict, issuer_label: str) -> None:
    """电子证照 pages of the provinces' government-service apps name the fields their own way."""
    rows = [[(synonyms.get(label, label), value) for label, value in row] for row in e_certificate_rows()]
    rows[-1] = [(issuer_label, "河北省应急管理厅")]
    result = analyze_lines(lay_out(make_line, rows, title="电子证照"))
    assert {k: result.fields.get(k) for k in FRONT} == FRONT
    assert result.uncertain == []
