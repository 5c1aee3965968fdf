"""The OCR benchmark's TEST split — parser authors: do not read while tuning.

This module exists so that the benchmark has photos the certificate parser (ocr/documents.py) was never
tuned on. Whoever tunes the parser works against the development split (ocr/synthetic/) and must not
look at the layouts, label spellings or degradations drawn here: once the parser is adjusted to what this
file renders, the split stops measuring how the reader copes with cards it has not seen.

Everything here is drawn independently of ocr/synthetic/ (own seed, own designs, own fonts, own camera
model); only generic libraries are used, plus the national catalogue of categories and items
(ocr.catalog data) and python-stdnum for ID numbers and their region codes. Layouts and fields follow the
shared schema: so_front, so_back, ic_card, mgmt_cert, e_screenshot, screen_photo.

Fonts: AR PL UKai / UMing (fonts-arphic-ukai, fonts-arphic-uming), WenQuanYi Zen Hei / Micro Hei
(fonts-wqy-zenhei, fonts-wqy-microhei) and Noto Serif CJK (fonts-noto-cjk); `scripts/bootstrap.sh bench`
installs them. Nothing is downloaded.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from stdnum import numdb
from stdnum.cn import ric

from ocr.catalog import PROVINCES, SPECIAL_OPERATIONS

SEED = 61_3029
LAYOUTS = ("so_front", "so_back", "ic_card", "mgmt_cert", "e_screenshot", "screen_photo")
CARD_FIELDS = (
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
MGMT_FIELDS = (
    "cert_no", "name", "sex", "id_number", "employer", "post", "industry",
    "first_issued", "valid_from", "valid_to", "issuer",
)  # fmt: skip
LAYOUT_FIELDS: dict[str, tuple[str, ...]] = {
    "so_front": CARD_FIELDS,
    "so_back": ("cert_no", "reviews"),  # cert_no only when the back prints it
    "ic_card": CARD_FIELDS,
    "mgmt_cert": MGMT_FIELDS,
    "e_screenshot": CARD_FIELDS,
    "screen_photo": CARD_FIELDS,
}

FONT_ROOT = Path("/usr/share/fonts")
FONT_FILES = {
    "kai": ("truetype/arphic/ukai.ttc", 0),
    "ming": ("truetype/arphic/uming.ttc", 0),
    "zenhei": ("truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("truetype/wqy/wqy-microhei.ttc", 0),
    "serif": ("opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("opentype/noto/NotoSerifCJK-Bold.ttc", 2),
}
BODY_FACES = ("kai", "ming", "zenhei", "microhei", "serif")

# ---------------------------------------------------------------------------------------------- values

SURNAMES_COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
)
SURNAMES_RARE = "仇亓靳逄岑闫谯郗晏饶邝覃麦蓝冼佘訾甘禹詹阚虞鄢隋芮褚缪茅冉苗蒲禤眭蔺栾隗鞠扈晁"
SURNAMES_COMPOUND = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒",
    "夏侯", "端木", "轩辕", "独孤", "钟离", "闻人", "呼延", "赫连",
)  # fmt: skip
GIVEN_CHARS = (
    "晗昊琦璐烨骁祎珺玥炜彧喆翀赟淼焱鑫垚浩然涵梓萱雨桐诺欣怡思远俊杰秀英桂芝淑珍玉兰建华志强国庆卫东红梅"
    "丽娟海燕晓永刚德胜春生金凤翠花明轩博文嘉婧琪瑶瑾琛璟煜熠彤娅婕妍伟敏静磊军勇艳涛超霞平辉玲斌波宇鹏飞"
)
CITIES = (
    ("河北省", "石家庄市"), ("河北省", "沧州市"), ("山西省", "大同市"),
    ("山西省", "长治市"), ("内蒙古自治区", "鄂尔多斯市"), ("辽宁省", "鞍山市"),
    ("吉林省", "延边朝鲜族自治州"), ("黑龙江省", "大庆市"), ("江苏省", "徐州市"),
    ("江苏省", "南通市"), ("浙江省", "宁波市"), ("浙江省", "绍兴市"),
    ("安徽省", "淮南市"), ("福建省", "泉州市"), ("江西省", "赣州市"),
    ("山东省", "淄博市"), ("山东省", "东营市"), ("河南省", "平顶山市"),
    ("河南省", "洛阳市"), ("湖北省", "宜昌市"), ("湖南省", "岳阳市"),
    ("广东省", "惠州市"), ("广东省", "茂名市"), ("广西壮族自治区", "柳州市"),
    ("海南省", "儋州市"), ("四川省", "攀枝花市"), ("四川省", "凉山彝族自治州"),
    ("贵州省", "六盘水市"), ("云南省", "曲靖市"), ("陕西省", "榆林市"),
    ("甘肃省", "金昌市"), ("青海省", "海西蒙古族藏族自治州"), ("宁夏回族自治区", "石嘴山市"),
    ("新疆维吾尔自治区", "克拉玛依市"), ("重庆市", "重庆市"), ("上海市", "上海市"),
)  # fmt: skip
INDUSTRIES = (
    "危险化学品生产单位", "危险化学品经营单位", "金属非金属矿山", "石油天然气开采单位", "金属冶炼单位",
    "烟花爆竹生产单位", "烟花爆竹经营单位", "其他生产经营单位",
)  # fmt: skip
POSTS = ("主要负责人", "安全生产管理人员")
TRADE_NAMES = "恒泰鑫源华润宏达中联金岭瑞丰永安隆盛天成海川昌盛鼎信汇通远航泰和"
TRADES = ("化工", "石化", "矿业", "能源", "燃气", "冶金", "制药", "新材料", "化学", "物流")
COMPANY_FORMS = ("有限公司", "有限责任公司", "股份有限公司", "集团有限公司")
DATE_STYLES = ("dash", "dot", "cn", "cn_nopad", "slash")


@functools.lru_cache(maxsize=1)
def _region_codes() -> tuple[tuple[str, int, int], ...]:
    """County-level codes of GB/T 2260 (python-stdnum's table) with the years they were in use."""
    codes = []
    province = ""
    for line in (Path(numdb.__file__).parent / "cn" / "loc.dat").read_text(encoding="utf-8").splitlines():
        if line[:2].isdigit():
            province = line[:2]
        elif line.startswith("  ") and line[2:6].isdigit() and province:
            suffix, name = line[2:6], line.split('county="', 1)[-1].rstrip('"')
            if suffix.endswith("00") or "市辖区" in name:
                continue
            for period in name.split(","):
                start, end = 0, 9999
                if period.startswith("["):
                    span = period[1:].split("]")[0]
                    first, _, last = span.partition("-")
                    start, end = int(first or 0), int(last or 9999)
                codes.append((province + suffix, start, end))
    return tuple(codes)


@dataclass(frozen=True)
class Holder:
    name: str
    sex: str
    id_number: str


def random_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.08:
        surname = rng.choice(SURNAMES_COMPOUND)
        given = rng.choice((1, 2))
    else:
        surname = rng.choice(SURNAMES_RARE if roll < 0.3 else SURNAMES_COMMON)
        given = rng.choice((1, 2, 2, 2, 3)) if roll > 0.97 else rng.choice((1, 2, 2))
    given = min(given, 4 - len(surname))
    return surname + "".join(rng.choice(GIVEN_CHARS) for _ in range(given))


def random_holder(rng: random.Random) -> Holder:
    sex = rng.choice("男女")
    codes = _region_codes()
    while True:
        birth = dt.date(rng.randint(1962, 2004), rng.randint(1, 12), rng.randint(1, 28))
        order = rng.randrange(1, 999)
        if (order % 2 == 1) != (sex == "男"):
            order += 1 if order < 998 else -1
        code, start, end = rng.choice(codes)
        if not start <= birth.year <= end:
            continue
        body = f"{code}{birth:%Y%m%d}{order:03d}"
        number = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(number):
            return Holder(random_name(rng), sex, number)


def random_issuer(rng: random.Random, *, old: bool = False) -> str:
    suffix_city, suffix_prov = (
        ("安全生产监督管理局", "安全生产监督管理局") if old else ("应急管理局", "应急管理厅")
    )
    if rng.random() < 0.45:
        province = rng.choice(PROVINCES)
        municipal = province.endswith("市")
        return province + ("应急管理局" if municipal and not old else suffix_prov)
    return rng.choice(CITIES)[1] + suffix_city


def _add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def format_date(day: dt.date, style: str) -> str:
    return {
        "dash": f"{day:%Y-%m-%d}",
        "dot": f"{day:%Y.%m.%d}",
        "slash": f"{day:%Y/%m/%d}",
        "cn": f"{day.year}年{day.month:02d}月{day.day:02d}日",
        "cn_nopad": f"{day.year}年{day.month}月{day.day}日",
    }[style]


def validity_text(start: dt.date, end: dt.date, style: str, rng: random.Random) -> str:
    joiner = (
        rng.choice((" 至 ", "至", " 至 "))
        if style in ("dash", "cn", "cn_nopad")
        else rng.choice((" 至 ", "至", " - ", "—", " ～ "))
    )
    return format_date(start, style) + joiner + format_date(end, style)


def card_truth(rng: random.Random, holder: Holder, *, old: bool = False, bare_id: bool = False) -> dict:
    category = rng.choice(tuple(SPECIAL_OPERATIONS))
    item = rng.choice(SPECIAL_OPERATIONS[category])
    first = dt.date(
        rng.randint(2008, 2017) if old else rng.randint(2011, 2024), rng.randint(1, 12), rng.randint(1, 28)
    )
    cycles = rng.choice((0, 0, 1)) if first.year < (2013 if old else 2019) else 0  # IC cards ended in 2019
    start = _add_years(first, 6 * cycles)
    end = _add_years(start, 6)
    if rng.random() < 0.3:
        end -= dt.timedelta(days=1)
    return {
        "cert_no": holder.id_number if bare_id else "T" + holder.id_number,
        "name": holder.name,
        "sex": holder.sex,
        "category": category,
        "item": item,
        "first_issued": first.isoformat(),
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat(),
        "issuer": random_issuer(rng, old=old),
    }


def mgmt_truth(rng: random.Random, holder: Holder) -> dict:
    province, city = rng.choice(CITIES)
    place = city.removesuffix("市") if rng.random() < 0.7 else province.removesuffix("省")
    employer = place + "".join(rng.sample(TRADE_NAMES, 2)) + rng.choice(TRADES) + rng.choice(COMPANY_FORMS)
    first = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    start = _add_years(first, 3 * rng.choice((0, 0, 1))) if first.year < 2021 else first
    end = _add_years(start, 3)
    roll = rng.random()
    if roll < 0.55:
        cert_no = holder.id_number
    elif roll < 0.8:
        cert_no = f"{holder.id_number[:2]}{start.year}{rng.randint(0, 9_999_999):07d}"
    else:
        cert_no = f"AQ{holder.id_number[:4]}{start.year % 100:02d}{rng.randint(0, 99_999):05d}"
    return {
        "cert_no": cert_no,
        "name": holder.name,
        "sex": holder.sex,
        "id_number": holder.id_number,
        "employer": employer,
        "post": rng.choice(POSTS),
        "industry": rng.choice(INDUSTRIES),
        "first_issued": first.isoformat(),
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat(),
        "issuer": random_issuer(rng),
    }


# ---------------------------------------------------------------------------------------------- drawing


def fonts_missing() -> list[str]:
    """Font files this split needs that are not installed (scripts/bootstrap.sh bench installs them)."""
    return [str(FONT_ROOT / rel) for rel, _ in FONT_FILES.values() if not (FONT_ROOT / rel).exists()]


@functools.lru_cache(maxsize=512)
def font(face: str, size: int) -> ImageFont.FreeTypeFont:
    rel, index = FONT_FILES[face]
    path = FONT_ROOT / rel
    if not path.exists():
        raise RuntimeError(f"font {path} is missing: run scripts/bootstrap.sh bench")
    return ImageFont.truetype(str(path), max(6, int(size)), index=index)


def text_width(face: str, size: int, text: str) -> float:
    return font(face, size).getlength(text)


def put(
    draw: ImageDraw.ImageDraw,
    xy: tuple[float, float],
    text: str,
    face: str,
    size: int,
    fill: tuple[int, ...],
    *,
    max_width: float | None = None,
    anchor: str = "la",
) -> tuple[float, float, float, float]:
    """Draws one line, shrinking it to `max_width` when it would not fit (long items and issuers)."""
    if max_width and text_width(face, size, text) > max_width:
        size = max(8, int(size * max_width / text_width(face, size, text)))
    draw.text(xy, text, font=font(face, size), fill=fill, anchor=anchor)
    return draw.textbbox(xy, text, font=font(face, size), anchor=anchor)


def put_justified(
    draw: ImageDraw.ImageDraw, x: float, y: float, text: str, face: str, size: int, width: float, fill
) -> tuple[float, float, float, float]:
    """A label spread over a fixed width, as printed forms align 姓名 with 作业类别 (no space characters)."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 2:
        return put(draw, (x, y), text, face, size, fill)
    widths = [text_width(face, size, c) for c in chars]
    gap = max(0.0, (width - sum(widths)) / (len(chars) - 1))
    cx = x
    for char, w in zip(chars, widths, strict=True):
        draw.text((cx, y), char, font=font(face, size), fill=fill)
        cx += w + gap
    return (x, y, cx - gap, y + size)


def spaced_label(label: str, spacing: str) -> str:
    """Label spellings seen on real cards: 姓名, 姓 名, 姓　　名 (full-width spaces), 有　效　期."""
    if spacing == "half" and len(label) <= 3:
        return " ".join(label)
    if spacing == "full":
        if len(label) == 2:
            return label[0] + "\u3000\u3000" + label[1]
        if len(label) == 3:
            return "\u3000".join(label)
    if spacing == "full1" and len(label) == 2:
        return label[0] + "\u3000" + label[1]
    return label


@dataclass
class FieldStyle:
    label_face: str
    value_face: str
    size: int
    label_fill: tuple[int, int, int]
    value_fill: tuple[int, int, int]
    spacing: str  # plain | half | full | full1 | justify
    colon: str  # "" | "：" | ":"
    placement: str  # inline | below
    grid: bool
    grid_fill: tuple[int, int, int] | None = None


def random_style(rng: random.Random, size: int, *, faces: Sequence[str] = BODY_FACES) -> FieldStyle:
    label_face = rng.choice(faces)
    value_face = label_face if rng.random() < 0.4 else rng.choice(faces)
    dark = rng.choice(((20, 20, 25), (35, 30, 30), (10, 25, 60)))
    label = rng.choice((dark, (70, 70, 80), (30, 60, 120), (120, 40, 40)))
    return FieldStyle(
        label_face=label_face,
        value_face=value_face,
        size=size,
        label_fill=label,
        value_fill=dark,
        spacing=rng.choice(("plain", "plain", "half", "full", "full1", "justify")),
        colon=rng.choice(("", "：", "：", ":")),
        placement="below" if rng.random() < 0.25 else "inline",
        grid=rng.random() < 0.3,
        grid_fill=rng.choice((None, (225, 232, 240), (240, 232, 220))),
    )


Item = tuple[str, str, str]  # (truth key, printed label, printed value)


def draw_fields(
    img: Image.Image,
    box: tuple[float, float, float, float],
    rows: Sequence[Sequence[Item]],
    style: FieldStyle,
) -> dict[str, tuple[float, float, float, float]]:
    """Lays label/value rows into `box`; returns each value's bounding box by key (for seals)."""
    draw = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    step = (y1 - y0) / max(1, len(rows))
    size = style.size
    if style.placement == "below":
        size = int(min(size, step / 2.3))
    else:
        size = int(min(size, step / 1.45))
    label_size = int(size * (0.72 if style.placement == "below" else 1.0))
    longest = max(len(label) for row in rows for _, label, _ in row)
    label_col = text_width(style.label_face, label_size, "国" * max(4, longest)) + (
        text_width(style.label_face, label_size, "：") if style.colon else 0
    )
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for r, row in enumerate(rows):
        ry = y0 + r * step
        cols = len(row)
        col_w = (x1 - x0) / cols
        for c, (key, label, value) in enumerate(row):
            cx = x0 + c * col_w
            text = spaced_label(label, style.spacing) if style.spacing != "justify" else label
            colon = style.colon if len(label) > 1 else ""  # the 至 of a validity's second line
            if style.grid:
                edge = (cx, ry, cx + col_w, ry + step)
                draw.rectangle(edge, outline=(90, 90, 100), width=2)
                if style.grid_fill and style.placement == "inline":
                    lw = min(label_col + size * 0.6, col_w * 0.45)
                    draw.rectangle((cx + 2, ry + 2, cx + lw, ry + step - 2), fill=style.grid_fill)
                    draw.line((cx + lw, ry, cx + lw, ry + step), fill=(90, 90, 100), width=2)
            pad = size * 0.3
            if style.placement == "inline":
                ty = ry + (step - size) / 2
                lw_here = label_col if cols == 1 else min(label_col, col_w * 0.42)
                if style.spacing == "justify":
                    put_justified(
                        draw,
                        cx + pad,
                        ty,
                        label,
                        style.label_face,
                        label_size,
                        lw_here - pad,
                        style.label_fill,
                    )
                    end = cx + lw_here
                    if colon:
                        put(draw, (end - pad, ty), colon, style.label_face, label_size, style.label_fill)
                else:
                    b = put(
                        draw, (cx + pad, ty), text + colon, style.label_face, label_size, style.label_fill
                    )
                    end = max(b[2], cx + lw_here) if cols == 1 or style.grid else b[2]
                vx = end + size * (0.9 if style.grid else 0.5)
                vb = put(
                    draw,
                    (vx, ty),
                    value,
                    style.value_face,
                    size,
                    style.value_fill,
                    max_width=cx + col_w - vx - pad,
                )
            else:
                ly = ry + step * 0.08
                put(draw, (cx + pad, ly), text + colon, style.label_face, label_size, style.label_fill)
                vb = put(
                    draw,
                    (cx + pad, ly + label_size * 1.35),
                    value,
                    style.value_face,
                    size,
                    style.value_fill,
                    max_width=col_w - 2 * pad,
                )
            boxes[key] = vb
    return boxes


def paper(size: tuple[int, int], rng: random.Random, base: tuple[int, int, int] | None = None) -> Image.Image:
    """A printed card background: a pale base colour and one of several security-print patterns."""
    w, h = size
    base = base or rng.choice(
        ((246, 248, 252), (236, 244, 250), (250, 246, 234), (238, 247, 240), (252, 252, 250))
    )
    img = Image.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    ink = tuple(max(0, c - rng.randint(14, 30)) for c in base)
    pattern = rng.choice(("waves", "rings", "dots", "hatch", "none", "microtext"))
    if pattern == "waves":
        period, amp = rng.uniform(80, 200), rng.uniform(6, 20)
        for y in range(-20, h + 20, rng.randint(9, 16)):
            pts = [(x, y + amp * math.sin(x / period * math.tau + y * 0.05)) for x in range(0, w + 10, 10)]
            draw.line(pts, fill=ink, width=1)
    elif pattern == "rings":
        cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
        for r in range(20, int(max(w, h)), rng.randint(10, 18)):
            lobes, depth = rng.choice((6, 8, 12)), rng.uniform(2, 7)
            pts = [
                (
                    cx + (r + depth * math.sin(lobes * t)) * math.cos(t),
                    cy + (r + depth * math.sin(lobes * t)) * math.sin(t),
                )
                for t in np.linspace(0, math.tau, 240)
            ]
            draw.line(pts, fill=ink, width=1)
    elif pattern == "dots":
        step = rng.randint(12, 22)
        for y in range(0, h, step):
            for x in range((y // step % 2) * step // 2, w, step):
                draw.ellipse((x - 1.5, y - 1.5, x + 1.5, y + 1.5), fill=ink)
    elif pattern == "hatch":
        step = rng.randint(10, 18)
        for x in range(-h, w, step):
            draw.line((x, 0, x + h, h), fill=ink, width=1)
    elif pattern == "microtext":
        faint = tuple(max(0, c - 12) for c in base)
        for y in range(0, h, 26):
            draw.text((-(y * 7) % 60, y), "安全生产 " * 40, font=font("microhei", 14), fill=faint)
    return img


def portrait(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A plain ID-photo stand-in: coloured backdrop, head and shoulders."""
    w, h = size
    back = rng.choice(((67, 142, 219), (255, 255, 255), (200, 30, 40), (120, 170, 230)))
    img = Image.new("RGB", size, back)
    d = ImageDraw.Draw(img)
    skin = rng.choice(((236, 200, 170), (220, 180, 150), (200, 160, 130)))
    cloth = rng.choice(((30, 30, 40), (40, 50, 90), (230, 230, 230), (70, 70, 70)))
    d.ellipse((w * 0.08, h * 0.72, w * 0.92, h * 1.35), fill=cloth)
    d.ellipse((w * 0.3, h * 0.18, w * 0.7, h * 0.68), fill=skin)
    d.chord((w * 0.27, h * 0.1, w * 0.73, h * 0.5), 180, 360, fill=rng.choice(((20, 20, 20), (50, 35, 25))))
    return img


def qr_image(text: str, side: int) -> Image.Image:
    code = qrcode.QRCode(border=1, box_size=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    return (
        code.make_image(fill_color="black", back_color="white")
        .get_image()
        .convert("RGB")
        .resize((side, side), Image.NEAREST)
    )


def seal(ring: str, diameter: int, rng: random.Random, bottom: str = "") -> Image.Image:
    """A round red official seal as an alpha mask (L): ring text along the upper arc, a star, uneven ink."""
    s = diameter
    mask = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(mask)
    border = max(3, s // 30)
    d.ellipse((border, border, s - border, s - border), outline=255, width=border)
    r = s / 2
    star = [
        (r + (s * (0.16 if k % 2 == 0 else 0.065)) * math.sin(k * math.pi / 5),
         r - (s * (0.16 if k % 2 == 0 else 0.065)) * math.cos(k * math.pi / 5))
        for k in range(10)
    ]  # fmt: skip
    d.polygon(star, fill=255)
    chars = list(ring)
    size = int(s * min(0.15, 2.6 / max(len(chars), 1)))
    span = min(250.0, 22.0 * len(chars))
    for i, char in enumerate(chars):
        angle = -span / 2 + span * (i + 0.5) / len(chars)
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size, size), char, font=font("serif_bold", size), fill=255, anchor="mm")
        tile = tile.rotate(-angle, resample=Image.BICUBIC)
        rad = math.radians(angle)
        cx, cy = (
            r + (r - border * 2 - size * 0.75) * math.sin(rad),
            r - (r - border * 2 - size * 0.75) * math.cos(rad),
        )
        mask.paste(255, (int(cx - size), int(cy - size)), tile)
    if bottom:
        bsize = int(s * 0.085)
        d.text((r, r + s * 0.27), bottom, font=font("serif_bold", bsize), fill=255, anchor="mm")
    # Uneven ink: a smooth random field thins the stamp in places.
    gen = np.random.default_rng(rng.randrange(1 << 30))
    field_ = cv2.resize(
        gen.uniform(0.35, 1.0, (6, 6)).astype(np.float32), (s, s), interpolation=cv2.INTER_CUBIC
    )
    alpha = np.asarray(mask, np.float32) / 255 * np.clip(field_, 0.25, 1.0) * rng.uniform(0.55, 0.85)
    out = Image.fromarray((alpha * 255).astype(np.uint8)).rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    return out.filter(ImageFilter.GaussianBlur(0.6))


def stamp(
    img: Image.Image,
    center: tuple[float, float],
    diameter: int,
    ring: str,
    rng: random.Random,
    bottom: str = "",
) -> None:
    """Multiplies a red seal into the picture, the way ink over print looks (the print stays visible)."""
    mask = seal(ring, diameter, rng, bottom)
    colour = np.array(rng.choice(((205, 30, 40), (220, 45, 55), (190, 20, 50))), np.float32)
    x, y = int(center[0] - diameter / 2), int(center[1] - diameter / 2)
    region = (max(0, x), max(0, y), min(img.width, x + diameter), min(img.height, y + diameter))
    if region[2] <= region[0] or region[3] <= region[1]:
        return
    crop = np.asarray(img.crop(region), np.float32)
    a = np.asarray(mask, np.float32)[region[1] - y : region[3] - y, region[0] - x : region[2] - x, None] / 255
    tinted = crop * (1 - a) + np.minimum(crop, colour) * a
    img.paste(Image.fromarray(tinted.astype(np.uint8)), region[:2])


def _rounded(draw: ImageDraw.ImageDraw, box, radius, **kw) -> None:
    draw.rounded_rectangle(box, radius=radius, **kw)


# ---------------------------------------------------------------------------------------------- layouts


def _validity_label(rng: random.Random) -> str:
    return rng.choice(("有效期限", "有效期限", "有效期"))


def render_so_front(truth: dict, rng: random.Random, *, compact: bool = False) -> tuple[Image.Image, dict]:
    """New-style 特种作业操作证 front in one of several designs of this split's own."""
    w, h = rng.choice(((1600, 1010), (1520, 960), (1700, 1100), (1440, 980), (1650, 1000)))
    img = paper((w, h), rng)
    draw = ImageDraw.Draw(img)
    accent = rng.choice(((25, 70, 150), (160, 30, 35), (20, 100, 80), (60, 60, 70)))
    design = rng.choice(("band", "frame", "plain"))
    title = "中华人民共和国特种作业操作证" if rng.random() < 0.6 else "特种作业操作证"
    title_face = rng.choice(("serif_bold", "zenhei", "kai", "ming"))
    top = h * 0.05
    if design == "band":
        draw.rectangle((0, 0, w, h * 0.15), fill=accent)
        put(
            draw,
            (w / 2, h * 0.075),
            title,
            title_face,
            int(h * 0.07),
            (255, 255, 255),
            anchor="mm",
            max_width=w * 0.9,
        )
        top = h * 0.19
    else:
        if design == "frame":
            _rounded(draw, (14, 14, w - 14, h - 14), 30, outline=accent, width=6)
            _rounded(draw, (28, 28, w - 28, h - 28), 22, outline=accent, width=2)
        put(
            draw, (w / 2, h * 0.1), title, title_face, int(h * 0.068), accent, anchor="mm", max_width=w * 0.86
        )
        top = h * 0.18
    photo_left = rng.random() < 0.4
    pw, ph = int(w * 0.2), int(w * 0.2 * 1.35)
    px = int(w * 0.06) if photo_left else int(w * 0.94 - pw)
    py = int(top + h * 0.02)
    img.paste(portrait((pw, ph), rng), (px, py))
    draw.rectangle((px, py, px + pw, py + ph), outline=(120, 120, 120), width=2)
    if rng.random() < 0.8:
        side = int(pw * 0.75)
        qx = px + (pw - side) // 2
        img.paste(
            qr_image(f"https://zwfw.example.gov.cn/tzzy/{truth['cert_no']}", side),
            (qx, int(py + ph + h * 0.04)),
        )
    fx0 = px + pw + w * 0.04 if photo_left else w * 0.06
    fx1 = w * 0.95 if photo_left else px - w * 0.03
    style = random_style(rng, int(h * 0.05))
    if compact:
        style.placement = "inline"
    date_style = rng.choice(DATE_STYLES)
    first = dt.date.fromisoformat(truth["first_issued"])
    start, end = dt.date.fromisoformat(truth["valid_from"]), dt.date.fromisoformat(truth["valid_to"])
    name_row: list[list[Item]] = (
        [[("name", "姓名", truth["name"]), ("sex", "性别", truth["sex"])]]
        if rng.random() < 0.5
        else [[("name", "姓名", truth["name"])], [("sex", "性别", truth["sex"])]]
    )
    rows: list[list[Item]] = [
        [("cert_no", "证号", truth["cert_no"])],
        *name_row,
        [("category", "作业类别", truth["category"])],
        [("item", "操作项目", truth["item"].replace("(", "（").replace(")", "）"))],
        [("first_issued", "初领日期", format_date(first, date_style))],
        [("validity", _validity_label(rng), validity_text(start, end, date_style, rng))],
        [("issuer", "签发机关", truth["issuer"])],
    ]
    if rng.random() < 0.6:  # 证号 first (as above) or below the items
        rows = [*rows[1:-3], rows[0], *rows[-3:]]
    if style.placement == "below" and len(rows) > 7:
        rows = [r for r in rows if r[0][0] != "sex"]
        rows[0] = [("name", "姓名", truth["name"]), ("sex", "性别", truth["sex"])]
    bottom = h * (0.86 if rng.random() < 0.5 else 0.93)
    boxes = draw_fields(img, (fx0, top, fx1, bottom), rows, style)
    if bottom < h * 0.9:
        put(
            draw,
            (w / 2, h * 0.93),
            "中华人民共和国应急管理部监制",
            "ming",
            int(h * 0.028),
            (110, 110, 120),
            anchor="mm",
        )
    stamped = rng.random() < 0.7
    if stamped:
        target = boxes["issuer"] if rng.random() < 0.7 else boxes["validity"]
        diameter = int(h * rng.uniform(0.26, 0.34))
        cx = target[0] + rng.uniform(0.1, 0.6) * max(1, target[2] - target[0])
        stamp(
            img,
            (cx, (target[1] + target[3]) / 2 + rng.uniform(-0.05, 0.05) * h),
            diameter,
            truth["issuer"],
            rng,
            bottom=rng.choice(("", "专用章", "考核发证专用章")),
        )
    return img, {"design": design, "style": _describe(style), "date_style": date_style, "seal": stamped}


def render_ic_card(truth: dict, rng: random.Random) -> tuple[Image.Image, dict]:
    """The older (2010 版) IC card: chip, blue gradient, 准操项目, bare 18-digit 证号, 安监局 issuers."""
    w, h = rng.choice(((1586, 1000), (1480, 933), (1700, 1072)))
    top_c = np.array(rng.choice(((190, 215, 240), (215, 230, 245), (235, 238, 225))), np.float32)
    bot_c = np.array((250, 252, 255), np.float32)
    ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    grad = (top_c * (1 - ramp) + bot_c * ramp) * np.ones((1, w, 1), np.float32)
    img = Image.fromarray(grad.astype(np.uint8))
    draw = ImageDraw.Draw(img)
    for k in range(0, w + h, 40):
        draw.arc((k - 600, h * 0.4, k + 600, h * 2.2), 200, 340, fill=(200, 215, 235), width=2)
    title_face = rng.choice(("serif_bold", "ming", "zenhei"))
    put(draw, (w * 0.5, h * 0.09), "特种作业操作证", title_face, int(h * 0.075), (170, 25, 30), anchor="mm")
    if rng.random() < 0.6:
        put(
            draw,
            (w * 0.5, h * 0.165),
            "国家安全生产监督管理总局监制",
            "ming",
            int(h * 0.032),
            (80, 80, 110),
            anchor="mm",
        )
    # contact chip
    cx, cy, cw, ch = w * 0.06, h * 0.36, w * 0.11, h * 0.14
    _rounded(draw, (cx, cy, cx + cw, cy + ch), 12, fill=(212, 180, 90), outline=(150, 120, 50), width=2)
    for k in (1, 2):
        draw.line((cx, cy + ch * k / 3, cx + cw, cy + ch * k / 3), fill=(150, 120, 50), width=2)
    draw.line((cx + cw / 2, cy, cx + cw / 2, cy + ch), fill=(150, 120, 50), width=2)
    pw, ph = int(w * 0.17), int(w * 0.17 * 1.3)
    px, py = int(w * 0.8), int(h * 0.24)
    img.paste(portrait((pw, ph), rng), (px, py))
    style = random_style(rng, int(h * 0.048), faces=("ming", "serif", "kai", "zenhei"))
    style.placement = "inline"
    date_style = rng.choice(DATE_STYLES)
    first = dt.date.fromisoformat(truth["first_issued"])
    start, end = dt.date.fromisoformat(truth["valid_from"]), dt.date.fromisoformat(truth["valid_to"])
    two_lines = rng.random() < 0.25
    validity = (
        [
            [("validity", "有效期限", format_date(start, date_style))],
            [("validity_to", "至", format_date(end, date_style))],
        ]
        if two_lines
        else [[("validity", _validity_label(rng), validity_text(start, end, date_style, rng))]]
    )
    rows: list[list[Item]] = [
        [("cert_no", "证号", truth["cert_no"])],
        [("name", "姓名", truth["name"]), ("sex", "性别", truth["sex"])],
        [("category", "作业类别", truth["category"])],
        [("item", "准操项目", truth["item"].replace("(", "（").replace(")", "）"))],
        [("first_issued", "初领日期", format_date(first, date_style))],
        *validity,
        [("issuer", "发证机关", truth["issuer"])],
    ]
    boxes = draw_fields(img, (w * 0.2, h * 0.22, w * 0.78, h * 0.95), rows, style)
    stamped = rng.random() < 0.6
    if stamped:
        b = boxes["issuer"]
        stamp(
            img,
            (b[0] + (b[2] - b[0]) * rng.uniform(0.3, 0.8), (b[1] + b[3]) / 2 - h * 0.04),
            int(h * rng.uniform(0.25, 0.3)),
            truth["issuer"],
            rng,
        )
    return img, {
        "style": _describe(style),
        "date_style": date_style,
        "two_line_validity": two_lines,
        "seal": stamped,
    }


def render_mgmt_cert(truth: dict, rng: random.Random) -> tuple[Image.Image, dict]:
    """安全生产知识和管理能力考核合格证: a single portrait page or a booklet spread."""
    spread = rng.random() < 0.5
    w, h = (2000, 1360) if spread else (1240, 1700)
    img = paper((w, h), rng, base=rng.choice(((252, 250, 244), (246, 250, 252), (255, 255, 255))))
    draw = ImageDraw.Draw(img)
    accent = rng.choice(((150, 25, 30), (20, 60, 130), (30, 30, 35)))
    title_face = rng.choice(("serif_bold", "kai", "zenhei"))
    style = random_style(rng, 46 if spread else 44)
    date_style = rng.choice(DATE_STYLES)
    first = dt.date.fromisoformat(truth["first_issued"])
    start, end = dt.date.fromisoformat(truth["valid_from"]), dt.date.fromisoformat(truth["valid_to"])
    rows: list[list[Item]] = [
        [("cert_no", "证书编号", truth["cert_no"])],
        [("name", "姓名", truth["name"]), ("sex", "性别", truth["sex"])],
        [("id_number", "身份证号", truth["id_number"])],
        [("employer", "单位名称", truth["employer"])],
        [("post", "人员类型", truth["post"])],
        [("industry", "行业类别", truth["industry"])],
        [("first_issued", "初领日期", format_date(first, date_style))],
        [("validity", rng.choice(("有效期", "有效期限")), validity_text(start, end, date_style, rng))],
        [("issuer", "发证机关", truth["issuer"])],
    ]
    if spread:
        draw.rectangle((w / 2 - 3, 0, w / 2 + 3, h), fill=(205, 205, 205))
        put(draw, (w * 0.25, h * 0.14), "安全生产知识和管理能力", title_face, 58, accent, anchor="mm")
        put(draw, (w * 0.25, h * 0.22), "考核合格证", title_face, 72, accent, anchor="mm")
        pw, ph = 300, 400
        img.paste(portrait((pw, ph), rng), (int(w * 0.25 - pw / 2), int(h * 0.32)))
        left_rows, right_rows = rows[:1], rows[1:]
        boxes = draw_fields(img, (w * 0.04, h * 0.66, w * 0.47, h * 0.76), left_rows, style)
        style.grid = False if style.placement == "below" else style.grid
        boxes.update(draw_fields(img, (w * 0.53, h * 0.07, w * 0.97, h * 0.95), right_rows, style))
    else:
        put(
            draw,
            (w / 2, h * 0.07),
            "安全生产知识和管理能力考核合格证",
            title_face,
            62,
            accent,
            anchor="mm",
            max_width=w * 0.9,
        )
        pw, ph = 260, 350
        img.paste(portrait((pw, ph), rng), (int(w * 0.74), int(h * 0.12)))
        boxes = draw_fields(img, (w * 0.06, h * 0.12, w * 0.7, h * 0.33), rows[:3], style)
        boxes.update(draw_fields(img, (w * 0.06, h * 0.34, w * 0.95, h * 0.9), rows[3:], style))
    stamped = rng.random() < 0.75
    if stamped:
        b = boxes["issuer"]
        stamp(
            img,
            (b[0] + (b[2] - b[0]) * rng.uniform(0.4, 0.9), (b[1] + b[3]) / 2 - 20),
            int(rng.uniform(300, 380)),
            truth["issuer"],
            rng,
            bottom="",
        )
    return img, {"spread": spread, "style": _describe(style), "date_style": date_style, "seal": stamped}


def render_so_back(truth: dict, rng: random.Random) -> tuple[Image.Image, dict]:
    """The back of a new-style card: 复审 records as a ruled table or as a list, each with a small seal."""
    w, h = rng.choice(((1600, 1010), (1520, 960), (1700, 1100)))
    img = paper((w, h), rng)
    draw = ImageDraw.Draw(img)
    face = rng.choice(BODY_FACES)
    ink = rng.choice(((20, 20, 25), (15, 30, 70)))
    size = int(h * 0.045)
    date_style = rng.choice(DATE_STYLES)
    y = h * 0.06
    put(
        draw,
        (w / 2, y + size),
        rng.choice(("复审记录", "复审信息", "复 审 记 录")),
        rng.choice(("serif_bold", "zenhei")),
        int(size * 1.4),
        ink,
        anchor="mm",
    )
    y += size * 2.6
    if "cert_no" in truth:
        put(
            draw,
            (w * 0.06, y),
            rng.choice(("证号：", "证号 ", "证　号：")) + truth["cert_no"],
            face,
            size,
            ink,
        )
        y += size * 1.9
    reviews = [dt.date.fromisoformat(d) for d in truth["reviews"]]
    table = rng.random() < 0.6
    slots = max(4, len(reviews) + rng.choice((0, 1, 2)))
    step = (h * 0.94 - y) / (slots + (1 if table else 0))
    seals = []
    if table:
        cols = (w * 0.05, w * 0.38, w * 0.6, w * 0.95)
        heads = ("复审日期", "复审结果", rng.choice(("复审机关", "复审机构(盖章)", "签章")))
        for r in range(slots + 2):
            draw.line((cols[0], y + r * step, cols[-1], y + r * step), fill=(80, 80, 90), width=2)
        for c in cols:
            draw.line((c, y, c, y + (slots + 1) * step), fill=(80, 80, 90), width=2)
        for c, head in enumerate(heads):
            put(
                draw,
                ((cols[c] + cols[c + 1]) / 2, y + step / 2),
                head,
                face,
                int(size * 0.9),
                ink,
                anchor="mm",
                max_width=cols[c + 1] - cols[c] - 10,
            )
        for i, day in enumerate(reviews):
            cy = y + (i + 1.5) * step
            put(
                draw,
                ((cols[0] + cols[1]) / 2, cy),
                format_date(day, date_style),
                face,
                size,
                ink,
                anchor="mm",
            )
            put(draw, ((cols[1] + cols[2]) / 2, cy), "合格", face, size, ink, anchor="mm")
            seals.append(((cols[2] + cols[3]) / 2, cy))
    else:
        for i, day in enumerate(reviews):
            cy = y + (i + 0.5) * step
            label = rng.choice(("复审日期", f"第{'一二三四五'[i]}次复审"))
            put(
                draw, (w * 0.07, cy), f"{label}：{format_date(day, date_style)}", face, size, ink, anchor="lm"
            )
            put(draw, (w * 0.55, cy), "复审结果：合格", face, size, ink, anchor="lm")
            seals.append((w * 0.85, cy))
    issuer = random_issuer(rng)
    for center in seals:
        stamp(img, (center[0] + rng.uniform(-20, 20), center[1]), int(min(step * 1.6, h * 0.2)), issuer, rng)
    return img, {"table": table, "date_style": date_style, "face": face}


def status_bar(draw: ImageDraw.ImageDraw, w: int, height: int, rng: random.Random, dark: bool) -> None:
    ink = (255, 255, 255) if dark else (20, 20, 20)
    size = int(height * 0.5)
    put(
        draw,
        (w * 0.06, height / 2),
        f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
        "microhei",
        size,
        ink,
        anchor="lm",
    )
    x = w * 0.7
    for k in range(4):
        bar = height * (0.2 + 0.12 * k)
        draw.rectangle(
            (x + k * size * 0.35, height * 0.7 - bar, x + k * size * 0.35 + size * 0.22, height * 0.7),
            fill=ink,
        )
    put(
        draw,
        (x + size * 1.7, height / 2),
        rng.choice(("5G", "4G", "")),
        "microhei",
        int(size * 0.8),
        ink,
        anchor="lm",
    )
    bx = w * 0.86
    draw.rounded_rectangle((bx, height * 0.3, bx + size * 1.8, height * 0.7), radius=4, outline=ink, width=2)
    level = rng.uniform(0.2, 1)
    draw.rectangle((bx + 4, height * 0.3 + 4, bx + 4 + (size * 1.8 - 8) * level, height * 0.7 - 4), fill=ink)


def render_e_screenshot(truth: dict, rng: random.Random) -> tuple[Image.Image, dict]:
    """A phone screenshot of an electronic licence page: status bar, app header, card image and/or rows."""
    w = rng.choice((1080, 1080, 1170, 750))
    h = int(w * rng.uniform(2.0, 2.22))
    bg = rng.choice(((245, 246, 248), (255, 255, 255), (238, 242, 247)))
    img = Image.new("RGB", (w, h), bg)
    draw = ImageDraw.Draw(img)
    theme = rng.choice(((22, 119, 255), (200, 40, 40), (7, 150, 105), (40, 60, 120)))
    bar_h, head_h = int(w * 0.075), int(w * 0.13)
    draw.rectangle((0, 0, w, bar_h + head_h), fill=theme)
    status_bar(draw, w, bar_h, rng, dark=True)
    put(
        draw,
        (w * 0.05, bar_h + head_h / 2),
        "<",
        "microhei",
        int(head_h * 0.45),
        (255, 255, 255),
        anchor="lm",
    )
    put(
        draw,
        (w / 2, bar_h + head_h / 2),
        rng.choice(("电子证照", "证照详情", "我的证照", "特种作业操作证")),
        "microhei",
        int(head_h * 0.36),
        (255, 255, 255),
        anchor="mm",
    )
    mode = rng.choice(("card", "list", "both", "list"))
    y = bar_h + head_h + w * 0.05
    date_style = rng.choice(DATE_STYLES)
    first = dt.date.fromisoformat(truth["first_issued"])
    start, end = dt.date.fromisoformat(truth["valid_from"]), dt.date.fromisoformat(truth["valid_to"])
    meta: dict[str, Any] = {"mode": mode, "date_style": date_style}
    if mode in ("card", "both"):
        card, card_meta = render_so_front(truth, rng, compact=True)
        cw = int(w * 0.92)
        card = card.resize((cw, int(card.height * cw / card.width)), Image.LANCZOS)
        img.paste(card, (int(w * 0.04), int(y)))
        y += card.height + w * 0.05
        meta["card"] = card_meta
    if mode in ("list", "both"):
        rows = [
            ("姓名", truth["name"]), ("性别", truth["sex"]), ("证号", truth["cert_no"]),
            ("作业类别", truth["category"]), ("操作项目", truth["item"]),
            ("初领日期", format_date(first, date_style)),
            ("有效期限", validity_text(start, end, date_style, rng)), ("签发机关", truth["issuer"]),
        ]  # fmt: skip
        size = int(w * 0.04)
        row_h = size * 2.6
        stacked = rng.random() < 0.35
        if stacked:
            row_h = size * 3.4
        panel = (w * 0.04, y, w * 0.96, y + row_h * len(rows) + size)
        _rounded(draw, panel, 24, fill=(255, 255, 255))
        value_right = rng.random() < 0.5
        face = rng.choice(("microhei", "zenhei"))
        for i, (label, value) in enumerate(rows):
            ry = y + size * 0.5 + i * row_h
            if stacked:
                put(draw, (w * 0.08, ry + size * 0.2), label, face, int(size * 0.8), (140, 140, 150))
                put(draw, (w * 0.08, ry + size * 1.4), value, face, size, (25, 25, 30), max_width=w * 0.84)
            else:
                put(
                    draw,
                    (w * 0.08, ry + row_h / 2),
                    label,
                    face,
                    int(size * 0.9),
                    (130, 130, 140),
                    anchor="lm",
                )
                if value_right:
                    put(
                        draw,
                        (w * 0.92, ry + row_h / 2),
                        value,
                        face,
                        size,
                        (25, 25, 30),
                        anchor="rm",
                        max_width=w * 0.6,
                    )
                else:
                    put(
                        draw,
                        (w * 0.34, ry + row_h / 2),
                        value,
                        face,
                        size,
                        (25, 25, 30),
                        anchor="lm",
                        max_width=w * 0.58,
                    )
            if i < len(rows) - 1:
                draw.line((w * 0.08, ry + row_h, w * 0.92, ry + row_h), fill=(230, 230, 235), width=2)
        y = panel[3] + w * 0.05
        meta.update(stacked=stacked, value_right=value_right, face=face)
    if y < h - w * 0.3:
        for k, label in enumerate(rng.sample(("出示二维码", "下载证照", "证照核验", "分享"), 2)):
            bx = w * (0.06 + 0.46 * k)
            _rounded(draw, (bx, y, bx + w * 0.42, y + w * 0.12), 20, outline=theme, width=3)
            put(draw, (bx + w * 0.21, y + w * 0.06), label, "microhei", int(w * 0.04), theme, anchor="mm")
    # anti-copy watermark: faint diagonal text over the whole page
    mark = Image.new("L", (w, h), 0)
    md = ImageDraw.Draw(mark)
    for yy in range(0, h, int(w * 0.35)):
        for xx in range(-w, w, int(w * 0.6)):
            md.text(
                (xx + (yy // 3) % 200, yy), "仅供核验使用", font=font("microhei", int(w * 0.045)), fill=255
            )
    mark = mark.rotate(25, resample=Image.BICUBIC)
    alpha = np.asarray(mark, np.float32)[..., None] / 255 * rng.uniform(0.05, 0.1)
    arr = np.asarray(img, np.float32) * (1 - alpha) + 128 * alpha
    img = Image.fromarray(arr.astype(np.uint8))
    ImageDraw.Draw(img).rounded_rectangle(
        (w * 0.35, h - w * 0.03, w * 0.65, h - w * 0.018), radius=5, fill=(30, 30, 30)
    )
    return img, meta


def _describe(style: FieldStyle) -> dict:
    return {
        k: v
        for k, v in style.__dict__.items()
        if k in ("label_face", "value_face", "spacing", "colon", "placement", "grid")
    }


# ---------------------------------------------------------------------------------------------- camera


@dataclass
class Shot:
    long_side: int
    fill: float
    rotation: float
    perspective: float
    blur: float
    motion: int
    light: float
    shadow: float
    noise: float
    warm: float
    quality: int
    surface: str
    extra: dict = field(default_factory=dict)


def random_shot(rng: random.Random, *, screen: bool = False) -> Shot:
    return Shot(
        long_side=rng.choice((rng.randint(1280, 2000), rng.randint(2000, 3000), rng.randint(3000, 4032))),
        fill=rng.uniform(0.55, 0.88),
        rotation=rng.choice((rng.uniform(-3, 3), rng.uniform(-8, 8), rng.uniform(-15, 15))),
        perspective=rng.choice((rng.uniform(0, 0.03), rng.uniform(0.02, 0.08))),
        blur=rng.choice((0.0, rng.uniform(0.3, 0.9), rng.uniform(0.8, 1.4))),
        motion=rng.choice((0, 0, 0, rng.randint(3, 6))),
        light=rng.choice((0.0, rng.uniform(0.15, 0.35), rng.uniform(0.3, 0.5))),
        shadow=rng.choice((0.0, 0.0, rng.uniform(0.2, 0.45))) if not screen else 0.0,
        noise=rng.uniform(1.5, 6.0),
        warm=rng.uniform(-0.08, 0.1),
        quality=rng.choice((rng.randint(40, 60), rng.randint(60, 85), rng.randint(85, 95))),
        surface=rng.choice(("wood", "desk", "cloth", "concrete", "dark")),
    )


def surface(w: int, h: int, kind: str, gen: np.random.Generator) -> np.ndarray:
    base = {
        "wood": (70, 110, 150),
        "desk": (200, 200, 195),
        "cloth": (90, 60, 50),
        "concrete": (135, 135, 130),
        "dark": (40, 38, 36),
    }[kind]  # BGR
    sw, sh = max(2, w // 4), max(2, h // 4)  # drawn at quarter size: the desk is out of focus anyway
    img = np.ones((sh, sw, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        grain = cv2.resize(
            gen.normal(0, 1, (max(2, h // 40), 4)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC
        )
        img += grain[..., None] * 18
    coarse = cv2.resize(gen.normal(0, 1, (max(2, h // 80), max(2, w // 80), 3)).astype(np.float32), (sw, sh))
    return cv2.resize(img + coarse * 8, (w, h), interpolation=cv2.INTER_LINEAR)


def photograph(
    doc: Image.Image | np.ndarray, shot: Shot, rng: random.Random, *, screen: bool = False
) -> np.ndarray:
    """A phone photo of a flat document: framing, tilt, perspective, light, shadow, blur, noise (BGR)."""
    gen = np.random.default_rng(rng.randrange(1 << 30))
    rgb = doc if isinstance(doc, np.ndarray) else np.asarray(doc.convert("RGB"), np.float32)
    src = np.ascontiguousarray(rgb[:, :, ::-1], np.float32)
    dh, dw = src.shape[:2]
    landscape = dw >= dh
    aspect = rng.choice((4 / 3, 4 / 3, 16 / 9))
    W, H = (
        (shot.long_side, int(shot.long_side / aspect))
        if landscape
        else (int(shot.long_side / aspect), shot.long_side)
    )
    scale = min(W * shot.fill / dw, H * shot.fill / dh)
    hw, hh = dw * scale / 2, dh * scale / 2
    corners = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]])
    a = math.radians(shot.rotation)
    corners = corners @ np.array([[math.cos(a), math.sin(a)], [-math.sin(a), math.cos(a)]])
    j = shot.perspective * max(hw, hh) * 2
    corners += gen.uniform(-j, j, (4, 2))
    span = corners.max(axis=0) - corners.min(axis=0)
    corners *= min(1.0, 0.95 * W / span[0], 0.95 * H / span[1])
    corners += np.array([W / 2 + gen.uniform(-0.03, 0.03) * W, H / 2 + gen.uniform(-0.03, 0.03) * H])
    m = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]]), corners.astype(np.float32)
    )
    if (
        scale < 0.7 and not screen
    ):  # pre-shrink so the warp does not alias fine print the way no camera lens would
        k = scale / 0.9
        src = cv2.resize(src, (int(dw * k), int(dh * k)), interpolation=cv2.INTER_AREA)
        m = m @ np.diag([1 / k, 1 / k, 1.0])
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(src.shape[:2], np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    photo = cv2.blendLinear(warped, surface(W, H, shot.surface, gen), mask, 1 - mask)
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    gain = np.ones_like(xx)
    if shot.light:
        theta = gen.uniform(0, math.tau)
        ramp = (xx / W - 0.5) * math.cos(theta) + (yy / H - 0.5) * math.sin(theta)
        gain *= 1 - shot.light * (ramp - ramp.min()) / max(1e-6, np.ptp(ramp))
        r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
        gain *= 1 - 0.35 * shot.light * r2 / r2.max()
    if shot.shadow:  # a soft-edged shadow (a hand or the phone) over part of the frame
        p0 = np.array([gen.uniform(0, W), 0.0])
        direction = gen.uniform(-1, 1)
        edge = (xx - p0[0]) - direction * yy
        soft = 1 / (1 + np.exp(-edge / (0.02 * W)))
        gain *= 1 - shot.shadow * (soft if gen.random() < 0.5 else 1 - soft)
    gain = cv2.resize(gain, (W, H), interpolation=cv2.INTER_LINEAR)[..., None]
    photo *= gain
    photo *= np.array([1 - shot.warm, 1.0, 1 + shot.warm], np.float32)
    if shot.blur:
        photo = cv2.GaussianBlur(photo, (0, 0), shot.blur * shot.long_side / 2000)
    if shot.motion:
        k = np.zeros((shot.motion, shot.motion), np.float32)
        k[shot.motion // 2, :] = 1 / shot.motion
        rot = cv2.getRotationMatrix2D((shot.motion / 2 - 0.5, shot.motion / 2 - 0.5), gen.uniform(0, 180), 1)
        k = cv2.warpAffine(k, rot, (shot.motion, shot.motion))
        photo = cv2.filter2D(photo, -1, k / max(k.sum(), 1e-6))
    luma = gen.standard_normal((H, W), dtype=np.float32) * shot.noise
    chroma = gen.standard_normal((H // 2, W // 2, 3), dtype=np.float32) * (shot.noise * 0.5)
    photo += luma[..., None]
    photo += cv2.resize(chroma, (W, H), interpolation=cv2.INTER_LINEAR)  # sensor chroma noise is coarser
    return np.clip(photo, 0, 255).astype(np.uint8)


def on_screen(content: Image.Image, rng: random.Random, *, phone: bool) -> tuple[np.ndarray, dict]:
    """The content as an emitting screen shows it: sub-pixel grid, bezel; glare and reflection come later.

    Returns linear RGB floats that may exceed 255 (a lit sub-pixel is brighter than the average the camera
    sees); the camera model clips after warping, so white stays white while the grid survives as texture.
    """
    # Phones (OLED) have a PenTile layout, 2 x 2 sub-pixels per pixel (R G / B G) at native resolution;
    # monitors an RGB stripe, 3 x 3 per pixel, and fewer pixels for the same card.
    cell, limit = (2, 2400) if phone else (3, 1400)
    if max(content.size) > limit:
        k = limit / max(content.size)
        content = content.resize((int(content.width * k), int(content.height * k)), Image.LANCZOS)
    src = np.asarray(content.convert("RGB"), np.float32)
    up = cv2.resize(src, None, fx=cell, fy=cell, interpolation=cv2.INTER_NEAREST)
    grid = np.zeros((cell, cell, 3), np.float32)
    if phone:
        grid[0, 0, 0] = grid[0, 1, 1] = grid[1, 0, 2] = grid[1, 1, 1] = 1.0
    else:
        for c in range(3):
            grid[:, c, c] = 1.0
    grid = grid * rng.uniform(0.3, 0.55) + 0.5  # lens blur leaves the stripes faint, not saturated
    if not phone:
        grid[cell - 1, :, :] *= rng.uniform(0.55, 0.8)  # dark gap between pixel rows
    grid /= grid.mean(axis=(0, 1), keepdims=True)
    up *= np.tile(grid, (src.shape[0], src.shape[1], 1))
    up = up * rng.uniform(0.85, 1.0) + rng.uniform(0, 12)  # screen brightness and black level
    bezel = int(min(up.shape[:2]) * (0.04 if phone else 0.025))
    frame = np.full((up.shape[0] + 2 * bezel, up.shape[1] + 2 * bezel, 3), 13.0, np.float32)
    frame[bezel : bezel + up.shape[0], bezel : bezel + up.shape[1]] = up
    return frame, {"phone": phone, "cell": cell}


def screen_artifacts(photo: np.ndarray, rng: random.Random) -> tuple[np.ndarray, dict]:
    """Glare (a soft bright blob), a faint reflection and a low-frequency moiré beat on top of the shot."""
    gen = np.random.default_rng(rng.randrange(1 << 30))
    H, W = photo.shape[:2]
    out = photo.astype(np.float32)
    yy, xx = np.mgrid[0:H:4, 0:W:4].astype(np.float32)
    gx, gy = gen.uniform(0.2, 0.8) * W, gen.uniform(0.2, 0.8) * H
    glare_strength = rng.uniform(40, 110)
    glare = np.exp(-(((xx - gx) / (0.18 * W)) ** 2 + ((yy - gy) / (0.12 * H)) ** 2)) * glare_strength
    angle = gen.uniform(0, math.pi)
    freq = gen.uniform(0.015, 0.04)
    beat = np.sin((xx * math.cos(angle) + yy * math.sin(angle)) * freq * math.tau / 4) * rng.uniform(4, 10)
    reflection = cv2.GaussianBlur(gen.uniform(0, 1, (8, 8)).astype(np.float32), (0, 0), 1.5)
    reflection = cv2.resize(
        reflection, (xx.shape[1], xx.shape[0]), interpolation=cv2.INTER_CUBIC
    ) * rng.uniform(6, 18)
    add = cv2.resize(glare + reflection, (W, H), interpolation=cv2.INTER_LINEAR)[..., None]
    mul = 1 + cv2.resize(beat, (W, H), interpolation=cv2.INTER_LINEAR)[..., None] / 100
    out = out * mul + add
    return np.clip(out, 0, 255).astype(np.uint8), {
        "glare": round(glare_strength),
        "moire_freq": round(freq, 3),
    }


def encode(bgr: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return buf.tobytes()


# ---------------------------------------------------------------------------------------------- samples


@dataclass
class Sample:
    """One photo of the split with what a reader should return for it."""

    layout: str
    fields: dict[str, Any]
    data: bytes
    ext: str  # "jpg" or "png"
    meta: dict = field(default_factory=dict)


def _shot_meta(shot: Shot) -> dict:
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in shot.__dict__.items() if k != "extra"}


def sample(index: int, seed: int = SEED, layout: str | None = None) -> Sample:
    """Photo `index` of the split; the same (seed, index) always gives the same bytes."""
    rng = random.Random(f"ocr-testsplit/{seed}/{index}")
    layout = layout or LAYOUTS[index % len(LAYOUTS)]
    holder = random_holder(rng)
    if layout == "mgmt_cert":
        truth = mgmt_truth(rng, holder)
        doc, meta = render_mgmt_cert(truth, rng)
    elif layout == "so_back":
        first = dt.date(rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28))
        count = rng.randint(1, 4)
        reviews = [
            _add_years(first, 3 * (k + 1)) + dt.timedelta(days=rng.randint(-40, 20)) for k in range(count)
        ]
        truth = {"reviews": [d.isoformat() for d in reviews]}
        if rng.random() < 0.6:
            truth = {"cert_no": "T" + holder.id_number, **truth}
        doc, meta = render_so_back(truth, rng)
    elif layout == "ic_card":
        truth = card_truth(rng, holder, old=True, bare_id=True)
        doc, meta = render_ic_card(truth, rng)
    else:
        truth = card_truth(rng, holder)
        if layout == "so_front":
            doc, meta = render_so_front(truth, rng)
        else:
            doc, meta = render_e_screenshot(truth, rng)
            if layout == "screen_photo" and rng.random() < 0.35:
                doc, meta = render_so_front(truth, rng, compact=True)  # a card shown on a monitor
                meta["content"] = "card_on_monitor"
    if layout == "e_screenshot":
        scale = rng.choice((1.0, 1.0, rng.uniform(0.6, 0.95)))  # messengers shrink screenshots
        scale = max(scale, min(1.0, 640 / doc.width))  # but not below a legible 640 px width
        if scale != 1.0:
            doc = doc.resize((int(doc.width * scale), int(doc.height * scale)), Image.LANCZOS)
        meta["scale"] = round(scale, 3)
        if rng.random() < 0.5:
            out = io.BytesIO()
            doc.save(out, format="PNG", optimize=False)
            return Sample(layout, truth, out.getvalue(), "png", meta)
        quality = rng.randint(60, 95)
        meta["quality"] = quality
        bgr = np.asarray(doc.convert("RGB"))[:, :, ::-1]
        return Sample(layout, truth, encode(np.ascontiguousarray(bgr), quality), "jpg", meta)
    if layout == "screen_photo":
        screen, screen_meta = on_screen(doc, rng, phone=meta.get("content") != "card_on_monitor")
        shot = random_shot(rng, screen=True)
        shot.fill = rng.uniform(0.7, 0.9)
        shot.long_side = max(shot.long_side, 2400)  # a phone's main camera, not a thumbnail
        shot.blur = rng.uniform(0.3, 0.8)
        shot.rotation = max(-8.0, min(8.0, shot.rotation))
        bgr = photograph(screen, shot, rng, screen=True)
        bgr, artefacts = screen_artifacts(bgr, rng)
        meta.update(screen=screen_meta, shot=_shot_meta(shot), **artefacts)
        return Sample(layout, truth, encode(bgr, max(55, shot.quality)), "jpg", meta)
    shot = random_shot(rng)
    bgr = photograph(doc, shot, rng)
    meta["shot"] = _shot_meta(shot)
    return Sample(layout, truth, encode(bgr, shot.quality), "jpg", meta)


def sample_tuple(args: tuple[int, int]) -> tuple[str, dict, bytes, str, dict]:
    """For process pools: (index, seed) -> plain values."""
    index, seed = args
    s = sample(index, seed)
    return s.layout, s.fields, s.data, s.ext, s.meta
