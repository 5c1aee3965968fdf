"""The public status page: code and password, rate limiting, adding information, review, reward claim."""

from __future__ import annotations

import re

from aiohttp import FormData

from cases import rewards, service
from models.attachments import Attachment
from models.cases import Case, CaseMessage
from models.tips import Tip
from tests.e2e.chat import jpeg_bytes
from tests.web.conftest import file_tip

TOKEN_RE = re.compile(r'name="token" value="([^"]+)"')


async def open_status(client, code: str, password: str = "tip-password") -> str:
    answer = await client.post("/status?lang=en", data={"code": code, "password": password})
    assert answer.status == 200, await answer.text()
    return await answer.text()


def token_of(html: str) -> str:
    return TOKEN_RE.search(html).group(1)


async def test_code_prefilled_and_wrong_password(client, web_settings) -> None:
    filed = await file_tip(web_settings)
    printed = "-".join(filed.receipt_code[i : i + 4] for i in (0, 4, 8))
    page = await (await client.get(f"/status?code={printed}&lang=en")).text()
    assert f'value="{printed}"' in page
    wrong = await client.post("/status", data={"code": printed, "password": "wrong-one"})
    assert wrong.status == 401 and "The receipt code or the password is wrong." in await wrong.text()
    right = await open_status(client, printed.lower())
    assert printed in right and "received" in right


async def test_ten_failures_an_hour_lock_the_code(client, web_settings) -> None:
    filed = await file_tip(web_settings)
    for _ in range(10):
        await client.post("/status", data={"code": filed.receipt_code, "password": "guess-guess"})
    blocked = await client.post(
        "/status?lang=en", data={"code": filed.receipt_code, "password": "tip-password"}
    )
    assert blocked.status == 429 and "try again in an hour" in await blocked.text()


async def test_add_information_with_a_file(client, web_settings) -> None:
    filed = await file_tip(web_settings)
    page = await open_status(client, filed.receipt_code)
    await service.add_message(filed.case, "public", "li", "请问是哪一天？")
    await service.add_message(filed.case, "internal", "li", "内部：不要外传")
    page = await open_status(client, filed.receipt_code)
    assert "请问是哪一天？" in page and "内部：不要外传" not in page
    data = FormData()
    data.add_field("token", token_of(page))
    data.add_field("action", "add")
    data.add_field("body", "是三月十五日，上午十点左右。")
    data.add_field("evidence", jpeg_bytes(), filename="more.jpg", content_type="image/jpeg")
    answer = await client.post("/status/action?lang=en", data=data)
    text = await answer.text()
    assert answer.status == 200 and "Sent to the office" in text and "是三月十五日" in text
    assert [m.body for m in await CaseMessage.filter(case_id=filed.case.id, visibility="reporter")] == [
        "是三月十五日，上午十点左右。"
    ]
    added = await Attachment.get(case_id=filed.case.id)
    assert added.redacted_sha256 and added.tip_id == filed.tip.id
    forged = await client.post("/status/action", data={"token": "forged", "action": "add", "body": "x"})
    assert forged.status == 401


async def test_review_when_closed_and_reward_claim(client, web_settings) -> None:
    filed = await file_tip(web_settings)
    case = filed.case
    await service.accept(case, "li")
    await service.transition(case, "verified", "li", result={"substantiated": True, "fine": 100000})
    page = await open_status(client, filed.receipt_code)
    assert "The facts you reported were confirmed." in page
    claim = await client.post("/status/action?lang=en", data={"token": token_of(page), "action": "claim"})
    assert claim.status == 400 and "no reward has been decided" in await claim.text()
    await rewards.decide(case, 100000, "chief")
    page = await open_status(client, filed.receipt_code)
    assert "A reward of ¥15000 was decided" in page
    claimed = await client.post("/status/action?lang=en", data={"token": token_of(page), "action": "claim"})
    text = await claimed.text()
    assert claimed.status == 200 and "¥15000" in text and "You claimed it on" in text
    assert (await Tip.get(id=filed.tip.id)).reward_claimed_at is not None
    again = await client.post("/status/action?lang=en", data={"token": token_of(text), "action": "claim"})
    assert again.status == 400 or "You claimed it" in await again.text()

    early = await client.post("/status/action?lang=en", data={"token": token_of(text), "action": "review"})
    assert early.status == 400 and "once the tip is closed" in await early.text()
    await service.transition(case, "closed", "li")
    page = await open_status(client, filed.receipt_code)
    assert "Ask for a review" in page and 'name="body"' not in page, "no adding while closed"
    review = await client.post(
        "/status/action?lang=en",
        data={"token": token_of(page), "action": "review", "reason": "The fine was too small for this."},
    )
    assert review.status == 200 and "Your request for a review was filed." in await review.text()
    assert (await Case.get(id=case.id)).status == "verifying"
