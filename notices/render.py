"""Rendering the job-holder notice: a PNG for phones and an A4 PDF for the wall, in Chinese.

What the rules require on it (seed 001, item 8): for each person the name, post, training date, exam
date, issuing authority and certificate validity; then how to report (举报方式), the tip phone line
(举报电话) and the reward (举报奖励). The QR opens the bot's tip form with this enterprise already
filled in. Certificate numbers are left off: the new-style number is the holder's ID number.

Each person also carries the certificate's state on the notice's date, in words and with a mark that
survives black-and-white printing (✓ / × / ？), right after the name: a passer-by must see at a glance who
may not work. An empty required field is printed "未填写" and highlighted, never left blank. All line
breaking goes through notices.typography, so no date or amount is split. The PNG is laid out as one card
per person (a phone is too narrow for seven columns); the PDF is a table.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import qrcode
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw

from certs.fonts import font, font_face
from foundation.i18n import translator
from notices.typography import wrap

TIP_LINE = "12350"
OK_COLOUR = (0, 122, 51)
BAD_COLOUR = (190, 0, 0)
BAD_FILL = (253, 226, 226)
OK_FILL = (225, 244, 230)
GAP_FILL = (255, 243, 176)
COLUMNS = ("name", "state", "post", "training_date", "exam_date", "issuer", "validity")


@dataclass
class NoticeRow:
    name: str
    post: str  # already translated
    training_date: str
    exam_date: str
    issuer: str
    validity: str
    mark: str = "✓"
    state: str = ""  # the state in words, already translated
    ok: bool = True
    gaps: set[str] = field(default_factory=set)  # required fields left empty (problems.FIELDS)

    def cell(self, column: str, missing: str) -> str:
        """The text of one cell: the gap marker for an empty required field, "—" where nothing applies
        (no certificate: the state says so)."""
        if column == "state":
            return f"{self.mark}\u00a0{self.state}"
        value = getattr(self, column)
        if column in self.gaps:
            return missing
        return value or "—"


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
        "name": _("Name"),
        "state": _("Certificate state"),
        "post": _("Post"),
        "training_date": _("Training date"),
        "exam_date": _("Exam date"),
        "issuer": _("Issued by"),
        "validity": _("Valid period"),
        "missing": _("Not filled in"),
        "legend": _(
            "✓ the certificate is valid. × no valid certificate (none, expired, re-exam overdue, "
            "suspended or revoked); ? the certificate cannot be verified: people marked × or ? may not "
            "work in the post. States as of the posting date."
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


class _Canvas:
    """Pillow drawing that can first run without painting, to measure the height the notice needs."""

    def __init__(self, width: int, height: int | None) -> None:
        self.image = Image.new("RGB", (width, height or 1), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.paint = height is not None

    def measure(self, size: int, bold: bool = False) -> Callable[[str], float]:
        face = font(size, bold)
        return lambda text: self.draw.textlength(text, font=face)

    def text(
        self, xy: tuple[float, float], text: str, size: int, fill: object = "black", **kw: object
    ) -> None:
        if self.paint:
            bold = bool(kw.pop("bold", False))
            self.draw.text(xy, text, fill=fill, font=font(size, bold), **kw)  # type: ignore[arg-type]

    def lines(
        self,
        x: float,
        y: float,
        text: str,
        size: int,
        width: float,
        fill: object = "black",
        bold: bool = False,
    ) -> float:
        """Draws `text` wrapped to `width` from (x, y); returns the y below it."""
        step = round(size * 1.4)
        for line in wrap(text, width, self.measure(size, bold)):
            self.text((x, y), line, size, fill, bold=bold)
            y += step
        return y

    def rect(self, box: list[float], **kw: object) -> None:
        if self.paint:
            self.draw.rounded_rectangle(box, **kw)  # type: ignore[arg-type]

    def paste(self, image: Image.Image, xy: tuple[int, int]) -> None:
        if self.paint:
            self.image.paste(image, xy)


def _person(canvas: _Canvas, t: dict[str, str], row: NoticeRow, x: float, y: float, width: float) -> float:
    """One person's card: name and post, the state badge, then the four required fields."""
    pad, badge_size = 22, 28
    colour = OK_COLOUR if row.ok else BAD_COLOUR
    badge = row.cell("state", "")
    badge_w = min(canvas.measure(badge_size, True)(badge) + 28, width * 0.55)
    badge_lines = wrap(badge, badge_w - 28, canvas.measure(badge_size, True), "、")
    top = y
    inner_x, inner_w = x + pad + 10, width - 2 * pad - 10
    y += pad
    name_w = inner_w - badge_w - 16
    y_name = canvas.lines(inner_x, y, row.name, 34, name_w, bold=True)
    y_post = canvas.lines(inner_x, y_name, row.post, 24, name_w, fill="#444")
    badge_h = len(badge_lines) * round(badge_size * 1.4) + 16
    canvas.rect(
        [x + width - pad - badge_w, y - 4, x + width - pad, y - 4 + badge_h],
        radius=10,
        fill=colour,
    )
    by = y + 4
    for line in badge_lines:
        canvas.text((x + width - pad - badge_w / 2, by), line, badge_size, "white", bold=True, anchor="mt")
        by += round(badge_size * 1.4)
    y = max(y_post, y - 4 + badge_h) + 12
    label_w = max(canvas.measure(22)(t[c]) for c in COLUMNS[3:]) + 24
    for column in COLUMNS[3:]:
        value = row.cell(column, t["missing"])
        canvas.text((inner_x, y + 3), t[column], 22, "#555")
        value_x = inner_x + label_w
        if column in row.gaps:
            box_w = canvas.measure(26, True)(value) + 20
            canvas.rect([value_x - 10, y - 2, value_x + box_w - 10, y + 36], radius=6, fill=GAP_FILL)
            y = canvas.lines(value_x, y, value, 26, inner_w - label_w, fill=BAD_COLOUR, bold=True) + 6
        else:
            y = canvas.lines(value_x, y, value, 26, inner_w - label_w) + 6
    y += pad - 6
    canvas.rect([x, top, x + width, y], radius=14, outline=(170, 170, 170) if row.ok else colour, width=3)
    canvas.rect([x, top, x + 12, y], radius=6, fill=colour)
    return y


def _draw_png(canvas: _Canvas, data: NoticeData, width: int) -> float:
    t = texts()
    margin = 48
    inner = width - 2 * margin
    y = float(margin)
    for line in wrap(t["title"], inner, canvas.measure(52, True)):
        canvas.text((width / 2, y), line, 52, (176, 0, 0), bold=True, anchor="mt")
        y += 74
    y += 6
    for line in wrap(data.enterprise_name, inner, canvas.measure(36, True)):
        canvas.text((width / 2, y), line, 36, bold=True, anchor="mt")
        y += 52
    for line in wrap(t["credit"].format(code=data.credit_code), inner, canvas.measure(24)):
        canvas.text((width / 2, y), line, 24, "#333", anchor="mt")
        y += 36
    y += 24
    for row in data.rows:
        y = _person(canvas, t, row, margin, y, inner) + 20
    y = canvas.lines(margin, y + 4, t["legend"], 22, inner, fill="#333") + 28
    qr_size = int(min(300, inner * 0.34))
    canvas.paste(_qr_image(data.tip_link, qr_size), (width - margin - qr_size, int(y)))
    text_w = inner - qr_size - 36
    ty = canvas.lines(margin, y, t["how"], 26, text_w) + 10
    ty = canvas.lines(margin, ty, t["phone"], 40, text_w, bold=True) + 10
    ty = canvas.lines(margin, ty, t["reward"].format(reward=data.reward_text), 24, text_w)
    canvas.text((width - margin - qr_size / 2, y + qr_size + 6), t["scan"], 24, "#333", anchor="mt")
    y = max(ty, y + qr_size + 44) + 24
    canvas.text(
        (width - margin, y), t["date"].format(date=data.posted_on.isoformat()), 26, "#333", anchor="rt"
    )
    return y + 26 + margin


def render_png(data: NoticeData, width: int = 1080) -> bytes:
    """The notice for a phone screen: `width` pixels wide, as tall as the list needs."""
    height = _draw_png(_Canvas(width, None), data, width)
    canvas = _Canvas(width, int(height))
    _draw_png(canvas, data, width)
    out = io.BytesIO()
    canvas.image.save(out, "PNG", compress_level=6)  # optimize=True costs a second for a few % less
    return out.getvalue()


def _pdf_widths(pdf: FPDF, t: dict[str, str], data: NoticeData, padding: float) -> list[float]:
    """Column widths (mm) that hold a whole date in the date columns and in the validity column."""
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    date_w = pdf.get_string_width("0000-00-00") + 2 * padding + 1.5
    states = [r.cell("state", "") for r in data.rows]
    state_w = max([pdf.get_string_width(s) for s in states if len(s) <= 8] + [20.0]) + 2 * padding + 1.5
    # A post of up to six characters on one line ("特种作业人员"), a longer one in two even halves.
    posts = [pdf.get_string_width(r.post) for r in data.rows] or [0.0]
    post_w = min(max(posts), pdf.get_string_width("国" * 6)) + 2 * padding + 1.5
    fixed = {
        "training_date": date_w,
        "exam_date": date_w,
        "validity": date_w + 4,
        "state": state_w,
        "post": post_w,
        "name": pdf.get_string_width("国" * 4) + 2 * padding + 1.5,  # a longer name wraps
    }
    fixed["issuer"] = usable - sum(fixed.values())
    return [fixed[c] for c in COLUMNS]


def _pdf_lines(pdf: FPDF, width: float, line_h: float, text: str) -> None:
    """Text wrapped by notices.typography, one cell per line: fpdf2's own wrapping would break at the
    no-break spaces and justify the line."""
    for line in wrap(text, width - 2 * pdf.c_margin - 0.5, pdf.get_string_width):
        pdf.set_x(pdf.l_margin)
        pdf.cell(width, line_h, line, new_x="LMARGIN", new_y="NEXT")


def render_pdf(data: NoticeData) -> bytes:
    """An A4 page with real (searchable, copyable) text in Noto Sans CJK and the QR as an image."""
    t = texts()
    regular, regular_index = font_face(False)
    bold, bold_index = font_face(True)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_font("cjk", fname=str(regular), collection_font_number=regular_index)
    pdf.add_font("cjk", style="B", fname=str(bold), collection_font_number=bold_index)
    pdf.add_page()
    pdf.set_title(t["title"])
    pdf.set_font("cjk", "B", 22)
    pdf.set_text_color(176, 0, 0)
    pdf.cell(0, 14, t["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("cjk", "B", 15)
    pdf.multi_cell(0, 9, data.enterprise_name, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", "", 11)
    pdf.cell(0, 8, t["credit"].format(code=data.credit_code), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    padding, size = 1.4, 10.5
    pdf.set_font("cjk", "", size)
    widths = _pdf_widths(pdf, t, data, padding)
    heading = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
    ok_face = FontFace(emphasis="BOLD", color=OK_COLOUR, fill_color=OK_FILL)
    bad_face = FontFace(emphasis="BOLD", color=BAD_COLOUR, fill_color=BAD_FILL)
    gap_face = FontFace(emphasis="BOLD", color=BAD_COLOUR, fill_color=GAP_FILL)

    def fitted(text: str, width: float, bold_text: bool, breaks: str | None = None) -> str:
        pdf.set_font("cjk", "B" if bold_text else "", size)
        lines = wrap(text, width - 2 * padding - 0.8, pdf.get_string_width, breaks)
        pdf.set_font("cjk", "", size)
        return "\n".join(lines)

    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=5.2,
        padding=padding,
        headings_style=heading,
        first_row_as_headings=True,
    ) as table:
        header = table.row()
        for column, width in zip(COLUMNS, widths, strict=True):
            header.cell(fitted(t[column], width, True))
        for row in data.rows:
            cells = table.row()
            for column, width in zip(COLUMNS, widths, strict=True):
                value = row.cell(column, t["missing"])
                style = None
                if column == "state":
                    style = ok_face if row.ok else bad_face
                elif column in row.gaps:
                    style = gap_face
                breaks = "、" if column == "state" else None
                cells.cell(fitted(value, width, style is not None, breaks), style=style)
    pdf.ln(2)
    pdf.set_font("cjk", "", 8.5)
    pdf.set_text_color(60, 60, 60)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    _pdf_lines(pdf, usable, 4.6, t["legend"])
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    qr_mm = 45
    if pdf.get_y() + qr_mm + 22 > pdf.h - pdf.b_margin:
        pdf.add_page()
    top = pdf.get_y()
    qr_png = io.BytesIO()
    _qr_image(data.tip_link, 600).save(qr_png, "PNG")
    pdf.image(qr_png, x=pdf.w - pdf.r_margin - qr_mm, y=top, w=qr_mm, h=qr_mm)
    text_w = usable - qr_mm - 8
    for style, font_size, line_h, text in (
        ("", 11, 6, t["how"]),
        ("B", 16, 9, t["phone"]),
        ("", 10.5, 6, t["reward"].format(reward=data.reward_text)),
    ):
        pdf.set_font("cjk", style, font_size)
        _pdf_lines(pdf, text_w, line_h, text)
        pdf.ln(2)
    pdf.set_xy(pdf.w - pdf.r_margin - qr_mm, top + qr_mm + 1)
    pdf.set_font("cjk", "", 9)
    pdf.cell(qr_mm, 5, t["scan"], align="C")
    pdf.set_y(max(pdf.get_y(), top + qr_mm + 12))
    pdf.set_font("cjk", "", 11)
    pdf.cell(
        0, 8, t["date"].format(date=data.posted_on.isoformat()), align="R", new_x="LMARGIN", new_y="NEXT"
    )
    return bytes(pdf.output())
