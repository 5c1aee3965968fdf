"""Generated sign-in sheets, attendance and class-hour records, rosters and score sheets with handwritten
signatures, for the tests and for tuning ocr/signatures.py.

The faked-attendance pattern in the seed notices is one signature image repeated down a sheet (pasted in a
spreadsheet, or a name stamp), or one person signing for everybody. To tell those from a genuine sheet the
generator needs signatures that differ the way people do: each person has a "hand" (pen width, slant,
size, speed) and draws their own strokes, one glyph-like cluster per character of the name. A copied
signature is drawn once and pasted with the small shift, scale and turn that printing or stamping adds; a
sheet signed by one person keeps one hand and changes only the strokes. Photographing uses ocr.synthetic.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from ocr.synthetic.drawing import INK, PAGE_SIZE, draw_text
from ocr.synthetic.fonts import font
from ocr.synthetic.people import Person, format_date, random_person

# kind -> (title, headers, column widths as fractions of the table width)
LAYOUTS: dict[str, tuple[str, tuple[str, ...], tuple[float, ...]]] = {
    "sign_in": (
        "安全生产培训签到表",
        ("序号", "姓名", "身份证号码", "签到日期", "签名"),
        (0.07, 0.14, 0.33, 0.22, 0.24),
    ),
    "attendance": (
        "特种作业人员培训考勤表",
        ("序号", "姓名", "身份证号码", "日期", "学时", "本人签字"),
        (0.07, 0.13, 0.32, 0.2, 0.08, 0.2),
    ),
    "class_hour": (
        "安全培训学时记录表",
        ("序号", "姓名", "身份证号码", "培训日期", "学时", "学员签字"),
        (0.07, 0.13, 0.32, 0.2, 0.08, 0.2),
    ),
    "roster": (
        "培训学员信息汇总表",
        ("序号", "姓名", "性别", "身份证号码", "培训类别", "本人签字"),
        (0.07, 0.13, 0.08, 0.32, 0.2, 0.2),
    ),
    "score": (
        "考试成绩汇总表",
        ("序号", "姓名", "身份证号码", "理论成绩", "实操成绩", "签名"),
        (0.07, 0.14, 0.33, 0.13, 0.13, 0.2),
    ),
}
SIGNATURE_HEADERS = ("签名", "本人签字", "学员签字")
DATE_HEADERS = ("签到日期", "日期", "培训日期")
PEN_INKS = ((20, 30, 90), (15, 15, 20), (30, 40, 120), (40, 30, 30))


@dataclass(frozen=True)
class Hand:
    """How one person writes: what stays the same whatever they sign."""

    width: int  # pen stroke in page pixels
    slant: float  # shear of the strokes (x shift per unit of height)
    size: float  # height of the signature as a share of the cell
    spread: float  # width per character as a share of the height
    wobble: float  # how far the pen strays inside a glyph
    ink: tuple[int, int, int]
    strokes: tuple[int, int]  # strokes per glyph, min and max


def random_hand(rng: random.Random) -> Hand:
    return Hand(
        width=rng.randint(2, 5),
        slant=rng.uniform(-0.45, 0.45),
        size=rng.uniform(0.45, 0.85),
        spread=rng.uniform(0.55, 1.25),
        wobble=rng.uniform(0.5, 1.0),
        ink=rng.choice(PEN_INKS),
        strokes=rng.choice(((2, 3), (2, 4), (3, 5))),
    )


def _curve(points: Sequence[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A smooth pen path through `points` (Catmull-Rom)."""
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.asarray(p, float) for p in pts[i - 1 : i + 3])
        for k in range(steps):
            t = k / steps
            q = 0.5 * (
                2 * p1
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
            out.append((float(q[0]), float(q[1])))
    out.append(tuple(map(float, pts[-2])))  # type: ignore[arg-type]
    return out


def signature_mask(hand: Hand, name: str, height: int, rng: random.Random) -> Image.Image:
    """One signature as an ink mask ("L", 255 = ink), `height` pixels tall; the width follows the name."""
    glyphs = max(1, len(name))
    h = max(8, int(height * hand.size))
    gw = h * hand.spread
    pad = hand.width * 2 + int(abs(hand.slant) * h) + 4
    w = int(gw * glyphs + gw * 0.4) + 2 * pad
    mask = Image.new("L", (w, h + 2 * pad), 0)
    d = ImageDraw.Draw(mask)

    def at(x: float, y: float) -> tuple[float, float]:
        return (pad + x + hand.slant * (h - y), pad + y)

    tail: tuple[float, float] | None = None
    for g in range(glyphs):
        x0 = g * gw
        lo, hi = hand.strokes
        for s in range(rng.randint(lo, hi)):
            n = rng.randint(3, 5)
            pts = [
                (
                    x0 + gw * rng.uniform(0.05, 0.95) * hand.wobble + gw * (1 - hand.wobble) / 2,
                    h * rng.uniform(0.05, 0.95),
                )
                for _ in range(n)
            ]
            if s == 0 and tail is not None and rng.random() < 0.6:  # cursive: joined to the last glyph
                pts.insert(0, tail)
            d.line([at(*p) for p in _curve(pts)], fill=255, width=hand.width, joint="curve")
            tail = pts[-1]
    if rng.random() < 0.5:  # a flourish under the name
        y = h * rng.uniform(0.75, 1.0)
        d.line(
            [
                at(*p)
                for p in _curve([(0, y), (gw * glyphs * 0.5, y + h * 0.08), (gw * glyphs * 1.1, y - h * 0.1)])
            ],
            fill=255,
            width=max(1, hand.width - 1),
            joint="curve",
        )
    return mask.crop(mask.getbbox() or (0, 0, w, h))


def jittered(mask: Image.Image, rng: random.Random, amount: float = 1.0) -> Image.Image:
    """The same signature image as a copy or stamp leaves it: slightly scaled and turned."""
    scale = 1 + rng.uniform(-0.06, 0.06) * amount
    size = (max(4, round(mask.width * scale)), max(4, round(mask.height * scale)))
    out = mask.resize(size, Image.BILINEAR).rotate(rng.uniform(-3, 3) * amount, Image.BILINEAR, expand=True)
    return out.crop(out.getbbox() or (0, 0, *out.size))


def _paste_ink(img: Image.Image, mask: Image.Image, box: tuple[float, float, float, float], ink, rng) -> None:
    """Lays the mask into the cell `box`, at a random place inside it, scaled down if it does not fit."""
    x0, y0, x1, y1 = box
    cw, ch = x1 - x0, y1 - y0
    factor = min(1.0, cw / mask.width, ch / mask.height)
    if factor < 1.0:
        mask = mask.resize(
            (max(1, int(mask.width * factor)), max(1, int(mask.height * factor))), Image.BILINEAR
        )
    x = x0 + rng.uniform(0, max(0.0, cw - mask.width))
    y = y0 + rng.uniform(0, max(0.0, ch - mask.height))
    img.paste(Image.new("RGB", mask.size, ink), (int(x), int(y)), mask)


@dataclass
class SheetRow:
    person: Person
    signed: bool = True
    date: str | None = None
    hours: int | None = None
    score: int | None = None


@dataclass
class RenderedSheet:
    image: Image.Image
    kind: str
    title: str
    date: str
    rows: list[SheetRow] = field(default_factory=list)
    copied: list[int] = field(default_factory=list)  # 0-based rows carrying the repeated signature image
    one_hand: bool = False


def sheet_rows(
    rng: random.Random, count: int, *, date: str = "2026-11-30", unsigned: int = 0
) -> list[SheetRow]:
    """`count` people; the last `unsigned` rows left unsigned."""
    return [
        SheetRow(
            random_person(rng),
            signed=k < count - unsigned,
            date=date,
            hours=rng.choice((4, 8)),
            score=rng.randint(55, 98),
        )
        for k in range(count)
    ]


def render_sheet(
    kind: str,
    rows: list[SheetRow],
    rng: random.Random,
    *,
    date: str = "2026-11-30",
    copied: Sequence[int] = (),
    one_hand: bool = False,
    shared_pen: bool = False,
    row_height: int = 110,
    organisation: str = "石家庄市安全生产培训中心",
) -> RenderedSheet:
    """A ruled form on a page (A4 at 200 dpi, taller when the rows need it).

    `copied`: rows (0-based) whose signature is one image pasted again; `one_hand`: every signature
    drawn in the same hand; `shared_pen`: genuine signatures, but everyone used the same pen.
    """
    title, headers, widths = LAYOUTS[kind]
    pw = PAGE_SIZE[0]
    top = 340
    ph = max(PAGE_SIZE[1], top + (len(rows) + 1) * row_height + 120)
    img = Image.new("RGB", (pw, ph), (250, 250, 248))
    d = ImageDraw.Draw(img)
    tw = d.textlength(title, font=font(64, bold=True))
    draw_text(d, ((pw - tw) / 2, 120), title, 64, bold=True)
    draw_text(d, (120, 250), f"培训机构：{organisation}", 38)
    draw_text(d, (1000, 250), f"日期：{format_date(date, 'cn')}", 38)
    left, right = 100, pw - 100
    xs = [float(left)]
    for frac in widths:
        xs.append(xs[-1] + frac * (right - left))
    n = len(rows) + 1
    for k in range(n + 1):
        d.line((left, top + k * row_height, right, top + k * row_height), fill=INK, width=3)
    for x in xs:
        d.line((x, top, x, top + n * row_height), fill=INK, width=3)
    text_size = min(40, int(row_height * 0.36))

    def cell(col: int, r: int, text: str, size: int) -> None:
        width = d.textlength(text, font=font(size))
        cx = (xs[col] + xs[col + 1]) / 2 - width / 2
        draw_text(d, (cx, top + r * row_height + (row_height - size) / 2 - size * 0.15), text, size)

    for col, head in enumerate(headers):
        cell(col, 0, head, text_size)
    one = random_hand(rng)
    pen = random_hand(rng)
    copy_hand = random_hand(rng)
    copy_mask = signature_mask(copy_hand, "签名", int(row_height * 0.8), rng) if copied else None
    for r, row in enumerate(rows, start=1):
        day = row.date or date
        values = {
            "序号": str(r),
            "姓名": row.person.name,
            "性别": row.person.sex,
            "身份证号码": row.person.id_number,
            "培训类别": rng.choice(("电工作业", "焊接与热切割作业", "高处作业")),
            "理论成绩": "" if row.score is None else str(row.score),
            "实操成绩": "" if row.score is None else str(rng.randint(60, 100)),
            "学时": "" if row.hours is None else str(row.hours),
            **{h: format_date(day, "dash") for h in DATE_HEADERS},
        }
        for col, head in enumerate(headers):
            if head in SIGNATURE_HEADERS:
                if not row.signed:
                    continue
                box = (
                    xs[col] + 12,
                    top + r * row_height + 8,
                    xs[col + 1] - 12,
                    top + (r + 1) * row_height - 8,
                )
                if copy_mask is not None and r - 1 in copied:
                    _paste_ink(img, jittered(copy_mask, rng), box, copy_hand.ink, rng)
                    continue
                hand = one if one_hand else random_hand(rng)
                if shared_pen:
                    hand = Hand(
                        pen.width, hand.slant, hand.size, hand.spread, hand.wobble, pen.ink, hand.strokes
                    )
                mask = signature_mask(hand, row.person.name, int(row_height * 0.8), rng)
                _paste_ink(img, mask, box, hand.ink, rng)
                continue
            size = int(text_size * 0.9) if head == "身份证号码" else text_size
            cell(col, r, values[head], size)
    return RenderedSheet(img, kind, title, date, rows, sorted(copied), one_hand)


def expected_rows(sheet: RenderedSheet) -> list[dict]:
    """What extract_rows should read from the sheet, row by row."""
    out = []
    for row in sheet.rows:
        item: dict = {"name": row.person.name, "id_number": row.person.id_number, "signed": row.signed}
        headers = LAYOUTS[sheet.kind][1]
        if any(h in headers for h in DATE_HEADERS):
            item["date"] = row.date or sheet.date
        out.append(item)
    return out


# --------------------------------------------------------------------------- bad photos


def screen_moire(bgr: np.ndarray, rng: random.Random, strength: float = 0.35) -> np.ndarray:
    """A phone photo of a monitor: the screen's pixel grid beating against the camera's sensor. What shows
    is rainbow fringes tens of pixels apart, curved by the lens, each colour channel shifted (the screen's
    red, green and blue sub-pixels sit side by side), over the fine grid of the screen's own pixels."""
    h, w = bgr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = bgr.astype(np.float32)
    angle = rng.uniform(0, math.pi)
    period = rng.uniform(18.0, 45.0) * max(h, w) / 2000
    bend = rng.uniform(2.0, 6.0)  # fringes gained across the picture by the lens' curvature
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
    radial = ((xx - cx) ** 2 + (yy - cy) ** 2) / float(max(h, w)) ** 2
    phase = (xx * math.cos(angle) + yy * math.sin(angle)) * math.tau / period + bend * math.tau * radial
    for channel in range(3):
        wave = np.sin(phase + channel * math.tau / 3)
        out[..., channel] *= 1 - strength * 0.5 * (1 + wave)
    pitch = rng.choice((3, 4))
    grid = 1 - 0.15 * strength / 0.35 * ((xx.astype(int) % pitch == 0) | (yy.astype(int) % pitch == 0))
    out *= np.clip(grid, 0.3, 1.0)[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def upside_down(bgr: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(bgr[::-1, ::-1])
