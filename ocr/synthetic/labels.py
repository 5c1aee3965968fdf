"""Label styles and the label/value setting shared by the certificate layouts.

Real cards space short labels out (姓　　名), print a colon or not, put the value under its label or at
the far edge, and put two fields on one row; the reader must find a field however its label is written.
`LabelStyle` says which, and the helpers here set rows of fields in it and return where each value went
(so a seal can be put over the issuer).
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass

from PIL import Image, ImageDraw

from ocr.synthetic.drawing import CARD_SIZE, LABEL_INK, draw_stamp, guilloche, styled_text
from ocr.synthetic.fonts import fit_size, text_width
from ocr.synthetic.people import CertificateTruth, format_date

FACES = ("sans", "serif", "bold", "hand", "kai", "kaiti", "song", "oblique")


@dataclass(frozen=True)
class LabelStyle:
    """How labels and values are set on one card."""

    spacing: str = "none"  # none | space (姓 名) | fullwidth (姓　名) | align (姓　　名: padded to 4 wide)
    colon: str = "："  # "：", ":" or ""
    below: bool = False  # the value on the row under its label
    pairs: bool = True  # 姓名 and 性别 on one row
    face: str = "sans"  # sans | serif | bold | hand (each glyph jittered, like a hand-filled card) | the
    # other faces of fonts.OTHER_FACES
    right: bool = False  # values right-aligned at the far edge (e-certificate apps)


def random_label_style(rng: random.Random, **fixed: object) -> LabelStyle:
    style = LabelStyle(
        spacing=rng.choice(("none", "none", "space", "fullwidth", "align")),
        colon=rng.choice(("：", "：", ":", "")),
        below=rng.random() < 0.25,
        pairs=rng.random() < 0.6,
        face=rng.choice(FACES),
        right=False,
    )
    return LabelStyle(**{**asdict(style), **fixed})


def spaced_label(label: str, spacing: str) -> str:
    """A label as printed: 姓名, 姓 名, 姓　名 or, aligned to four-character labels, 姓　　名."""
    if spacing == "space":
        return " ".join(label)
    if spacing == "fullwidth":
        return "\u3000".join(label)
    if spacing == "align" and len(label) == 2:
        return label[0] + "\u3000\u3000" + label[1]
    if spacing == "align" and len(label) == 3:
        return "\u3000".join(label)
    return label


def print_rows(
    img: Image.Image,
    rows: list[list[tuple[str, str]]],
    style: LabelStyle,
    rng: random.Random,
    *,
    box: tuple[int, int, int, int],
    label_size: int = 44,
    value_size: int = 48,
    label_ink: tuple[int, int, int] = LABEL_INK,
) -> dict[str, tuple[int, int, int, int]]:
    """Sets label/value rows inside `box` (x0, y0, x1, y1) in the style; returns each label's value box."""
    x0, y0, x1, y1 = box
    n_lines = sum(2 if style.below else 1 for _ in rows)
    pitch = min(int(label_size * 2.6), (y1 - y0) // max(1, n_lines))
    labels = [spaced_label(label, style.spacing) for row in rows for label, _ in row]
    label_w = max(text_width(lab + style.colon, label_size, style.face) for lab in labels)
    value_x = x0 + label_w + label_size * 0.6
    where: dict[str, tuple[int, int, int, int]] = {}
    y = y0
    for row in rows:
        x = x0
        for k, (label, value) in enumerate(row):
            shown = spaced_label(label, style.spacing) + style.colon
            if k > 0:
                x = max(x + label_size * 1.5, x0 + (x1 - x0) * 0.62)
            lx = x
            end = styled_text(img, (lx, y), shown, label_size, style.face, rng, fill=label_ink)
            if style.below:
                vx, vy = lx + rng.uniform(0, label_size * 0.5), y + pitch * 0.95
            elif k == 0 and len(row) == 1 and not style.right:
                vx, vy = max(value_x, end + label_size * 0.4), y - 3
            else:
                vx, vy = end + label_size * 0.5, y - 3
            room = (x0 + (x1 - x0) * 0.6 if len(row) > 1 and k == 0 else x1) - vx
            size = fit_size(value, value_size, style.face, room)
            if style.right and not style.below:
                vx = x1 - text_width(value, size, style.face)
            vend = styled_text(img, (vx, vy), value, size, style.face, rng)
            where[label] = (int(vx), int(vy), int(vend), int(vy + size))
            x = vend
        y += pitch * (2 if style.below else 1)
    return where


def card_base(
    rng: random.Random, size: tuple[int, int] = CARD_SIZE
) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    tint = rng.choice(((250, 250, 246), (242, 247, 252), (252, 248, 240), (246, 250, 244)))
    img = Image.new("RGB", size, tint)
    guilloche(img, rng, tuple(max(0, c - 14) for c in tint))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, size[0] - 1, size[1] - 1), outline=(120, 130, 160), width=6)
    return img, d


def draw_title(
    img: Image.Image, text: str, y: int, size: int, rng: random.Random, face: str = "bold"
) -> None:
    d = ImageDraw.Draw(img)
    size = fit_size(text, size, face, img.width - 120, floor=30)
    w = text_width(text, size, face)
    styled_text(img, ((img.width - w) / 2, y), text, size, face if face != "hand" else "bold", rng,
                fill=rng.choice(((20, 40, 110), (30, 30, 30), (150, 30, 30))))  # fmt: skip
    d.line((60, y + size + 24, img.width - 60, y + size + 24), fill=(120, 130, 160), width=3)


def validity_text(truth: CertificateTruth | dict, style: str, rng: random.Random) -> str:
    start = truth["valid_from"] if isinstance(truth, dict) else truth.valid_from
    end = truth["valid_to"] if isinstance(truth, dict) else truth.valid_to
    sep = (
        rng.choice(("至", " 至 ", "—", "-", "～")) if style != "dash" else rng.choice(("至", " 至 ", " ～ "))
    )
    return f"{format_date(start, style)}{sep}{format_date(end, style)}"


def stamp_over(img: Image.Image, where: tuple[int, int, int, int], text: str, rng: random.Random) -> None:
    x0, y0, x1, y1 = where
    cx = rng.uniform(x0 + 40, max(x0 + 41, min(img.width - 150, x1 + 30)))
    cy = rng.uniform(y0 - 80, y1 + 20)
    draw_stamp(img, (cx, cy), rng.uniform(120, 170), text, rng)


def two_columns(img, rows, style, rng, box) -> dict[str, tuple[int, int, int, int]]:
    """Label-over-value fields in two columns (long values in the full width), for cards too small to
    give every field two rows."""
    x0, y0, x1, y1 = box
    flat = [pair for row in rows for pair in row]
    long = {"证号", "作业类别", "操作项目", "有效期限", "有效期", "签发机关", "单位名称", "单位", "行业类别",
            "身份证号", "公民身份号码", "证书编号"}  # fmt: skip
    lines: list[list[tuple[str, str]]] = []
    pending: list[tuple[str, str]] = []
    for pair in flat:
        if pair[0] in long or len(pair[1]) > 9:
            if pending:
                lines.append(pending)
                pending = []
            lines.append([pair])
        else:
            pending.append(pair)
            if len(pending) == 2:
                lines.append(pending)
                pending = []
    if pending:
        lines.append(pending)
    pitch = (y1 - y0) / max(1, len(lines))
    label_size = int(min(40, pitch * 0.36))
    value_size = int(min(46, pitch * 0.42))
    where = {}
    for r, line in enumerate(lines):
        y = y0 + r * pitch
        for k, (label, value) in enumerate(line):
            x = x0 + k * (x1 - x0) * 0.5
            styled_text(img, (x, y), spaced_label(label, style.spacing) + style.colon, label_size, style.face,
                        rng, fill=LABEL_INK)  # fmt: skip
            room = (x1 - x0) * (0.48 if len(line) > 1 else 1.0)
            size = fit_size(value, value_size, style.face, room)
            vy = y + label_size * 1.45
            end = styled_text(img, (x, vy), value, size, style.face, rng)
            where[label] = (int(x), int(vy), int(end), int(vy + size))
    return where
