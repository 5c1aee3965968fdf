"""/metrics: this process's update counters and latency, the shared database's gauges, behind an optional
token, with no personal data in it."""

from __future__ import annotations

import dataclasses
import re

from aiohttp.test_utils import TestClient, TestServer

from bot.http import build_http_app
from cases import tips
from tests.e2e.chat import Chat
from tests.web.conftest import file_tip


def value(text: str, line_start: str) -> float:
    match = re.search(rf"^{re.escape(line_start)} ([0-9.e+]+)$", text, re.M)
    assert match, f"{line_start} not in /metrics"
    return float(match.group(1))


async def scrape(app, headers=None) -> tuple[int, str]:
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        response = await client.get("/metrics", headers=headers or {})
        return response.status, await response.text()
    finally:
        await client.close()


async def test_metrics_count_updates_and_show_the_queue(bot_app, sim, settings) -> None:
    before = (await scrape(build_http_app(bot_app)))[1]
    handled = 'safetywatch_updates_total{kind="message",outcome="handled"}'
    start = value(before, handled) if handled in before else 0.0
    chat = Chat(sim, 6101, "en")
    await chat.send("/help", expect="What I can do")
    await chat.send("/privacy", expect="")
    filed = await file_tip(settings, subject_name="某某公司")
    status, text = await scrape(build_http_app(bot_app))
    assert status == 200
    assert value(text, handled) >= start + 2
    assert value(text, "safetywatch_update_seconds_count") >= 2
    assert value(text, 'safetywatch_cases_open{kind="tip"}') >= 1
    assert "safetywatch_outbox_pending" in text and "safetywatch_update_claims_stale 0" in text
    labels = " ".join(re.findall(r"\{[^}]*\}", text))
    assert "6101" not in labels, "a chat id leaked into a metric label"
    assert tips.format_receipt(filed.receipt_code) not in text
    assert filed.receipt_code not in text


async def test_metrics_token(bot_app, settings) -> None:
    guarded = dataclasses.replace(settings, metrics_token="scrape-me")
    bot_app.settings = guarded
    try:
        assert (await scrape(build_http_app(bot_app)))[0] == 401
        wrong = await scrape(build_http_app(bot_app), {"Authorization": "Bearer nope"})
        assert wrong[0] == 401
        status, text = await scrape(build_http_app(bot_app), {"Authorization": "Bearer scrape-me"})
        assert status == 200 and "safetywatch_cases_open" in text
    finally:
        bot_app.settings = settings
