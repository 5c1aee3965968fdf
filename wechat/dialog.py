"""What a follower's message means and what the account answers: a photo is checked as a certificate (or
kept as evidence inside the tip form), typed words start the tip form, a check or a follow-up, and the
answers of a form in progress go to it (wechat/tipflow.py).

Every rule comes from the domain: cases.verification for certificates, cases.tips for filing and finding
tips, the shared tip form (forms/tip.py) for each answer. Answers are plain text: WeChat text
messages have no markup and no buttons, so choices are numbered (see docs/README-wechat.md).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

from wechatpy.messages import BaseMessage

from cases import tips, verification
from cases.sealing import Sealer
from cases.status_words import status_label
from certs.registry import find_by_cert_no
from certs.verdict import Verdict
from foundation import clock
from foundation.config import Settings
from foundation.i18n import N_, Translator, translator
from foundation.logs import log_fields
from foundation.media import Store
from models.cases import Case
from models.tips import Tip
from models.wechat import WechatConversation
from wechat import tipflow
from wechat.api import MAX_MEDIA, WechatApi, WechatApiError

log = logging.getLogger(__name__)

# Words that work wherever the menu cannot be used (an old client, a typed message): the text fallback.
REPORT_WORDS = ("举报", "report", "1")
VERIFY_WORDS = ("核验", "核验证书", "verify", "2")
FOLLOW_WORDS = ("我的举报", "查询", "status", "mytips", "3")
CANCEL_WORDS = ("取消", "cancel", "退出")
HELP_WORDS = ("帮助", "help", "?", "？", "菜单", "menu")
LANGUAGE_WORDS = {"english": "en", "中文": "zh_CN"}
MENU_KEYS = {"REPORT": "report", "VERIFY": "verify", "MYTIPS": "follow"}
FOLLOW_FLOW = "follow"


@dataclass
class Channel:
    """What handling a message needs; one per process."""

    settings: Settings
    api: WechatApi
    sealer: Sealer
    media: Store


def normalize(text: str) -> str:
    """Full-width digits and letters as plain ones, trimmed, for comparing typed words."""
    return unicodedata.normalize("NFKC", text or "").strip()


def index_of(channel: Channel, openid: str) -> str:
    return channel.sealer.index(f"wx:{openid}")


async def conversation(channel: Channel, openid: str) -> WechatConversation:
    key = index_of(channel, openid)
    conv, _created = await WechatConversation.get_or_create(
        openid_index=key, defaults={"language": channel.settings.default_locale}
    )
    return conv


def help_text(_: Translator) -> str:
    return _(
        "This is the work-safety tip line and certificate check. Use the menu below, or type:\n"
        "1 or 举报 — report a violation (anonymous)\n"
        "2 or 核验 — check a certificate: send a photo of its QR code, or type 核验 followed by the "
        "certificate number and the holder's name\n"
        "3 or 查询 — follow up a tip with its receipt code and password\n"
        "取消 — stop the form in progress · English / 中文 — change the language"
    )


async def handle(channel: Channel, message: BaseMessage, fields: dict[str, str]) -> list[str]:
    """The texts to answer `message` with, in order (the first may go as the passive reply)."""
    openid = fields["FromUserName"]
    conv = await conversation(channel, openid)
    _ = translator(conv.language)
    kind = fields.get("MsgType", "").lower()
    try:
        if kind == "event":
            answer = await _event(channel, conv, openid, fields, _)
        elif kind == "text":
            answer = await _text(channel, conv, openid, normalize(fields.get("Content", "")), _)
        elif kind == "image":
            answer = await _image(channel, conv, openid, fields.get("MediaId", ""), _)
        elif kind == "location":
            answer = await _location(channel, conv, openid, fields, _)
        elif kind in ("voice", "video", "shortvideo") and conv.flow == tipflow.FLOW:
            answer = await _evidence_media(channel, conv, fields.get("MediaId", ""), kind, _)
        else:  # voice, video, shortvideo, file, link: nothing here can read them
            answer = [
                _(
                    "I can read only text, photos and locations here. Please type your message or "
                    "send a photo."
                )
            ]
    finally:
        await conv.save()
    return answer


async def _event(
    channel: Channel, conv: WechatConversation, openid: str, fields: dict[str, str], _: Translator
) -> list[str]:
    event = fields.get("Event", "").lower()
    key = fields.get("EventKey", "")
    if event == "subscribe" and not key:
        return [help_text(_)]
    if event == "click":
        action = MENU_KEYS.get(key)
        if action is not None:
            return await _command(channel, conv, openid, action, "", _)
        return [help_text(_)]
    if event in ("scan", "subscribe") and key:
        scene = key.removeprefix("qrscene_")
        return await _scene(channel, scene, _) + ([help_text(_)] if event == "subscribe" else [])
    if event == "unsubscribe":
        tipflow.clear(conv)
        return []
    return []  # LOCATION reports, VIEW and other events need no answer


async def _scene(channel: Channel, scene: str, _: Translator) -> list[str]:
    """A parameterised QR code (场景二维码, a scene string of at most 64 characters) was scanned. The
    account's own codes name a certificate (`cert:<number>`: its registry entry is shown, as for a typed
    check with the holder's registered name) or a job-holder notice (`notice:<id>`)."""
    if scene.startswith("cert:"):
        cert_no = scene[5:].strip()[:40]
        record = await find_by_cert_no(cert_no)
        result = await verification.check_typed(cert_no, record.name if record else "", clock.today())
        await _file_failure(channel, result, None, None)
        return [_plain(verification.verdict_lines(result, _))]
    if scene.startswith("notice:"):
        return [
            _(
                "This code belongs to a workplace's job-holder notice. To check a person listed on it, "
                "send a photo of their certificate's QR code."
            )
        ]
    return [help_text(_)]


def _plain(lines: list[str]) -> str:
    return "\n".join(lines)


async def _file_failure(channel: Channel, result: Verdict, qr_text: str | None, photo: bytes | None) -> None:
    await verification.file_failure(
        result, qr_text=qr_text, photo=photo, media=channel.media, channel="wechat"
    )


def _word(text: str) -> str | None:
    lowered = text.lower()
    first = lowered.split(maxsplit=1)[0] if lowered else ""
    if lowered in REPORT_WORDS:
        return "report"
    if lowered in FOLLOW_WORDS or first in ("查询", "status"):
        return "follow"
    if lowered in VERIFY_WORDS or first in ("核验", "verify"):
        return "verify"
    if lowered in CANCEL_WORDS:
        return "cancel"
    if lowered in HELP_WORDS:
        return "help"
    return None


async def _text(
    channel: Channel, conv: WechatConversation, openid: str, text: str, _: Translator
) -> list[str]:
    if text.lower() in LANGUAGE_WORDS:
        conv.language = LANGUAGE_WORDS[text.lower()]
        return [help_text(translator(conv.language))]
    word = _word(text)
    if word == "cancel":
        had = conv.flow is not None
        tipflow.clear(conv)
        return [_("Stopped. Nothing was sent.") if had else _("There is no form in progress.")]
    # Inside a form, a bare number is an answer, not a menu word.
    if conv.flow is not None and not (word and not text.isdigit()):
        if conv.flow == FOLLOW_FLOW:
            return await _follow_answer(conv, openid, text, channel, _)
        return await tipflow.take_text(channel, conv, openid, text, _)
    if word in ("report", "verify", "follow"):
        rest = text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""
        return await _command(channel, conv, openid, word, rest, _)
    return [help_text(_)]


async def _command(
    channel: Channel, conv: WechatConversation, openid: str, action: str, rest: str, _: Translator
) -> list[str]:
    if action == "report":
        return await tipflow.begin(channel, conv, _)
    if action == "verify":
        parts = rest.split(maxsplit=1)
        if len(parts) == 2:
            result = await verification.check_typed(parts[0], parts[1], clock.today())
            await _file_failure(channel, result, None, None)
            return [_plain(verification.verdict_lines(result, _))]
        return [
            _(
                "Send a photo of the certificate's QR code, or type 核验 followed by the certificate "
                "number and the holder's name, for example: 核验 T130102199001011234 王建国"
            )
        ]
    parts = rest.split(maxsplit=1)
    if len(parts) == 2:
        return [await _follow_result(parts[0], parts[1], _)]
    answer = await _own_tips(channel, openid, _)
    tipflow.clear(conv)
    conv.flow, conv.step, conv.data = FOLLOW_FLOW, "receipt", {}
    return [*answer, _("To follow up a tip, type its receipt code (XXXX-XXXX-XXXX), or 取消 to stop.")]


async def _own_tips(channel: Channel, openid: str, _: Translator) -> list[str]:
    """The tips this follower filed here (found by the keyed hash of the OpenID: no password needed)."""
    own = await Tip.filter(reporter_index=index_of(channel, openid)).order_by("-id").limit(10)
    if not own:
        return []
    lines = [_("Your tips filed here:")]
    for tip in own:
        case = await Case.get_or_none(id=tip.case_id)
        lines.append(
            f"{tips.format_receipt(tip.receipt_code)} · {status_label(case.status if case else '', _)}"
        )
    return ["\n".join(lines)]


async def _follow_answer(
    conv: WechatConversation, openid: str, text: str, channel: Channel, _: Translator
) -> list[str]:
    if conv.step == "receipt":
        if tips.normalize_receipt(text) is None:
            return [_("That is not a receipt code. It has 12 letters and digits, like ABCD-EFGH-JKMN.")]
        conv.data, conv.step = {"code": tips.normalize_receipt(text)}, "password"
        return [_("Now type the password you were given with the receipt.")]
    code = conv.data.get("code", "")
    tipflow.clear(conv)
    return [await _follow_result(code, text, _)]


async def _follow_result(receipt: str, password: str, _: Translator) -> str:
    tip = await tips.find_tip(receipt, password.strip())
    if tip is None:
        return _("No tip matches that receipt code and password. Check both and try again (3 查询).")
    case = await Case.get(id=tip.case_id)
    lines = [
        _("Tip {receipt}").format(receipt=tips.format_receipt(tip.receipt_code)),
        _("Status: {status}").format(status=status_label(case.status, _)),
        _("Filed on {date}").format(date=clock.local_date(tip.created_at).isoformat()),
    ]
    if case.due_at and case.status not in ("closed", "rejected"):
        lines.append(_("To be verified by {date}").format(date=clock.local_date(case.due_at).isoformat()))
    return "\n".join(lines)


async def download(channel: Channel, media_id: str, _: Translator) -> tuple[bytes | None, str | None]:
    """The image behind a MediaId, or the sentence to say instead."""
    if not media_id or len(media_id) > 128:
        return None, _("That photo could not be fetched. Please send it again.")
    try:
        data = await channel.api.media(media_id)
    except WechatApiError as exc:
        log_fields(log, "wechat media fetch failed", errcode=exc.code)
        return None, _("That photo could not be fetched. Please send it again.")
    if len(data) > MAX_MEDIA:
        return None, _("That photo is too large. Please send a smaller one.")
    return data, None


async def _image(
    channel: Channel, conv: WechatConversation, openid: str, media_id: str, _: Translator
) -> list[str]:
    data, problem = await download(channel, media_id, _)
    if data is None:
        return [problem or ""]
    if conv.flow is not None and conv.flow != FOLLOW_FLOW:
        return await tipflow.take_photo(channel, conv, data, _)
    return [await verify_photo(channel, data, _)]


async def _evidence_media(
    channel: Channel, conv: WechatConversation, media_id: str, kind: str, _: Translator
) -> list[str]:
    """A voice message or a video inside the tip form is evidence too (outside it, nothing reads it)."""
    data, problem = await download(channel, media_id, _)
    if data is None:
        return [problem or ""]
    return await tipflow.take_photo(channel, conv, data, _, kind)


async def verify_photo(channel: Channel, data: bytes, _: Translator) -> str:
    settings = channel.settings
    check = await verification.check_photo(data, settings.keys_dir, settings.public_url, clock.today())
    if check.verdict is None:
        if check.problem in ("too_large", "too_many_pixels"):
            return _("The image is too large to read. Please send an ordinary photo of the card.")
        if check.problem in ("not_an_image", "truncated"):
            return _("That file is not an image I can read. Please send a photo of the card.")
        if check.problem is not None:
            return _("Reading the image took too long. Please send a sharper, smaller photo.")
        return _(
            "I could not find a QR code in the photo. Take it again closer to the code, in good light, "
            "with the whole code in the picture."
        )
    await _file_failure(channel, check.verdict, check.qr_text, data)
    return _plain(verification.verdict_lines(check.verdict, _))


async def _location(
    channel: Channel, conv: WechatConversation, openid: str, fields: dict[str, str], _: Translator
) -> list[str]:
    if conv.flow is not None and conv.flow != FOLLOW_FLOW:
        return await tipflow.take_location(channel, conv, fields, _)
    return [_("A location helps only inside a tip. Type 1 or 举报 to report something.")]


UNREADABLE = N_("Something went wrong on our side. Please send your message again.")
