"""Following a tip up: /mytips, /status (receipt code + password, from any account), answering the office
and adding information, and asking for a review (复查).

Two-way messaging without names: the reporter's messages are stored on the case as `reporter` messages and
the office's public replies come back through the outbox; neither side learns who the other is.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from cases import reopen, service, tips
from cases.sealing import sealer_for
from cases.status_words import status_label
from forms.followup import FOLLOW_UP, REVIEW
from handlers import forms
from handlers.common import answer_button, buttons, reply, tracked
from handlers.session import BotContext
from handlers.tip_evidence import evidence_item, store_evidence
from models.attachments import Attachment
from models.cases import Case, CaseMessage
from models.state import ChatState
from models.tips import Tip

STATUS_FLOW = "status"
ANSWER_FLOW = "answer"
REVIEW_FLOW = "review"
MAX_STATUS_ATTEMPTS = 5


def _sealer(context: BotContext):  # type: ignore[no-untyped-def]
    return sealer_for(str(context.session.settings.keys_dir))


async def _own_tip(context: BotContext, receipt: str) -> Tip | None:
    """The tip with this receipt code if it was filed from this Telegram account."""
    code = tips.normalize_receipt(receipt)
    user = context.session.user
    if code is None or user is None:
        return None
    return await Tip.get_or_none(receipt_code=code, reporter_index=_sealer(context).index(user.tg_id))


async def show_tip(update: Update, context: BotContext, tip: Tip) -> None:
    _ = context._
    case = await Case.get(id=tip.case_id)
    lines = [
        _("<b>Tip {receipt}</b>").format(receipt=tips.format_receipt(tip.receipt_code)),
        _("Filed: {date}").format(date=tip.created_at.date().isoformat()),
        _("Status: <b>{status}</b>").format(status=html.escape(status_label(case.status, _))),
    ]
    reason = case.details.get(f"{case.status}_reason")
    if reason:
        lines.append(_("Reason: {reason}").format(reason=html.escape(reason)))
    replies = await CaseMessage.filter(case_id=case.id, visibility__in=["public", "reporter"]).order_by("id")
    for message in replies[-10:]:
        who = _("Office") if message.visibility == "public" else _("You")
        lines.append(f"\n<b>{who}</b> ({message.created_at.date().isoformat()}): {html.escape(message.body)}")
    rows = []
    if case.status not in ("closed", "rejected"):
        rows.append([(_("✍️ Answer or add information"), f"tipact:add:{tip.receipt_code}")])
    else:
        rows.append([(_("Ask for a review (复查)"), f"tipact:review:{tip.receipt_code}")])
    await reply(update, context, "\n".join(lines), buttons(rows))


@tracked("mytips")
async def mytips_command(update: Update, context: BotContext) -> None:
    _ = context._
    user = context.session.user
    found = await Tip.filter(reporter_index=_sealer(context).index(user.tg_id)).order_by("-id").limit(20)
    if not found:
        await reply(
            update,
            context,
            _(
                "You have not filed any tips from this account. To follow a tip filed "
                "elsewhere, use /status with its receipt code and password."
            ),
        )
        return
    cases = {c.id: c for c in await Case.filter(id__in=[t.case_id for t in found])}
    rows = []
    for tip in found:
        case = cases.get(tip.case_id)
        label = f"{tips.format_receipt(tip.receipt_code)} · {status_label(case.status if case else '', _)}"
        rows.append([(label, f"tipact:show:{tip.receipt_code}")])
    await reply(update, context, _("Your tips (newest first):"), buttons(rows))


class StatusFlow(forms.Flow):
    """Receipt code, then password; works from any Telegram account."""

    name = STATUS_FLOW

    def title(self, _):  # type: ignore[no-untyped-def]
        return _("status check")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        forms.clear(state)
        state.flow, state.step, state.data = STATUS_FLOW, "code", {"attempts": 0}
        await self.prompt(update, context, state)

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        await reply(update, context, FOLLOW_UP.question("code" if state.step == "code" else "password", _))

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = (update.effective_message.text or "").strip()
        if state.step == "code":
            answer = FOLLOW_UP.check("code", text, state.data)
            if answer.problem is not None:
                await reply(update, context, answer.problem.render(_))
                return
            state.data["code"], state.step = answer.value, "password"
            await self.prompt(update, context, state)
            return
        try:
            await update.effective_message.delete()
        except Exception:  # not essential: the message may be too old or already gone
            pass
        tip = await tips.find_tip(state.data.get("code", ""), text)
        if tip is None:
            state.data["attempts"] = state.data.get("attempts", 0) + 1
            if state.data["attempts"] >= MAX_STATUS_ATTEMPTS:
                forms.clear(state)
                await reply(
                    update,
                    context,
                    _(
                        "The receipt code or the password is wrong. Too many attempts: "
                        "please start again later with /status."
                    ),
                )
                return
            await reply(
                update,
                context,
                _("The receipt code or the password is wrong. Type the password again, or send /cancel."),
            )
            return
        forms.clear(state)
        # Knowing code and password is what proves this is the reporter: allow follow-up from this account.
        state.data = {"authorized": [tip.receipt_code]}
        await show_tip(update, context, tip)


class AnswerFlow(forms.Flow):
    """The reporter's next message (text or file) goes to the case."""

    name = ANSWER_FLOW

    def title(self, _):  # type: ignore[no-untyped-def]
        return _("message to the office")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        raise NotImplementedError("started with a tip: use start_answer")

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        await reply(
            update,
            context,
            context._(
                "Type your answer or the information you want to add; you can also "
                "send a photo or a document. /cancel stops."
            ),
        )

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        message = update.effective_message
        tip = await Tip.get_or_none(receipt_code=state.data.get("receipt", ""))
        if tip is None:
            forms.clear(state)
            return
        case = await Case.get(id=tip.case_id)
        item = evidence_item(message)
        text = (message.text or message.caption or "").strip()
        if item is None and not text:
            await reply(update, context, _("Please send text, a photo or a document."))
            return
        if item is not None:
            if item["size"] and item["size"] > tips.MAX_FILE_BYTES:
                await reply(
                    update,
                    context,
                    _(
                        "That file is larger than 20 MB, which the bot cannot receive. "
                        "Please send a smaller file or a photo of it."
                    ),
                )
                return
            await store_evidence(context, item)
            await Attachment.create(
                sha256=item["sha256"],
                size=item["size"],
                mime_type=item.get("mime_type"),
                kind=item["kind"],
                file_name=item.get("file_name"),
                redacted_sha256=item.get("redacted_sha256"),
                case=case,
                tip=tip,
            )
        body = text or _("(a file was added)")
        await service.add_message(case, "reporter", "reporter", body)
        forms.clear(state)
        await reply(
            update,
            context,
            _("Sent to the office handling tip {receipt}. Thank you.").format(
                receipt=tips.format_receipt(tip.receipt_code)
            ),
        )


class ReviewFlow(forms.Flow):
    """Asking for a review (复查): the reporter's reason, then the same rule as the web status page."""

    name = REVIEW_FLOW

    def title(self, _):  # type: ignore[no-untyped-def]
        return _("request for a review")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        raise NotImplementedError("started with a tip's review button")

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        await reply(update, context, REVIEW.question("reason", context._))

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        tip = await Tip.get_or_none(receipt_code=state.data.get("receipt", ""))
        if tip is None:
            forms.clear(state)
            return
        answer = REVIEW.check("reason", update.effective_message.text or "", state.data)
        if answer.problem is not None:  # the question stays open for a longer answer
            await reply(update, context, answer.problem.render(_))
            return
        reason = answer.value
        case = await Case.get(id=tip.case_id)
        try:
            await reopen.ask_review(case, reason, _("The reporter asked for a review."))
        except reopen.ReviewRefused as refused:  # decided meanwhile by someone else, or too late now
            forms.clear(state)
            await reply(update, context, refused.text(_))
            return
        forms.clear(state)
        await reply(
            update,
            context,
            _("Your request for a review of tip {receipt} was filed.").format(
                receipt=tips.format_receipt(tip.receipt_code)
            ),
        )


forms.register_flow(StatusFlow())
forms.register_flow(ReviewFlow())
forms.register_flow(AnswerFlow())


async def _authorized_tip(context: BotContext, state: ChatState, receipt: str) -> Tip | None:
    tip = await _own_tip(context, receipt)
    if tip is None and receipt in (state.data.get("authorized") or []):
        tip = await Tip.get_or_none(receipt_code=receipt)
    return tip


@tracked("tip_action")
async def tip_action(update: Update, context: BotContext) -> None:
    """Buttons on tip views and on pushed messages: show, answer/add, ask for a review."""
    _ = context._
    await answer_button(update)
    data = update.callback_query.data or ""
    if data.startswith("ans:"):
        action, receipt = "add", data[4:]
    else:
        _prefix, action, receipt = data.split(":", 2)
    state = await context.session.state()
    tip = await _authorized_tip(context, state, receipt)
    if tip is None:
        await reply(
            update,
            context,
            _("This tip cannot be opened from this account. Use /status with its receipt code and password."),
        )
        return
    if action == "show":
        await show_tip(update, context, tip)
    elif action == "add":
        if await forms.busy_with_another(update, context, state, ANSWER_FLOW):
            return
        forms.clear(state)
        state.flow, state.step, state.data = ANSWER_FLOW, "message", {"receipt": tip.receipt_code}
        await forms.get_flow(ANSWER_FLOW).prompt(update, context, state)
    elif action == "review":
        if await forms.busy_with_another(update, context, state, REVIEW_FLOW):
            return
        case = await Case.get(id=tip.case_id)
        try:  # refused at once when the tip cannot be reviewed any more, before asking for a reason
            reopen.check_reviewable(case, await reopen.decided_at(case))
        except reopen.ReviewRefused as refused:
            await reply(update, context, refused.text(_))
            return
        forms.clear(state)
        state.flow, state.step, state.data = REVIEW_FLOW, "reason", {"receipt": tip.receipt_code}
        await forms.get_flow(REVIEW_FLOW).prompt(update, context, state)


@tracked("status")
async def status_command(update: Update, context: BotContext) -> None:
    state = await context.session.state()
    args = context.args or []
    if len(args) >= 2 and tips.normalize_receipt(args[0]):
        try:
            await update.effective_message.delete()
        except Exception:  # best effort: the password should not stay in the chat
            pass
        tip = await tips.find_tip(args[0], " ".join(args[1:]))
        if tip is None:
            await reply(update, context, context._("The receipt code or the password is wrong."))
            return
        if not state.flow:
            state.data = {"authorized": [tip.receipt_code]}
        await show_tip(update, context, tip)
        return
    if await forms.busy_with_another(update, context, state, STATUS_FLOW):
        return
    await forms.get_flow(STATUS_FLOW).begin(update, context, state)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("mytips", mytips_command))
    app.add_handler(CommandHandler("status", status_command))
    app.add_handler(CallbackQueryHandler(tip_action, pattern=r"^(tipact:(show|add|review):|ans:)"))
