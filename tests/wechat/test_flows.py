"""The WeChat channel end to end through the emulation: a certificate checked from a photo and by typed
number, a tip filed with a photo (receipt and password), its follow-up in WeChat and on the web status page,
status changes delivered by the customer-service API, slow answers sent after `success`, and the shared
access token."""

from __future__ import annotations

import io
import re

import aiohttp
import pytest
from PIL import Image

from bot.demo import _demo_csv
from cases import notify
from cases.sealing import sealer_for
from certs import keys
from certs.importer import import_csv
from foundation import clock
from models.attachments import Attachment
from models.cases import Case
from models.ops import Outbox
from models.tips import Tip
from models.wechat import WechatToken
from tests.e2e.test_verify_flow import REVOKED, VALID, card
from wechat.api import WechatApi
from wechat.outbox import send_pending

pytestmark = pytest.mark.e2e


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (180, 40, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
async def registry(database, start_wechat):
    async def load(settings) -> None:
        await import_csv(_demo_csv(clock.today()).encode(), actor="test")
        if not keys.list_keys(settings.keys_dir):
            keys.create_key(settings.keys_dir)

    return load


async def test_certificate_checked_from_a_photo_and_by_typed_number(start_wechat, registry) -> None:
    wx = await start_wechat()
    await registry(wx.settings)
    answer = await wx.photo("o-verify", await card(wx.settings, VALID))
    assert answer.startswith("✅") and "Genuine and in force" in answer and "王*国" in answer
    revoked = await wx.photo("o-verify", await card(wx.settings, REVOKED))
    assert revoked.startswith("❌")
    case = await Case.filter(kind="verification").first()
    assert case is not None and case.details["channel"] == "wechat"
    assert await Attachment.filter(case_id=case.id).count() == 1  # the photo is kept as evidence
    typed = await wx.say("o-verify", f"核验 {VALID} 王建国")
    assert typed.startswith("✅")
    blurry = await wx.photo("o-verify", jpeg())
    assert "could not find a QR code" in blurry


async def test_a_slow_answer_goes_out_by_the_customer_service_api(start_wechat, registry) -> None:
    wx = await start_wechat(window=0.0)  # nothing is ready "within 5 s": WeChat gets `success`
    await registry(wx.settings)
    status, text = await wx.emulator.send_image("o-slow", await card(wx.settings, VALID))
    assert (status, text) == (200, "success")
    await wx.service.drain()
    assert wx.emulator.answers("o-slow")[0].startswith("✅")
    assert [s.kind for s in wx.emulator.said if s.by == "account"] == ["custom"]


async def _file_tip(wx, openid: str) -> tuple[str, str, str]:
    steps = [
        ("举报", "Who or what is the report about"),
        ("4", "What happened?"),
        ("1", "What is the name"),
        ("石家庄市某某建筑工程有限公司", "unified social credit code"),
        ("跳过", "Where did it happen?"),
        ("河北省石家庄市长安区建设北大街8号", "When did it happen?"),
        ("2", "Describe what happened"),
        ("工地上有三名电焊工没有特种作业操作证就上岗作业，已经持续一个多月。", "as evidence"),
    ]
    for text, expected in steps:
        answer = await wx.say(openid, text)
        assert expected in answer, (text, answer)
    assert "Photo 1 kept" in await wx.photo(openid, jpeg())
    assert "stay anonymous" in await wx.say(openid, "完成")
    done = await wx.say(openid, "1")
    receipt = re.search(r"Receipt code: (\S+)", done).group(1)
    password = re.search(r"Password: (\S+)", done).group(1)
    return receipt, password, done


async def test_a_tip_with_a_photo_gets_a_receipt_and_is_followed_up_anywhere(start_wechat) -> None:
    wx = await start_wechat()
    receipt, password, done = await _file_tip(wx, "o-reporter")
    assert "http://127.0.0.1:8080/status" in done
    tip = await Tip.get(receipt_code=receipt.replace("-", ""))
    assert tip.channel == "wechat" and tip.anonymous and tip.division_code == "130102"
    assert await Attachment.filter(tip_id=tip.id).count() == 1
    identity = sealer_for(str(wx.settings.keys_dir)).unseal(tip.reporter_sealed)
    assert identity == {"wx_openid": "o-reporter"}  # sealed, never in clear
    assert "o-reporter" not in (tip.reporter_index or "")

    # follow-up in WeChat: the own tips list, then receipt + password
    listed = await wx.say("o-reporter", "查询")
    assert receipt in listed and "received" in listed
    assert "password" in await wx.say("o-reporter", receipt)
    shown = await wx.say("o-reporter", password)
    assert receipt in shown and "Status: received" in shown
    assert "No tip matches" in await wx.say("o-other", f"查询 {receipt} wrong-password")
    # the same receipt and password open the web status page
    async with aiohttp.ClientSession() as http:
        page_url = wx.emulator.callback_url.replace("/wechat", "/status")
        async with http.post(page_url, data={"code": receipt, "password": password}) as response:
            assert response.status == 200 and receipt in await response.text()


async def test_status_changes_reach_the_reporter_in_wechat_not_telegram(start_wechat) -> None:
    wx = await start_wechat()
    receipt, _password, _done = await _file_tip(wx, "o-news")
    tip = await Tip.get(receipt_code=receipt.replace("-", ""))
    case = await Case.get(id=tip.case_id)
    assert await notify.status_changed(case, "accepted") == 1
    # the Telegram sender leaves a WeChat reporter's row alone (does not mark it undeliverable)
    from handlers.outbox import send_pending as telegram_send

    sealer = sealer_for(str(wx.settings.keys_dir))
    assert await telegram_send(None, sealer) == 0  # type: ignore[arg-type]
    row = await Outbox.get(dedup_key__startswith="status:")
    assert row.attempts == 0 and row.sent_at is None
    api = WechatApi(wx.settings)
    try:
        assert await send_pending(api, sealer) == 1
    finally:
        await api.close()
    assert wx.emulator.answers("o-news")[-1] == f"Your tip {receipt} is now: accepted for handling."
    assert (await Outbox.get(id=row.id)).sent_at is not None


async def test_the_access_token_is_shared_and_refetched_once_when_refused(start_wechat) -> None:
    wx = await start_wechat()
    first, second = WechatApi(wx.settings), WechatApi(wx.settings)  # two processes
    try:
        await first.send_text("o-token", "one")
        await second.send_text("o-token", "two")
        assert wx.emulator.token_fetches == 1  # the second took the token from the database
        wx.emulator.expire_tokens()  # WeChat answers 42001
        await second.send_text("o-token", "three")
        assert wx.emulator.token_fetches == 2
        assert wx.emulator.answers("o-token") == ["one", "two", "three"]
        assert (await WechatToken.get(app_id=wx.settings.wechat_app_id)).token in wx.emulator.access_tokens
    finally:
        await first.close()
        await second.close()


async def test_menu_command_creates_the_menu(start_wechat, monkeypatch) -> None:
    import argparse

    from wechat.cli import cmd_wechat_menu

    wx = await start_wechat()
    monkeypatch.setattr("foundation.db.migrate", _no_migrate)
    monkeypatch.setattr("foundation.db.init_db", _no_migrate)
    monkeypatch.setattr("foundation.db.close_db", _nothing)
    assert await cmd_wechat_menu(argparse.Namespace(locale="zh_CN"), wx.settings) == 0
    names = [b["name"] for b in wx.emulator.menu["button"]]
    keys_ = [b["key"] for b in wx.emulator.menu["button"]]
    assert keys_ == ["REPORT", "VERIFY", "MYTIPS"]
    assert names == ["举报", "核验证书", "我的举报"]
    answer = (await wx.emulator.send_event("o-menu", "CLICK", "VERIFY"))[1]
    assert "photo of the certificate's QR code" in answer


async def _no_migrate(*_args, **_kw):
    return []


async def _nothing(*_args, **_kw):
    return None


async def test_scanning_the_accounts_certificate_code_shows_its_registry_entry(
    start_wechat, registry
) -> None:
    wx = await start_wechat()
    await registry(wx.settings)
    answer = (await wx.emulator.send_event("o-scan", "SCAN", f"cert:{VALID}"))[1]
    assert "✅" in answer and "王*国" in answer
    unknown = (await wx.emulator.send_event("o-scan", "SCAN", "cert:T000000000000000000"))[1]
    assert "No such certificate" in unknown


async def test_a_location_answers_the_place_question_and_chinese_is_the_default(start_wechat) -> None:
    wx = await start_wechat(locale="zh_CN")
    assert "这里是安全生产培训考试举报与证书核验" in await wx.say("o-loc", "你好")
    for text in ("举报", "4", "1", "石家庄市某某建筑工程有限公司", "跳过"):
        await wx.say("o-loc", text)
    before = len(wx.emulator.answers("o-loc"))
    await wx.emulator.send_location("o-loc", 38.05, 114.52, "河北省石家庄市长安区建设北大街8号")
    await wx.service.drain()
    assert "什么时候" in wx.emulator.answers("o-loc")[before]  # the place was taken: the next question
    assert "已停止" in await wx.say("o-loc", "取消")
    assert "Use the menu below" in await wx.say("o-loc", "English")


async def test_waiting_wechat_rows_do_not_starve_telegram_messages(start_wechat) -> None:
    from cases import outbox_queue

    wx = await start_wechat()
    sealer = sealer_for(str(wx.settings.keys_dir))
    for n in range(5):
        await Outbox.create(chat_sealed=sealer.seal({"wx_openid": f"o{n}"}), text_key="status", params={})
    telegram = await Outbox.create(chat_sealed=sealer.seal({"tg_id": 42}), text_key="status", params={})
    waiting = await outbox_queue.waiting(sealer, outbox_queue.TELEGRAM, limit=2)
    assert [(row.id, chat_id) for row, chat_id in waiting] == [(telegram.id, 42)]


async def _to_evidence(wx, openid: str) -> None:
    for text in (
        "举报",
        "4",
        "1",
        "石家庄市某某建筑工程有限公司",
        "跳过",
        "河北省石家庄市长安区建设北大街8号",
        "2",
        "工地上有三名电焊工没有特种作业操作证就上岗作业，已经持续一个多月。",
    ):
        await wx.say(openid, text)


def coloured(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 150), (n * 40 % 255, 90, 160)).save(out, "JPEG")
    return out.getvalue()


async def test_photos_sent_at_once_to_two_processes_are_all_kept(start_wechat) -> None:
    import asyncio

    from bot.http import build_http_app
    from bot.runner import start_http
    from wechat.server import SERVICE_KEY

    wx = await start_wechat()
    second = build_http_app(None, wx.settings)  # another process behind the same account
    runner, port = await start_http(second, "127.0.0.1", 0)
    try:
        await _to_evidence(wx, "o-burst")
        urls = [wx.emulator.callback_url, f"http://127.0.0.1:{port}/wechat"]
        bodies = [
            wx.emulator.build(
                "o-burst", "image", {"PicUrl": "x", "MediaId": wx.emulator.add_media(coloured(n))}
            )
            for n in range(4)
        ]

        async def post(n: int) -> None:
            query, body = wx.emulator.signed_query(bodies[n], False)
            async with aiohttp.ClientSession() as http:
                async with http.post(urls[n % 2], params=query, data=body.encode()) as response:
                    assert response.status == 200

        await asyncio.gather(*(post(n) for n in range(4)))
        await wx.service.drain()
        await second[SERVICE_KEY].drain()
        assert "stay anonymous" in await wx.say("o-burst", "完成")
        done = await wx.say("o-burst", "1")
        tip = await Tip.get(receipt_code=re.search(r"Receipt code: (\S+)", done).group(1).replace("-", ""))
        assert await Attachment.filter(tip_id=tip.id).count() == 4
    finally:
        await runner.cleanup()


async def test_a_voice_message_inside_the_form_is_kept_as_evidence(start_wechat) -> None:
    wx = await start_wechat()
    await _to_evidence(wx, "o-voice")
    media_id = wx.emulator.add_media(b"#!AMR\n" + b"\x00" * 500, "audio/amr")
    await wx.emulator.post(wx.emulator.build("o-voice", "voice", {"MediaId": media_id, "Format": "amr"}))
    assert "File 1 kept" in wx.emulator.answers("o-voice")[-1]
    await wx.say("o-voice", "完成")
    done = await wx.say("o-voice", "1")
    tip = await Tip.get(receipt_code=re.search(r"Receipt code: (\S+)", done).group(1).replace("-", ""))
    kept = await Attachment.get(tip_id=tip.id)
    assert kept.kind == "voice" and kept.mime_type == "audio/amr"


async def test_a_real_name_tip_keeps_the_contact_sealed_with_the_openid(start_wechat) -> None:
    wx = await start_wechat()
    await _to_evidence(wx, "o-real")
    await wx.say("o-real", "完成")
    assert "phone number" in await wx.say("o-real", "2")
    assert "Please type a name" in await wx.say("o-real", "张")  # too short: asked again
    done = await wx.say("o-real", "张三 13800000000")
    tip = await Tip.get(receipt_code=re.search(r"Receipt code: (\S+)", done).group(1).replace("-", ""))
    assert not tip.anonymous
    identity = sealer_for(str(wx.settings.keys_dir)).unseal(tip.reporter_sealed)
    assert identity == {"wx_openid": "o-real", "contact": "张三 13800000000"}
