"""Place names as an issuing authority prints them, and the repair of one the recogniser misread.

An authority is named by its place (河北省应急管理厅, 佛山市应急管理局, 长安区应急管理局, 石家庄市长安区…):
every such place is a unit of GB/T 2260, in some edition. python-stdnum ships that table with the
abolished and renamed units kept (襄樊市 beside 襄阳市), which is what an older card needs, so it is the
vocabulary here.
(regions.divisions holds today's units only, for routing; ocr does not import it.)

A place that is not in any edition was misread: a seal's stroke read as a character before it (世佛山市), a
character inserted (保定市区), one replaced or lost. When exactly one known place is one such edit away it is
offered instead, and the reading stays uncertain, to be confirmed; otherwise the text stays as read.
"""

from __future__ import annotations

import functools
import re

from stdnum import numdb

# Entries of the table that name no place: the municipal-district and county groupings.
_NOT_PLACES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"})
_LONGEST = 12
_WILD = "\0"


def entry_names(value: str) -> list[tuple[str, bool]]:
    """The place names of one entry of python-stdnum's table, in order, each with whether it is still in
    use: entries read `[-2009]襄樊市,[2010-]襄阳市`, and a name with an end year is no longer in use."""
    out = []
    for part in value.split(","):
        years = re.match(r"^\[(\d*)-(\d*)\]", part.strip())
        name = part.strip()[years.end() :] if years else part.strip()
        if len(name) >= 2 and name not in _NOT_PLACES:
            out.append((name, not (years and years.group(2))))
    return out


@functools.cache
def _table() -> tuple[frozenset[str], frozenset[str]]:
    """(every name in any edition, the names still in use), from python-stdnum's table."""
    names: set[str] = set()
    retired: set[str] = set()

    def walk(prefixes: list) -> None:
        for _length, _low, _high, props, children in prefixes:
            for value in props.values():
                for name, in_use in entry_names(value):
                    names.add(name)
                    if not in_use:
                        retired.add(name)
            walk(children)

    walk(numdb.get("cn/loc").prefixes)
    in_use = {n for n in names if n not in retired}
    return frozenset(names), frozenset(in_use)


def place_names() -> frozenset[str]:
    """Every province, prefecture and county name in any edition of GB/T 2260."""
    return _table()[0]


def known_place(text: str) -> bool:
    """Whether `text` is one to three places in a row (佛山市, 广东省佛山市, 石家庄市长安区)."""
    return _parts(text) is not None


def _parts(text: str, depth: int = 3) -> list[str] | None:
    if not text:
        return []
    if depth == 0:
        return None
    names = place_names()
    for end in range(min(len(text), _LONGEST), 1, -1):
        if text[:end] in names and (rest := _parts(text[end:], depth - 1)) is not None:
            return [text[:end], *rest]
    return None


@functools.cache
def _near_index() -> dict[str, frozenset[str]]:
    """A name with one character replaced by a wildcard, or with one character dropped -> the names."""
    index: dict[str, set[str]] = {}
    for name in place_names():
        for i in range(len(name)):
            index.setdefault(name[:i] + _WILD + name[i + 1 :], set()).add(name)
            if len(name) > 2:
                index.setdefault(name[:i] + name[i + 1 :], set()).add(name)
    return {key: frozenset(value) for key, value in index.items()}


def _one_edit(text: str) -> set[str]:
    """Known names one replaced or lost character away from `text`."""
    index = _near_index()
    found = set(index.get(text, ()))
    for i in range(len(text)):
        found |= index.get(text[:i] + _WILD + text[i + 1 :], set())
    return found


def snap_place(text: str) -> str | None:
    """`text` when it is known places; else the one known reading an edit away; else None."""
    if known_place(text):
        return text
    candidates = {text[:i] + text[i + 1 :] for i in range(len(text))}  # a character too many
    candidates = {c for c in candidates if c and known_place(c)}
    for cut in range(len(text)):  # a character misread or lost in the last place, after known ones
        head = text[:cut]
        if known_place(head):
            candidates |= {head + name for name in _one_edit(text[cut:])}
    if len(candidates) > 1:  # 保定市区: 保定市 with a character too many, or the 保定地区 of before 1994
        in_use = _table()[1]
        candidates = {c for c in candidates if all(part in in_use for part in _parts(c) or ())}
    return candidates.pop() if len(candidates) == 1 else None
