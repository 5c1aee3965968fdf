"""The development split's paper certificate layouts: new-style card front and back, 2010-style IC card
and the management-competence certificate, each in any label style.

Screens (e-certificate screenshots and photos of phones) are in ocr.synthetic.screens; drawing a random
sample of any layout is ocr.synthetic.samples.
"""

from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from ocr.certificates import LAYOUT_FIELDS
from ocr.synthetic.drawing import INK, LABEL_INK, draw_stamp, portrait, qr_code, styled_text
from ocr.synthetic.fonts import fit_size, text_width
from ocr.synthetic.labels import (
    LabelStyle,
    card_base,
    draw_title,
    print_rows,
    spaced_label,
    stamp_over,
    two_columns,
    validity_text,
)
from ocr.synthetic.people import DATE_STYLES, CertificateTruth, format_date

# The development split: every certificate layout an inspector meets (see LAYOUTS), each printed in many
# ways, because the reader must find a field by its label however the label is written. Real cards space
# short labels out to the width of long ones (姓　　名), some print a colon and some do not, e-certificate
# apps put the value under its label or right-aligned at the far edge, and older cards put two fields on
# one row. The held-out test split is written elsewhere, with other fonts: nothing here should be tuned
# to it.

# What each layout prints is the reader's schema (ocr.certificates), not a copy of it here.
LAYOUTS = tuple(LAYOUT_FIELDS)
SO_FIELDS = LAYOUT_FIELDS["so_front"]


def render_so_front(truth: CertificateTruth, rng: random.Random, style: LabelStyle, *, stamp: bool = True,
                    date_style: str | None = None) -> Image.Image:  # fmt: skip
    """The new-style 特种作业操作证 front in a given label style."""
    img, _d = card_base(rng)
    draw_title(img, rng.choice(("中华人民共和国特种作业操作证", "特种作业操作证")), 44, 68, rng)
    img.paste(portrait((320, 420), rng), (70, 210))
    img.paste(qr_code(f"https://cx.mem.gov.cn/?no={truth.cert_no}", 210), (125, 700))
    ds = date_style or rng.choice(DATE_STYLES)
    rows = [[("证号", truth.cert_no)]]
    rows += (
        [[("姓名", truth.name), ("性别", truth.sex)]]
        if style.pairs
        else [[("姓名", truth.name)], [("性别", truth.sex)]]
    )
    rows += [
        [("作业类别", truth.category)],
        [("操作项目", truth.item)],
        [("初领日期", format_date(truth.first_issued, ds))],
        [(rng.choice(("有效期限", "有效期")), validity_text(truth, ds, rng))],
        [("签发机关", truth.issuer)],
    ]
    if style.below:  # two rows per field do not fit: the card's fields then go in two columns
        where = two_columns(img, rows, style, rng, (440, 200, img.width - 50, img.height - 40))
    else:
        where = print_rows(img, rows, style, rng, box=(440, 195, img.width - 50, img.height - 40))
    if stamp:
        stamp_over(img, where["签发机关"], truth.issuer, rng)
    return img


def render_ic_card(
    truth: CertificateTruth, rng: random.Random, style: LabelStyle, *, stamp: bool = True
) -> Image.Image:
    """The 2010-style IC card: the bare ID number as 证号, 准操项目, 发证机关, a chip, two fields a row."""
    img, d = card_base(rng)
    draw_title(img, rng.choice(("特种作业操作证", "中华人民共和国特种作业操作证")), 40, 70, rng)
    chip = (90, 230, 290, 390)
    d.rounded_rectangle(chip, 18, fill=(212, 178, 90), outline=(150, 120, 50), width=4)
    for k in range(1, 4):
        d.line((chip[0], chip[1] + 40 * k, chip[2], chip[1] + 40 * k), fill=(150, 120, 50), width=3)
    img.paste(portrait((260, 340), rng), (1380, 220))
    ds = rng.choice(DATE_STYLES)
    rows = [
        [("姓名", truth.name), ("性别", truth.sex)] if style.pairs else [("姓名", truth.name)],
        *([] if style.pairs else [[("性别", truth.sex)]]),
        [("证号", truth.id_number)],
        [("作业类别", truth.category)],
        [("准操项目", truth.item)],
        [("初领日期", format_date(truth.first_issued, ds))],
        [(rng.choice(("有效期限", "有效期")), validity_text(truth, ds, rng))],
        [("发证机关", truth.issuer)],
    ]
    box = (340, 190, 1340, img.height - 40)
    where = (two_columns if style.below else lambda i, r, s, g, b: print_rows(i, r, s, g, box=b))(
        img, rows, style, rng, box
    )
    if stamp:
        stamp_over(img, where["发证机关"], truth.issuer, rng)
    return img


def random_reviews(first_issued: str, rng: random.Random, until: dt.date = dt.date(2026, 10, 1)) -> list[str]:
    """复审 dates: every three years after first issue (a few weeks early or late), up to `until`."""
    first = dt.date.fromisoformat(first_issued)
    out = []
    for k in range(1, 6):
        due = first.replace(year=first.year + 3 * k)
        day = due + dt.timedelta(days=rng.randint(-40, 20))
        if day > until:
            break
        out.append(day.isoformat())
    return out


def render_so_back(truth: CertificateTruth, reviews: list[str], rng: random.Random, style: LabelStyle,
                   *, show_cert_no: bool) -> Image.Image:  # fmt: skip
    """The back of the new-style card: a ruled 复审记录 table (some rows left empty), sealed entries."""
    img, d = card_base(rng)
    draw_title(img, rng.choice(("复审记录", "复 审 记 录", "特种作业操作证复审记录")), 36, 60, rng)
    y = 140
    if show_cert_no:
        label = spaced_label("证号", style.spacing) + (style.colon or " ")
        styled_text(img, (80, y), label, 40, style.face, rng, fill=LABEL_INK)
        styled_text(
            img, (80 + text_width("证　　号：", 40, style.face) + 20, y - 2), truth.cert_no, 44, "sans", rng
        )
        y += 80
    shape = rng.random()
    if shape >= 0.86 and reviews:  # no table: one printed record per 复审, label and date inline
        return _inline_reviews(img, truth, reviews, rng, style, y)
    if 0.72 <= shape < 0.86 and reviews:
        draw = _boxed_reviews if rng.random() < 0.5 else _counted_reviews
        return draw(img, truth, reviews, rng, style, y)
    extended = shape < 0.3  # a second date column: validity extended to
    numbered = 0.45 <= shape < 0.6  # a 序号 column first and the date column worded 复审时间
    heads = (
        ["复审日期", "复审结果", "复审机关"]
        if not extended
        else ["复审日期", "复审结果", "有效期延至", "复审机关"]
    )
    widths = [0.27, 0.2, 0.53] if not extended else [0.24, 0.16, 0.24, 0.36]
    if numbered:
        heads, widths = ["序号", "复审时间", "复审结果", "复审机关"], [0.1, 0.27, 0.18, 0.45]
    if 0.3 <= shape < 0.45:  # the authority (and its seal) first, the date last, and when the next is due
        heads, widths = ["复审机关（盖章）", "复审意见", "复审日期", "下次复审日期"], [0.36, 0.16, 0.24, 0.24]
    if 0.6 <= shape < 0.72:  # a bare 日期 header between the conclusion and the authority
        heads, widths = ["复审结论", "日期", "复审机关"], [0.2, 0.28, 0.52]
    left, right = 70, img.width - 70
    n = max(4, len(reviews) + rng.randint(0, 2))
    row_h = min(110, (img.height - 60 - y) // (n + 1))
    xs = [left]
    for frac in widths:
        xs.append(xs[-1] + frac * (right - left))
    for k in range(n + 2):
        d.line((left, y + k * row_h, right, y + k * row_h), fill=INK, width=3)
    for x in xs:
        d.line((x, y, x, y + (n + 1) * row_h), fill=INK, width=3)
    ds = rng.choice(DATE_STYLES)

    def cell(col: int, r: int, text: str, size: int, face: str) -> None:
        size = fit_size(text, size, face, xs[col + 1] - xs[col] - 20, floor=22)
        w = text_width(text, size, face)
        styled_text(img, ((xs[col] + xs[col + 1]) / 2 - w / 2, y + r * row_h + (row_h - size) / 2 - 6), text,
                    size, face, rng)  # fmt: skip

    for col, head in enumerate(heads):
        cell(col, 0, head, 36, "sans")
    for r, day in enumerate(reviews, start=1):
        later = (dt.date.fromisoformat(day) + dt.timedelta(days=1096)).isoformat()
        values = {"复审日期": format_date(day, ds), "复审时间": format_date(day, ds), "序号": str(r),
                  "日期": format_date(day, ds), "下次复审日期": format_date(later, ds),
                  "复审机关（盖章）": truth.issuer, "复审意见": rng.choice(("合格", "同意")),
                  "复审结论": rng.choice(("合格", "复审合格")),
                  "复审结果": rng.choice(("合格", "复审合格")),
                  "有效期延至": format_date(min(truth.valid_to, (dt.date.fromisoformat(day)
                                                               + dt.timedelta(days=1096)).isoformat()), ds),
                  "复审机关": truth.issuer}  # fmt: skip
        for col, head in enumerate(heads):
            cell(col, r, values[head], 36, style.face)
        if rng.random() < 0.6:
            seal_col = next((c for c, h in enumerate(heads) if h.startswith("复审机关")), len(heads) - 1)
            draw_stamp(img, (xs[seal_col] + rng.uniform(40, 200), y + r * row_h + row_h / 2),
                       rng.uniform(60, 85), truth.issuer, rng)  # fmt: skip
    return img


_ORDINALS = "一二三四五六"


def _boxed_reviews(img: Image.Image, truth: CertificateTruth, reviews: list[str], rng: random.Random,
                   style: LabelStyle, y: int) -> Image.Image:  # fmt: skip
    """Boxes for the 复审 seals, two to a row, filled left to right: each box holds `复审合格`, its date and
    the seal, and the empty boxes wait for the next."""
    d = ImageDraw.Draw(img)
    ds = rng.choice(DATE_STYLES)
    left, right = 70, img.width - 70
    rows = max(2, (len(reviews) + 2) // 2)
    box_w, box_h = (right - left) / 2, min(220, (img.height - 50 - y) / rows)
    for k in range(rows * 2):
        x, top = left + (k % 2) * box_w, y + (k // 2) * box_h
        d.rectangle((x, top, x + box_w, top + box_h), outline=INK, width=3)
        if k >= len(reviews):
            continue
        head = rng.choice(("复审合格", f"第{_ORDINALS[k]}次复审", "复审记录"))
        styled_text(img, (x + 30, top + 18), head, 34, style.face, rng, fill=LABEL_INK)
        text = format_date(reviews[k], ds)
        size = fit_size(text, 38, style.face, box_w - 60, floor=24)
        styled_text(img, (x + 30, top + box_h / 2 + 4), text, size, style.face, rng)
        if rng.random() < 0.7:
            draw_stamp(img, (x + box_w * rng.uniform(0.6, 0.78), top + box_h / 2), rng.uniform(55, 75),
                       truth.issuer, rng)  # fmt: skip
    return img


def _counted_reviews(img: Image.Image, truth: CertificateTruth, reviews: list[str], rng: random.Random,
                     style: LabelStyle, y: int) -> Image.Image:  # fmt: skip
    """One unruled line per 复审, counted and unlabelled: `第一次复审  2019年05月01日  合格`."""
    ds = rng.choice(DATE_STYLES)
    step = min(120, (img.height - 80 - y) // max(4, len(reviews)))
    for r, day in enumerate(reviews):
        top = y + r * step
        head = f"第{_ORDINALS[r]}次复审" + (style.colon or " ")
        styled_text(img, (80, top), head, 38, style.face, rng, fill=LABEL_INK)
        x = 80 + text_width(head, 38, style.face) + 30
        styled_text(img, (x, top - 2), format_date(day, ds), 40, style.face, rng)
        styled_text(img, (img.width * 0.66, top), rng.choice(("合格", "复审合格")), 36, style.face, rng)
        if rng.random() < 0.5:
            draw_stamp(img, (img.width * 0.82, top + 20), rng.uniform(55, 75), truth.issuer, rng)
    return img


def _inline_reviews(img: Image.Image, truth: CertificateTruth, reviews: list[str], rng: random.Random,
                    style: LabelStyle, y: int) -> Image.Image:  # fmt: skip
    """Unruled 复审 records, one per line: `复审日期：<date>  复审结果：合格`, each sealed by the issuer."""
    ds = rng.choice(DATE_STYLES)
    label = rng.choice(("复审日期", "复审时间"))
    step = min(120, (img.height - 80 - y) // max(4, len(reviews)))
    for r, day in enumerate(reviews):
        top = y + r * step
        head = spaced_label(label, style.spacing) + (style.colon or " ")
        styled_text(img, (80, top), head, 38, style.face, rng, fill=LABEL_INK)
        x = 80 + text_width(head, 38, style.face) + 16
        styled_text(img, (x, top - 2), format_date(day, ds), 40, style.face, rng)
        result = "复审结果" + (style.colon or " ") + rng.choice(("合格", "复审合格"))
        styled_text(img, (img.width * 0.62, top), result, 36, style.face, rng, fill=LABEL_INK)
        if rng.random() < 0.6:
            draw_stamp(img, (img.width * 0.8, top + 20), rng.uniform(55, 75), truth.issuer, rng)
    return img


def render_mgmt_cert(
    fields: dict, rng: random.Random, style: LabelStyle, *, stamp: bool = True
) -> Image.Image:
    """安全生产知识和管理能力考核合格证 (principal leaders, safety managers) as a landscape card."""
    img, _d = card_base(rng, (1800, 1200))
    draw_title(img, "安全生产知识和管理能力考核合格证", 40, 66, rng)
    img.paste(portrait((300, 390), rng), (70, 230))
    ds = rng.choice(DATE_STYLES)
    id_label = rng.choice(("身份证号", "公民身份号码", "身份证号码"))
    employer_label = rng.choice(("单位名称", "单位"))
    post_label = rng.choice(("人员类型", "类别"))
    rows = [[("姓名", fields["name"]), ("性别", fields["sex"])]] if style.pairs else [
        [("姓名", fields["name"])], [("性别", fields["sex"])]]  # fmt: skip
    rows += [
        [(id_label, fields["id_number"])],
        [(employer_label, fields["employer"])],
        [(post_label, fields["post"])],
        [("行业类别", fields["industry"])],
        [("初领日期", format_date(fields["first_issued"], ds))],
        [(rng.choice(("有效期", "有效期限")), validity_text(fields, ds, rng))],
        [("证书编号", fields["cert_no"])],
        [("发证机关", fields["issuer"])],
    ]
    rng.shuffle(rows[-2:])
    box = (420, 200, img.width - 50, img.height - 40)
    where = two_columns(img, rows, style, rng, box) if style.below else print_rows(
        img, rows, style, rng, box=box, label_size=40, value_size=44)  # fmt: skip
    if stamp:
        stamp_over(img, where["发证机关"], fields["issuer"], rng)
    return img
