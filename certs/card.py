"""Electronic certificate cards: the front of the new-style card with its signed QR code, as a PNG.

The layout follows the 2019 IC-card style 特种作业操作证 (title band, photo on the left, fields, the QR on
the right) at ID-1 proportions, 1712 x 1080 px (about 500 dpi). The QR is drawn module by module at a
whole number of pixels per module, so a rendered card is as easy to decode as a printed one.
Safety-management (安全生产知识和管理能力考核合格证) and team-leader cards share the layout with
their own titles and labels.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw, ImageFont

from certs.fonts import font
from certs.masking import mask_cert_no
from certs.qr import make_qr_matrix
from certs.registry import RegistryRecord

WIDTH, HEIGHT = 1712, 1080
QR_BOX = 430  # target size of the code in pixels, quiet zone included
MARGIN = 70

TITLES = {
    "special_operation": "中华人民共和国特种作业操作证",
    "safety_management": "安全生产知识和管理能力考核合格证",
    "team_leader": "班组长安全培训合格证",
}
CATEGORY_LABELS = {
    "special_operation": ("作业类别", "操作项目"),
    "safety_management": ("人员类型", "行业类别"),
    "team_leader": ("岗位类别", "工种"),
}
FOOTERS = {"special_operation": "中华人民共和国应急管理部监制"}

INK = (20, 24, 32)
LABEL = (54, 82, 120)
TITLE = (168, 18, 24)
PAPER = (236, 243, 250)
BAND = (214, 228, 243)


@dataclass(frozen=True, slots=True)
class CardData:
    cert_type: str
    name: str
    cert_no: str
    sex: str | None = None
    category: str | None = None
    item: str | None = None
    first_issued: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    review_due: date | None = None
    issuer: str | None = None
    photo: bytes | None = None  # an image for the photo box; a placeholder when None

    @classmethod
    def from_record(cls, record: RegistryRecord, *, mask_numbers: bool = False) -> CardData:
        """`mask_numbers` hides the ID number inside new-style certificate numbers (T + ID number), for
        cards that will be shared around; a real card prints the full number."""
        return cls(
            cert_type=record.cert_type,
            name=record.name,
            cert_no=mask_cert_no(record.cert_no) if mask_numbers else record.cert_no,
            sex=record.sex,
            category=record.category,
            item=record.item,
            first_issued=record.first_issued,
            valid_from=record.valid_from,
            valid_to=record.valid_to,
            review_due=record.review_due,
            issuer=record.issuer,
        )


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _rows(card: CardData) -> list[tuple[str, str]]:
    category_label, item_label = CATEGORY_LABELS.get(card.cert_type, CATEGORY_LABELS["special_operation"])
    rows = [
        ("姓名", card.name),
        ("性别", card.sex or "—"),
        ("证号", card.cert_no),
        (category_label, card.category or "—"),
        (item_label, card.item or "—"),
        ("初领日期", _day(card.first_issued)),
        ("有效期", f"{_day(card.valid_from)} 至 {_day(card.valid_to)}"),
    ]
    if card.review_due:
        rows.append(("复审日期", _day(card.review_due)))
    rows.append(("签发机关", card.issuer or "—"))
    return rows


def _fitted(
    draw: ImageDraw.ImageDraw, text: str, size: int, width: int, bold: bool = False
) -> ImageFont.FreeTypeFont:
    """The largest font size up to `size` at which `text` fits `width` (long items and issuers)."""
    while size > 18:
        face = font(size, bold)
        if draw.textlength(text, font=face) <= width:
            return face
        size -= 2
    return font(size, bold)


def _draw_qr(canvas: Image.Image, qr_text: str, left: int, top: int) -> int:
    matrix = make_qr_matrix(qr_text)
    box = max(2, QR_BOX // len(matrix))
    size = box * len(matrix)
    modules = Image.new("1", (len(matrix), len(matrix)), 1)
    modules.putdata([0 if dark else 1 for row in matrix for dark in row])
    canvas.paste(modules.resize((size, size), Image.Resampling.NEAREST).convert("RGB"), (left, top))
    return size


def _draw_photo(
    canvas: Image.Image, draw: ImageDraw.ImageDraw, photo: bytes | None, box: tuple[int, int, int, int]
):
    left, top, right, bottom = box
    if photo:
        with Image.open(io.BytesIO(photo)) as image:
            canvas.paste(image.convert("RGB").resize((right - left, bottom - top)), (left, top))
        return
    draw.rectangle(box, fill=(222, 226, 232), outline=(150, 160, 175), width=3)
    middle = (left + right) // 2
    draw.ellipse((middle - 70, top + 70, middle + 70, top + 210), fill=(190, 196, 206))
    draw.rounded_rectangle(
        (middle - 120, top + 230, middle + 120, bottom - 20), radius=60, fill=(190, 196, 206)
    )
    draw.text((middle, bottom - 60), "照片", font=font(34), fill=(120, 128, 140), anchor="mm")


def render_card(cert: CardData, qr_text: str) -> bytes:
    """PNG bytes of the card's front.

    Raises FontMissing without fonts-noto-cjk and QrTooLarge when the text needs a QR version above 11.
    """
    canvas = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(canvas)
    for offset in range(-HEIGHT, WIDTH, 28):  # faint guilloche-like hatching, as on the printed card
        draw.line((offset, HEIGHT, offset + HEIGHT, 0), fill=(228, 237, 247), width=2)
    draw.rectangle((0, 0, WIDTH, 170), fill=BAND)
    draw.rectangle((12, 12, WIDTH - 13, HEIGHT - 13), outline=(120, 150, 190), width=4)
    title = TITLES.get(cert.cert_type, TITLES["special_operation"])
    draw.text(
        (WIDTH // 2, 92),
        title,
        font=_fitted(draw, title, 76, WIDTH - 2 * MARGIN, bold=True),
        fill=TITLE,
        anchor="mm",
    )

    _draw_photo(canvas, draw, cert.photo, (MARGIN, 230, MARGIN + 300, 630))

    qr_left, qr_top = WIDTH - MARGIN - QR_BOX, 205
    qr_size = _draw_qr(canvas, qr_text, qr_left, qr_top)
    draw.text(
        (qr_left + qr_size // 2, qr_top + qr_size + 30),
        "扫码核验 · 请核对持证人身份证",
        font=font(30),
        fill=LABEL,
        anchor="mm",
    )

    rows = _rows(cert)
    x_label, x_value = MARGIN + 340, MARGIN + 340 + 190
    top, step = 215, min(96, (HEIGHT - 215 - 110) // len(rows))
    for index, (label, value) in enumerate(rows):
        y = top + index * step
        right_edge = qr_left - 30 if y < qr_top + qr_size + 60 else WIDTH - MARGIN
        draw.text((x_label, y), label, font=font(36), fill=LABEL)
        draw.text((x_value, y - 4), value, font=_fitted(draw, value, 44, right_edge - x_value), fill=INK)
    footer = FOOTERS.get(cert.cert_type)
    if footer:
        draw.text((MARGIN, HEIGHT - 70), footer, font=font(28), fill=LABEL)

    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
