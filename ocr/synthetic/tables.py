"""Grid-ruled A4 forms (sign-in sheet, training roster, score sheet) with known rows and signatures.

The table reader is tested against these; the hand-signed sheets with copied signatures are drawn by
ocr.synthetic_sheets instead.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from ocr.synthetic.drawing import INK, PAGE_SIZE, draw_text
from ocr.synthetic.fonts import font
from ocr.synthetic.people import Person, format_date


@dataclass
class TableRowTruth:
    person: Person
    signed: bool = True
    score: int | None = None
    date: str | None = None

    def expected(self) -> dict:
        out = {"name": self.person.name, "id_number": self.person.id_number, "signed": self.signed}
        if self.score is not None:
            out["score"] = self.score
        return out


@dataclass
class RenderedTable:
    image: Image.Image
    title: str
    date: str
    rows: list[TableRowTruth] = field(default_factory=list)

    def truth(self) -> list[dict]:
        return [r.expected() for r in self.rows]


def _scribble(d: ImageDraw.ImageDraw, box: tuple[float, float, float, float], rng: random.Random) -> None:
    """A handwritten signature: a few connected pen strokes, not characters the OCR would read."""
    x0, y0, x1, y1 = box
    ink = rng.choice(((20, 30, 90), (15, 15, 20), (30, 40, 120)))
    x = x0 + (x1 - x0) * rng.uniform(0.1, 0.25)
    end = x0 + (x1 - x0) * rng.uniform(0.6, 0.85)
    mid = (y0 + y1) / 2
    amp = (y1 - y0) * 0.3
    pts = []
    t = 0.0
    while x < end:
        pts.append((x, mid + amp * math.sin(t) * rng.uniform(0.5, 1.0)))
        x += rng.uniform(4, 9)
        t += rng.uniform(0.6, 1.4)
    d.line(pts, fill=ink, width=rng.randint(3, 5), joint="curve")


def render_table(
    kind: str,
    rows: list[TableRowTruth],
    rng: random.Random,
    *,
    date: str = "2024-05-20",
    organisation: str = "石家庄市安全生产培训中心",
) -> RenderedTable:
    """A sign-in sheet, a training roster or a score sheet on an A4 page, grid-ruled.

    `kind` is "sign_in", "roster" or "score"; the columns follow the forms in seed 004's archive list.
    """
    layouts = {
        "sign_in": (
            "安全生产培训签到表",
            ("序号", "姓名", "身份证号码", "单位", "签名"),
            (0.07, 0.14, 0.33, 0.24, 0.22),
        ),
        "roster": (
            "培训学员信息汇总表",
            ("序号", "姓名", "性别", "身份证号码", "培训类别", "本人签字"),
            (0.07, 0.13, 0.08, 0.32, 0.22, 0.18),
        ),
        "score": (
            "考试成绩汇总表",
            ("序号", "姓名", "身份证号码", "理论成绩", "实操成绩", "签名"),
            (0.07, 0.14, 0.33, 0.14, 0.14, 0.18),
        ),
    }
    title, headers, widths = layouts[kind]
    pw, _ph = PAGE_SIZE
    img = Image.new("RGB", PAGE_SIZE, (250, 250, 248))
    d = ImageDraw.Draw(img)
    tw = d.textlength(title, font=font(64, bold=True))
    draw_text(d, ((pw - tw) / 2, 120), title, 64, bold=True)
    draw_text(d, (120, 250), f"培训机构：{organisation}", 38)
    draw_text(d, (1000, 250), f"日期：{format_date(date, 'cn')}", 38)
    left, right, top = 100, pw - 100, 340
    row_h = 110
    xs = [left]
    for frac in widths:
        xs.append(xs[-1] + frac * (right - left))
    n = len(rows) + 1
    for k in range(n + 1):
        d.line((left, top + k * row_h, right, top + k * row_h), fill=INK, width=3)
    for x in xs:
        d.line((x, top, x, top + n * row_h), fill=INK, width=3)

    def cell(col: int, r: int, text: str, size: int = 40) -> None:
        tw = d.textlength(text, font=font(size))
        cx = (xs[col] + xs[col + 1]) / 2 - tw / 2
        draw_text(d, (cx, top + r * row_h + (row_h - size) / 2 - 6), text, size)

    for col, head in enumerate(headers):
        cell(col, 0, head, 40)
    orgs = ("华北建工集团", "冀中电力公司", "恒信化工", "中铁十局", "宏达焊接厂")
    for r, row in enumerate(rows, start=1):
        values = {
            "序号": str(r),
            "姓名": row.person.name,
            "性别": row.person.sex,
            "身份证号码": row.person.id_number,
            "单位": rng.choice(orgs),
            "培训类别": rng.choice(("电工作业", "焊接与热切割作业", "高处作业")),
            "理论成绩": "" if row.score is None else str(row.score),
            "实操成绩": "" if row.score is None else str(rng.randint(60, 100)),
        }
        for col, head in enumerate(headers):
            if head in ("签名", "本人签字"):
                if row.signed:
                    _scribble(
                        d,
                        (xs[col] + 10, top + r * row_h + 15, xs[col + 1] - 10, top + (r + 1) * row_h - 15),
                        rng,
                    )
                continue
            size = 36 if head == "身份证号码" else 40
            cell(col, r, values[head], size)
    return RenderedTable(img, title, date, rows)
