"""The sandbox's WeChat chat page: what is typed there reaches the product's /wechat as a signed callback,
and the conversation the page shows holds the account's answer."""

from __future__ import annotations

import aiohttp


async def test_the_chat_page_talks_to_the_product(start_wechat) -> None:
    wx = await start_wechat()
    base = wx.emulator.chat_page_url
    async with aiohttp.ClientSession() as http:
        async with http.get(base) as page:
            assert page.status == 200 and "公众号沙盒" in await page.text()
        async with http.post(
            base + "api/send", json={"openid": "o-page", "kind": "click", "key": "MYTIPS"}
        ) as r:
            assert (await r.json())["status"] == 200
        async with http.post(base + "api/send", json={"openid": "o-page", "text": "取消"}) as r:
            assert (await r.json())["status"] == 200
        async with http.get(base + "api/messages", params={"openid": "o-page"}) as r:
            said = (await r.json())["messages"]
    assert [m["by"] for m in said] == ["user", "account", "user", "account"]
    assert "receipt code" in said[1]["text"]
    assert said[3]["text"] == "Stopped. Nothing was sent."
