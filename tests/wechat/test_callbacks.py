"""WeChat's callback rules through the emulation: the server check, signatures checked before parsing,
bounded and defused XML, replays and retries handled once, safe mode and plaintext mode."""

from __future__ import annotations

import time

import aiohttp
import pytest

from models.wechat import WechatMessage
from wechat.protocol import sign

BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    + "]><xml><ToUserName>a</ToUserName><FromUserName>o1</FromUserName><CreateTime>1</CreateTime>"
    "<MsgType>text</MsgType><Content>&lol9;</Content><MsgId>1</MsgId></xml>"
)


def signed(token: str, timestamp: int | None = None) -> dict[str, str]:
    stamp = str(timestamp if timestamp is not None else int(time.time()))
    return {"signature": sign(token, stamp, "n0nce"), "timestamp": stamp, "nonce": "n0nce"}


async def test_server_check_echoes_and_a_wrong_signature_is_refused(start_wechat) -> None:
    wx = await start_wechat()
    async with aiohttp.ClientSession() as http:
        good = {**signed(wx.emulator.token), "echostr": "hello-42"}
        async with http.get(wx.emulator.callback_url, params=good) as response:
            assert response.status == 200 and await response.text() == "hello-42"
        bad = {**good, "signature": "0" * 40}
        async with http.get(wx.emulator.callback_url, params=bad) as response:
            assert response.status == 403 and "hello-42" not in await response.text()
        async with http.get(wx.emulator.callback_url, params={"echostr": "x"}) as response:
            assert response.status == 403


async def test_bad_signature_is_refused_before_the_body_is_parsed(start_wechat) -> None:
    wx = await start_wechat()
    bad = {**signed(wx.emulator.token), "signature": "f" * 40}
    status, text = await wx.emulator.post(BOMB, query=bad, retries=0)
    assert status == 403 and text == "bad signature"  # not "malformed xml": the body was never parsed
    status, _text = await wx.emulator.post(
        wx.emulator.build("o1", "text", {"Content": "1"}), query=bad, retries=0
    )
    assert status == 403
    assert await WechatMessage.all().count() == 0


async def test_entity_bomb_malformed_and_oversized_xml_are_refused(start_wechat) -> None:
    wx = await start_wechat()
    status, text = await wx.emulator.post(BOMB, query=signed(wx.emulator.token), retries=0)
    assert status == 400 and text == "malformed xml"
    status, text = await wx.emulator.post("<xml><MsgType>text", query=signed(wx.emulator.token), retries=0)
    assert status == 400
    huge = wx.emulator.build("o1", "text", {"Content": "x" * 70_000})
    status, _text = await wx.emulator.post(huge, query=signed(wx.emulator.token), retries=0)
    assert status == 413
    assert await WechatMessage.all().count() == 0


async def test_a_replay_with_an_old_timestamp_is_refused(start_wechat) -> None:
    wx = await start_wechat()
    body = wx.emulator.build("o-replay", "text", {"Content": "help"})
    old = signed(wx.emulator.token, int(time.time()) - 3600)
    status, text = await wx.emulator.post(body, query=old, retries=0)
    assert status == 403 and text == "stale timestamp"


async def test_a_retried_message_is_handled_once(start_wechat) -> None:
    wx = await start_wechat()
    body = wx.emulator.build("o-retry", "text", {"Content": "1"}, msg_id=777001)
    first = await wx.emulator.post(body, retries=0)
    again = await wx.emulator.post(body, retries=0)  # WeChat's retry: same MsgId, fresh signature
    assert first[0] == 200 and "Who or what is the report about" in first[1]
    assert again == (200, "success")
    assert len(wx.emulator.answers("o-retry")) == 1
    # the form moved one step only: "1" was taken once, as its first answer
    answer = await wx.say("o-retry", "1")
    assert "What happened?" in answer and "1. Not qualified to train" in answer


async def test_events_are_deduplicated_by_sender_and_time(start_wechat) -> None:
    wx = await start_wechat()
    body = wx.emulator.build("o-evt", "event", {"Event": "subscribe"})
    assert "tip line" in (await wx.emulator.post(body, retries=0))[1]
    assert (await wx.emulator.post(body, retries=0))[1] == "success"


@pytest.mark.parametrize("kind", ["voice", "video", "file"])
async def test_unknown_message_types_get_a_clear_answer(start_wechat, kind: str) -> None:
    wx = await start_wechat()
    await wx.emulator.post(wx.emulator.build("o-media", kind, {"MediaId": "abc"}))
    assert wx.emulator.answers("o-media") == [
        "I can read only text, photos and locations here. Please type your message or send a photo."
    ]


async def test_safe_mode_round_trip_and_a_wrong_msg_signature(start_wechat) -> None:
    wx = await start_wechat(aes=True)
    status, text = await wx.emulator.send_text("o-aes", "help")
    assert status == 200 and "<Encrypt>" in text and "tip line" not in text  # the reply is encrypted
    assert "tip line" in wx.emulator.answers("o-aes")[0]  # and decrypts to the help text
    query, body = wx.emulator.signed_query(wx.emulator.build("o-aes", "text", {"Content": "help"}), True)
    status, _text = await wx.emulator.post(body, query={**query, "msg_signature": "0" * 40}, retries=0)
    assert status == 403


async def test_plaintext_mode_answers_in_plain_xml(start_wechat) -> None:
    wx = await start_wechat()
    status, text = await wx.emulator.send_text("o-plain", "help")
    assert status == 200 and "<Content><![CDATA[This is the work-safety tip line" in text


async def test_old_ledger_rows_are_forgotten_and_the_jobs_run_them(start_wechat) -> None:
    from datetime import timedelta

    from bot.jobs import bot_jobs
    from foundation import clock
    from wechat.server import forget_old_deliveries

    wx = await start_wechat()
    await wx.emulator.send_text("o-ledger", "help")
    assert await WechatMessage.all().count() == 1
    assert await forget_old_deliveries(clock.now()) == 0
    assert await forget_old_deliveries(clock.now() + timedelta(days=3)) == 1
    names = [job.name for job in bot_jobs(None, wx.settings)]  # type: ignore[arg-type]
    assert "wechat-outbox" in names and "wechat-ledger" in names
