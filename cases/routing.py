"""Which jurisdiction's queue an item goes to.

Work is split by territory (属地管理): an item goes to the bureau of the place where the violation happens,
at the level that supervises that kind of subject. Training institutions, exam institutions and exam sites
are supervised by city-level bureaus or above (seeds 000, 002), so a tip about them placed in a county goes
to that county's city; enterprise matters stay with the county. Items whose place cannot be resolved go to
the triage queue of the home province (HOME_DIVISION, default 130000 河北省).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from regions import divisions

DEFAULT_HOME = "130000"

# The most local level (1 province, 2 city, 3 county) that handles items of a category, by code prefix.
LEVEL_BY_CATEGORY_PREFIX: dict[str, int] = {
    "tr_": 2,
    "eb_": 2,
    "es_": 2,
    "ot_": 2,
    "en_": 3,
}


@dataclass(frozen=True)
class Route:
    division_code: str
    triage: bool


def home_division() -> str:
    code = os.environ.get("HOME_DIVISION", DEFAULT_HOME)
    return code if divisions.get(code) else DEFAULT_HOME


def handling_level(category: str | None) -> int:
    for prefix, level in LEVEL_BY_CATEGORY_PREFIX.items():
        if category and category.startswith(prefix):
            return level
    return 3


def route(division_code: str | None, kind: str, category: str | None = None) -> Route:
    """The queue for an item about `division_code`; the home province's triage queue when unknown."""
    place = divisions.get(division_code) if division_code else None
    if place is None:
        return Route(home_division(), True)
    level = handling_level(category) if kind == "tip" else 3
    while place.level > level:
        parent = divisions.parent(place.code)
        if parent is None:
            break
        place = parent
    return Route(place.code, False)


def parent_jurisdiction(code: str) -> str | None:
    """Where an overdue case escalates: county → city → province; None above the province."""
    parent = divisions.parent(code)
    return parent.code if parent else None


def within(code: str, scope: str) -> bool:
    """True when a case of jurisdiction `code` belongs to the queue of someone scoped to `scope`."""
    return divisions.is_within(code, scope)
