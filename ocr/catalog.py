"""Closed vocabularies printed on certificates: special-operations categories and items, issuers.

A misread character in a category or item name is common (similar-looking glyphs, a stamp over one
character), and the names come from a national catalogue, so snapping a near miss to the catalogue entry
is safe: a certificate whose printed item is not in the catalogue at all is left as read, so a forged card
with an invented item still shows what it says.
"""

from __future__ import annotations

import difflib
import re

from ocr.places import known_place

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
            return _suffix_after_place(cleaned) or cleaned
        scored.sort(reverse=True)
        top = [item for item in scored if item[:2] == scored[0][:2]]
        head = cleaned[: -top[0][3]]
        if len(top) > 1:
            provincial = head.endswith(("省", "自治区"))
            top = [item for item in top if item[2].endswith("厅") == provincial] or top
        suffix = top[0][2]
        cleaned = head + suffix
    head = cleaned[: -len(suffix)]
    if head and not known_place(head) and not head.endswith(("市", "州", "盟", "县")):
        province = snap(head, PROVINCES, cutoff=0.66)
        if province in PROVINCES:
            head = province
    return head + suffix


def _suffix_after_place(text: str) -> str | None:
    """陕西省速管理厅: a suffix too far gone to be found alone, found after a known place (ocr.places) as the
    nearest suffix, a tie going to 厅 for a province and to 局 otherwise; None when there is none."""
    for cut in range(len(text) - 2, 1, -1):
        if known_place(text[:cut]):
            rest, provincial = text[cut:], text[:cut].endswith(("省", "自治区"))
            score, _, best = max(
                (difflib.SequenceMatcher(None, rest, s).ratio(), s.endswith("厅") == provincial, s)
                for s in ISSUER_SUFFIXES
            )
            return text[:cut] + best if score >= 0.6 else None
    return None


# An authority's name as printed, where no label says it is one: what the checks look for on a line alone.
AUTHORITY_RE = re.compile(r"(应急管理|监督管理)[厅局]$")


# 安全生产知识和管理能力考核合格证: who holds it, and the industries it is issued for (AQ/T 3034, 国家安全监管
# 总局令第80号). The industry list is open at the edges (provinces add their own wording), so a value outside
# it is kept as read and only marked uncertain.
POSTS: tuple[str, ...] = ("主要负责人", "安全生产管理人员")
INDUSTRIES: tuple[str, ...] = (
    "危险化学品生产单位", "危险化学品经营单位", "危险化学品使用单位", "危险化学品储存单位", "金属非金属矿山",
    "非煤矿山", "烟花爆竹生产单位", "烟花爆竹经营单位", "金属冶炼单位", "石油天然气开采单位",
    "陆上石油天然气开采单位", "煤矿", "建筑施工单位", "道路运输单位", "其他生产经营单位",
)  # fmt: skip

# The common surnames (about 300 cover well over 95 % of people in China), single and compound. A name
# whose first characters are not among them is not refused, only marked uncertain.
SURNAMES_1 = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆"
    "朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫"
    "杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戴尉"
)
SURNAMES_2 = frozenset(
    ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙", "长孙", "宇文", "司徒",
     "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "呼延", "万俟", "闻人", "澹台", "百里", "东郭", "钟离")
)  # fmt: skip


def plausible_name(name: str) -> bool:
    """A Chinese personal name as printed: a known surname and one to three more characters, or a
    minority name of parts joined by a middle dot."""
    if "·" in name:
        parts = name.split("·")
        return 2 <= len(name) <= 20 and all(parts)
    if SURNAMES_2 and name[:2] in SURNAMES_2:
        return 3 <= len(name) <= 5
    return 2 <= len(name) <= 4 and name[:1] in SURNAMES_1


def parent_category(item: str) -> str | None:
    return next((c for c, items in SPECIAL_OPERATIONS.items() if item in items), None)
