"""Rendering the job-holder notice: a PNG for phones and an A4 PDF for the wall, in Chinese.

What the rules require on it (seed 001, item 8): for each person the name, post, training date, exam
date, issuing authority and certificate validity; then how to report (举报方式), the tip phone line
(举报电话) and the reward (举报奖励). The QR opens the bot's tip form with this enterprise already
filled in. Certificate numbers are left off: the new-style number is the holder's ID number.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

import qrcode
from fpdf import FPDF
from PIL import Image, ImageDraw

from bot.i18n import translator
from certs.fonts import font, font_face

TIP_LINE = "12350"


@dataclass
class NoticeRow:
    name: str
    post: str  # already translated
    training_date: str
    exam_date: str
    issuer: str
    validity: str


@dataclass
class NoticeData:
    enterprise_name: str
    credit_code: str
    posted_on: date
    tip_link: str
    reward_text: str
    rows: list[NoticeRow] = field(default_factory=list)


def texts() -> dict[str, str]:
    """The notice's fixed wording; the notice is always in Chinese, whatever the officer's language."""
    _ = translator("zh_CN")
    return {
        "title": _("Notice of safety-certified job holders"),
        "credit": _("Unified social credit code: {code}"),
        "date": _("Posted on {date}"),
        "headers": "|".join(
            [_("Name"), _("Post"), _("Training date"), _("Exam date"), _("Issued by"), _("Valid")]
        ),
        "how": _(
            "How to report: scan the QR code to report to the work-safety authority (anonymous reports "
            "are accepted), or call the tip line."
        ),
        "phone": _("Tip line: {phone}").format(phone=TIP_LINE),
        "reward": _("Reward: {reward}"),
        "scan": _("Scan to report"),
    }


def _qr_image(link: str, size: int) -> Image.Image:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=10, border=2)
    qr.add_data(link)
    qr.make(fit=True)
    return qr.make_image().convert("RGB").resize((size, size), Image.Resampling.NEAREST)


def _wrap(draw: ImageDraw.ImageDraw, text: str, size: int, width: int) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if draw.textlength(line + ch, font=font(size)) > width:
            lines.append(line)
            line = ch
        else:
            line += ch
    return [*lines, line] if line else lines


def render_png(data: NoticeData, width: int = 1080) -> bytes:
    t = texts()
    margin, row_h = 40, 56
    headers = t["headers"].split("|")
    col = [0.12, 0.17, 0.14, 0.14, 0.19, 0.24]
    height = 520 + row_h * (len(data.rows) + 1) + 420
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = margin
    draw.text((width / 2, y), t["title"], fill="#b00000", font=font(48, bold=True), anchor="mt")
    y += 80
    draw.text((width / 2, y), data.enterprise_name, fill="black", font=font(34, bold=True), anchor="mt")
    y += 56
    draw.text(
        (width / 2, y), t["credit"].format(code=data.credit_code), fill="#333", font=font(24), anchor="mt"
    )
    y += 60
    inner = width - 2 * margin
    xs = [margin]
    for share in col:
        xs.append(xs[-1] + int(inner * share))
    draw.rectangle([margin, y, width - margin, y + row_h], fill="#f0f0f0")
    for i, header in enumerate(headers):
        draw.text((xs[i] + 6, y + row_h / 2), header, fill="black", font=font(22, bold=True), anchor="lm")
    y += row_h
    for row in data.rows:
        values = [row.name, row.post, row.training_date, row.exam_date, row.issuer, row.validity]
        for i, value in enumerate(values):
            cell_w = xs[i + 1] - xs[i] - 10
            lines = _wrap(draw, value, 20, cell_w)[:2]
            for j, line in enumerate(lines):
                draw.text((xs[i] + 6, y + 8 + j * 22), line, fill="black", font=font(20))
        draw.line([margin, y + row_h, width - margin, y + row_h], fill="#ccc")
        y += row_h
    draw.rectangle([margin, y - row_h * (len(data.rows) + 1), width - margin, y], outline="#888")
    y += 40
    qr_size = 300
    image.paste(_qr_image(data.tip_link, qr_size), (width - margin - qr_size, y))
    text_w = width - 3 * margin - qr_size
    ty = y
    for key, size in (("how", 24), ("phone", 30), ("reward", 22)):
        value = t[key] if key != "reward" else t["reward"].format(reward=data.reward_text)
        for line in _wrap(draw, value, size, text_w):
            draw.text((margin, ty), line, fill="black", font=font(size, bold=key == "phone"))
            ty += size + 12
        ty += 10
    draw.text(
        (width - margin - qr_size / 2, y + qr_size + 8), t["scan"], fill="#333", font=font(20), anchor="mt"
    )
    y = max(ty, y + qr_size + 40) + 20
    draw.text(
        (width - margin, y),
        t["date"].format(date=data.posted_on.isoformat()),
        fill="#333",
        font=font(22),
        anchor="rt",
    )
    image = image.crop((0, 0, width, y + 50))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def render_pdf(data: NoticeData) -> bytes:
    """An A4 page with real (searchable, copyable) text in Noto Sans CJK and the QR as an image."""
    t = texts()
    regular, regular_index = font_face(False)
    bold, bold_index = font_face(True)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("cjk", fname=str(regular), collection_font_number=regular_index)
    pdf.add_font("cjk", style="B", fname=str(bold), collection_font_number=bold_index)
    pdf.add_page()
    pdf.set_title(t["title"])
    pdf.set_font("cjk", "B", 22)
    pdf.set_text_color(176, 0, 0)
    pdf.cell(0, 14, t["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("cjk", "B", 15)
    pdf.cell(0, 10, data.enterprise_name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", "", 11)
    pdf.cell(0, 8, t["credit"].format(code=data.credit_code), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    headers = t["headers"].split("|")
    widths = (24, 30, 26, 26, 40, 34)
    pdf.set_font("cjk", "B", 10)
    pdf.set_fill_color(235, 235, 235)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=7, first_row_as_headings=True) as table:
        header = table.row()
        for value in headers:
            header.cell(value)
        pdf.set_font("cjk", "", 9.5)
        for row in data.rows:
            cells = table.row()
            for value in (row.name, row.post, row.training_date, row.exam_date, row.issuer, row.validity):
                cells.cell(value)
    pdf.ln(8)
    top = pdf.get_y()
    qr_mm = 45
    qr_png = io.BytesIO()
    _qr_image(data.tip_link, 600).save(qr_png, "PNG")
    pdf.image(qr_png, x=pdf.w - pdf.r_margin - qr_mm, y=top, w=qr_mm, h=qr_mm)
    text_w = pdf.w - pdf.l_margin - pdf.r_margin - qr_mm - 8
    pdf.set_font("cjk", "", 11)
    pdf.multi_cell(text_w, 6, t["how"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("cjk", "B", 16)
    pdf.multi_cell(text_w, 9, t["phone"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("cjk", "", 10.5)
    pdf.multi_cell(text_w, 6, t["reward"].format(reward=data.reward_text), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.w - pdf.r_margin - qr_mm, top + qr_mm + 1)
    pdf.set_font("cjk", "", 9)
    pdf.cell(qr_mm, 5, t["scan"], align="C")
    pdf.set_y(max(pdf.get_y(), top + qr_mm + 12))
    pdf.set_font("cjk", "", 11)
    pdf.cell(
        0, 8, t["date"].format(date=data.posted_on.isoformat()), align="R", new_x="LMARGIN", new_y="NEXT"
    )
    return bytes(pdf.output())
