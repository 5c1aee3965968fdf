"""Closed vocabularies printed on certificates: special-operations categories and items, issuers.

A misread character in a category or item name is common (similar-looking glyphs, a stamp over one
character), and the names come from a national catalogue, so snapping a near miss to the catalogue entry
is safe: a certificate whose printed item is not in the catalogue at all is left as read, so a forged card
with an invented item still shows what it says.
"""

from __future__ import annotations

import difflib

# 特种作业目录 (AQ / 国家安全监管总局令第30号, as amended): category -> operation items.
SPECIAL_OPERATIONS: dict[str, tuple[str, ...]] = {
    "电工作业": ("高压电工作业", "低压电工作业", "防爆电气作业"),
    "焊接与热切割作业": ("熔化焊接与热切割作业", "压力焊作业", "钎焊作业"),
    "高处作业": ("登高架设作业", "高处安装、维护、拆除作业"),
    "制冷与空调作业": ("制冷与空调设备运行操作作业", "制冷与空调设备安装修理作业"),
    "煤矿安全作业": (
        "煤矿井下电气作业",
        "煤矿井下爆破作业",
        "煤矿安全监测监控作业",
        "煤矿瓦斯检查作业",
        "煤矿安全检查作业",
        "煤矿提升机操作作业",
        "煤矿采煤机(掘进机)操作作业",
        "煤矿瓦斯抽采作业",
        "煤矿防突作业",
        "煤矿探放水作业",
    ),
    "金属非金属矿山安全作业": (
        "金属非金属矿井通风作业",
        "尾矿作业",
        "金属非金属矿山安全检查作业",
        "金属非金属矿山提升机操作作业",
        "金属非金属矿山支柱作业",
        "金属非金属矿山井下电气作业",
        "金属非金属矿山排水作业",
        "金属非金属矿山爆破作业",
    ),
    "石油天然气安全作业": ("司钻作业",),
    "冶金(有色)生产安全作业": ("煤气作业",),
    "危险化学品安全作业": (
        "光气及光气化工艺作业",
        "氯碱电解工艺作业",
        "氯化工艺作业",
        "硝化工艺作业",
        "合成氨工艺作业",
        "裂解(裂化)工艺作业",
        "氟化工艺作业",
        "加氢工艺作业",
        "重氮化工艺作业",
        "氧化工艺作业",
        "过氧化工艺作业",
        "胺基化工艺作业",
        "磺化工艺作业",
        "聚合工艺作业",
        "烷基化工艺作业",
        "化工自动化控制仪表作业",
    ),
    "烟花爆竹安全作业": (
        "烟火药制造作业",
        "黑火药制造作业",
        "引火线制造作业",
        "烟花爆竹产品涉药作业",
        "烟花爆竹储存作业",
    ),
}

CATEGORIES: tuple[str, ...] = tuple(SPECIAL_OPERATIONS)
ITEMS: tuple[str, ...] = tuple(item for items in SPECIAL_OPERATIONS.values() for item in items)

PROVINCES: tuple[str, ...] = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
    "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
    "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
)  # fmt: skip

# Issuing authorities: provincial departments (厅) and city bureaus (局); older cards name the former
# work-safety administrations (安全生产监督管理局).
ISSUER_SUFFIXES: tuple[str, ...] = ("应急管理厅", "应急管理局", "安全生产监督管理局")


def _ascii_brackets(text: str) -> str:
    """Full-width brackets are printed on cards and read back either way: compare in one form."""
    return text.replace("（", "(").replace("）", ")")


def snap(text: str, vocabulary: tuple[str, ...], cutoff: float = 0.75) -> str:
    """The catalogue entry closest to `text` when it is a near miss; otherwise `text` unchanged."""
    cleaned = _ascii_brackets(text.strip())
    if not cleaned or cleaned in vocabulary:
        return cleaned
    matches = difflib.get_close_matches(cleaned, vocabulary, n=2, cutoff=cutoff)
    if not matches:
        return cleaned
    if len(matches) == 2:
        first = difflib.SequenceMatcher(None, cleaned, matches[0]).ratio()
        second = difflib.SequenceMatcher(None, cleaned, matches[1]).ratio()
        if first - second < 0.05:
            return cleaned  # ambiguous: two entries fit as well, keep what was read
    return matches[0]


def _cut_after_suffix(text: str) -> str:
    """Drops what follows the authority's name (a seal's 专用章 read into the same line), finding the
    suffix even when one of its characters was misread."""
    for candidate in ISSUER_SUFFIXES:
        at = text.find(candidate)
        if at > 0:
            return text[: at + len(candidate)]
    size = min(len(s) for s in ISSUER_SUFFIXES)
    for start in range(1, max(1, len(text) - size + 1)):
        for candidate in ISSUER_SUFFIXES:
            window = text[start : start + len(candidate)]
            if (
                len(window) == len(candidate)
                and difflib.SequenceMatcher(None, window, candidate).ratio() >= 0.8
            ):
                return text[: start + len(candidate)]
    return text


def snap_issuer(text: str) -> str:
    """Repairs the authority-type suffix and a provincial name when they are near misses.

    The place part of a city bureau is not in a closed list, so only the suffix and, for provincial
    departments, the province are snapped. When a misread suffix is as close to 厅 as to 局, the place
    decides: provinces and autonomous regions have departments (厅), cities bureaus (局).
    """
    cleaned = _cut_after_suffix(text.strip())
    suffix = next((s for s in ISSUER_SUFFIXES if cleaned.endswith(s)), None)
    if suffix is None:
        scored = []
        for candidate in ISSUER_SUFFIXES:
            for cut in (len(candidate) - 1, len(candidate), len(candidate) + 1):
                if len(cleaned) <= cut:
                    continue
                ratio = difflib.SequenceMatcher(None, cleaned[-cut:], candidate).ratio()
                if ratio >= 0.75:
                    scored.append((ratio, -abs(cut - len(candidate)), candidate, cut))
        if not scored:
            return cleaned
        scored.sort(reverse=True)
        top = [item for item in scored if item[:2] == scored[0][:2]]
        head = cleaned[: -top[0][3]]
        if len(top) > 1:
            provincial = head.endswith(("省", "自治区"))
            top = [item for item in top if item[2].endswith("厅") == provincial] or top
        suffix = top[0][2]
        cleaned = head + suffix
    head = cleaned[: -len(suffix)]
    if head and head not in PROVINCES and not head.endswith(("市", "州", "盟", "县")):
        province = snap(head, PROVINCES, cutoff=0.66)
        if province in PROVINCES:
            head = province
    return head + suffix
