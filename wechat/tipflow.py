"""The tip form in WeChat: one question per message, choices as numbered lists, each answer checked by the
same rules as the web form and the call-centre API (web/tip_form.check_tip), photos kept as evidence, and
the tip filed through cases.tips.file_tip with the OpenID sealed as the reporter's identity.

The answers so far live in the follower's WechatConversation row, so any process can take the next
message. A WeChat tip is always anonymous here (the reporter can give a name on the web form instead).
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from cases import tips
from cases.violations import SUBJECT_TYPES, violations_for
from foundation.i18n import Translator
from foundation.media import keep_async
from models.wechat import WechatConversation
from web.texts import OCCURRED
from web.tip_form import check_tip, to_draft

if TYPE_CHECKING:
    from wechat.dialog import Channel

FLOW = "tip"
STEPS = ("subject_type", "violation", "subject_name", "address", "occurred", "description", "evidence")
PROBLEM_FIELD = {"address": "place"}  # check_tip's name for a step's problems, where it differs
DONE_WORDS = ("完成", "提交", "done", "0")
SKIP_WORDS = ("跳过", "skip", "无")


def clear(conv: WechatConversation) -> None:
    conv.flow, conv.step, conv.data = None, None, {}


def _numbered(options: list[str]) -> str:
    return "\n".join(f"{n}. {label}" for n, label in enumerate(options, 1))


def _choices(step: str, data: dict[str, Any], _: Translator) -> list[tuple[str, str]]:
    """(value, words) of a step with fixed choices; empty for free text."""
    if step == "subject_type":
        return [(code, _(label)) for code, label in SUBJECT_TYPES.items()]
    if step == "violation":
        return [(v.code, _(v.label)) for v in violations_for(data.get("subject_type", ""))]
    if step == "occurred":
        return [(code, _(label)) for code, label in OCCURRED.items()]
    if step == "place_pick":
        return [(code, name) for code, name in data.get("candidates", [])]
    return []


def question(conv: WechatConversation, _: Translator) -> str:
    step, data = conv.step or "", conv.data
    texts = {
        "subject_type": _("Who or what is the report about? Reply with the number."),
        "violation": _("What happened? Reply with the number."),
        "subject_name": _("What is the name of the institution, exam site or enterprise?"),
        "address": _(
            "Where did it happen? Type the address with province, city and county (for example "
            "河北省石家庄市长安区…), or send a location."
        ),
        "place_pick": _("Several places match. Which one is it? Reply with the number."),
        "occurred": _("When did it happen? Reply with the number, or type a date."),
        "description": _(
            "Describe what happened: who, what, when, how you know. At least {n} characters."
        ).format(n=tips.MIN_DESCRIPTION),
        "evidence": _(
            "Send photos as evidence if you have them (up to {n}). When you are finished, type 完成 "
            "(or 0) to send the tip."
        ).format(n=tips.MAX_EVIDENCE),
    }
    text = texts.get(step, "")
    options = _choices(step, data, _)
    return f"{text}\n{_numbered([label for _v, label in options])}" if options else text


async def begin(channel: Channel, conv: WechatConversation, _: Translator) -> list[str]:
    clear(conv)
    conv.flow, conv.step = FLOW, STEPS[0]
    conv.data = {"answers": {"identity": "anon"}, "evidence": [], "key": secrets.token_urlsafe(12)}
    intro = _(
        "Report a violation. Your identity is sealed: the officials handling the tip never see who you "
        "are. Type 取消 at any time to stop."
    )
    return [f"{intro}\n\n{question(conv, _)}"]


def _problem(step: str, answers: dict[str, Any], _: Translator) -> tuple[str | None, list[tuple[str, str]]]:
    """The check's complaint about this step's answer (translated), and place candidates if any."""
    checked = check_tip(answers)
    field = PROBLEM_FIELD.get(step, step)
    for problem in checked.problems:
        if problem.field == field:
            return problem.text(_), checked.candidates
    return None, []


def _advance(conv: WechatConversation) -> None:
    current = "address" if conv.step == "place_pick" else (conv.step or STEPS[0])
    conv.step = STEPS[STEPS.index(current) + 1]


def _pick(text: str, options: list[tuple[str, str]]) -> str | None:
    if text.isdigit() and 1 <= int(text) <= len(options):
        return options[int(text) - 1][0]
    return next((value for value, label in options if label == text), None)


async def take_text(
    channel: Channel, conv: WechatConversation, openid: str, text: str, _: Translator
) -> list[str]:
    step, data = conv.step or "", conv.data
    answers = data.setdefault("answers", {})
    options = _choices(step, data, _)
    if step == "evidence":
        if text.lower() in DONE_WORDS:
            return await finish(channel, conv, openid, _)
        return [_("Send a photo, or type 完成 (or 0) to send the tip.")]
    if options:
        value = _pick(text, options)
        if value is None and step == "occurred" and not text.isdigit():
            answers["occurred_text"] = text
        elif value is None:
            return [_("Please reply with one of the numbers.") + "\n" + question(conv, _)]
        elif step == "place_pick":
            answers["place_code"] = value
        else:
            answers[step] = value
            if step == "occurred":
                answers.pop("occurred_text", None)
    else:
        answers[step] = text
        if step == "address":
            answers.pop("place_code", None)
    if step == "subject_type":
        answers.pop("violation", None)
    problem, candidates = _problem("address" if step == "place_pick" else step, answers, _)
    if candidates and step == "address":
        data["candidates"] = [list(c) for c in candidates]
        conv.step = "place_pick"
        return [question(conv, _)]
    if problem is not None:
        return [problem]
    data.pop("candidates", None)
    _advance(conv)
    return [question(conv, _)]


async def take_location(
    channel: Channel, conv: WechatConversation, fields: dict[str, str], _: Translator
) -> list[str]:
    if conv.step != "address":
        return [_("A location is not an answer to this question.") + "\n" + question(conv, _)]
    answers = conv.data.setdefault("answers", {})
    answers["latitude"], answers["longitude"] = fields.get("Location_X", ""), fields.get("Location_Y", "")
    label = (fields.get("Label") or "").strip()
    if not label:
        return [_("Thank you. Please also type the address with province, city and county.")]
    return await take_text(channel, conv, "", label[:300], _)


async def take_photo(channel: Channel, conv: WechatConversation, data: bytes, _: Translator) -> list[str]:
    evidence = conv.data.setdefault("evidence", [])
    if len(evidence) >= tips.MAX_EVIDENCE:
        return [_("This tip already has {n} files, the most it can hold.").format(n=tips.MAX_EVIDENCE)]
    held = sum(int(e.get("size") or 0) for e in evidence)
    if held + len(data) > channel.settings.upload_session_bytes:
        return [_("This tip cannot hold more files: the total size is at its limit.")]
    digest, redacted = await keep_async(channel.media, data, True)
    if all(e["sha256"] != digest for e in evidence):
        evidence.append(
            {
                "sha256": digest,
                "size": len(data),
                "kind": "photo",
                "mime_type": "image/jpeg",
                "redacted_sha256": redacted,
            }
        )
    saved = _("Photo {n} kept.").format(n=len(evidence))
    if conv.step != "evidence":  # a photo before the form asks for it: kept, the question stays
        return [f"{saved}\n{question(conv, _)}"]
    return [_("{saved} Send more, or type 完成 (or 0) to send the tip.").format(saved=saved)]


async def finish(channel: Channel, conv: WechatConversation, openid: str, _: Translator) -> list[str]:
    checked = check_tip(conv.data.get("answers", {}))
    if not checked.ok:  # cannot happen after the steps, unless the rules changed meanwhile: ask again
        conv.step = STEPS[0]
        return [checked.problems[0].text(_), question(conv, _)]
    password = tips.new_password()
    draft = to_draft(checked.fields, conv.data.get("evidence", []), "wechat", conv.language)
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
