"""Frozen numeric codes for special-operations categories and items, used inside signed QR payloads.

A category or item name costs 15-40 bytes in UTF-8; a code costs 1-3. The codes follow the numbering of
the 特种作业目录 (category n, item n.m -> n * 100 + m), and they are written out here rather than derived
from a list's order: a payload signed today must decode to the same item for as long as the key is
trusted, whatever happens to other vocabularies in the project. Append new entries; never renumber.
"""

from __future__ import annotations

CATEGORIES: dict[int, str] = {
    1: "电工作业",
    2: "焊接与热切割作业",
    3: "高处作业",
    4: "制冷与空调作业",
    5: "煤矿安全作业",
    6: "金属非金属矿山安全作业",
    7: "石油天然气安全作业",
    8: "冶金(有色)生产安全作业",
    9: "危险化学品安全作业",
    10: "烟花爆竹安全作业",
}

ITEMS: dict[int, str] = {
    101: "高压电工作业",
    102: "低压电工作业",
    103: "防爆电气作业",
    201: "熔化焊接与热切割作业",
    202: "压力焊作业",
    203: "钎焊作业",
    301: "登高架设作业",
    302: "高处安装、维护、拆除作业",
    401: "制冷与空调设备运行操作作业",
    402: "制冷与空调设备安装修理作业",
    501: "煤矿井下电气作业",
    502: "煤矿井下爆破作业",
    503: "煤矿安全监测监控作业",
    504: "煤矿瓦斯检查作业",
    505: "煤矿安全检查作业",
    506: "煤矿提升机操作作业",
    507: "煤矿采煤机(掘进机)操作作业",
    508: "煤矿瓦斯抽采作业",
    509: "煤矿防突作业",
    510: "煤矿探放水作业",
    601: "金属非金属矿井通风作业",
    602: "尾矿作业",
    603: "金属非金属矿山安全检查作业",
    604: "金属非金属矿山提升机操作作业",
    605: "金属非金属矿山支柱作业",
    606: "金属非金属矿山井下电气作业",
    607: "金属非金属矿山排水作业",
    608: "金属非金属矿山爆破作业",
    701: "司钻作业",
    801: "煤气作业",
    901: "光气及光气化工艺作业",
    902: "氯碱电解工艺作业",
    903: "氯化工艺作业",
    904: "硝化工艺作业",
    905: "合成氨工艺作业",
    906: "裂解(裂化)工艺作业",
    907: "氟化工艺作业",
    908: "加氢工艺作业",
    909: "重氮化工艺作业",
    910: "氧化工艺作业",
    911: "过氧化工艺作业",
    912: "胺基化工艺作业",
    913: "磺化工艺作业",
    914: "聚合工艺作业",
    915: "烷基化工艺作业",
    916: "化工自动化控制仪表作业",
    1001: "烟火药制造作业",
    1002: "黑火药制造作业",
    1003: "引火线制造作业",
    1004: "烟花爆竹产品涉药作业",
    1005: "烟花爆竹储存作业",
}


def _key(text: str) -> str:
    """Registries write 电工 or 电工作业, full- or half-width brackets: compare in one form."""
    cleaned = "".join(text.split()).replace("（", "(").replace("）", ")")
    return cleaned.removesuffix("作业")


_CATEGORY_CODES = {_key(name): code for code, name in CATEGORIES.items()}
_ITEM_CODES = {_key(name): code for code, name in ITEMS.items()}


def category_code(name: str | None) -> int | None:
    return _CATEGORY_CODES.get(_key(name)) if name else None


def item_code(name: str | None) -> int | None:
    return _ITEM_CODES.get(_key(name)) if name else None


def category_of_item(code: int) -> int:
    return code // 100


def same_name(a: str | None, b: str | None) -> bool:
    """True when two spellings denote the same catalogue name (or are both empty)."""
    return _key(a or "") == _key(b or "")
