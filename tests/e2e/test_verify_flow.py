"""Certificate verification end to end: photos of rendered cards (clean and degraded) for each state, an
altered payload and an unknown key, sent to the bot through the sandbox; the verdict symbol leads the answer,
and the failures land as cases in the issuer's queue."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from bot.demo import _demo_csv
from certs import keys
from certs.card import CardData, render_card
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.registry import find_by_cert_no
from foundation import clock
from models.attachments import Attachment
from models.cases import Case
from tests.e2e.chat import Chat

VALID, EXPIRED, OVERDUE = "T130102199001011237", "T130102198703152216", "T130102199208204415"
SUSPENDED, REVOKED = "T130102199311113351", "T130102199112126678"


def degrade(png: bytes) -> bytes:
    """A phone photo: tilted, a little blurred, smaller, JPEG quality 35."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.rotate(17, expand=True, fillcolor=(90, 90, 90)).filter(ImageFilter.GaussianBlur(1.0))
    image = image.resize((image.width * 3 // 4, image.height * 3 // 4))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=35)
    return out.getvalue()


async def card(settings, cert_no: str, key_dir: Path | None = None, tamper: bool = False) -> bytes:
    record = await find_by_cert_no(cert_no)
    key = keys.active_key(key_dir or settings.keys_dir)
    text = issue_qr_text(record.cert_fields(), key, None)
    if tamper:  # change one character of the signed payload
        text = text[:-12] + ("A" if text[-12] != "A" else "B") + text[-11:]
    return render_card(CardData.from_record(record), text)


@pytest.fixture
async def registry(database, settings) -> None:
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
async def test_verdicts_for_each_state(bot_app, sim, settings, registry, degraded: bool) -> None:
    expectations = {VALID: "✅", EXPIRED: "⚠️", OVERDUE: "⚠️", SUSPENDED: "⚠️", REVOKED: "❌"}
    chat = Chat(sim, 8001, "zh-hans")
    for cert_no, symbol in expectations.items():
        png = await card(settings, cert_no)
        answer = await chat.send_photo(degrade(png) if degraded else png)
        assert answer["text"].startswith(symbol), (cert_no, answer["text"])
        assert "*" in answer["text"], "the holder's name is shown masked"
    valid = (await chat.texts())[0]
    assert "王*国" in valid and "…1237" in valid and "身份证" in valid


async def test_forgeries_and_failures_become_cases_in_the_issuers_queue(
    bot_app, sim, settings, registry, tmp_path: Path
) -> None:
    chat = Chat(sim, 8002, "en")
    altered = await chat.send_photo(await card(settings, VALID, tamper=True))
    assert altered["text"].startswith("❌") and "Not genuine" in altered["text"]
    other_keys = tmp_path / "stolen-keys"
    keys.create_key(other_keys)
    unknown = await chat.send_photo(await card(settings, VALID, key_dir=other_keys))
    assert unknown["text"].startswith("❌") and "key this service does not know" in unknown["text"]
    revoked = await chat.send_photo(await card(settings, REVOKED))
    assert revoked["text"].startswith("❌")
    suspended = await chat.send_photo(await card(settings, SUSPENDED))
    assert suspended["text"].startswith("⚠️")
    again = await chat.send_photo(await card(settings, REVOKED))  # joins the open case for that certificate
    assert again["text"].startswith("❌")

    cases = await Case.filter(kind="verification").order_by("id")
    by_reason = {c.category: c for c in cases}
    # The altered card and the unknown key are both about 王建国's certificate: one case, two reports.
    assert set(by_reason) == {"bad_signature", "revoked", "suspended"}
    assert by_reason["bad_signature"].details["reports"] == 2
    assert all(c.division_code == "130100" for c in cases), "routed to the issuer (石家庄市应急管理局)"
    assert by_reason["revoked"].details["reports"] == 2
    assert await Attachment.filter(case_id=by_reason["revoked"].id).count() == 2
    assert await Case.filter(kind="verification", category="genuine_valid").count() == 0


async def test_typed_check_and_no_qr(bot_app, sim, settings, registry) -> None:
    chat = Chat(sim, 8003, "en")
    typed = await chat.send(f"/verify {VALID} 王建国", expect="Genuine")
    assert typed["text"].startswith("✅") and "registry only" in typed["text"]
    wrong = await chat.send(f"/verify {VALID} 张三", expect="do not match")
    assert wrong["text"].startswith("⚠️"), "a mismatch is ⚠️ (to look into), like in inspection findings"
    assert await Case.filter(kind="verification", category="payload_mismatch").exists(), "and still a case"
    blank = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(blank, "JPEG")
    await chat.send_photo(blank.getvalue(), expect="could not find a QR code")
    await chat._sync()
    await sim.send_document(8003, b"not an image at all", "card.jpg", "image/jpeg", language_code="en")
    await chat.expect("not an image I can read")
    await chat._sync()
    await sim.send_document(8003, b"%PDF-1.4 ...", "scan.pdf", "application/pdf", language_code="en")
    await chat.expect("Choose what you want to do")


@pytest.mark.e2e
async def test_typing_shows_before_the_verdict_and_again_during_a_long_read(
    bot_app, sim, settings, registry, monkeypatch
) -> None:
    """The user sees "typing…" before the verdict arrives, and it is renewed while a slow read runs
    (Telegram drops a chat action after about 5 s); nothing more is sent once the verdict is there."""
    import asyncio

    from cases import verification
    from handlers import chat_action

    monkeypatch.setattr(chat_action, "REPEAT_SECONDS", 0.3)
    real_check = verification.check_photo

    async def slow_check(*args, **kwargs):
        await asyncio.sleep(1.0)  # a photo read under load
        return await real_check(*args, **kwargs)

    monkeypatch.setattr(verification, "check_photo", slow_check)
    chat = Chat(sim, 8011, "en")
    answer = await chat.send_photo(await card(settings, VALID))
    assert answer["text"].startswith("✅")
    actions = await sim.chat_actions(8011)
    assert actions, "no chat action was sent while the photo was read"
    assert {a["action"] for a in actions} == {"typing"}
    assert all(a["after_message_id"] < answer["message_id"] for a in actions), "typing came after the verdict"
    assert len(actions) >= 3, f"typing was not renewed during a 1 s read: {actions}"
    calls = [c["method"] for c in await sim.calls() if c["method"] in ("sendChatAction", "sendMessage")]
    assert calls.index("sendChatAction") < calls.index("sendMessage")
    await asyncio.sleep(0.5)
    assert len(await sim.chat_actions(8011)) == len(actions), "typing went on after the verdict"
