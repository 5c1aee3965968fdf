"""China's administrative divisions (GB/T 2260 codes): province, prefecture-level city and county level.

A tip belongs to the bureau of the place where the violation happened, so every case carries a 6-digit
division code. This module answers the questions routing needs (what is above or below a code, is one
unit inside another) and turns a typed address into candidate units for the reporter to confirm.

The table ships in regions/data/divisions.csv (see regions/data/README.md for its source and how to update
it). It is read once, on first use, and kept in memory. Taiwan, Hong Kong and Macau are not in it.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "divisions.csv"

PROVINCE, CITY, COUNTY = 1, 2, 3


@dataclass(frozen=True, slots=True)
class Division:
    """One unit; parent_code is None for provinces, a province for municipal districts."""

    code: str
    name: str
    level: int
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class _Table:
    by_code: dict[str, Division]
    children: dict[str, tuple[Division, ...]]


@cache
def _table() -> _Table:
    by_code: dict[str, Division] = {}
    children: dict[str, list[Division]] = defaultdict(list)
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            division = Division(row["code"], row["name"], int(row["level"]), row["parent_code"] or None)
            by_code[division.code] = division
            if division.parent_code:
                children[division.parent_code].append(division)
    return _Table(by_code, {code: tuple(kids) for code, kids in children.items()})


def _canonical(code: str | int | None) -> str | None:
    """Map the code forms found in other data sets onto a code of the table, or None.

    12-digit codes (township level and below, as the Ministry publishes them) are accepted when they
    denote a unit of the table. Many GB/T 2260 tables also carry pseudo-levels that are no real unit:
    110100 "市辖区" / 500200 "县" under a municipality and 419000 "省直辖县级行政区划": they stand for
    the province, so that a district's ancestry is the same whichever table the code came from.
    """
    if code is None:
        return None
    text = str(code).strip()
    if len(text) == 12 and text.endswith("000000"):
        text = text[:6]
    if len(text) != 6 or not text.isdigit():
        return None
    table = _table()
    if text in table.by_code:
        return text
    province = text[:2] + "0000"
    if text[4:] == "00" and province in table.by_code:
        municipality = not any(kid.level == CITY for kid in table.children.get(province, ()))
        if text[2:4] == "90" or (municipality and text[2:4] in ("01", "02")):
            return province
    return None


def get(code: str | int | None) -> Division | None:
    """The unit for a code; pseudo-level codes such as 110100 give the province (see _canonical)."""
    canonical = _canonical(code)
    return _table().by_code[canonical] if canonical else None


def provinces() -> list[Division]:
    """The 31 provincial-level units of the mainland, by code."""
    return [d for d in _table().by_code.values() if d.level == PROVINCE]


def parent(code: str | int | None) -> Division | None:
    division = get(code)
    return get(division.parent_code) if division and division.parent_code else None


def ancestors(code: str | int | None) -> list[Division]:
    """Enclosing units, nearest first (county → city → province); the unit itself is not included."""
    chain: list[Division] = []
    current = parent(code)
    while current is not None:
        chain.append(current)
        current = parent(current.code)
    return chain


def province_of(code: str | int | None) -> Division | None:
    """The provincial-level unit containing code; a province is its own province."""
    division = get(code)
    if division is None:
        return None
    found = ancestors(division.code)
    return found[-1] if found else division


def children(code: str | int | None) -> list[Division]:
    """Units directly below code: a province's cities (or districts, for a municipality), and so on."""
    canonical = _canonical(code)
    return list(_table().children.get(canonical, ())) if canonical else []


def is_within(code: str | int | None, ancestor_code: str | int | None) -> bool:
    """True if code is ancestor_code or lies inside it; False when either is unknown."""
    inner, outer = _canonical(code), _canonical(ancestor_code)
    if inner is None or outer is None:
        return False
    return inner == outer or any(d.code == outer for d in ancestors(inner))


def prefix_of(code: str | int | None) -> str | None:
    """The leading digits every unit inside `code` shares (GB/T 2260 codes nest by digits: 13 for 河北省,
    1301 for 石家庄市), so a database can narrow a search before is_within decides; None when unknown."""
    division = get(code)
    if division is None:
        return None
    return division.code[: {PROVINCE: 2, CITY: 4}.get(division.level, 6)]


def full_name(code: str | int | None) -> str | None:
    """Names from the province down, as written on letters: 河北省石家庄市长安区."""
    division = get(code)
    if division is None:
        return None
    return "".join(d.name for d in reversed(ancestors(division.code))) + division.name


def label(code: str | int | None) -> str | None:
    """The unit's name after its parent's, as short as a name can be without being ambiguous: Hebei has two
    桥西区, so a county reads 石家庄市桥西区, a city 河北省石家庄市, a municipality's district 北京市朝阳区,
    a province just its name."""
    division = get(code)
    if division is None:
        return None
    above = parent(division.code)
    return (above.name if above else "") + division.name


def search(text: str, limit: int = 30, within: str | None = None) -> list[Division]:
    """Units whose name, name with its parent, or code contains `text` (after NFKC), largest units first,
    optionally only inside `within`; for the transfer form's search box."""
    needle = _DROP.sub("", unicodedata.normalize("NFKC", text or ""))
    if not needle:
        return []
    found = [
        d
        for d in _table().by_code.values()
        if (needle in d.name or needle in (label(d.code) or "") or d.code.startswith(needle))
        and (within is None or is_within(d.code, within))
    ]
    return sorted(found, key=lambda d: (d.level, d.code))[:limit]


# --- typed addresses ----------------------------------------------------------------------------------

# Longest first, so that 自治区 goes as a whole rather than leaving 自治.
_SUFFIXES = tuple("特别行政区 自治区 自治州 自治县 自治旗 地区 林区 新区 特区 省 市 区 县 盟 旗".split())
# Ethnic groups as they appear in names of autonomous units, sometimes without 族 (巴音郭楞蒙古自治州);
# 各 is for 各族自治县 (龙胜各族自治县).
_ETHNIC = tuple(
    "蒙古 维吾尔 壮 回 藏 苗 彝 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲"
    " 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米"
    " 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各".split()
)
_ETHNIC_TAIL = re.compile(
    "(?:"
    + "|".join(sorted((e + "族" if len(e) == 1 else e + "族?" for e in _ETHNIC), key=len, reverse=True))
    + ")$"
)
# Short forms that are everyday words: they count only right after the unit they belong to
# (阳泉市郊区), never on their own ("在郊区的工厂").
_GENERIC = frozenset(
    "城区 郊区 矿区 东区 西区 南区 北区 市中 城中 城关 新城 城东 城西 城南 城北 新区".split()
)
# A short form followed by one of these is part of a street or building name (中山路, 长安街, 长安镇).
_NOT_AFTER_SHORT = tuple(
    "路 街 道 巷 弄 胡同 村 镇 乡 里 号 桥 门 站 楼 院 店 厂 园 苑 大道 大街 大厦 大学 广场 小区 中学 小学"
    " 医院 公司".split()
)
_EXTRA_ALIASES = {"内蒙": "150000"}
_MIN_ALIAS = 2
_DROP = re.compile(r"[\s\W_]+")
_COUNTRY_PREFIX = ("中华人民共和国", "中国")


def _short_name(name: str) -> str | None:
    """The name without its administrative suffix (and ethnic groups), if at least two characters remain."""
    stem = next((name[: -len(s)] for s in _SUFFIXES if name.endswith(s)), name)
    while (match := _ETHNIC_TAIL.search(stem)) and match.start() >= _MIN_ALIAS:
        stem = stem[: match.start()]
    if stem.endswith("族") and len(stem) > _MIN_ALIAS:  # 鄂温克族自治旗 → 鄂温克
        stem = stem[:-1]
    return stem if len(stem) >= _MIN_ALIAS and stem != name else None


@dataclass(frozen=True, slots=True)
class _Alias:
    division: Division
    short: bool


@dataclass(frozen=True, slots=True)
class _AliasIndex:
    by_text: dict[str, tuple[_Alias, ...]]
    longest: int


@cache
def _aliases() -> _AliasIndex:
    by_text: dict[str, list[_Alias]] = defaultdict(list)
    for division in _table().by_code.values():
        by_text[division.name].append(_Alias(division, short=False))
        short = _short_name(division.name)
        if short:
            by_text[short].append(_Alias(division, short=True))
    for text, code in _EXTRA_ALIASES.items():
        by_text[text].append(_Alias(_table().by_code[code], short=True))
    return _AliasIndex({k: tuple(v) for k, v in by_text.items()}, max(map(len, by_text)))


def _normalise(text: str) -> str:
    text = _DROP.sub("", unicodedata.normalize("NFKC", text))
    for prefix in _COUNTRY_PREFIX:
        text = text.removeprefix(prefix)
    return text


def _matches_at(text: str, start: int) -> list[tuple[int, list[Division]]]:
    """Aliases beginning at start, longest first, as (end, divisions)."""
    index = _aliases()
    found = []
    for end in range(min(len(text), start + index.longest), start + _MIN_ALIAS - 1, -1):
        entries = index.by_text.get(text[start:end])
        if not entries:
            continue
        follows = text[end:]
        divisions = [e.division for e in entries if not (e.short and follows.startswith(_NOT_AFTER_SHORT))]
        if divisions:
            found.append((end, divisions))
    return found


def _within_any(division: Division, outer: list[Division]) -> bool:
    return any(is_within(division.code, o.code) for o in outer)


def _chain(text: str, start: int) -> tuple[list[list[Division]], int]:
    """Read consecutive mentions from start, each inside the previous one (河北 石家庄 长安).

    Returns the candidate sets of the mentions and where reading stopped; the first mention may not be a
    generic word. The longest mention consistent with what came before wins at each step.
    """
    tokens: list[list[Division]] = []
    position = start
    while position < len(text):
        step = None
        for end, divisions in _matches_at(text, position):
            if not tokens and text[position:end] in _GENERIC:
                continue
            kept = [d for d in divisions if not tokens or _within_any(d, tokens[-1])]
            if kept:
                step = (end, kept)
                break
        if step is None:
            break
        position, candidates = step
        tokens.append(candidates)
    return tokens, position


def resolve_address(text: str) -> list[Division]:
    """Candidate units for a typed address, most specific first; [] when nothing is recognised.

    The administrative part of a Chinese address comes first and goes from large to small, so the
    longest run of nested mentions is taken (the earliest one on a tie); a later, separate mention of a
    province or city ("朝阳区（北京）") still narrows an ambiguous result. Names may be typed without
    their suffix (河北石家庄长安). Several candidates mean the text really is ambiguous (朝阳区 is in
    Beijing and in Changchun): let the reporter choose. Latin script (pinyin) is not understood.
    """
    normalised = _normalise(text)
    chains: list[list[list[Division]]] = []
    position = 0
    while position < len(normalised):
        tokens, end = _chain(normalised, position)
        if tokens:
            chains.append(tokens)
            position = end
        else:
            position += 1
    if not chains:
        return []
    best = max(chains, key=len)  # max() keeps the first of equals, i.e. the earliest
    candidates = best[-1]
    for other in chains:
        if other is best or len(candidates) == 1:
            continue
        for mention in other:
            narrowed = [c for c in candidates if _within_any(c, mention)]
            if narrowed:
                candidates = narrowed
    unique = {c.code: c for c in candidates}
    return sorted(unique.values(), key=lambda d: (-d.level, d.code))
