"""/report: the guided tip form (subject, violation, name, credit code, place, time, description, evidence,
identity, summary).

Every answer is written to the chat's draft in the database before the next question is asked, so nothing is
lost to a restart, a flood, a wrong file or a stray command. From the summary any field can be changed; after
the change the form comes back to the summary.
"""

from __future__ import annotations

import html
import secrets
from typing import Any

from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler

from cases import tips
from cases.sealing import sealer_for
from cases.tips import (  # the tip rules shared with the web form and the API
    MAX_EVIDENCE,
)
from cases.violations import SUBJECT_TYPES, find_violation
from forms.engine import Message
from forms.tip import OCCURRED, TIP
from foundation import clock
from foundation.i18n import Translator
from handlers import forms
from handlers.common import buttons, reply, tracked
from handlers.session import BotContext
from handlers.tip_evidence import take_evidence
from handlers.tip_receipt import send_receipt
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
    return _(TIP.field(field).label)


async def _say(update: Update, context: BotContext, message: Message, markup: Any = None) -> None:
    """A message of the form (forms/tip.py), as every channel says it."""
    await reply(update, context, html.escape(message.render(context._), quote=False), markup)


class ReportFlow(forms.Flow):
    name = FLOW

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
        order = [*TIP.order, "summary"]
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
            rows = [[(_(c.label), _cb(f"st:{c.value}"))] for c in TIP.choices("subject_type", data)]
            await reply(update, context, TIP.question(step, _), buttons(rows))
        elif step == "violation":
            rows = [[(_(c.label), _cb(f"v:{c.value}"))] for c in TIP.choices("violation", data)]
            await reply(update, context, TIP.question(step, _), buttons(rows))
        elif step == "subject_name":
            await reply(update, context, TIP.question(step, _))
        elif step == "credit_code":
            await reply(
                update, context, TIP.question(step, _), buttons([[(_("Skip"), _cb("skip:credit_code"))]])
            )
        elif step == "place":
            keyboard = ReplyKeyboardMarkup(
                [[KeyboardButton(_("📍 Send my location"), request_location=True)]],
                resize_keyboard=True,
                one_time_keyboard=True,
            )
            await reply(update, context, TIP.question(step, _), keyboard)
        elif step == "place_pick":
            options = data.get("place_options", [])
            rows = [[(o["name"], _cb(f"pl:{o['code']}"))] for o in options[:8]]
            rows.append([(_("None of these: type again"), _cb("pl:none"))])
            await reply(update, context, _("Several places match. Which one is it?"), buttons(rows))
        elif step == "occurred":
            choices = [(_(c.label), _cb(f"when:{c.value}")) for c in TIP.choices(step, data)]
            rows = [choices[i : i + 2] for i in range(0, len(choices) - 1, 2)] + [choices[-1:]]
            await reply(update, context, TIP.question(step, _), buttons(rows))
        elif step == "description":
            await reply(update, context, TIP.question(step, _))
        elif step == "evidence":
            count = len(data.get("evidence", []))
            await reply(
                update,
                context,
                _(TIP.field(step).question).format(max=MAX_EVIDENCE, count=count),
                buttons([[(_("Done"), _cb("ev:done")), (_("No evidence"), _cb("ev:none"))]]),
            )
        elif step == "identity":
            rows = [[(_(c.label), _cb(f"id:{c.value}"))] for c in TIP.choices(step, data)]
            await reply(update, context, TIP.question(step, _), buttons(rows))
        elif step == "contact":
            await reply(update, context, TIP.question(step, _))
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
        return (_(OCCURRED[value]) if value in OCCURRED else value) or _("not given")

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
        if kind == "st" and step == "subject_type" and TIP.check(step, arg, data).ok:
            if data.get("subject_type") != arg:
                data.pop("violation", None)
            data["subject_type"] = arg
            editing = data.pop("editing", None)
            if editing:  # a new kind of subject needs its own violation list; then back to the summary
                data["editing"] = True
            state.step = "violation"
            await self.prompt(update, context, state)
        elif kind == "v" and step == "violation" and TIP.check(step, arg, data).ok:
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
        elif kind == "when" and step == "occurred" and TIP.check(step, arg, data).ok:
            data["occurred"] = arg
            await self.next_after(update, context, state, "occurred")
        elif kind == "ev" and step == "evidence":
            if arg == "none":
                data["evidence"] = []
            await self.next_after(update, context, state, "evidence")
        elif kind == "id" and step == "identity" and TIP.check(step, arg, data).ok:
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
        answer = TIP.check("subject_name", text, state.data)
        if answer.problem is not None:
            await _say(update, context, answer.problem)
            return
        state.data["subject_name"] = answer.value
        await self.next_after(update, context, state, "subject_name")

    async def _take_credit_code(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        answer = TIP.check("credit_code", text, state.data)
        if answer.problem is not None:
            again = _("Please type it again, or press Skip.")
            text = f"{html.escape(answer.problem.render(_), quote=False)} {again}"
            await reply(update, context, text, buttons([[(_("Skip"), _cb("skip:credit_code"))]]))
            return
        if answer.warning is not None:  # some early legal codes fail the checksum: kept, but said
            await _say(update, context, answer.warning)
        state.data["credit_code"] = answer.value
        await self.next_after(update, context, state, "credit_code")

    async def _take_place(self, update: Update, context: BotContext, state: ChatState) -> None:

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
        answer = TIP.check("place", text, data)
        if answer.problem is not None and not answer.candidates:
            await _say(update, context, answer.problem)
            return
        candidates = answer.candidates
        data["address"] = text
        if answer.value is not None:
            code, name = answer.value
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
        answer = TIP.check("occurred", text, state.data)
        if answer.problem is not None:
            await _say(update, context, answer.problem)
            return
        state.data["occurred"] = answer.value
        await self.next_after(update, context, state, "occurred")

    async def _take_description(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        answer = TIP.check("description", text, state.data)
        if answer.problem is not None:
            await _say(update, context, answer.problem)
            return
        state.data["description"] = answer.value
        await self.next_after(update, context, state, "description")

    async def _take_evidence(self, update: Update, context: BotContext, state: ChatState) -> None:
        await take_evidence(update, context, state, _cb("ev:done"))

    async def _take_contact(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = await self._need_text(update, context, state)
        if text is None:
            return
        answer = TIP.check("contact", text, state.data)
        if answer.problem is not None:
            await _say(update, context, answer.problem)
            return
        state.data["contact"] = answer.value
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
        draft = TIP.to_draft(data, data.get("evidence", []), "telegram", session.locale)
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
        await send_receipt(update, context, filed.receipt_code, generated, repeat)


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
