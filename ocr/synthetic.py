"""Rendered documents with known content, shared by the OCR tests and the OCR benchmark.

Real site photos carry personal data and cannot be kept in the repository, so the tests and the benchmark
draw their own: a 特种作业操作证 card, an ID card, sign-in sheets, rosters and score sheets, and then
"photograph" them the way inspectors do (tilted, in perspective, unevenly lit, blurred, JPEG-compressed,
with a red seal over the text). Everything is driven by a `random.Random` so a seed reproduces a set.
Fonts come from fonts-noto-cjk; without them nothing here can render Chinese, so that is an error.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from stdnum.cn import ric

from ocr.catalog import SPECIAL_OPERATIONS
from ocr.certificates import LAYOUT_FIELDS

FONT_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto-cjk"),
    Path("/usr/share/fonts"),
)
CARD_SIZE = (1712, 1080)  # 85.6 x 54 mm at 20 px/mm
PAGE_SIZE = (1654, 2339)  # A4 at 200 dpi

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉玲华建国文斌波宇浩鹏飞凯红燕萍琳晨欣怡轩涵泽俊峰志海春梅兰"
    "丹新亮成林雪琴云龙鑫佳婷宁安立德光永胜利"
)
REGIONS = (
    "110101", "110105", "120101", "310101", "310104", "130102", "130104", "130203", "130602", "210102",
    "220102", "230102", "320102", "320106", "330102", "330106", "340102", "350102", "360102", "370102",
    "410102", "420102", "430102", "440103", "440104", "450102", "520102", "530102", "610102", "620102",
)  # fmt: skip
ISSUERS = (
    "北京市应急管理局", "天津市应急管理局", "河北省应急管理厅", "山西省应急管理厅", "辽宁省应急管理厅",
    "江苏省应急管理厅", "浙江省应急管理厅", "安徽省应急管理厅", "山东省应急管理厅", "河南省应急管理厅",
    "湖北省应急管理厅", "湖南省应急管理厅", "广东省应急管理厅", "四川省应急管理厅", "陕西省应急管理厅",
    "石家庄市应急管理局", "唐山市应急管理局", "保定市应急管理局", "苏州市应急管理局", "佛山市应急管理局",
    "河北省安全生产监督管理局", "江苏省安全生产监督管理局",
)  # fmt: skip
DATE_STYLES = ("dash", "dot", "cn", "cn_nopad")

INK = (25, 25, 30)
LABEL_INK = (40, 50, 90)
STAMP_RED = (215, 35, 45)


# --------------------------------------------------------------------------- fonts


@functools.cache
def _font_file(bold: bool, serif: bool) -> tuple[str, int]:
    """The Noto CJK collection file and the index of its Simplified Chinese face."""
    family = "Serif" if serif else "Sans"
    weight = "Bold" if bold else "Regular"
    for directory in FONT_DIRS:
        for path in sorted(directory.rglob(f"Noto{family}CJK*-{weight}.tt[cf]")):
            for index in range(10):
                try:
                    face = ImageFont.truetype(str(path), 12, index=index)
                except OSError:
                    break
                if face.getname()[0].endswith("CJK SC"):
                    return str(path), index
    raise FileNotFoundError(
        f"Noto {family} CJK SC {weight} not found under {', '.join(map(str, FONT_DIRS))}: "
        "install the Debian package fonts-noto-cjk"
    )


@functools.cache
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path, index = _font_file(bold, serif)
    return ImageFont.truetype(path, size, index=index)


def fonts_available() -> bool:
    try:
        _font_file(False, False)
    except FileNotFoundError:
        return False
    return True


# --------------------------------------------------------------------------- people and certificates


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    id_number: str

    @property
    def birth(self) -> str:
        return f"{self.id_number[6:10]}-{self.id_number[10:12]}-{self.id_number[12:14]}"


@dataclass(frozen=True)
class CertificateTruth:
    """What is printed on a rendered certificate, with the registry's column names."""

    cert_no: str
    name: str
    sex: str
    category: str
    item: str
    first_issued: str
    valid_from: str
    valid_to: str
    issuer: str
    id_number: str = ""

    FIELDS = (
        "cert_no",
        "name",
        "sex",
        "category",
        "item",
        "first_issued",
        "valid_from",
        "valid_to",
        "issuer",
    )

    def fields(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in self.FIELDS}


def random_person(rng: random.Random) -> Person:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    sex = rng.choice("男女")
    while True:
        birth = dt.date(rng.randint(1966, 2002), rng.randint(1, 12), rng.randint(1, 28))
        order = rng.randrange(0, 999, 1)
        if (order % 2 == 1) != (sex == "男"):
            order = order + 1 if order < 998 else order - 1
        body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{order:03d}"
        number = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(number):
            return Person(name, sex, number)


def random_certificate(rng: random.Random, person: Person | None = None) -> CertificateTruth:
    person = person or random_person(rng)
    category = rng.choice(tuple(SPECIAL_OPERATIONS))
    item = rng.choice(SPECIAL_OPERATIONS[category])
    first = dt.date(rng.randint(2010, 2023), rng.randint(1, 12), rng.randint(1, 28))
    renewals = rng.choice((0, 0, 1)) if first.year < 2018 else 0
    start = first.replace(year=first.year + 6 * renewals)
    end = start.replace(year=start.year + 6)
    return CertificateTruth(
        cert_no="T" + person.id_number,
        name=person.name,
        sex=person.sex,
        category=category,
        item=item,
        first_issued=first.isoformat(),
        valid_from=start.isoformat(),
        valid_to=end.isoformat(),
        issuer=rng.choice(ISSUERS),
        id_number=person.id_number,
    )


def format_date(iso: str, style: str) -> str:
    """How a date is printed: the forms seen on real cards and sheets."""
    day = dt.date.fromisoformat(iso)
    if style == "dot":
        return f"{day:%Y.%m.%d}"
    if style == "cn":
        return f"{day:%Y年%m月%d日}"
    if style == "cn_nopad":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


# --------------------------------------------------------------------------- drawing helpers


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, **kw) -> float:
    """Draws text with its top-left at xy and returns the x just after it."""
    face = font(size, bold=kw.pop("bold", False), serif=kw.pop("serif", False))
    draw.text(xy, text, font=face, fill=kw.pop("fill", INK), **kw)
    return xy[0] + draw.textlength(text, font=face)


def _portrait(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A plain head-and-shoulders silhouette: a photo area with no text in it."""
    w, h = size
    bg = rng.choice(((70, 120, 200), (235, 235, 240), (200, 40, 40)))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    skin = (rng.randint(200, 240), rng.randint(170, 200), rng.randint(140, 170))
    d.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.58), fill=skin)
    d.ellipse((w * 0.28, h * 0.1, w * 0.72, h * 0.32), fill=(30, 25, 25))
    d.chord((w * 0.05, h * 0.6, w * 0.95, h * 1.4), 180, 360, fill=rng.choice(((30, 30, 40), (60, 60, 90))))
    return img


def _qr(text: str, size: int) -> Image.Image:
    import qrcode

    code = qrcode.QRCode(border=1, box_size=4)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").convert("RGB").resize((size, size))


def _guilloche(img: Image.Image, rng: random.Random, color: tuple[int, int, int]) -> None:
    """The faint security pattern printed under a card's text."""
    d = ImageDraw.Draw(img)
    w, h = img.size
    for k in range(14):
        phase = rng.random() * math.tau
        amp = h * (0.03 + 0.02 * rng.random())
        base = h * (k + 0.5) / 14
        pts = [(x, base + amp * math.sin(x / w * math.tau * 3 + phase)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=color, width=2)


def draw_stamp(
    img: Image.Image, center: tuple[float, float], radius: float, text: str, rng: random.Random
) -> None:
    """A round red official seal (公章): ring, star, text along the arc; multiplied over the ink below."""
    r = int(radius)
    layer = Image.new("L", (2 * r + 4, 2 * r + 4), 0)
    d = ImageDraw.Draw(layer)
    c = r + 2
    ring = max(3, r // 14)
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=ring)
    star_r = r * 0.28
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = star_r if k % 2 == 0 else star_r * 0.4
        pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(pts, fill=255)
    size = max(10, int(r * 0.26))
    face = font(size, bold=True)
    span = math.radians(250)
    n = max(len(text), 1)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (size + 6, size + 6), 0)
        ImageDraw.Draw(glyph).text((3, 0), ch, font=face, fill=255)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        gx = c + (r - ring - size * 0.75) * math.cos(ang) - glyph.width / 2
        gy = c + (r - ring - size * 0.75) * math.sin(ang) - glyph.height / 2
        layer.paste(255, (int(gx), int(gy)), glyph)
    bottom = "专用章"
    bface = font(int(size * 0.9), bold=True)
    bw = d.textlength(bottom, font=bface)
    d.text((c - bw / 2, c + r * 0.38), bottom, font=bface, fill=255)
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    # Seal ink is uneven: some strokes print faintly.
    noise = np.asarray(layer, np.float32) / 255.0
    noise *= np.clip(
        rng.uniform(0.7, 0.95)
        + 0.25 * np.random.default_rng(rng.randrange(1 << 30)).standard_normal(noise.shape),
        0.3,
        1.0,
    )
    alpha = noise[..., None]
    x0, y0 = int(center[0] - c), int(center[1] - c)
    base = np.asarray(img, np.float32)
    h, w = base.shape[:2]
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(w, x0 + layer.width), min(h, y0 + layer.height)
    if xe <= xs or ye <= ys:
        return
    a = alpha[ys - y0 : ye - y0, xs - x0 : xe - x0]
    tint = np.array(STAMP_RED, np.float32) / 255.0
    region = base[ys:ye, xs:xe]
    base[ys:ye, xs:xe] = region * (1 - a) + region * tint * a
    img.paste(Image.fromarray(base.astype(np.uint8)))


# --------------------------------------------------------------------------- documents


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
    _guilloche(img, rng, tuple(max(0, c - 14) for c in tint))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w - 1, h - 1), outline=(120, 130, 160), width=6)
    title = "中华人民共和国特种作业操作证"
    tsize = 70
    tw = d.textlength(title, font=font(tsize, bold=True))
    _text(d, ((w - tw) / 2, 48), title, tsize, bold=True, fill=rng.choice(((20, 40, 110), (30, 30, 30))))
    d.line((60, 150, w - 60, 150), fill=(120, 130, 160), width=3)
    photo = _portrait((340, 440), rng)
    img.paste(photo, (80, 200))
    img.paste(_qr(f"https://cx.mem.gov.cn/?no={truth.cert_no}", 230), (135, 700))

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
            _text(d, (x, y + 3), label + colon.strip(), label_size, fill=LABEL_INK)
            vx = x_value if k == 0 else x + d.textlength(label + "：", font=font(label_size)) + 24
            size = value_size if d.textlength(value, font=font(value_size)) < w - vx - 40 else value_size - 8
            x = _text(d, (vx, y), value, size)
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
    _guilloche(img, rng, (220, 228, 236))
    d = ImageDraw.Draw(img)
    birth = dt.date.fromisoformat(person.birth)
    y = 110
    _text(d, (120, y), "姓名", 46, fill=(60, 110, 170))
    _text(d, (300, y - 4), person.name, 56)
    y += 120
    _text(d, (120, y), "性别", 46, fill=(60, 110, 170))
    _text(d, (300, y - 2), person.sex, 50)
    _text(d, (480, y), "民族", 46, fill=(60, 110, 170))
    _text(d, (640, y - 2), "汉", 50)
    y += 120
    _text(d, (120, y), "出生", 46, fill=(60, 110, 170))
    _text(d, (300, y - 2), f"{birth.year}年{birth.month}月{birth.day}日", 50)
    y += 120
    _text(d, (120, y), "住址", 46, fill=(60, 110, 170))
    _text(d, (300, y - 2), address, 48)
    _text(d, (120, 880), "公民身份号码", 46, fill=(60, 110, 170))
    _text(d, (520, 876), person.id_number, 58)
    img.paste(_portrait((380, 470), rng), (1220, 160))
    return img


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
    _text(d, ((pw - tw) / 2, 120), title, 64, bold=True)
    _text(d, (120, 250), f"培训机构：{organisation}", 38)
    _text(d, (1000, 250), f"日期：{format_date(date, 'cn')}", 38)
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
        _text(d, (cx, top + r * row_h + (row_h - size) / 2 - 6), text, size)

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


# --------------------------------------------------------------------------- photographing


@dataclass(frozen=True)
class PhotoOptions:
    """How a document is photographed. Angles in degrees, `perspective` as a fraction of the card size."""

    long_side: int = 2000
    rotation: float = 0.0
    perspective: float = 0.0
    fill: float = 0.75
    blur: float = 0.0
    jpeg_quality: int = 90
    light: float = 0.0
    noise: float = 2.0
    background: tuple[int, int, int] = (110, 90, 70)
    landscape: bool = True

    def describe(self) -> dict:
        return asdict(self)


def random_photo_options(rng: random.Random, *, landscape: bool = True) -> PhotoOptions:
    return PhotoOptions(
        long_side=rng.randint(1280, 4000),
        rotation=rng.choice((0.0, rng.uniform(-4, 4), rng.uniform(-12, 12))),
        perspective=rng.choice((0.0, rng.uniform(0.02, 0.06), rng.uniform(0.04, 0.1))),
        fill=rng.uniform(0.6, 0.85),
        blur=rng.choice((0.0, rng.uniform(0.3, 1.0), rng.uniform(0.8, 1.6))),
        jpeg_quality=rng.choice((rng.randint(40, 60), rng.randint(60, 85), rng.randint(85, 95))),
        light=rng.choice((0.0, rng.uniform(0.2, 0.45), rng.uniform(0.35, 0.6))),
        noise=rng.uniform(1.0, 5.0),
        background=rng.choice(((110, 90, 70), (60, 60, 65), (160, 150, 140), (40, 60, 90), (90, 110, 80))),
        landscape=landscape,
    )


def photograph(document: Image.Image, options: PhotoOptions, rng: random.Random) -> np.ndarray:
    """Places the document on a desk and degrades it as a phone camera would. Returns a BGR array."""
    aspect = 4 / 3 if rng.random() < 0.7 else 16 / 9
    if options.landscape:
        W, H = options.long_side, int(options.long_side / aspect)
    else:
        W, H = int(options.long_side / aspect), options.long_side
    gen = np.random.default_rng(rng.randrange(1 << 30))
    small = gen.normal(0, 10, (max(2, H // 64), max(2, W // 64), 3)).astype(np.float32)
    desk = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC) + np.array(
        options.background[::-1], np.float32
    )

    src = np.asarray(document.convert("RGB"))[:, :, ::-1].astype(np.float32)
    dh, dw = src.shape[:2]
    scale = min(W * options.fill / dw, H * options.fill / dh)
    cw, ch = dw * scale, dh * scale
    ang = math.radians(options.rotation)
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    corners = corners @ rot.T
    jitter = options.perspective * max(cw, ch)
    corners += np.array([[rng.uniform(-jitter, jitter), rng.uniform(-jitter, jitter)] for _ in range(4)])
    # Keep the whole card in frame.
    span = corners.max(axis=0) - corners.min(axis=0)
    shrink = min(1.0, 0.96 * W / span[0], 0.96 * H / span[1])
    corners *= shrink
    center = np.array([W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H])
    corners += center
    corners[:, 0] -= min(0, corners[:, 0].min() - 4) + max(0, corners[:, 0].max() - W + 4)
    corners[:, 1] -= min(0, corners[:, 1].min() - 4) + max(0, corners[:, 1].max() - H + 4)
    m = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]]), corners.astype(np.float32)
    )
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)[..., None]
    photo = desk * (1 - mask) + warped * mask

    if options.light > 0:
        yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
        theta = rng.uniform(0, math.tau)
        ramp = (xx / W) * math.cos(theta) + (yy / H) * math.sin(theta)
        ramp = (ramp - ramp.min()) / max(1e-6, ramp.max() - ramp.min())
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
        spot = np.exp(-(((xx - sx) / (0.3 * W)) ** 2 + ((yy - sy) / (0.3 * H)) ** 2))
        gain = 1.0 - options.light * (0.7 * ramp + 0.3 * (1 - spot))
        gain = cv2.resize(gain, (W, H), interpolation=cv2.INTER_LINEAR)[..., None]
        photo *= gain
    if options.blur > 0:
        sigma = options.blur * options.long_side / 2000
        photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    photo += gen.normal(0, options.noise, (H, W, 1)).astype(np.float32)
    return np.clip(photo, 0, 255).astype(np.uint8)


def encode_jpeg(bgr: np.ndarray, quality: int = 90) -> bytes:
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return buf.tobytes()


def encode_png(image: Image.Image | np.ndarray) -> bytes:
    if isinstance(image, np.ndarray):
        image = Image.fromarray(image[:, :, ::-1] if image.ndim == 3 else image)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@dataclass
class CertificatePhoto:
    """One benchmark sample: the JPEG bytes and what should be read from them."""

    jpeg: bytes
    truth: CertificateTruth
    options: PhotoOptions
    stamp: bool


def certificate_photo(
    rng: random.Random,
    *,
    stamp: bool | None = None,
    options: PhotoOptions | None = None,
    layout: str | None = None,
) -> CertificatePhoto | LayoutPhoto:
    """A photo of a new-style card front as the first benchmark drew them (the same photo for the same
    seed); with `layout` (one of LAYOUTS, or "any" for a random one), a LayoutPhoto of that layout in a
    random label style instead."""
    if layout is not None:
        return layout_photo(rng, None if layout == "any" else layout, options=options, stamp=stamp)
    truth = random_certificate(rng)
    with_stamp = rng.random() < 0.7 if stamp is None else stamp
    card = render_certificate(truth, rng, stamp=with_stamp)
    opts = options or random_photo_options(rng)
    bgr = photograph(card.image, opts, rng)
    return CertificatePhoto(encode_jpeg(bgr, opts.jpeg_quality), truth, opts, with_stamp)


# --------------------------------------------------------------------------- layouts and label styles
#
# The development split: every certificate layout an inspector meets (see LAYOUTS), each printed in many
# ways, because the reader must find a field by its label however the label is written. Real cards space
# short labels out to the width of long ones (姓　　名), some print a colon and some do not, e-certificate
# apps put the value under its label or right-aligned at the far edge, and older cards put two fields on
# one row. The held-out test split is written elsewhere, with other fonts: nothing here should be tuned
# to it.

# What each layout prints is the reader's schema (ocr.certificates), not a copy of it here.
LAYOUTS = tuple(LAYOUT_FIELDS)
SO_FIELDS = LAYOUT_FIELDS["so_front"]
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐")
MINORITY_NAMES = ("阿不都·热合曼", "买买提·艾力", "古丽·阿不都", "扎西·多吉", "热依拉·买买提")
POSTS = ("主要负责人", "安全生产管理人员")
INDUSTRIES = (
    "危险化学品生产单位", "危险化学品经营单位", "金属非金属矿山", "烟花爆竹生产单位", "烟花爆竹经营单位",
    "金属冶炼单位", "石油天然气开采单位", "非煤矿山",
)  # fmt: skip
EMPLOYER_PLACES = (
    "石家庄",
    "唐山",
    "保定",
    "邯郸",
    "沧州",
    "廊坊",
    "苏州",
    "无锡",
    "佛山",
    "东莞",
    "济南",
    "郑州",
)
EMPLOYER_WORDS = (
    "恒达",
    "华信",
    "冀中",
    "宏远",
    "金石",
    "永安",
    "瑞丰",
    "中联",
    "泰和",
    "新源",
    "鑫盛",
    "天成",
)
EMPLOYER_KINDS = ("化工", "矿业", "冶金", "石化", "爆竹", "能源", "化学", "建材")
EMPLOYER_SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司", "有限责任公司")
PROVINCE_ABBR = ("冀", "苏", "浙", "鲁", "豫", "粤", "川", "晋", "辽", "皖")
FACES = ("sans", "serif", "bold", "hand")


@dataclass(frozen=True)
class LabelStyle:
    """How labels and values are set on one card."""

    spacing: str = "none"  # none | space (姓 名) | fullwidth (姓　名) | align (姓　　名: padded to 4 wide)
    colon: str = "："  # "：", ":" or ""
    below: bool = False  # the value on the row under its label
    pairs: bool = True  # 姓名 and 性别 on one row
    face: str = "sans"  # sans | serif | bold | hand (each glyph jittered, like a hand-filled card)
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


def random_name(rng: random.Random) -> str:
    """Names as they occur: mostly a surname and one or two characters, sometimes a compound surname
    (欧阳娜娜), now and then a minority name written with a middle dot."""
    roll = rng.random()
    if roll < 0.03:
        return rng.choice(MINORITY_NAMES)
    surname = rng.choice(COMPOUND_SURNAMES) if roll < 0.1 else rng.choice(SURNAMES)
    return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def random_employer(rng: random.Random) -> str:
    return (
        rng.choice(EMPLOYER_PLACES) + rng.choice(EMPLOYER_WORDS) + rng.choice(EMPLOYER_KINDS)
        + rng.choice(EMPLOYER_SUFFIXES)
    )  # fmt: skip


def _face(size: int, face: str) -> ImageFont.FreeTypeFont:
    return font(size, bold=face == "bold", serif=face in ("serif", "hand"))


def styled_text(
    img: Image.Image, xy: tuple[float, float], text: str, size: int, face: str, rng: random.Random, fill=INK
) -> float:
    """Draws `text` in the face; "hand" sets each glyph with its own small shift, tilt and scale. Returns
    the x just after it."""
    d = ImageDraw.Draw(img)
    if face != "hand":
        typeface = _face(size, face)
        d.text(xy, text, font=typeface, fill=fill)
        return xy[0] + d.textlength(text, font=typeface)
    x, y = xy
    for ch in text:
        s = max(8, int(size * rng.uniform(0.9, 1.08)))
        typeface = _face(s, "hand")
        advance = d.textlength(ch, font=typeface)
        if ch.strip():
            glyph = Image.new("L", (int(advance) + 8, s + 16), 0)
            ImageDraw.Draw(glyph).text((4, 2), ch, font=typeface, fill=255)
            glyph = glyph.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC, expand=False)
            ink = Image.new("RGB", glyph.size, fill)
            img.paste(ink, (int(x + rng.uniform(-2, 2)), int(y + rng.uniform(-4, 4) + (size - s) / 2)), glyph)
        x += advance * rng.uniform(0.95, 1.1)
    return x


def _text_width(text: str, size: int, face: str) -> float:
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    return probe.textlength(text, font=_face(size, face)) * (1.03 if face == "hand" else 1.0)


def _fit(text: str, size: int, face: str, room: float, floor: int = 26) -> int:
    while size > floor and _text_width(text, size, face) > room:
        size -= 2
    return size


def _print_rows(
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
    label_w = max(_text_width(lab + style.colon, label_size, style.face) for lab in labels)
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
            size = _fit(value, value_size, style.face, room)
            if style.right and not style.below:
                vx = x1 - _text_width(value, size, style.face)
            vend = styled_text(img, (vx, vy), value, size, style.face, rng)
            where[label] = (int(vx), int(vy), int(vend), int(vy + size))
            x = vend
        y += pitch * (2 if style.below else 1)
    return where


def _card_base(
    rng: random.Random, size: tuple[int, int] = CARD_SIZE
) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    tint = rng.choice(((250, 250, 246), (242, 247, 252), (252, 248, 240), (246, 250, 244)))
    img = Image.new("RGB", size, tint)
    _guilloche(img, rng, tuple(max(0, c - 14) for c in tint))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, size[0] - 1, size[1] - 1), outline=(120, 130, 160), width=6)
    return img, d


def _title(img: Image.Image, text: str, y: int, size: int, rng: random.Random, face: str = "bold") -> None:
    d = ImageDraw.Draw(img)
    size = _fit(text, size, face, img.width - 120, floor=30)
    w = _text_width(text, size, face)
    styled_text(img, ((img.width - w) / 2, y), text, size, face if face != "hand" else "bold", rng,
                fill=rng.choice(((20, 40, 110), (30, 30, 30), (150, 30, 30))))  # fmt: skip
    d.line((60, y + size + 24, img.width - 60, y + size + 24), fill=(120, 130, 160), width=3)


def _validity_text(truth: CertificateTruth | dict, style: str, rng: random.Random) -> str:
    start = truth["valid_from"] if isinstance(truth, dict) else truth.valid_from
    end = truth["valid_to"] if isinstance(truth, dict) else truth.valid_to
    sep = (
        rng.choice(("至", " 至 ", "—", "-", "～")) if style != "dash" else rng.choice(("至", " 至 ", " ～ "))
    )
    return f"{format_date(start, style)}{sep}{format_date(end, style)}"


def _stamp_over(img: Image.Image, where: tuple[int, int, int, int], text: str, rng: random.Random) -> None:
    x0, y0, x1, y1 = where
    cx = rng.uniform(x0 + 40, max(x0 + 41, min(img.width - 150, x1 + 30)))
    cy = rng.uniform(y0 - 80, y1 + 20)
    draw_stamp(img, (cx, cy), rng.uniform(120, 170), text, rng)


def render_so_front(truth: CertificateTruth, rng: random.Random, style: LabelStyle, *, stamp: bool = True,
                    date_style: str | None = None) -> Image.Image:  # fmt: skip
    """The new-style 特种作业操作证 front in a given label style."""
    img, _d = _card_base(rng)
    _title(img, rng.choice(("中华人民共和国特种作业操作证", "特种作业操作证")), 44, 68, rng)
    img.paste(_portrait((320, 420), rng), (70, 210))
    img.paste(_qr(f"https://cx.mem.gov.cn/?no={truth.cert_no}", 210), (125, 700))
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
        [(rng.choice(("有效期限", "有效期")), _validity_text(truth, ds, rng))],
        [("签发机关", truth.issuer)],
    ]
    if style.below:  # two rows per field do not fit: the card's fields then go in two columns
        where = _two_columns(img, rows, style, rng, (440, 200, img.width - 50, img.height - 40))
    else:
        where = _print_rows(img, rows, style, rng, box=(440, 195, img.width - 50, img.height - 40))
    if stamp:
        _stamp_over(img, where["签发机关"], truth.issuer, rng)
    return img


def _two_columns(img, rows, style, rng, box) -> dict[str, tuple[int, int, int, int]]:
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
            size = _fit(value, value_size, style.face, room)
            vy = y + label_size * 1.45
            end = styled_text(img, (x, vy), value, size, style.face, rng)
            where[label] = (int(x), int(vy), int(end), int(vy + size))
    return where


def render_ic_card(
    truth: CertificateTruth, rng: random.Random, style: LabelStyle, *, stamp: bool = True
) -> Image.Image:
    """The 2010-style IC card: the bare ID number as 证号, 准操项目, 发证机关, a chip, two fields a row."""
    img, d = _card_base(rng)
    _title(img, rng.choice(("特种作业操作证", "中华人民共和国特种作业操作证")), 40, 70, rng)
    chip = (90, 230, 290, 390)
    d.rounded_rectangle(chip, 18, fill=(212, 178, 90), outline=(150, 120, 50), width=4)
    for k in range(1, 4):
        d.line((chip[0], chip[1] + 40 * k, chip[2], chip[1] + 40 * k), fill=(150, 120, 50), width=3)
    img.paste(_portrait((260, 340), rng), (1380, 220))
    ds = rng.choice(DATE_STYLES)
    rows = [
        [("姓名", truth.name), ("性别", truth.sex)] if style.pairs else [("姓名", truth.name)],
        *([] if style.pairs else [[("性别", truth.sex)]]),
        [("证号", truth.id_number)],
        [("作业类别", truth.category)],
        [("准操项目", truth.item)],
        [("初领日期", format_date(truth.first_issued, ds))],
        [(rng.choice(("有效期限", "有效期")), _validity_text(truth, ds, rng))],
        [("发证机关", truth.issuer)],
    ]
    box = (340, 190, 1340, img.height - 40)
    where = (_two_columns if style.below else lambda i, r, s, g, b: _print_rows(i, r, s, g, box=b))(
        img, rows, style, rng, box
    )
    if stamp:
        _stamp_over(img, where["发证机关"], truth.issuer, rng)
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
    img, d = _card_base(rng)
    _title(img, rng.choice(("复审记录", "复 审 记 录", "特种作业操作证复审记录")), 36, 60, rng)
    y = 140
    if show_cert_no:
        label = spaced_label("证号", style.spacing) + (style.colon or " ")
        styled_text(img, (80, y), label, 40, style.face, rng, fill=LABEL_INK)
        styled_text(
            img, (80 + _text_width("证　　号：", 40, style.face) + 20, y - 2), truth.cert_no, 44, "sans", rng
        )
        y += 80
    extended = rng.random() < 0.4  # a second date column: validity extended to
    heads = (
        ["复审日期", "复审结果", "复审机关"]
        if not extended
        else ["复审日期", "复审结果", "有效期延至", "复审机关"]
    )
    widths = [0.27, 0.2, 0.53] if not extended else [0.24, 0.16, 0.24, 0.36]
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
        size = _fit(text, size, face, xs[col + 1] - xs[col] - 20, floor=22)
        w = _text_width(text, size, face)
        styled_text(img, ((xs[col] + xs[col + 1]) / 2 - w / 2, y + r * row_h + (row_h - size) / 2 - 6), text,
                    size, face, rng)  # fmt: skip

    for col, head in enumerate(heads):
        cell(col, 0, head, 36, "sans")
    for r, day in enumerate(reviews, start=1):
        values = {"复审日期": format_date(day, ds), "复审结果": rng.choice(("合格", "复审合格")),
                  "有效期延至": format_date(min(truth.valid_to, (dt.date.fromisoformat(day)
                                                               + dt.timedelta(days=1096)).isoformat()), ds),
                  "复审机关": truth.issuer}  # fmt: skip
        for col, head in enumerate(heads):
            cell(col, r, values[head], 36, style.face)
        if rng.random() < 0.6:
            draw_stamp(img, (xs[-2] + rng.uniform(40, 200), y + r * row_h + row_h / 2), rng.uniform(60, 85),
                       truth.issuer, rng)  # fmt: skip
    return img


def render_mgmt_cert(
    fields: dict, rng: random.Random, style: LabelStyle, *, stamp: bool = True
) -> Image.Image:
    """安全生产知识和管理能力考核合格证 (principal leaders, safety managers) as a landscape card."""
    img, _d = _card_base(rng, (1800, 1200))
    _title(img, "安全生产知识和管理能力考核合格证", 40, 66, rng)
    img.paste(_portrait((300, 390), rng), (70, 230))
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
        [(rng.choice(("有效期", "有效期限")), _validity_text(fields, ds, rng))],
        [("证书编号", fields["cert_no"])],
        [("发证机关", fields["issuer"])],
    ]
    rng.shuffle(rows[-2:])
    box = (420, 200, img.width - 50, img.height - 40)
    where = _two_columns(img, rows, style, rng, box) if style.below else _print_rows(
        img, rows, style, rng, box=box, label_size=40, value_size=44)  # fmt: skip
    if stamp:
        _stamp_over(img, where["发证机关"], fields["issuer"], rng)
    return img


PHONE_SIZE = (1080, 2340)


def render_e_screenshot(truth: CertificateTruth, rng: random.Random, style: LabelStyle) -> Image.Image:
    """A phone screenshot of an electronic certificate: status bar, app header, a banner with the title,
    then label/value rows (value right-aligned, after its label, or under it), a QR code and the time the
    page was refreshed (a date that belongs to no field)."""
    w, h = PHONE_SIZE
    dark = rng.random() < 0.2
    bg, ink, sub = ((18, 18, 22), (235, 235, 240), (150, 150, 160)) if dark else (
        (245, 246, 248), (25, 25, 30), (120, 120, 130))  # fmt: skip
    img = Image.new("RGB", PHONE_SIZE, bg)
    d = ImageDraw.Draw(img)
    clock_text = f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    d.text((48, 22), clock_text, font=font(40, bold=True), fill=ink)
    d.text((w - 200, 22), f"{rng.randint(12, 99)}%", font=font(36), fill=ink)
    d.rectangle((w - 90, 30, w - 40, 58), outline=ink, width=3)
    accent = rng.choice(((30, 100, 220), (200, 40, 40), (20, 140, 110)))
    d.rectangle((0, 90, w, 230), fill=accent)
    d.text((40, 120), "‹", font=font(70), fill=(255, 255, 255))
    header = rng.choice(("电子证照", "证照详情", "我的证照", "特种作业操作证"))
    hw = d.textlength(header, font=font(52, bold=True))
    d.text(((w - hw) / 2, 128), header, font=font(52, bold=True), fill=(255, 255, 255))
    card = (40, 270, w - 40, 560)
    d.rounded_rectangle(card, 30, fill=tuple(min(255, c + 30) for c in accent))
    d.text(
        (80, 310),
        rng.choice(("特种作业操作证", "特种作业操作证（电子证）")),
        font=font(60, bold=True),
        fill=(255, 255, 255),
    )
    d.text(
        (80, 420),
        rng.choice(("中华人民共和国应急管理部", "应急管理部监制")),
        font=font(36),
        fill=(235, 235, 245),
    )
    ds = rng.choice(DATE_STYLES)
    split = rng.random() < 0.35
    rows = [
        [("姓名", truth.name)],
        [("性别", truth.sex)],
        [(rng.choice(("证号", "证件号码")), truth.cert_no)],
        [("作业类别", truth.category)],
        [("操作项目", truth.item)],
        [("初领日期", format_date(truth.first_issued, ds))],
    ]
    if split:
        rows += [
            [("有效期开始日期", format_date(truth.valid_from, ds))],
            [("有效期结束日期", format_date(truth.valid_to, ds))],
        ]
    else:
        rows += [[("有效期限", _validity_text(truth, ds, rng))]]
    rows += [[("签发机关", truth.issuer)]]
    top = 620
    pitch = min(230 if style.below else 150, (h - 440 - top) // len(rows))
    label_size, value_size = 40, 44
    for r, row in enumerate(rows):
        label, value = row[0]
        y = top + r * pitch
        styled_text(
            img, (60, y), spaced_label(label, style.spacing) + style.colon, label_size, "sans", rng, fill=sub
        )
        if style.below:
            size = _fit(value, value_size, "sans", w - 120)
            styled_text(img, (60, y + pitch * 0.4), value, size, "sans", rng, fill=ink)
        else:
            room = w - 120 - _text_width(label + "：", label_size, "sans") - 40
            size = _fit(value, value_size, "sans", room)
            vw = _text_width(value, size, "sans")
            x = (
                w - 60 - vw
                if style.right
                else 60 + _text_width(spaced_label(label, style.spacing) + "：", label_size, "sans") + 40
            )
            styled_text(img, (x, y - 2), value, size, "sans", rng, fill=ink)
        d.line((60, y + pitch - 30, w - 60, y + pitch - 30), fill=sub if dark else (225, 225, 230), width=2)
    img.paste(_qr(f"https://cx.mem.gov.cn/?no={truth.cert_no}", 260), ((w - 260) // 2, h - 400))
    refreshed = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    when = f"{refreshed.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    stamp_text = f"{rng.choice(('刷新时间', '更新时间', '生成时间'))}：{when}"
    tw = d.textlength(stamp_text, font=font(32))
    d.text(((w - tw) / 2, h - 110), stamp_text, font=font(32), fill=sub)
    return img


def moire(image: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    """Interference between the screen's pixel grid and the camera's: curved coloured bands, plus the grid."""
    arr = np.asarray(image.convert("RGB"), np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    theta = rng.uniform(0, math.pi)
    period = rng.uniform(9, 28)
    bend = rng.uniform(0, 3.0)
    phase = (xx * math.cos(theta) + yy * math.sin(theta)) / period + bend * np.sin(
        yy / h * math.pi * rng.uniform(0.5, 2)
    )
    bands = np.stack([np.sin(math.tau * (phase + k / 3)) for k in range(3)], axis=-1)
    grid = ((xx.astype(np.int32) % 3 == 0) | (yy.astype(np.int32) % 3 == 0)).astype(np.float32)[..., None]
    arr = arr * (1 - strength * (0.5 + 0.5 * bands)) * (1 - 0.12 * strength * grid)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def glare(bgr: np.ndarray, rng: random.Random, strength: float) -> np.ndarray:
    """A light's reflection on the glass: a soft bright ellipse and a faint diagonal sheen."""
    h, w = bgr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    rx, ry = rng.uniform(0.08, 0.22) * w, rng.uniform(0.05, 0.15) * h
    spot = np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
    sheen = 0.5 + 0.5 * np.sin(
        (xx + yy) / max(w, h) * math.tau * rng.uniform(0.5, 1.5) + rng.uniform(0, math.tau)
    )
    light = 255 * (strength * spot + 0.08 * strength * sheen)
    return np.clip(bgr.astype(np.float32) + light[..., None], 0, 255).astype(np.uint8)


def render_screen_photo_source(
    truth: CertificateTruth, rng: random.Random, style: LabelStyle, moire_strength: float | None = None
) -> Image.Image:
    """What the camera sees: a phone (black bezel) showing an e-certificate page or a card picture."""
    if rng.random() < 0.7:
        screen = render_e_screenshot(truth, rng, style)
    else:
        card = render_so_front(
            truth, rng, LabelStyle(**{**asdict(style), "below": False}), stamp=rng.random() < 0.5
        )
        screen = Image.new("RGB", PHONE_SIZE, (20, 20, 24))
        card = card.rotate(90, expand=True) if rng.random() < 0.5 else card
        card.thumbnail((PHONE_SIZE[0] - 40, PHONE_SIZE[1] - 200))
        screen.paste(card, ((PHONE_SIZE[0] - card.width) // 2, (PHONE_SIZE[1] - card.height) // 2))
        if card.width > card.height:
            screen = screen.rotate(-90, expand=True)  # held sideways to show the card large
    strength = rng.uniform(0.05, 0.22)
    screen = moire(screen, rng, strength if moire_strength is None else moire_strength)
    bezel = 60
    phone = Image.new("RGB", (screen.width + 2 * bezel, screen.height + 2 * bezel), (10, 10, 12))
    phone.paste(screen, (bezel, bezel))
    return phone


@dataclass(frozen=True)
class LayoutTruth:
    """What is printed on a layout photo, with the shared schema's field names (`fields()` as for
    CertificateTruth, so code written for the card photos reads these too)."""

    layout: str
    values: dict

    def fields(self) -> dict:
        return dict(self.values)


@dataclass(frozen=True)
class Screenshot:
    """Stands for PhotoOptions where nothing was photographed (a screenshot is sent as it is)."""

    png: bool

    def describe(self) -> dict:
        return {"screenshot": True, "png": self.png}


@dataclass
class LayoutPhoto:
    """One development sample of any layout: the picture, the layout and what is printed on it. Has the
    attributes of CertificatePhoto (jpeg, truth.fields(), options.describe(), stamp), so a benchmark can
    take either."""

    jpeg: bytes
    layout: str
    fields: dict
    style: LabelStyle
    options: PhotoOptions | Screenshot
    stamp: bool

    @property
    def truth(self) -> LayoutTruth:
        return LayoutTruth(self.layout, self.fields)


def _mgmt_fields(truth: CertificateTruth, rng: random.Random) -> dict:
    first = dt.date.fromisoformat(truth.first_issued)
    start = first.replace(year=first.year + 3 * rng.choice((0, 0, 1, 2)))
    start = min(start, dt.date(2026, 6, 1))
    end = start.replace(year=start.year + 3)
    if rng.random() < 0.5:
        cert_no = truth.id_number
    else:
        cert_no = f"{rng.choice(PROVINCE_ABBR)}{start.year}{rng.randint(1, 999999):06d}"
    return {
        "cert_no": cert_no,
        "name": truth.name,
        "sex": truth.sex,
        "id_number": truth.id_number,
        "employer": random_employer(rng),
        "post": rng.choice(POSTS),
        "industry": rng.choice(INDUSTRIES),
        "first_issued": truth.first_issued,
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat(),
        "issuer": truth.issuer,
    }


def layout_photo(
    rng: random.Random,
    layout: str | None = None,
    *,
    style: LabelStyle | None = None,
    options: PhotoOptions | None = None,
    stamp: bool | None = None,
    moire_strength: float | None = None,
) -> LayoutPhoto:
    """A photo (or, for e_screenshot, a screenshot) of a random certificate in `layout` (random if None)."""
    layout = layout or rng.choice(LAYOUTS)
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
    truth = random_certificate(rng)
    truth = CertificateTruth(**{**asdict(truth), "name": random_name(rng)})
    style = style or random_label_style(rng)
    with_stamp = rng.random() < 0.7 if stamp is None else stamp
    if layout == "ic_card":
        truth = CertificateTruth(**{**asdict(truth), "cert_no": truth.id_number})
        fields = truth.fields()
        image = render_ic_card(truth, rng, style, stamp=with_stamp)
    elif layout == "so_back":
        reviews = random_reviews(truth.first_issued, rng)
        show = rng.random() < 0.6
        image = render_so_back(truth, reviews, rng, style, show_cert_no=show)
        fields = {"reviews": reviews, **({"cert_no": truth.cert_no} if show else {})}
    elif layout == "mgmt_cert":
        fields = _mgmt_fields(truth, rng)
        image = render_mgmt_cert(fields, rng, style, stamp=with_stamp)
    elif layout == "e_screenshot":
        style = LabelStyle(**{**asdict(style), "face": "sans", "right": rng.random() < 0.5})
        fields = truth.fields()
        image = render_e_screenshot(truth, rng, style)
        shot = np.asarray(image)[:, :, ::-1]
        quality = rng.choice((75, 85, 92))
        png = rng.random() >= 0.6
        data = encode_png(shot) if png else encode_jpeg(shot, quality)
        return LayoutPhoto(data, layout, fields, style, Screenshot(png), False)
    elif layout == "screen_photo":
        style = LabelStyle(**{**asdict(style), "face": "sans", "right": rng.random() < 0.5})
        fields = truth.fields()
        image = render_screen_photo_source(truth, rng, style, moire_strength)
    else:
        fields = truth.fields()
        image = render_so_front(truth, rng, style, stamp=with_stamp)
    portrait = image.height > image.width
    opts = options or random_photo_options(rng, landscape=not portrait)
    if layout == "screen_photo":
        opts = PhotoOptions(**{**asdict(opts), "background": (35, 35, 40), "light": min(opts.light, 0.3),
                               "fill": max(opts.fill, 0.7)})  # fmt: skip
    bgr = photograph(image, opts, rng)
    if layout == "screen_photo":
        bgr = glare(bgr, rng, rng.uniform(0.15, 0.45))
    return LayoutPhoto(encode_jpeg(bgr, opts.jpeg_quality), layout, fields, style, opts, with_stamp)
