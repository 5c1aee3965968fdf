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
    rng: random.Random, *, stamp: bool | None = None, options: PhotoOptions | None = None
) -> CertificatePhoto:
    truth = random_certificate(rng)
    with_stamp = rng.random() < 0.7 if stamp is None else stamp
    card = render_certificate(truth, rng, stamp=with_stamp)
    opts = options or random_photo_options(rng)
    bgr = photograph(card.image, opts, rng)
    return CertificatePhoto(encode_jpeg(bgr, opts.jpeg_quality), truth, opts, with_stamp)
