"""Case handlers working from Telegram: /link (to their back-office account), /queue, /case N, and buttons to
accept, take and reply. Everything goes through the same case functions as the back office; a Telegram
account that is not linked to a back-office user gets nothing here.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from cases import queue, service
from cases.actors import actor_label
from cases.invites import InviteError, redeem_staff_link
from cases.staff import works_cases
from cases.status_words import status_label
from cases.violations import SUBJECT_TYPES, find_violation
from cases.workdays import TZ
from handlers import forms
from handlers.common import answer_button, buttons, record_id, reply, tracked
from handlers.menus import chat_menu
from handlers.session import BotContext
from models.cases import Case
from models.staff import StaffUser
from models.state import ChatState
from regions import divisions

REPLY_FLOW = "staff_reply"


async def _staff(context: BotContext) -> StaffUser | None:
    user = context.session.user
    if user is None:
        return None
    return await StaffUser.get_or_none(tg_id=user.tg_id, active=True)


async def _not_staff(update: Update, context: BotContext) -> None:
    await reply(
        update,
        context,
        context._(
            "This is for case handlers whose Telegram account is linked to the back "
            "office. Ask your administrator for a link code."
        ),
    )


@tracked("link")
async def link_command(update: Update, context: BotContext) -> None:
    _ = context._
    if not context.args:
        await reply(update, context, _("Send /link followed by the code from your administrator."))
        return
    try:
        staff = await redeem_staff_link(context.args[0], context.session.user)
    except InviteError:
        await reply(update, context, _("That link code is unknown, used or expired."))
        return
    # Linked staff get their commands in their chat's menu.
    await chat_menu(context.bot, context.session.user, context.session.settings.default_locale)
    await reply(
        update,
        context,
        _("Linked to back-office user {user}. Send /queue to see your cases.").format(
            user=html.escape(staff.username)
        ),
    )


def _case_line(case: Case, _) -> str:  # type: ignore[no-untyped-def]
    due = case.due_at.astimezone(TZ).strftime("%m-%d %H:%M") if case.due_at else "—"
    flag = "⏰" if case.overdue else ""
    return f"#{case.id} {flag}{status_label(case.status, _)} · {due} · {case.title[:30]}"


@tracked("queue")
async def queue_command(update: Update, context: BotContext) -> None:
    _ = context._
    staff = await _staff(context)
    if staff is None:
        await _not_staff(update, context)
        return
    cases = await queue.list_cases(staff, queue.QueueFilter(), limit=10)
    if not cases:
        await reply(
            update, context, _("No open cases in your queue."), buttons([[(_("Take next"), "sq:next:0")]])
        )
        return
    rows = [[(_case_line(c, _), f"sq:show:{c.id}")] for c in cases]
    rows.append([(_("Take next"), "sq:next:0")])
    await reply(update, context, _("Open cases, nearest deadline first:"), buttons(rows))


async def show_case(update: Update, context: BotContext, staff: StaffUser, case: Case) -> None:
    _ = context._
    details = case.details or {}
    lines = [
        f"<b>#{case.id}</b> {html.escape(case.title)}",
        _("Status: <b>{status}</b>").format(status=html.escape(status_label(case.status, _))),
        _("Jurisdiction: {place}").format(
            place=html.escape(divisions.full_name(case.division_code) or case.division_code)
        ),
    ]
    if case.due_at:
        lines.append(_("Due: {due}").format(due=case.due_at.astimezone(TZ).strftime("%Y-%m-%d %H:%M")))
    if case.kind == "tip":
        violation = find_violation(details.get("subject_type", "other"), details.get("violation", ""))
        subject = SUBJECT_TYPES.get(details.get("subject_type", ""), "")
        lines.append(
            f"{html.escape(_(subject) if subject else '')} · "
            f"{html.escape(_(violation.label) if violation else '')}"
        )
        lines.append(html.escape(details.get("description", "")))
    lines.append(_("Assignee: {who}").format(who=html.escape(actor_label(case.assignee, _))))
    rows = []
    if works_cases(staff) and case.status == "received":
        rows.append([(_("Accept"), f"sq:accept:{case.id}")])
    if works_cases(staff) and case.assignee is None:
        rows.append([(_("Take"), f"sq:take:{case.id}")])
    if works_cases(staff) and case.kind == "tip" and case.status not in ("closed", "rejected"):
        rows.append([(_("Reply to the reporter"), f"sq:reply:{case.id}")])
    await reply(update, context, "\n".join(lines), buttons(rows) if rows else None)


async def _visible_case(staff: StaffUser, case_id: str) -> Case | None:
    number = record_id(case_id)
    if number is None:
        return None
    case = await Case.get_or_none(id=number)
    return case if case is not None and queue.can_see(staff, case) else None


@tracked("case")
async def case_command(update: Update, context: BotContext) -> None:
    _ = context._
    staff = await _staff(context)
    if staff is None:
        await _not_staff(update, context)
        return
    case = await _visible_case(staff, (context.args or [""])[0].lstrip("#"))
    if case is None:
        await reply(update, context, _("No such case in your jurisdiction. Usage: /case 123"))
        return
    await show_case(update, context, staff, case)


@tracked("queue_button")
async def queue_button(update: Update, context: BotContext) -> None:
    _ = context._
    await answer_button(update)
    staff = await _staff(context)
    if staff is None:
        await _not_staff(update, context)
        return
    _prefix, action, case_id = (update.callback_query.data or "").split(":", 2)
    if action in ("next", "accept", "take", "reply") and not works_cases(staff):
        await reply(update, context, _("Your role can read cases but not work on them."))
        return
    if action == "next":
        case = await queue.take_next(staff)
        if case is None:
            await reply(update, context, _("No unassigned open case in your queue."))
            return
        await show_case(update, context, staff, case)
        return
    case = await _visible_case(staff, case_id)
    if case is None:
        await reply(update, context, _("No such case in your jurisdiction. Usage: /case 123"))
        return
    try:
        if action == "accept":
            await service.accept(case, staff.username)
        elif action == "take":
            await service.assign(case, staff.username, staff.username)
        elif action == "reply":
            state = await context.session.state()
            forms.clear(state)
            state.flow, state.step, state.data = REPLY_FLOW, "text", {"case_id": case.id}
            await reply(
                update,
                context,
                _("Type the reply to the reporter of case #{id}. They will not see your name.").format(
                    id=case.id
                ),
            )
            return
    except service.CaseError as exc:
        await reply(update, context, html.escape(str(exc)))
        return
    await show_case(update, context, staff, case)


class StaffReplyFlow(forms.Flow):
    name = REPLY_FLOW

    def title(self, _):  # type: ignore[no-untyped-def]
        return _("reply to a reporter")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        raise NotImplementedError("started from a case button")

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        await reply(
            update,
            context,
            context._("Type the reply to the reporter of case #{id}. They will not see your name.").format(
                id=state.data.get("case_id")
            ),
        )

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        staff = await _staff(context)
        text = (update.effective_message.text or "").strip()
        case = await _visible_case(staff, str(state.data.get("case_id"))) if staff else None
        if case is None or not works_cases(staff):
            forms.clear(state)
            return
        if not text:
            await reply(update, context, _("Please answer with text."))
            return
        await service.add_message(case, "public", staff.username, text)
        forms.clear(state)
        await reply(update, context, _("Reply sent to the reporter of case #{id}.").format(id=case.id))


forms.register_flow(StaffReplyFlow())


def register(app: Application) -> None:
    app.add_handler(CommandHandler("link", link_command))
    app.add_handler(CommandHandler("queue", queue_command))
    app.add_handler(CommandHandler("case", case_command))
    app.add_handler(CallbackQueryHandler(queue_button, pattern=r"^sq:(next|show|accept|take|reply):"))
