"""/report: the guided tip form (subject, violation, name, credit code, place, time, description, evidence,
identity, summary).

Every answer is written to the chat's draft in the database before the next question is asked, so nothing is
lost to a restart, a flood, a wrong file or a stray command. From the summary any field can be changed; after
the change the form comes back to the summary.
"""

from __future__ import annotations

import asyncio
import html
import io
import secrets
from typing import Any

from stdnum.cn import uscc
from stdnum.exceptions import InvalidChecksum, ValidationError
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler

from cases import tips
from cases.sealing import sealer_for
from cases.tips import (  # the tip rules shared with the web form and the API
    EVIDENCE_MIME_PREFIXES,
    MAX_DESCRIPTION,
    MAX_EVIDENCE,
    MAX_FILE_BYTES,
    MIN_DESCRIPTION,
)
from cases.violations import SUBJECT_TYPES, find_violation, violations_for
from foundation import clock
from foundation.config import Settings
from foundation.i18n import Translator
from foundation.media import keep, media_store
from handlers import forms
from handlers.common import buttons, reply, tracked
from handlers.session import BotContext
from models.state import ChatState
from models.tips import Tip

FLOW = "report"

EDITABLE = (
    "subject_type",
    "violation",
    "subject_name",
    "credit_code",
    "place",
    "occurred",
    "description",
    "evidence",
    "identity",
)


def _cb(value: str) -> str:
    return forms.callback(FLOW, value)


def _field_label(field: str, _: Translator) -> str:
    return {
        "subject_type": _("Kind of subject"),
        "violation": _("Violation"),
        "subject_name": _("Name of the subject"),
        "credit_code": _("Credit code"),
        "place": _("Place"),
        "occurred": _("When"),
        "description": _("What happened"),
        "evidence": _("Evidence"),
        "identity": _("Reporter"),
    }[field]


class ReportFlow(forms.Flow):
    name = FLOW
    correctable = frozenset({"subject_name", "credit_code", "occurred", "description", "contact"})

    def title(self, _: Translator) -> str:
        return _("tip report")

    # --- entry -----------------------------------------------------------------------------------------
    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        forms.clear(state)
        state.flow = FLOW
        state.data = {"evidence": [], "anonymous": True, "draft_id": secrets.token_hex(8)}
        await self.goto(update, context, state, "subject_type")

    async def begin_about(
        self,
        update: Update,
        context: BotContext,
        state: ChatState,
        *,
        subject_type: str,
        name: str,
        credit_code: str | None,
        division_code: str | None,
    ) -> None:
        """Starts a report about a known subject (from a notice's QR): only the violation and what follows
        are asked; the subject's name, code and place are filled in."""
        from regions import divisions

        await self.begin(update, context, state)
        place = divisions.full_name(division_code) if division_code else None
        state.data.update(
            subject_type=subject_type,
            subject_name=name,
            credit_code=credit_code,
            division_code=division_code if place else None,
            place_name=place,
            prefilled=["subject_name", "credit_code"] + (["place"] if place else []),
        )
        await self.goto(update, context, state, "violation")

    async def goto(self, update: Update, context: BotContext, state: ChatState, step: str) -> None:
        state.step = step
        await self.prompt(update, context, state)

    async def next_after(self, update: Update, context: BotContext, state: ChatState, step: str) -> None:
        """Where to go once `step` is answered: the next question, or back to the summary when editing."""
        if step == "identity" and not state.data.get("anonymous", True):
            await self.goto(update, context, state, "contact")  # a real name always needs its contact
            return
        if state.data.get("editing") and step != "subject_type":
            state.data.pop("editing", None)
            await self.goto(update, context, state, "summary")
            return
        order = [
            "subject_type",
            "violation",
            "subject_name",
            "credit_code",
            "place",
            "occurred",
            "description",
            "evidence",
            "identity",
            "contact",
            "summary",
        ]
        following = order[order.index(step) + 1] if step in order else "summary"
        while following in state.data.get("prefilled", []):
            following = order[order.index(following) + 1]
        if following == "contact" and state.data.get("anonymous", True):
            following = "summary"
        await self.goto(update, context, state, following)

    # --- questions -------------------------------------------------------------------------------------
    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        step = state.step
        data = state.data
        if step == "subject_type":
            rows = [[(_(label), _cb(f"st:{code}"))] for code, label in SUBJECT_TYPES.items()]
            await reply(
                update,
                context,
                _("<b>Report a violation</b> (step 1 of 9)\n\nWho or what is the report about?"),
                buttons(rows),
            )
        elif step == "violation":
            rows = [
                [(_(v.label), _cb(f"v:{v.code}"))] for v in violations_for(data.get("subject_type", "other"))
            ]
            await reply(
                update, context, _("(step 2 of 9) What happened? Choose the closest one."), buttons(rows)
            )
        elif step == "subject_name":
            await reply(
                update,
                context,
                _(
                    "(step 3 of 9) What is the name of the institution, site or enterprise? "
                    "Type it as exactly as you can."
                ),
            )
        elif step == "credit_code":
            await reply(
                update,
                context,
                _(
                    "(step 4 of 9) If you know its unified social credit code (18 characters), type it. "
                    "Otherwise press Skip."
                ),
                buttons([[(_("Skip"), _cb("skip:credit_code"))]]),
            )
        elif step == "place":
            keyboard = ReplyKeyboardMarkup(
                [[KeyboardButton(_("📍 Send my location"), request_location=True)]],
                resize_keyboard=True,
                one_time_keyboard=True,
            )
            await reply(
                update,
                context,
                _(
                    "(step 5 of 9) Where did it happen? Type the address (province, city, county or "
                    "district, street), or send a location."
                ),
                keyboard,
            )
        elif step == "place_pick":
            options = data.get("place_options", [])
            rows = [[(o["name"], _cb(f"pl:{o['code']}"))] for o in options[:8]]
            rows.append([(_("None of these: type again"), _cb("pl:none"))])
            await reply(update, context, _("Several places match. Which one is it?"), buttons(rows))
        elif step == "occurred":
            rows = [
                [(_("Today"), _cb("when:today")), (_("This week"), _cb("when:week"))],
                [(_("This month"), _cb("when:month")), (_("Earlier"), _cb("when:earlier"))],
                [(_("It is still going on"), _cb("when:ongoing"))],
            ]
            await reply(
                update,
                context,
                _("(step 6 of 9) When did it happen? Choose, or type a date (for example 2026-03-15)."),
                buttons(rows),
            )
        elif step == "description":
            await reply(
                update,
                context,
                _(
                    "(step 7 of 9) Describe what happened: who, what, when, how you know. "
                    "At least {n} characters."
                ).format(n=MIN_DESCRIPTION),
            )
        elif step == "evidence":
            count = len(data.get("evidence", []))
            await reply(
                update,
                context,
                _(
                    "(step 8 of 9) Send photos, documents or voice notes as evidence (up to {max}, each "
                    "under 20 MB). {count} received so far. Press Done when finished."
                ).format(max=MAX_EVIDENCE, count=count),
                buttons([[(_("Done"), _cb("ev:done")), (_("No evidence"), _cb("ev:none"))]]),
            )
        elif step == "identity":
            await reply(
                update,
                context,
                _(
                    "(step 9 of 9) Do you want to stay anonymous? Anonymous is the default: officials will "
                    "not know who you are. With your real name and a contact, they can call you back."
                ),
                buttons(
                    [
                        [(_("Stay anonymous"), _cb("id:anon"))],
                        [(_("Give my name and contact"), _cb("id:real"))],
                    ]
                ),
            )
        elif step == "contact":
            await reply(
                update,
                context,
                _(
                    "Type your name and a phone number or e-mail, for example: "
                    "张三 13800000000. Only a custodian can see them."
                ),
            )
        elif step == "summary":
            await self.show_summary(update, context, state)
        elif step == "password":
            await reply(
                update,
                context,
                _(
                    "Last step: choose a password ({min} characters or more) to follow your tip and claim a "
                    "reward from any device, or let me make one. Keep it secret."
                ).format(min=tips.MIN_PASSWORD),
                buttons([[(_("Make a password for me"), _cb("pw:gen"))]]),
            )

    def summary_text(self, data: dict[str, Any], _: Translator) -> str:
        violation = find_violation(data.get("subject_type", "other"), data.get("violation", ""))
        subject = SUBJECT_TYPES.get(data.get("subject_type", ""))
        identity = _("anonymous") if data.get("anonymous", True) else _("real name, with contact")
        values = {
            "subject_type": _(subject) if subject else "?",
            "violation": _(violation.label) if violation else "?",
            "subject_name": data.get("subject_name", ""),
            "credit_code": data.get("credit_code") or _("not given"),
            "place": data.get("place_name") or _("not given"),
            "occurred": self.occurred_text(data, _),
            "description": data.get("description", ""),
            "evidence": _("{n} file(s)").format(n=len(data.get("evidence", []))),
            "identity": identity,
        }
        lines = [_("<b>Please check your report</b>"), ""]
        lines += [f"<b>{_field_label(f, _)}:</b> {html.escape(values[f])}" for f in EDITABLE]
        return "\n".join(lines)

    @staticmethod
    def occurred_text(data: dict[str, Any], _: Translator) -> str:
        value = data.get("occurred") or ""
        names = {
            "today": _("Today"),
            "week": _("This week"),
            "month": _("This month"),
            "earlier": _("Earlier"),
            "ongoing": _("It is still going on"),
        }
        return names.get(value, value) or _("not given")

    async def show_summary(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        rows = [[(_("✏️ {field}").format(field=_field_label(f, _)), _cb(f"edit:{f}"))] for f in EDITABLE]
        rows.append([(_("✅ Submit"), _cb("submit"))])
        await reply(update, context, self.summary_text(state.data, _), buttons(rows))

    # --- answers ---------------------------------------------------------------------------------------
    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        _ = context._
        kind, _sep, arg = value.partition(":")
        step = state.step
        data = state.data
        if kind == "st" and step == "subject_type" and arg in SUBJECT_TYPES:
            if data.get("subject_type") != arg:
                data.pop("violation", None)
            data["subject_type"] = arg
            editing = data.pop("editing", None)
            if editing:  # a new kind of subject needs its own violation list; then back to the summary
                data["editing"] = True
            state.step = "violation"
            await self.prompt(update, context, state)
        elif kind == "v" and step == "violation" and find_violation(data.get("subject_type", "other"), arg):
            data["violation"] = arg
            await self.next_after(update, context, state, "violation")
        elif kind == "skip" and step == "credit_code":
            data["credit_code"] = None
            await self.next_after(update, context, state, "credit_code")
        elif kind == "pl" and step == "place_pick":
            options = {o["code"]: o["name"] for o in data.pop("place_options", [])}
            if arg in options:
                data["division_code"], data["place_name"] = arg, options[arg]
                await reply(
                    update,
                    context,
                    _("Place: {place}").format(place=html.escape(options[arg])),
                    ReplyKeyboardRemove(),
                )
                await self.next_after(update, context, state, "place")
            else:
                await self.goto(update, context, state, "place")
        elif kind == "when" and step == "occurred":
            data["occurred"] = arg
            await self.next_after(update, context, state, "occurred")
        elif kind == "ev" and step == "evidence":
            if arg == "none":
                data["evidence"] = []
            await self.next_after(update, context, state, "evidence")
        elif kind == "id" and step == "identity":
            data["anonymous"] = arg != "real"
            if data["anonymous"]:
                data.pop("contact", None)
            await self.next_after(update, context, state, "identity")
        elif kind == "edit" and step == "summary" and arg in EDITABLE:
            data["editing"] = True
            await self.goto(update, context, state, arg)
        elif kind == "submit" and step == "summary":
            await self.submit(update, context, state)
        elif kind == "pw" and step == "password":
            if not state.data.get("password_generated"):
                offer = state.data.get("password_offer") or tips.new_password()
                state.data["password_generated"] = offer
                state.data["password_hash"] = tips.hash_password(offer)
            await self.file(update, context, state)
        else:
            # A button from an earlier question: ask the current one again rather than jump around.
            await reply(update, context, _("That button belongs to an earlier question."))
            await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        message = update.effective_message
        if message is None:
            return
        if message.forward_origin is not None and state.step != "evidence":
            await reply(
                update,
                context,
                _(
                    "Please type your answer yourself; forwarded messages are not taken "
                    "as answers (you can forward them as evidence in step 8)."
                ),
            )
            await self.prompt(update, context, state)
            return
        if message.sticker is not None:
            await reply(update, context, _("Stickers cannot be used here."))
            await self.prompt(update, context, state)
            return
        step = state.step
        handler = {
            "subject_name": self._take_name,
            "credit_code": self._take_credit_code,
            "place": self._take_place,
            "place_pick": self._take_place,
            "occurred": self._take_occurred,
            "description": self._take_description,
            "evidence": self._take_evidence,
            "contact": self._take_contact,
            "password": self._take_password,
        }.get(step or "")
        if handler is None:
            await reply(update, context, _("Please use the buttons to answer this question."))
            await self.prompt(update, context, state)
            return
        await handler(update, context, state)

    async def _need_text(self, update: Update, context: BotContext, state: ChatState) -> str | None:
        text = (update.effective_message.text or "").strip() if update.effective_message else ""
        if not text:
            await reply(update, context, context._("Please answer with text."))
            await self.prompt(update, context, state)
            return None
        return text

    async def _take_name(self, update: Update, context: BotContext, state: ChatState) -> None:
        text = await self._need_text(update, context, state)
        if text is None:
            return
        if len(text) < 2 or len(text) > 200:
            await reply(update, context, context._("The name should be 2 to 200 characters long."))
            return
        state.data["subject_name"] = text
        await self.next_after(update, context, state, "subject_name")

    async def _take_credit_code(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        code = uscc.compact(text)
        try:
            uscc.validate(code)
        except InvalidChecksum:
            # Some early legal codes fail the checksum: keep it, but say so.
            await reply(
                update,
                context,
                _(
                    "Note: the check digit of {code} does not match. It is kept as typed; "
                    "please check it if you can."
                ).format(code=html.escape(code)),
            )
        except ValidationError:
            await reply(
                update,
                context,
                _(
                    "A unified social credit code has 18 characters (digits and capital "
                    "letters). Please type it again, or press Skip."
                ),
                buttons([[(_("Skip"), _cb("skip:credit_code"))]]),
            )
            return
        state.data["credit_code"] = code
        await self.next_after(update, context, state, "credit_code")

    async def _take_place(self, update: Update, context: BotContext, state: ChatState) -> None:
        from cases.places import resolve_place_text

        _ = context._
        message = update.effective_message
        data = state.data
        if message.location is not None:
            data["latitude"], data["longitude"] = message.location.latitude, message.location.longitude
            await reply(
                update,
                context,
                _(
                    "Location received. Now type the county or district it is in, so the "
                    "tip reaches the right office (for example 河北省石家庄市长安区)."
                ),
            )
            state.step = "place"
            return
        text = await self._need_text(update, context, state)
        if text is None:
            return
        candidates = resolve_place_text(text)
        if not candidates:
            await reply(
                update,
                context,
                _(
                    "I could not find that place. Please include the province, city and "
                    "county or district, for example 河北省石家庄市长安区."
                ),
            )
            return
        data["address"] = text
        if len(candidates) == 1:
            code, name = candidates[0]
            data["division_code"], data["place_name"] = code, name
            await reply(
                update, context, _("Place: {place}").format(place=html.escape(name)), ReplyKeyboardRemove()
            )
            await self.next_after(update, context, state, "place")
            return
        data["place_options"] = [{"code": c, "name": n} for c, n in candidates[:8]]
        await self.goto(update, context, state, "place_pick")

    async def _take_occurred(self, update: Update, context: BotContext, state: ChatState) -> None:
        text = await self._need_text(update, context, state)
        if text is None:
            return
        if len(text) > 40:
            await reply(
                update,
                context,
                context._('Please keep the time short, for example 2026-03-15 or "last March".'),
            )
            return
        state.data["occurred"] = text
        await self.next_after(update, context, state, "occurred")

    async def _take_description(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        if len(text) < MIN_DESCRIPTION:
            await reply(
                update,
                context,
                _(
                    "That is too short for officials to act on: please write at least {n} "
                    "characters (you wrote {got})."
                ).format(n=MIN_DESCRIPTION, got=len(text)),
            )
            return
        if len(text) > MAX_DESCRIPTION:
            await reply(
                update,
                context,
                _("Please keep the description under {n} characters; you can add details later.").format(
                    n=MAX_DESCRIPTION
                ),
            )
            return
        state.data["description"] = text
        await self.next_after(update, context, state, "description")

    async def _take_evidence(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        message = update.effective_message
        item = evidence_item(message)
        if item is None:
            if message.text:
                await reply(
                    update,
                    context,
                    _("Please send a photo, a document or a voice note, or press Done."),
                    buttons([[(_("Done"), _cb("ev:done"))]]),
                )
            else:
                await reply(
                    update,
                    context,
                    _(
                        "This kind of file cannot be used as evidence. Photos, PDF or text "
                        "documents, audio, video and voice notes can."
                    ),
                )
            return
        evidence = state.data.setdefault("evidence", [])
        if len(evidence) >= MAX_EVIDENCE:
            await reply(
                update,
                context,
                _("You have already sent {max} files, the most a tip can carry. Press Done to go on.").format(
                    max=MAX_EVIDENCE
                ),
                buttons([[(_("Done"), _cb("ev:done"))]]),
            )
            return
        if item["size"] and item["size"] > MAX_FILE_BYTES:
            await reply(
                update,
                context,
                _(
                    "That file is larger than 20 MB, which the bot cannot receive. Please "
                    "send a smaller file or a photo of it."
                ),
            )
            return
        if item["kind"] == "document" and not (item.get("mime_type") or "").startswith(
            EVIDENCE_MIME_PREFIXES
        ):
            await reply(
                update,
                context,
                _(
                    "This kind of file cannot be used as evidence. Photos, PDF or text "
                    "documents, audio, video and voice notes can."
                ),
            )
            return
        if any(e["file_unique_id"] == item["file_unique_id"] for e in evidence):
            return  # the same file twice (a redelivery, or sent again): keep one
        await store_evidence(context, item)
        evidence.append(item)
        await reply(
            update,
            context,
            _("Received ({count} of at most {max}). Send more, or press Done.").format(
                count=len(evidence), max=MAX_EVIDENCE
            ),
            buttons([[(_("Done"), _cb("ev:done"))]]),
        )

    async def _take_contact(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        if len(text) < 5 or len(text) > 200:
            await reply(update, context, _("Please type a name and a phone number or e-mail address."))
            return
        state.data["contact"] = text
        state.data["anonymous"] = False
        await self.next_after(update, context, state, "contact")

    async def submit(self, update: Update, context: BotContext, state: ChatState) -> None:
        # The password offered is fixed before the question is asked and saved with the draft, so a
        # press of "make one for me" handled again after a crash shows the same password, the one filed.
        state.data.setdefault("password_offer", tips.new_password())
        await self.goto(update, context, state, "password")

    async def _take_password(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        problem = tips.password_problem(text)
        if problem is not None:
            await reply(
                update,
                context,
                _(
                    "The password needs {min} to 64 characters. Please type another, or let me make one."
                ).format(min=tips.MIN_PASSWORD),
                buttons([[(_("Make a password for me"), _cb("pw:gen"))]]),
            )
            return
        state.data["password_hash"] = tips.hash_password(text)
        try:  # the password should not stay readable in the chat history
            await update.effective_message.delete()
        except TelegramError:
            pass
        await self.file(update, context, state)

    async def file(self, update: Update, context: BotContext, state: ChatState) -> None:
        """Files the draft as a tip. Safe to repeat: the draft id makes a second filing return the first."""
        _ = context._
        data = state.data
        session = context.session
        sealer = sealer_for(str(session.settings.keys_dir))
        draft = tips.TipDraft(
            subject_type=data["subject_type"],
            violation=data["violation"],
            subject_name=data["subject_name"],
            description=data["description"],
            credit_code=data.get("credit_code"),
            division_code=data.get("division_code"),
            address=data.get("address"),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            occurred=data.get("occurred"),
            anonymous=data.get("anonymous", True),
            contact=data.get("contact"),
            language=session.locale,
            channel="telegram",
            evidence=[
                tips.EvidenceFile(
                    e["sha256"],
                    e.get("size") or 0,
                    e["kind"],
                    e.get("mime_type"),
                    e.get("file_name"),
                    e.get("redacted_sha256"),
                )
                for e in data.get("evidence", [])
                if e.get("sha256")
            ],
        )
        filed = await tips.file_tip(
            draft,
            password_hash=data["password_hash"],
            sealer=sealer,
            reporter_tg_id=update.effective_user.id,
            idempotency_key=f"tg:{state.chat_id}:{data['draft_id']}",
        )
        generated = data.get("password_generated")
        forms.clear(state)
        # The receipt is marked before it is sent. A submit handled again after a crash (or a lost
        # save) finds the mark and cannot know whether the first receipt reached the chat: it sends
        # the receipt once more, saying so, rather than risk the reporter never getting it.
        repeat = filed.replayed and filed.tip.receipt_sent_at is not None
        if not repeat:
            await Tip.filter(id=filed.tip.id).update(receipt_sent_at=clock.now())
        link = status_link(session.settings, filed.receipt_code)
        lines = [
            _(
                "✅ <b>Your tip is filed.</b> Here is its receipt again, in case the first message did "
                "not reach you."
            )
            if repeat
            else _("✅ <b>Your tip has been filed.</b>"),
            "",
            _("Receipt code: <code>{code}</code>").format(code=tips.format_receipt(filed.receipt_code)),
            (
                _("Password: <code>{password}</code> (write it down: it is shown only once)").format(
                    password=html.escape(generated)
                )
                if generated
                else _("Password: the one you chose")
            ),
            "",
            _(
                "With the receipt code and password you can follow the tip and claim a reward from any "
                "device: /status here, or the status page: {link}"
            ).format(link=html.escape(link)),
            _(
                "News about the tip will also come to this chat. The office responsible must decide within "
                "one working day whether to accept it."
            ),
        ]
        await reply(update, context, "\n".join(lines), ReplyKeyboardRemove())
        await context.bot.send_photo(
            update.effective_chat.id,
            make_qr_png(link),
            caption=_("Scan to open the status page of your tip."),
        )


def evidence_item(message: Any) -> dict[str, Any] | None:
    """The file a message carries, as stored in the draft (Telegram file ids; bytes are fetched on submit)."""
    if message.photo:
        photo = message.photo[-1]
        return {
            "kind": "photo",
            "file_id": photo.file_id,
            "file_unique_id": photo.file_unique_id,
            "size": photo.file_size or 0,
            "mime_type": "image/jpeg",
        }
    for kind in ("document", "voice", "audio", "video"):
        media = getattr(message, kind, None)
        if media is not None:
            return {
                "kind": kind,
                "file_id": media.file_id,
                "file_unique_id": media.file_unique_id,
                "size": media.file_size or 0,
                "mime_type": getattr(media, "mime_type", None),
                "file_name": getattr(media, "file_name", None),
            }
    return None


async def store_evidence(context: BotContext, item: dict[str, Any]) -> None:
    """Downloads the file at once into the content-addressed store (Telegram's copy is not evidence we
    control), with an EXIF-free copy of images for staff to look at."""
    tg_file = await context.bot.get_file(item["file_id"])
    data = bytes(await tg_file.download_as_bytearray())
    image = item["kind"] == "photo" or (item.get("mime_type") or "").startswith("image/")
    digest, redacted = await asyncio.to_thread(keep, media_store(context.session.settings), data, image)
    item["sha256"], item["size"] = digest, len(data)
    if redacted is not None:
        item["redacted_sha256"] = redacted


def status_link(settings: Settings, receipt_code: str) -> str:
    base = settings.public_url or f"http://{settings.http_host}:{settings.http_port}"
    return f"{base}/status?code={tips.format_receipt(receipt_code)}"


def make_qr_png(text: str) -> bytes:
    import qrcode

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_Q, box_size=8, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    out = io.BytesIO()
    qr.make_image().save(out, "PNG")
    return out.getvalue()


FLOW_INSTANCE = forms.register_flow(ReportFlow())


@tracked("report")
async def report_command(update: Update, context: BotContext) -> None:
    state = await context.session.state()
    if state.flow == FLOW:
        await reply(
            update, context, context._("You already have a report in progress; here is where you were.")
        )
        await FLOW_INSTANCE.prompt(update, context, state)
        return
    if await forms.busy_with_another(update, context, state):
        return
    await FLOW_INSTANCE.begin(update, context, state)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("report", report_command))
