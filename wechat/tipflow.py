"""The tip form in WeChat: the shared TIP form (forms/tip.py) asked one question per message, choices as
numbered lists, each answer checked by TIP.check exactly as the bot and the web form check it, photos kept
as evidence, and the tip filed through cases.tips.file_tip with the OpenID sealed as the reporter's
identity.

The answers so far live in the follower's WechatConversation row (the same keys the bot's form writes:
TIP.to_draft reads them), so any process can take the next message.
"""

from __future__ import annotations

import re
import secrets
from typing import TYPE_CHECKING, Any

from cases import tips
from forms.tip import TIP
from foundation.i18n import Translator
from foundation.media import keep_async
from models.wechat import WechatConversation

if TYPE_CHECKING:
    from wechat.dialog import Channel

FLOW = "tip"
PLACE_PICK = "place_pick"
DONE_WORDS = ("完成", "提交", "done", "0")
SKIP_WORDS = ("跳过", "skip", "无", "0")
TAGS = re.compile(r"</?b>")


def clear(conv: WechatConversation) -> None:
    conv.flow, conv.step, conv.data = None, None, {}


def _numbered(options: list[str]) -> str:
    return "\n".join(f"{n}. {label}" for n, label in enumerate(options, 1))


def _options(step: str, data: dict[str, Any], _: Translator) -> list[tuple[str, str]]:
    """(value, words) of a step with fixed choices; empty for free text."""
    if step == PLACE_PICK:
        return [(code, name) for code, name in data.get("candidates", [])]
    return [(c.value, _(c.label)) for c in TIP.choices(step, data.get("answers", {}))]


def question(conv: WechatConversation, _: Translator) -> str:
    step, data = conv.step or "", conv.data
    if step == PLACE_PICK:
        text = _("Several places match. Which one is it? Reply with the number.")
    elif step == "evidence":
        text = _(TIP.field("evidence").question).format(
            max=tips.MAX_EVIDENCE, count=len(data.get("evidence", []))
        )
        text += "\n" + _("Here: type 完成 (or 0) when you are finished.")
    else:
        text = TIP.question(step, _)
        if TIP.field(step).optional:
            text += "\n" + _("Here: type 跳过 (or 0) to skip.")
    options = _options(step, data, _)
    if options:
        text += "\n" + _numbered([label for _v, label in options]) + "\n" + _("Reply with the number.")
    return TAGS.sub("", text)


async def begin(channel: Channel, conv: WechatConversation, _: Translator) -> list[str]:
    clear(conv)
    conv.flow, conv.step = FLOW, TIP.fields[0].name
    conv.data = {"answers": {"anonymous": True}, "evidence": [], "key": secrets.token_urlsafe(12)}
    intro = _(
        "Report a violation. Your identity is sealed: the officials handling the tip never see who you "
        "are. Type 取消 at any time to stop."
    )
    return [f"{intro}\n\n{question(conv, _)}"]


def _store(step: str, value: Any, text: str, answers: dict[str, Any]) -> None:
    """Writes an accepted answer under the keys TIP.to_draft reads (as the bot's form does)."""
    if step == "place":
        answers["address"] = text[:300]
        answers["division_code"], answers["place_name"] = value
    elif step == "identity":
        answers["anonymous"] = value != "real"
        if answers["anonymous"]:
            answers.pop("contact", None)
    else:
        answers[step] = value
    if step == "subject_type":
        answers.pop("violation", None)


async def _next(
    channel: Channel, conv: WechatConversation, openid: str, after: str, _: Translator, said: list[str]
) -> list[str]:
    following = TIP.next_field(conv.data.get("answers", {}), after=after)
    if following is None:
        return [*said, *(await finish(channel, conv, openid, _))]
    conv.step = following.name
    return [*said, question(conv, _)]


async def take_text(
    channel: Channel, conv: WechatConversation, openid: str, text: str, _: Translator
) -> list[str]:
    step, data = conv.step or "", conv.data
    answers = data.setdefault("answers", {})
    options = _options(step, data, _)
    if step == "evidence":
        if text.lower() in DONE_WORDS:
            return await _next(channel, conv, openid, "evidence", _, [])
        return [_("Send a photo, or type 完成 (or 0) to send the tip.")]
    picked = options[int(text) - 1][0] if text.isdigit() and 1 <= int(text) <= len(options) else None
    if step == PLACE_PICK:
        if picked is None:
            return [_("Please reply with one of the numbers.") + "\n" + question(conv, _)]
        answers["division_code"], answers["place_name"] = picked, dict(data.pop("candidates"))[picked]
        return await _next(channel, conv, openid, "place", _, [])
    if TIP.field(step).optional and text.lower() in SKIP_WORDS:
        answers[step] = None
        return await _next(channel, conv, openid, step, _, [])
    answer = TIP.check(step, picked if picked is not None else text, answers)
    if answer.candidates and step == "place":
        answers["address"] = text[:300]
        data["candidates"] = [list(c) for c in answer.candidates]
        conv.step = PLACE_PICK
        return [question(conv, _)]
    if answer.problem is not None:
        problem = answer.problem.render(_)
        return [f"{problem}\n{question(conv, _)}" if options else problem]
    _store(step, answer.value, text, answers)
    said = [answer.warning.render(_)] if answer.warning is not None else []
    return await _next(channel, conv, openid, step, _, said)


async def take_location(
    channel: Channel, conv: WechatConversation, fields: dict[str, str], _: Translator
) -> list[str]:
    if conv.step != "place":
        return [_("A location is not an answer to this question.") + "\n" + question(conv, _)]
    answers = conv.data.setdefault("answers", {})
    try:
        answers["latitude"] = max(-90.0, min(90.0, float(fields.get("Location_X", ""))))
        answers["longitude"] = max(-180.0, min(180.0, float(fields.get("Location_Y", ""))))
    except ValueError:
        return [_("Thank you. Please also type the address with province, city and county.")]
    label = (fields.get("Label") or "").strip()
    if not label:
        return [_("Thank you. Please also type the address with province, city and county.")]
    return await take_text(channel, conv, "", label[:300], _)


MEDIA_KINDS = {
    "image": ("photo", "image/jpeg"),
    "voice": ("voice", "audio/amr"),
    "video": ("video", "video/mp4"),
    "shortvideo": ("video", "video/mp4"),
}


async def take_photo(
    channel: Channel, conv: WechatConversation, data: bytes, _: Translator, kind: str = "image"
) -> list[str]:
    """A photo, voice message or video sent inside the form: kept as evidence (photos also get the
    redacted staff copy, as in every channel)."""
    stored_kind, mime = MEDIA_KINDS.get(kind, MEDIA_KINDS["image"])
    evidence = conv.data.setdefault("evidence", [])
    if len(evidence) >= tips.MAX_EVIDENCE:
        return [_("This tip already has {n} files, the most it can hold.").format(n=tips.MAX_EVIDENCE)]
    held = sum(int(e.get("size") or 0) for e in evidence)
    if held + len(data) > channel.settings.upload_session_bytes:
        return [_("This tip cannot hold more files: the total size is at its limit.")]
    digest, redacted = await keep_async(channel.media, data, stored_kind == "photo")
    if all(e["sha256"] != digest for e in evidence):
        evidence.append(
            {
                "sha256": digest,
                "size": len(data),
                "kind": stored_kind,
                "mime_type": mime,
                "redacted_sha256": redacted,
            }
        )
    saved = (
        _("File {n} kept.").format(n=len(evidence))
        if stored_kind != "photo"
        else _("Photo {n} kept.").format(n=len(evidence))
    )
    if conv.step != "evidence":  # a photo before the form asks for it: kept, the question stays
        return [f"{saved}\n{question(conv, _)}"]
    return [_("{saved} Send more, or type 完成 (or 0) to send the tip.").format(saved=saved)]


async def finish(channel: Channel, conv: WechatConversation, openid: str, _: Translator) -> list[str]:
    answers = conv.data.get("answers", {})
    missing = next(
        (
            f
            for f in TIP.fields
            if f.asked_when(answers)
            and not f.optional
            and f.name not in answers
            and not (f.name == "place" and answers.get("division_code"))
            and f.name != "identity"
        ),
        None,
    )
    if missing is not None:  # cannot happen after the steps, unless the form changed meanwhile: ask it
        conv.step = missing.name
        return [question(conv, _)]
    password = tips.new_password()
    draft = TIP.to_draft(answers, conv.data.get("evidence", []), "wechat", conv.language)
    filed = await tips.file_tip(
        draft,
        sealer=channel.sealer,
        password=password,
        reporter_wx_openid=openid,
        idempotency_key=f"wechat:{conv.data.get('key', '')}",
    )
    clear(conv)
    status_url = f"{channel.settings.public_url}/status" if channel.settings.public_url else None
    text = _(
        "Your tip was received.\nReceipt code: {receipt}\nPassword: {password}\n"
        "Keep both: with them you can follow the tip here (3 查询) or on the status page from any device. "
        "You will be told here when its status changes."
    ).format(receipt=tips.format_receipt(filed.receipt_code), password=password)
    if status_url:
        text += "\n" + _("Status page: {url}").format(url=status_url)
    return [text]
