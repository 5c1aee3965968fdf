"""Possible assignees: the active staff inside the viewer's jurisdiction, found without loading the
country's staff (the database narrows by division-code prefix, is_within decides)."""

from __future__ import annotations

from models.staff import StaffUser
from regions import divisions
from web.scope import colleagues

from .conftest import make_staff


def test_prefix_of_each_level() -> None:
    assert divisions.prefix_of("130000") == "13"
    assert divisions.prefix_of("130100") == "1301"
    assert divisions.prefix_of("130102") == "130102"
    assert divisions.prefix_of("110100") == "11", "a pseudo-level 市辖区 stands for its municipality"
    assert divisions.prefix_of("999999") is None


async def test_colleagues_are_those_inside_the_jurisdiction(database) -> None:
    province = await make_staff("hebei", "admin", "130000")
    city = await make_staff("sjz", "handler", "130100")
    await make_staff("changan", "handler", "130102")
    await make_staff("dongcheng", "handler", "110101")
    hubei = await make_staff("hubei", "supervisor", "420000")
    await make_staff("xiantao", "handler", "429004")  # a county-level city directly under the province
    gone = await make_staff("left", "handler", "130104")
    await StaffUser.filter(id=gone.id).update(active=False)
    assert [u.username for u in await colleagues(city)] == ["changan", "sjz"]
    assert [u.username for u in await colleagues(province)] == ["changan", "hebei", "sjz"]
    assert [u.username for u in await colleagues(hubei)] == ["hubei", "xiantao"]
