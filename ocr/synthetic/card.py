"""The first benchmark's 特种作业操作证 card front and the resident ID card.

These two fixed designs predate the label styles in ocr.synthetic.layouts; the OCR tests and the first
benchmark draw them with the same random calls for the same seed, so they stay as they were.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from ocr.synthetic.drawing import CARD_SIZE, LABEL_INK, draw_stamp, draw_text, guilloche, portrait, qr_code
from ocr.synthetic.fonts import font
from ocr.synthetic.people import DATE_STYLES, CertificateTruth, Person, format_date


@dataclass
class RenderedCertificate:
    image: Image.Image
    truth: CertificateTruth
    stamp_box: tuple[int, int, int, int] | None = None


def render_certificate(
    truth: CertificateTruth, rng: random.Random, *, date_style: str | None = None, stamp: bool = True
) -> RenderedCertificate:
    """The front of a 特种作业操作证 card: title, photo, QR code and the printed fields."""
    w, h = CARD_SIZE
    tint = rng.choice(((250, 250, 246), (242, 247, 252), (252, 248, 240)))
    img = Image.new("RGB", CARD_SIZE, tint)
    guilloche(img, rng, tuple(max(0, c - 14) for c in tint))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w - 1, h - 1), outline=(120, 130, 160), width=6)
    title = "中华人民共和国特种作业操作证"
    tsize = 70
    tw = d.textlength(title, font=font(tsize, bold=True))
    draw_text(d, ((w - tw) / 2, 48), title, tsize, bold=True, fill=rng.choice(((20, 40, 110), (30, 30, 30))))
    d.line((60, 150, w - 60, 150), fill=(120, 130, 160), width=3)
    photo = portrait((340, 440), rng)
    img.paste(photo, (80, 200))
    img.paste(qr_code(f"https://cx.mem.gov.cn/?no={truth.cert_no}", 230), (135, 700))

    style = date_style or rng.choice(DATE_STYLES)
    sep = rng.choice(("至", " 至 ", "—", "-")) if style != "dash" else rng.choice(("至", " 至 "))
    validity = f"{format_date(truth.valid_from, style)}{sep}{format_date(truth.valid_to, style)}"
    colon = rng.choice(("：", "：", " "))
    label_size, value_size = 46, 50
    x_label, x_value = 500, 780
    rows = [
        [("证号", truth.cert_no)],
        [("姓名", truth.name), ("性别", truth.sex)],
        [("作业类别", truth.category)],
        [("操作项目", truth.item)],
        [("初领日期", format_date(truth.first_issued, style))],
        [("有效期限", validity)],
        [("签发机关", truth.issuer)],
    ]
    if rng.random() < 0.5:
        rows[5][0] = ("有效期", validity)
    y = 190
    stamp_box = None
    for row in rows:
        x = x_label
        for k, (label, value) in enumerate(row):
            if k == 1:
                x = max(x + 90, 1250)
            draw_text(d, (x, y + 3), label + colon.strip(), label_size, fill=LABEL_INK)
            vx = x_value if k == 0 else x + d.textlength(label + "：", font=font(label_size)) + 24
            size = value_size if d.textlength(value, font=font(value_size)) < w - vx - 40 else value_size - 8
            x = draw_text(d, (vx, y), value, size)
        if row[0][0] == "签发机关":
            stamp_box = (x_value, y, int(x), y + value_size)
        y += 118
    if stamp and stamp_box:
        cx = rng.uniform(stamp_box[0] + 60, min(w - 170, stamp_box[2] + 40))
        cy = rng.uniform(stamp_box[1] - 90, stamp_box[3] + 10)
        draw_stamp(img, (cx, cy), rng.uniform(135, 175), truth.issuer, rng)
    return RenderedCertificate(img, truth, stamp_box)


def render_id_card(person: Person, address: str, rng: random.Random) -> Image.Image:
    """The front of a resident ID card (居民身份证) as seen on a photocopy or photo."""
    img = Image.new("RGB", CARD_SIZE, (236, 242, 246))
    guilloche(img, rng, (220, 228, 236))
    d = ImageDraw.Draw(img)
    birth = dt.date.fromisoformat(person.birth)
    y = 110
    draw_text(d, (120, y), "姓名", 46, fill=(60, 110, 170))
    draw_text(d, (300, y - 4), person.name, 56)
    y += 120
    draw_text(d, (120, y), "性别", 46, fill=(60, 110, 170))
    draw_text(d, (300, y - 2), person.sex, 50)
    draw_text(d, (480, y), "民族", 46, fill=(60, 110, 170))
    draw_text(d, (640, y - 2), "汉", 50)
    y += 120
    draw_text(d, (120, y), "出生", 46, fill=(60, 110, 170))
    draw_text(d, (300, y - 2), f"{birth.year}年{birth.month}月{birth.day}日", 50)
    y += 120
    draw_text(d, (120, y), "住址", 46, fill=(60, 110, 170))
    draw_text(d, (300, y - 2), address, 48)
    draw_text(d, (120, 880), "公民身份号码", 46, fill=(60, 110, 170))
    draw_text(d, (520, 876), person.id_number, 58)
    img.paste(portrait((380, 470), rng), (1220, 160))
    return img
