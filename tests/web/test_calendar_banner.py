"""The admins' banner while a year deadlines need has no official working-day calendar (from 1 November
for the next year), and the "deadline recomputed" event on a case's timeline in words."""

from __future__ import annotations

from datetime import UTC, datetime

from cases import calendar
from foundation import clock
from tests.cases.test_calendar import SCHEDULE_2027, accepted_tip, at
from tests.web.conftest import login, make_staff

BANNER_EN = "There is no official working-day calendar for 2027 yet"
BANNER_ZH = "2027 年尚无官方工作日日历"


async def test_admins_see_the_banner_until_the_schedule_is_imported(client, other_client) -> None:
    calendar.forget()
    await make_staff("root", "admin", "130000")
    await make_staff("sjz.handler", "handler", "130100")
    with clock.frozen(datetime(2026, 12, 20, 2, tzinfo=UTC)):
        await login(client, "root")
        page = await (await client.get("/admin/?lang=en")).text()
        assert BANNER_EN in page and "ask the team that runs this service to import it" in page
        assert "run.py" not in page, "staff cannot run server commands"
        assert BANNER_ZH in await (await client.get("/admin/?lang=zh_CN")).text()
        await login(other_client, "sjz.handler")
        assert BANNER_EN not in await (await other_client.get("/admin/?lang=en")).text()

        case = await accepted_tip(at(2026, 12, 11))
        await calendar.import_schedule(SCHEDULE_2027.encode(), "2027.csv", "cli:root")
        calendar.forget()  # as on another node, which reads the import from the database
        assert BANNER_EN not in await (await client.get("/admin/?lang=en")).text()
        timeline = await (await client.get(f"/admin/cases/{case.id}?lang=en")).text()
    assert "Deadline recomputed with a new working-day calendar" in timeline
    assert "An official schedule was imported (import #1)" in timeline
    assert "2027: imported schedule" in timeline and "2027: estimate (no official schedule yet)" in timeline
    assert "estimated:" not in timeline and "calendar_import" not in timeline
    calendar.forget()


async def test_no_banner_before_november(client) -> None:
    calendar.forget()
    await make_staff("root", "admin", "130000")
    with clock.frozen(datetime(2026, 10, 20, 2, tzinfo=UTC)):
        await login(client, "root")
        assert BANNER_EN not in await (await client.get("/admin/?lang=en")).text()
