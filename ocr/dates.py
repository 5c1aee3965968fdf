"""Dates as printed on certificates and sheets, normalised to YYYY-MM-DD.

Cards print 2021年03月15日, 2021年3月15日, 2021.03.15, 2021-03-15, 2021/3/15 or 二〇二一年三月十五日, and a
validity period as two dates joined by 至, a dash or a long dash (which OCR often reads as 一, the
character for "one"). OCR also confuses O with 0 and l with 1 inside numbers; those are repaired only
inside a date-shaped match.
"""

from __future__ import annotations

import datetime as dt
import re

_FULLWIDTH = str.maketrans("０１２３４５６７８９．－／", "0123456789.-/")
# Letters OCR gives for digits inside a date. S is left out on purpose: it stands for 5 as often as for 8,
# and a wrong but plausible date is worse than a missing one.
_DIGITISH = str.maketrans("OoDQIl|GbBZz", "000011166822")
_D = r"[0-9OoDQIl|GbBZz]"
# A colon is how OCR reads a dot pressed into the dash of a blurred date (2026:01.09), and = a dash with a
# stroke of seal or guilloche beside it (2023=09-27); callers treat a date read through either as
# repaired, never as sure. A | between the parts is a slash (2020|6/15, 2013/6|5) where reading it as a
# 1 makes no date; such a date is repaired too (ocr.certificates counts | among the letters read for digits).
# A bracket is a slash with a stroke lost (2019/11)9): repaired as well.
_SEP1 = r"\s*[年./\-_—–·,，、:：=|()（）]\s*"
_SEP2 = r"\s*[月./\-_—–·,，、:：=|()（）]\s*"
_Y = rf"[12]{_D}{{3}}"
# The same date with each way OCR garbles it, most complete first. A lost separator is accepted only where
# the digit counts leave no doubt (a two-digit month or day), and a year that lost its leading 2 only
# before 年 (024年7月13日 cannot be anything but 2024).
DATE_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"(?P<y>{_Y}){_SEP1}(?P<m>{_D}{{1,2}}){_SEP2}(?P<d>{_D}{{1,2}})\s*日?",
        rf"(?<!\d)(?P<y>{_Y})(?P<m>{_D}{{2}}){_SEP2}(?P<d>{_D}{{1,2}})\s*日?",
        rf"(?<!\d)(?P<y>{_Y}){_SEP1}(?P<m>{_D}{{2}})(?P<d>{_D}{{2}})(?!\d)\s*日?",
        rf"(?<![\d.\-/])(?P<y>0\d{{2}})\s*年\s*(?P<m>{_D}{{1,2}}){_SEP2}(?P<d>{_D}{{1,2}})\s*日?",
    )
)
# Dates written in Chinese numerals (二〇二六年三月五日, on seals and older certificates): read as digits
# before the patterns above, so every later rule applies to them too.
_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "O": 0, "o": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_NUM = r"[一二三四五六七八九十+]{1,3}"  # + is how OCR reads a small 十
CN_DATE_RE = re.compile(
    rf"(?P<y>[〇零○Oo0一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_CN_NUM})\s*月\s*(?P<d>{_CN_NUM})(?:\s*日)?"
)


def _cn_number(text: str) -> int | None:
    """一 .. 三十一 as a number (十 = 10, 十二 = 12, 二十 = 20, 二十五 = 25); None when malformed."""
    text = text.replace("+", "十")
    if "十" not in text:
        return _CN_DIGIT.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    high = _CN_DIGIT.get(tens, -1) if tens else 1
    low = _CN_DIGIT.get(units, -1) if units else 0
    return None if high < 1 or low < 0 else 10 * high + low


def _arabic(match: re.Match[str]) -> str:
    year = "".join(str(_CN_DIGIT[ch]) for ch in match["y"])
    month, day = _cn_number(match["m"]), _cn_number(match["d"])
    if month is None or day is None:
        return match.group(0)
    return f"{year}年{month}月{day}日"


COMPACT_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")


def _make(year: str, month: str, day: str) -> str | None:
    year = year.translate(_DIGITISH)
    if len(year) == 3:
        year = "2" + year
    try:
        value = dt.date(int(year), int(month.translate(_DIGITISH)), int(day.translate(_DIGITISH)))
    except ValueError:
        return None
    if not 1950 <= value.year <= 2100:
        return None
    return value.isoformat()


def find_dates(text: str, *, compact: bool = False) -> list[str]:
    """Every date in `text`, in order. `compact` also accepts 20210315 (not used near ID numbers, which
    contain a birth date in that form)."""
    text = CN_DATE_RE.sub(_arabic, text.translate(_FULLWIDTH))
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, value))

    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            add(match.start(), match.end(), _make(match["y"], match["m"], match["d"]))
    if compact:
        for match in COMPACT_RE.finditer(text):
            add(match.start(), match.end(), _make(*match.groups()))
    return [value for _, _, value in sorted(found)]


def normalize_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD, or None."""
    dates = find_dates(text, compact=True)
    return dates[0] if dates else None


def split_validity(text: str) -> tuple[str | None, str | None]:
    """(valid_from, valid_to) from "2021-03-15 至 2027-03-15" and the like; None for what is missing.

    A single date is taken as the end of validity: cards that print one date under 有效期 mean "until".
    """
    dates = find_dates(text, compact=True)
    if len(dates) >= 2:
        return dates[0], dates[1]
    if len(dates) == 1:
        return None, dates[0]
    return None, None


_ANY_YEAR_DATE = re.compile(rf"(?P<y>{_D}{{4}}){_SEP1}(?P<m>{_D}{{1,2}}){_SEP2}(?P<d>{_D}{{1,2}})")


def validity_with_a_year_repaired(text: str) -> tuple[str, str] | None:
    """The two dates of a validity period where one year was misread by one digit (2021.12.06-3027.12.06,
    2920.02.16): the other date decides it, since a period runs whole years from its first day. Only when
    exactly one one-digit change gives such a period; callers treat the result as repaired, never sure."""
    text = CN_DATE_RE.sub(_arabic, text.translate(_FULLWIDTH))
    parts = [(m["y"].translate(_DIGITISH), m["m"], m["d"]) for m in _ANY_YEAR_DATE.finditer(text)]
    if len(parts) != 2:
        return None
    read = [_make(*part) for part in parts]
    if (read[0] is None) == (read[1] is None):
        return None
    bad = 0 if read[0] is None else 1
    good = dt.date.fromisoformat(read[1 - bad])  # type: ignore[arg-type]
    year, month, day = parts[bad]
    found = set()
    for at in range(4):
        for digit in "0123456789":
            candidate = _make(year[:at] + digit + year[at + 1 :], month, day)
            if candidate is None:
                continue
            start, end = (candidate, good.isoformat()) if bad == 0 else (good.isoformat(), candidate)
            span = int(end[:4]) - int(start[:4])
            if 1 <= span <= 10 and end[5:] in (
                start[5:],
                (dt.date.fromisoformat(start) - dt.timedelta(1)).isoformat()[5:],
            ):
                found.add((start, end))
    return found.pop() if len(found) == 1 else None


def date_from_remnant(text: str, like: str) -> str | None:
    """A date of which only the year and some digits were read (2021年月15日, 2022/717 for 2022/7/7), taken
    as the year printed on the day of `like`, the date it must share its day with (a validity period
    runs whole years; its first day is the first issue's): only when the digits read after the year are
    that month and day with some lost, or with a separator read as a digit. Callers treat the result as
    repaired, never sure."""
    text = text.translate(_FULLWIDTH)
    year = re.search(r"(?<!\d)([12]\d{3})(?!\d)", text)
    if year is None:
        return None
    day = dt.date.fromisoformat(like)
    read = re.sub(r"\D", "", text[year.end() :])
    printed = (f"{day.month}{day.day}", f"{day.month:02d}{day.day:02d}")
    if not read or not any(_within(read, p) or _within(p, read) for p in printed):
        return None  # digits were read that this day does not have
    return _make(year.group(1), str(day.month), str(day.day))


def _within(short: str, long: str) -> bool:
    """Whether `short` is `long` with some characters left out (in order)."""
    rest = iter(long)
    return all(ch in rest for ch in short)  # `in` consumes the iterator up to the match
