"""One "today" for the product: the jurisdiction's date (Asia/Shanghai), whatever zone the server runs in.

The server's own zone is set with TZ + time.tzset() for each case, so a `date.today()` left anywhere on the
verification path would give the other answer on one side of Beijing midnight.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from certs.importer import import_csv
from foundation import clock
from tests.e2e.chat import Chat

BEFORE_MIDNIGHT = datetime(2026, 12, 4, 15, 59, 30, tzinfo=UTC)  # 23:59:30 on 4 December in Beijing
AFTER_MIDNIGHT = datetime(2026, 12, 4, 16, 0, 30, tzinfo=UTC)  # 00:00:30 on 5 December in Beijing

CSV = (
    "cert_no,cert_type,name,sex,id_number,category,item,first_issued,valid_from,valid_to,review_due,"
    "issuer,issuer_division,status\n"
    "T130102199001011237,special_operation,王建国,男,130102199001011237,电工作业,低压电工作业,"
    "2020-12-05,2020-12-05,2026-12-04,,石家庄市应急管理局,130100,valid\n"
)


@pytest.fixture(params=["UTC", "Asia/Shanghai", "America/Los_Angeles"])
def server_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if previous is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = previous
        time.tzset()


def test_today_is_the_beijing_date_on_either_side_of_its_midnight(server_zone: str) -> None:
    with clock.frozen(BEFORE_MIDNIGHT):
        assert clock.today() == date(2026, 12, 4)
    with clock.frozen(AFTER_MIDNIGHT):
        assert clock.today() == date(2026, 12, 5)
        assert clock.now() == AFTER_MIDNIGHT


def test_a_frozen_clock_needs_an_aware_time_and_a_zone_must_exist() -> None:
    with pytest.raises(ValueError):
        with clock.frozen(datetime(2026, 12, 4, 12, 0)):
            pass
    with pytest.raises(ValueError, match="time zone"):
        clock.set_zone("Mars/Olympus_Mons")
    assert clock.zone().key == "Asia/Shanghai"


async def test_a_certificate_expires_at_beijing_midnight_whatever_the_servers_zone(
    bot_app, sim, database, server_zone: str
) -> None:
    """Valid to 4 December: in force (due today) at 23:59 Beijing time, expired at 00:00 on the 5th."""
    await import_csv(CSV.encode(), actor="test")
    chat = Chat(sim, 8091 + len(server_zone), "zh-hans")
    with clock.frozen(BEFORE_MIDNIGHT):
        answer = await chat.send("/verify T130102199001011237 王建国")
    assert "证书真实有效" in answer["text"] and "过期" not in answer["text"], answer["text"]
    with clock.frozen(AFTER_MIDNIGHT):
        answer = await chat.send("/verify T130102199001011237 王建国")
    assert answer["text"].startswith("⚠️") and "过期" in answer["text"], answer["text"]
    assert "证书真实有效" not in answer["text"]


def test_no_other_clock_is_read_in_the_product() -> None:
    """Every today and now comes from foundation.clock; any other call would be the server's zone again."""
    root = Path(__file__).resolve().parents[1]
    packages = [
        "bot",
        "campaigns",
        "cases",
        "certs",
        "handlers",
        "identity",
        "models",
        "notices",
        "ocr",
        "regions",
        "sandbox",
        "subjects",
        "web",
        "wechat",
    ]
    pattern = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|datetime\.utcnow|time\.localtime)\(")
    found = [
        f"{path.relative_to(root)}:{number}"
        for package in packages
        for path in (root / package).rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []


async def test_the_orm_writing_its_own_timezone_does_not_move_the_jurisdictions(database) -> None:
    """tortoise-orm sets os.environ["TIMEZONE"] = "UTC" when it opens the database; a run.py command called
    after that (in the same process) must still work in the jurisdiction's zone."""
    from foundation.config import load_settings

    assert os.environ.get("TIMEZONE") == "UTC", "tortoise-orm's own setting (the premise of this test)"
    assert load_settings().timezone == "Asia/Shanghai"
    assert load_settings({"TIMEZONE": "Asia/Urumqi"}).timezone == "Asia/Urumqi"
