"""Self-inspection on the web: the bot hands the officer a signed, expiring link; the mobile page asks item by
item and refuses what the bot refuses (an incomplete problem, an answer after the phase closed), keeping
what was typed; a forged or expired link opens nothing."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

import pytest

from campaigns import weblink
from cases.invites import create_invite
from foundation import clock
from models.campaigns import SelfInspection
from tests.campaigns.test_campaign_flow import _campaign
from tests.e2e.chat import Chat
from tests.subjects.helpers import code, subject

PUBLIC = "https://verify.example.gov.cn"
LINK = re.compile(re.escape(PUBLIC) + r"(/selfcheck/[A-Za-z0-9_-]+)")


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, public_url=PUBLIC)


async def test_the_officer_answers_on_the_web_through_the_bots_link(
    bot_app, sim, settings, make_client
) -> None:
    today = clock.today()
    campaign = await _campaign(today - timedelta(days=1), today + timedelta(days=30))
    firm = await subject(1, division="130102", name="石家庄化工有限公司", high_risk=True)
    invite = await create_invite(
        "enterprise", credit_code=code(1), enterprise_name=firm.name, division_code="130102"
    )
    chat = Chat(sim, 7701, "en")
    await chat.send(f"/enterprise {invite.code}", expect="safety officer")
    await chat.send("/selfcheck", expect="Item 1 of")
    intro = next(t for t in await chat.texts() if "/selfcheck/" in t)
    path = LINK.search(intro).group(1)

    client = await make_client(settings)
    opened = await client.get(path + "?lang=en")
    assert opened.headers["Cache-Control"] == "no-store" and "Content-Security-Policy" in opened.headers
    assert opened.headers["Referrer-Policy"] == "same-origin", "the link's token never leaves in a Referer"
    page = await opened.text()
    assert "Item 1 of 6" in page and "石家庄化工有限公司" in page and "your enterprise" in page
    key = re.search(r'name="key" value="([^"]+)"', page).group(1)
    incomplete = await client.post(
        path + "?lang=en", data={"key": key, "answer": "problem", "problem": "两名电焊工无证上岗"}
    )
    text = await incomplete.text()
    assert incomplete.status == 400 and 'role="alert">Measure: Please answer with a text' in text
    assert "两名电焊工无证上岗" in text, "what was typed is shown again"
    deadline = (today + timedelta(days=20)).isoformat()
    full = {"problem": "两名电焊工无证上岗", "measure": "停止作业，送培取证", "responsible": "王安全"}
    no_date = await client.post(path + "?lang=en", data={"key": key, "answer": "problem", **full})
    assert no_date.status == 400 and 'role="alert">Deadline: Please type the date' in await no_date.text()
    saved = await client.post(
        path + "?lang=en", data={"key": key, "answer": "problem", "deadline": deadline, **full}
    )
    assert saved.status == 200 and "Item 2 of 6" in await saved.text()
    first = key
    for _n in range(2, 7):
        page = await (await client.get(path + "?lang=en")).text()
        key = re.search(r'name="key" value="([^"]+)"', page).group(1)
        await client.post(path + "?lang=en", data={"key": key, "answer": "ok"})
    page = await (await client.get(path + "?lang=en")).text()
    assert "All 6 items are answered" in page
    done = await client.post(path + "?lang=en", data={"action": "submit"})
    assert "Self-inspection submitted" in await done.text()
    record = await SelfInspection.get(campaign_id=campaign.id, subject_id=firm.id)
    assert record.submitted_at is not None and record.answered_by.startswith("web:tg:")
    assert record.answers[first] == {**full, "ok": False, "deadline": deadline, "done": False}
    assert all(record.answers[k]["ok"] for k in record.answers if k != first)

    forged = path[:-4] + ("AAAA" if not path.endswith("AAAA") else "BBBB")
    refused = await client.get(forged + "?lang=en")
    assert refused.status == 403 and "/selfcheck" in await refused.text()


async def test_a_closed_phase_and_an_expired_link_are_refused(
    database, settings, make_client, monkeypatch
) -> None:
    today = clock.today()
    campaign = await _campaign(today - timedelta(days=60), today - timedelta(days=1))
    school = await subject(3, division="130102", kind="training_institution", name="某安全培训学校")
    path = weblink.make_link(settings.keys_dir, PUBLIC, campaign, school, "tg:1")[len(PUBLIC) :]
    client = await make_client(settings)
    page = await (await client.get(path + "?lang=zh_CN")).text()
    assert "某安全培训学校" in page
    key = re.search(r'name="key" value="([^"]+)"', page).group(1)
    late = await client.post(path + "?lang=en", data={"key": key, "answer": "ok"})
    text = await late.text()
    assert late.status == 400 and (today - timedelta(days=1)).isoformat() in text and "not open" in text
    assert not await SelfInspection.filter(campaign_id=campaign.id).exists()

    monkeypatch.setattr(weblink, "LINK_TTL", timedelta(seconds=-1))
    stale = weblink.make_link(settings.keys_dir, PUBLIC, campaign, school, "tg:1")[len(PUBLIC) :]
    assert (await client.get(stale + "?lang=en")).status == 403
