"""The choices of the transfer (转办) form: a province's divisions grouped by city, and a search by name.

A province has up to about 190 divisions; one flat list of bare county names is both long and ambiguous
(Hebei has two 桥西区). So the form offers the province as a whole, then one group per city holding the
city and its counties named with their parent (石家庄市桥西区). Another province is chosen in a list of
provinces, and a search box finds any division by name or code. Both work without JavaScript: they are
a GET of the case page with `transfer_in` / `transfer_q`, which only change what the list offers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

from models.cases import Case
from regions import divisions

Option = tuple[str, str]  # (code, label)
SEARCH_LIMIT = 30


def province_groups(province_code: str, _: Callable[[str], str]) -> list[tuple[str, list[Option]]]:
    """(group label, options): the province itself, then each city with its counties."""
    province = divisions.get(province_code)
    if province is None:
        return []
    whole = _("{name} (the whole province)").format(name=province.name)
    groups: list[tuple[str, list[Option]]] = [(province.name, [(province.code, whole)])]
    loose: list[Option] = []  # a municipality's districts, 省直辖 counties: directly under the province
    for child in sorted(divisions.children(province.code), key=lambda d: d.code):
        if child.level == divisions.CITY:
            options = [(child.code, _("{name} (the whole city)").format(name=divisions.label(child.code)))]
            options += [
                (county.code, divisions.label(county.code) or county.name)
                for county in sorted(divisions.children(child.code), key=lambda d: d.code)
            ]
            groups.append((child.name, options))
        else:
            loose.append((child.code, divisions.label(child.code) or child.name))
    if loose:
        groups.append((_("Directly under {name}").format(name=province.name), loose))
    return groups


def transfer_choices(request: web.Request, case: Case, _: Callable[[str], str]) -> dict[str, Any]:
    """What the case page's transfer form offers for this request."""
    query = (request.query.get("transfer_q") or "").strip()[:40]
    chosen = divisions.get(request.query.get("transfer_in"))
    home = divisions.province_of(case.division_code)
    province = divisions.province_of(chosen.code) if chosen else home
    groups: list[tuple[str, list[Option]]] = []
    found: list[Option] = []
    if query:
        hits = divisions.search(query, SEARCH_LIMIT)
        found = [(d.code, divisions.full_name(d.code) or d.name) for d in hits]
        if found:
            groups.append((_("Found for “{text}”").format(text=query), found))
    if province is not None:
        groups += province_groups(province.code, _)
    return {
        "transfer_groups": groups,
        "transfer_q": query,
        "transfer_found": len(found),
        "transfer_province": province.code if province else "",
        "provinces": [(p.code, p.name) for p in sorted(divisions.provinces(), key=lambda d: d.code)],
    }
