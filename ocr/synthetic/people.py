"""Who and what is printed: random people with valid ID numbers, certificates, names, employers, dates.

The truth side of every generated document lives here, apart from any drawing, so a test can build the
registry row it expects before (or without) rendering a picture of it.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass

from stdnum import numdb
from stdnum.cn import ric

from ocr.catalog import SPECIAL_OPERATIONS
from ocr.places import entry_names

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉玲华建国文斌波宇浩鹏飞凯红燕萍琳晨欣怡轩涵泽俊峰志海春梅兰"
    "丹新亮成林雪琴云龙鑫佳婷宁安立德光永胜利"
)
# The wider pool of given-name characters real registries hold, beyond the commonest: used for a share of
# the names so that the reader meets glyphs (婧, 璐, 骁, 翀) the recogniser knows less well.
GIVEN_WIDE = (
    "婧旭颖昊琦璐淼蕾曦睿莹瑶翔倩骏彬钰嘉婕霖晗昕炜煜晔珂琪瑾瑜璇璟玮珏琛骁骞翀羿铭锐锋锴钧鹤鸿雁鹃鹭"
    "瀚澜沛泓湘潇滢漪溪洁淑娴婉妍媛姝嫣娅妮蓓蕊芸茜荔菁萱蔚薇馨雯霏霓露岚峥嵘崇岳巍屹彦毅恒悦惠慧懿"
    "晟晖暄曜朗柏桐楠榕槿樱桦栋梁楷森焱烨熠燊珊珍琼瑞璋竣笛筠箐纬绮缨罡翊耀聪肃舒航芮苒茗莎菲萌葳"
    "蓉蔓藻虹蝶衡赫跃迪逸道邦钊铎锦镇阔阳隽雍韬韵顺颀飒馥驰骐魁鹏黛鼎"
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
# "cn_numeral" (二〇二一年三月十五日) can be drawn but is not in the random mix yet: the reader parses it,
# but on screen photos OCR loses characters of it often enough that it needs its own work first.
DATE_STYLES = ("dash", "dot", "cn", "cn_nopad", "slash")
_CN_DIGITS = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    """1 .. 31 in Chinese numerals as dates print them: 五, 十, 十二, 二十, 二十五."""
    tens, units = divmod(n, 10)
    high = (("" if tens == 1 else _CN_DIGITS[tens]) + "十") if tens else ""
    return high + (_CN_DIGITS[units] if units else "")


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
        issuer=random_issuer(rng),
        id_number=person.id_number,
    )


@functools.cache
def _units() -> tuple[tuple[str, str, str], ...]:
    """(province, prefecture, county) names of today's units, from python-stdnum's GB/T 2260 table: the
    places issuing authorities are named after, beyond the handful in ISSUERS."""
    out = []
    for _l, _lo, _hi, province, prefectures in numdb.get("cn/loc").prefixes:
        names: dict[str, str] = {}
        for _l2, code, _hi2, props, _children in prefectures:
            current = [name for name, in_use in entry_names(props.get("county", "")) if in_use]
            name = current[-1] if current else ""
            if not name or "直辖" in name:
                continue  # abolished units are not drawn: their cards predate 应急管理
            names[code] = name
        for code, county in names.items():
            if code.endswith("00"):
                continue  # the province itself, or a prefecture: drawn as the parent of its counties
            prefecture = names.get(code[:2] + "00", "")
            out.append((province.get("province", ""), prefecture, county))
    return tuple(unit for unit in out if unit[0])


def random_issuer(rng: random.Random) -> str:
    """An authority as cards name them: mostly the common ones (ISSUERS); else a province, prefecture or
    county bureau anywhere, written with its parent place or without, under today's or the older name."""
    if rng.random() < 0.5:
        return rng.choice(ISSUERS)
    province, prefecture, county = rng.choice(_units())
    roll = rng.random()
    if roll < 0.2 or not prefecture:
        place = province
    elif roll < 0.55:
        place = prefecture
    elif roll < 0.7:
        place = province + prefecture
    elif roll < 0.85:
        place = county
    else:
        place = prefecture + county
    if place == province and not province.endswith("市"):
        return place + ("应急管理厅" if rng.random() < 0.85 else "安全生产监督管理局")
    return place + ("应急管理局" if rng.random() < 0.85 else "安全生产监督管理局")


def format_date(iso: str, style: str) -> str:
    """How a date is printed: the forms seen on real cards and sheets."""
    day = dt.date.fromisoformat(iso)
    if style == "dot":
        return f"{day:%Y.%m.%d}"
    if style == "cn":
        return f"{day:%Y年%m月%d日}"
    if style == "cn_nopad":
        return f"{day.year}年{day.month}月{day.day}日"
    if style == "slash":
        return f"{day.year}/{day.month}/{day.day}"
    if style == "cn_numeral":
        year = "".join(_CN_DIGITS[int(c)] for c in str(day.year))
        return f"{year}年{_cn_number(day.month)}月{_cn_number(day.day)}日"
    return day.isoformat()


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


def random_name(rng: random.Random) -> str:
    """Names as they occur: mostly a surname and one or two characters, sometimes a compound surname
    (欧阳娜娜), now and then a minority name written with a middle dot."""
    roll = rng.random()
    if roll < 0.03:
        return rng.choice(MINORITY_NAMES)
    surname = rng.choice(COMPOUND_SURNAMES) if roll < 0.1 else rng.choice(SURNAMES)
    pool = GIVEN_WIDE if rng.random() < 0.4 else GIVEN
    return surname + "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2))))


def random_employer(rng: random.Random) -> str:
    return (
        rng.choice(EMPLOYER_PLACES) + rng.choice(EMPLOYER_WORDS) + rng.choice(EMPLOYER_KINDS)
        + rng.choice(EMPLOYER_SUFFIXES)
    )  # fmt: skip
