"""Enterprise safety officers: /enterprise (with an invite code the first time), the job-holder list, the
notice (PNG + A4 PDF, filed for the regulator), and the public side of the notice's QR code.

Before a notice is posted the officer sees every problem and every empty required field, by person and
field, and chooses: fill the dates in now (the "notice_gaps" form), or post with the gaps marked "未填写" on
the notice. Nothing is posted with a gap the officer was not told about.
"""

from __future__ import annotations

import html
import re
from datetime import date

from telegram import InputFile, Update
from telegram.constants import ChatAction
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from cases.invites import InviteError, redeem
from certs.masking import mask_name
from forms.dates import parse_date
from forms.holder import HOLDER as HOLDER_FORM
from foundation import clock
from foundation.i18n import Translator
from foundation.media import media_store
from handlers import forms
from handlers.chat_action import showing
from handlers.common import answer_button, buttons, record_id, reply, tracked
from handlers.session import BotContext
from handlers.start import register_deep_link
from models.orgs import Enterprise, JobHolder
from models.state import ChatState
from models.users import Role
from notices import service as notices
from notices.problems import FIELDS, FILLABLE, POSTS, PROBLEMS, joined, state_of

HOLDER_FLOW = "holder"
GAPS_FLOW = "notice_gaps"
DATE_RE = re.compile(r"^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$")


def _cb(value: str) -> str:
    return f"ent:{value}"


async def officer_enterprise(context: BotContext) -> Enterprise | None:
    user = context.session.user
    if user is None or user.enterprise_id is None or Role.ENTERPRISE not in (user.roles or []):
        return None
    return await Enterprise.get_or_none(id=user.enterprise_id)


def problem_text(problems: list[str], _: Translator) -> str:
    return "; ".join(_(PROBLEMS[p]) for p in problems)


def gap_text(gaps: list[str], _: Translator) -> str:
    return _("not filled in: {fields}").format(fields=joined([_(FIELDS[g]) for g in gaps], _))


async def show_menu(update: Update, context: BotContext, enterprise: Enterprise) -> None:
    _ = context._
    checked = await notices.check(enterprise, clock.today())
    lines = [_("<b>{name}</b> — job-holder list").format(name=html.escape(enterprise.name))]
    if not checked:
        lines.append(_("Nobody is on the list yet."))
    for item in checked:
        mark = "⚠️" if item.problems or item.gaps else "✅"
        line = f"{mark} {html.escape(item.holder.name)} · {html.escape(_(POSTS[item.holder.post]))}"
        said = [problem_text(item.problems, _)] if item.problems else []
        said += [gap_text(item.gaps, _)] if item.gaps else []
        if said:
            line += f" — {html.escape('; '.join(said))}"
        lines.append(line)
    rows = [
        [(_("➕ Add by certificate number"), _cb("add"))],
        [(_("📷 Add from a card photo"), _cb("addphoto"))],
        [(_("🗑 Remove someone"), _cb("rm"))],
        [(_("✅ Pre-employment check (岗前复核)"), _cb("ledger"))],
        [(_("📄 Post the notice"), _cb("post"))],
    ]
    await reply(update, context, "\n".join(lines), buttons(rows))


@tracked("enterprise")
async def enterprise_command(update: Update, context: BotContext) -> None:
    _ = context._
    enterprise = await officer_enterprise(context)
    if context.args and enterprise is None:
        try:
            invite = await redeem(context.args[0], context.session.user, Role.ENTERPRISE)
        except InviteError as exc:
            reason = str(exc)
            message = {
                "used": _("This invite code has already been used. Ask your regulator for a new one."),
                "expired": _("This invite code has expired. Ask your regulator for a new one."),
            }.get(reason, _("This invite code is not valid for enterprise officers."))
            await reply(update, context, message)
            return
        enterprise = await Enterprise.get(id=invite.enterprise_id)
        await reply(
            update,
            context,
            _("You are now a safety officer of {name}.").format(name=html.escape(enterprise.name)),
        )
    if enterprise is None:
        await reply(
            update,
            context,
            _(
                "This is for enterprise safety officers. Send /enterprise followed by the "
                "invite code from your regulator."
            ),
        )
        return
    await show_menu(update, context, enterprise)


class HolderFlow(forms.Flow):
    """Adding one person: post, certificate number (or none), name, training date."""

    name = HOLDER_FLOW
    correctable = frozenset({"cert_no", "name"})

    def title(self, _: Translator) -> str:
        return _("job-holder entry")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        forms.clear(state)
        state.flow, state.step, state.data = HOLDER_FLOW, "post", {}
        await self.prompt(update, context, state)

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        if state.step == "post":
            rows = [
                [(_(c.label), forms.callback(HOLDER_FLOW, f"post:{c.value}"))]
                for c in HOLDER_FORM.choices("post", state.data)
            ]
            await reply(update, context, HOLDER_FORM.question("post", _), buttons(rows))
        elif state.step == "cert_no":
            await reply(
                update,
                context,
                HOLDER_FORM.question("cert_no", _),
                buttons([[(_("No certificate"), forms.callback(HOLDER_FLOW, "nocert"))]]),
            )
        elif state.step == "name":
            await reply(update, context, HOLDER_FORM.question("name", _))
        elif state.step == "training":
            await reply(
                update,
                context,
                HOLDER_FORM.question("training", _),
                buttons([[(_("Skip"), forms.callback(HOLDER_FLOW, "skip"))]]),
            )

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        kind, _sep, arg = value.partition(":")
        if kind == "post" and state.step == "post" and HOLDER_FORM.check("post", arg, state.data).ok:
            state.data["post"], state.step = arg, "cert_no"
        elif kind == "nocert" and state.step == "cert_no":
            state.data["cert_no"], state.step = None, "name"
        elif kind == "skip" and state.step == "training":
            await self.finish(update, context, state, None)
            return
        await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = (update.effective_message.text or "").strip() if update.effective_message else ""
        if not text:
            await reply(update, context, _("Please answer with text."))
            return
        if state.step in ("cert_no", "name", "training"):
            answer = HOLDER_FORM.check(state.step, text, state.data)
            if answer.problem is not None:
                await reply(update, context, html.escape(answer.problem.render(_), quote=False))
                return
            if state.step == "training":
                await self.finish(update, context, state, answer.value)
                return
            state.data[state.step] = answer.value
            state.step = HOLDER_FORM.next_field(state.data, after=state.step).name
        else:
            await reply(update, context, _("Please use the buttons to answer this question."))
        await self.prompt(update, context, state)

    async def finish(
        self, update: Update, context: BotContext, state: ChatState, trained: date | None
    ) -> None:
        _ = context._
        enterprise = await officer_enterprise(context)
        data = dict(state.data)
        forms.clear(state)
        if enterprise is None:
            return
        added = await notices.add_holder(enterprise, data["post"], data["name"], data.get("cert_no"), trained)
        if added.holder.verified and not added.problems:
            text = _("Added {name}: the certificate is in the registry and valid.")
        elif added.holder.verified:
            text = _("Added {name}, with problems: {problems}.")
        else:
            text = _("Added {name} by hand, marked unverified: {problems}.")
        await reply(
            update,
            context,
            text.format(
                name=html.escape(added.holder.name), problems=html.escape(problem_text(added.problems, _))
            ),
        )
        await show_menu(update, context, enterprise)


HOLDER = forms.register_flow(HolderFlow())


class GapsFlow(forms.Flow):
    """Filling in the notice's empty dates, one person and field at a time, then back to posting."""

    name = GAPS_FLOW

    def title(self, _: Translator) -> str:
        return _("missing notice fields")

    async def begin(self, update: Update, context: BotContext, state: ChatState, todo: list[list]) -> None:
        forms.clear(state)
        state.flow, state.step, state.data = GAPS_FLOW, "ask", {"todo": todo}
        await self.prompt(update, context, state)

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        _id, field_name, name, post = state.data["todo"][0]
        await reply(
            update,
            context,
            _("{field} of {name} ({post})? Type a date like 2026-03-15.").format(
                field=html.escape(_(FIELDS[field_name])).capitalize(),
                name=html.escape(name),
                post=html.escape(_(POSTS[post])),
            ),
            buttons([[(_("Skip this one"), forms.callback(GAPS_FLOW, "skip"))]]),
        )

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        if value == "skip":
            await self.next(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = (update.effective_message.text or "").strip() if update.effective_message else ""
        day = parse_date(text)
        if day is None:
            await reply(update, context, _("Please type the date like 2026-03-15, or press Skip this one."))
            return
        if day > clock.today():
            await reply(update, context, _("That date is in the future. Please type the date it happened."))
            return
        enterprise = await officer_enterprise(context)
        holder_id, field_name, _name, _post = state.data["todo"][0]
        if enterprise is not None:
            await notices.set_date(enterprise, holder_id, field_name, day)
        await self.next(update, context, state)

    async def next(self, update: Update, context: BotContext, state: ChatState) -> None:
        todo = state.data["todo"][1:]
        if todo:
            state.data = {**state.data, "todo": todo}
            await self.prompt(update, context, state)
            return
        forms.clear(state)
        enterprise = await officer_enterprise(context)
        if enterprise is not None:
            await review_before_posting(update, context, enterprise)


GAPS = forms.register_flow(GapsFlow())


@tracked("enterprise_button")
async def enterprise_button(update: Update, context: BotContext) -> None:
    _ = context._
    await answer_button(update)
    data = (update.callback_query.data or "")[len("ent:") :]
    action, _sep, arg = data.partition(":")
    if action == "public":
        await report_enterprise(update, context, arg)
        return
    enterprise = await officer_enterprise(context)
    if enterprise is None:
        await reply(
            update,
            context,
            _(
                "This is for enterprise safety officers. Send /enterprise followed by the "
                "invite code from your regulator."
            ),
        )
        return
    state = await context.session.state()
    if action in ("add", "addphoto", "ledger", "fill") and await forms.busy_with_another(
        update, context, state, HOLDER_FLOW if action != "fill" else GAPS_FLOW
    ):
        return
    if action == "add":
        await HOLDER.begin(update, context, state)
    elif action in ("addphoto", "ledger"):
        from handlers.verify import begin_card_intake

        await begin_card_intake(
            update, context, state, purpose="holder" if action == "addphoto" else "ledger"
        )
    elif action == "rm":
        holders = await notices.current_holders(enterprise)
        if not holders:
            await reply(update, context, _("Nobody is on the list yet."))
            return
        rows = [[(f"{h.name} · {_(POSTS[h.post])}", _cb(f"rm1:{h.id}"))] for h in holders]
        await reply(update, context, _("Whom do you want to remove?"), buttons(rows))
    elif action == "rm1" and record_id(arg) is not None:
        holder = await JobHolder.get_or_none(
            id=record_id(arg), enterprise=enterprise, removed_at__isnull=True
        )
        if holder is None:
            await reply(update, context, _("That person is no longer on the list."))
            return
        await reply(
            update,
            context,
            _("Remove {name} from the list?").format(name=html.escape(holder.name)),
            buttons([[(_("Yes, remove"), _cb(f"rm2:{holder.id}")), (_("No"), _cb("menu"))]]),
        )
    elif action == "rm2" and record_id(arg) is not None:
        removed = await notices.remove_holder(enterprise, record_id(arg))
        if removed is not None:
            await reply(update, context, _("Removed {name}.").format(name=html.escape(removed.name)))
        await show_menu(update, context, enterprise)
    elif action == "menu":
        await show_menu(update, context, enterprise)
    elif action == "post":
        await review_before_posting(update, context, enterprise)
    elif action == "post2":
        await post(update, context, enterprise)
    elif action == "postgaps":
        await post(update, context, enterprise, accept_gaps=True)
    elif action == "fill":
        checked = await notices.check(enterprise, clock.today())
        todo = [
            [c.holder.id, g, c.holder.name, c.holder.post] for c in checked for g in c.gaps if g in FILLABLE
        ]
        if not todo:
            await review_before_posting(update, context, enterprise)
            return
        await GAPS.begin(update, context, state, todo)


async def review_before_posting(update: Update, context: BotContext, enterprise: Enterprise) -> None:
    """What the officer must know before posting: problems (posted, and reported), and empty required
    fields (posted only if the officer chooses so, marked 未填写). With neither, the notice is posted."""
    _ = context._
    checked = await notices.check(enterprise, clock.today())
    if not checked:
        await reply(
            update,
            context,
            _(
                "Add the people first: the notice lists the principal leader, the safety "
                "managers and the special-operations workers."
            ),
        )
        return
    troubled = [c for c in checked if c.problems]
    gapped = [c for c in checked if c.gaps]
    if not troubled and not gapped:
        await post(update, context, enterprise)
        return
    lines: list[str] = []
    if troubled:
        lines.append(_("Before posting, these people have problems:"))
        lines += [
            f"⚠️ {html.escape(c.holder.name)}: {html.escape(problem_text(c.problems, _))}" for c in troubled
        ]
        lines.append(_("You can still post; the problems are reported to the regulator with the notice."))
    if not gapped:
        await reply(
            update,
            context,
            "\n".join(lines),
            buttons([[(_("Post anyway"), _cb("post2")), (_("Not now"), _cb("menu"))]]),
        )
        return
    if lines:
        lines.append("")
    lines.append(_("Required fields of the notice are empty:"))
    lines += [
        "✏️ "
        + _("{name} ({post}): {fields}").format(
            name=html.escape(c.holder.name),
            post=html.escape(_(POSTS[c.holder.post])),
            fields=html.escape(joined([_(FIELDS[g]) for g in c.gaps], _)),
        )
        for c in gapped
    ]
    fillable = any(g in FILLABLE for c in gapped for g in c.gaps)
    lines.append(
        _(
            "Fill them in now, or post the notice with these fields marked “not filled in” (未填写) "
            "for everyone to see; the regulator is told either way."
        )
        if fillable
        else _(
            "These come from the certificate registry and cannot be typed here. You can post the notice "
            "with them marked “not filled in” (未填写); the regulator is told."
        )
    )
    rows = [[(_("✏️ Fill them in now"), _cb("fill"))]] if fillable else []
    rows += [[(_("Post with the gaps marked"), _cb("postgaps"))], [(_("Not now"), _cb("menu"))]]
    await reply(update, context, "\n".join(lines), buttons(rows))


def tip_link(context: BotContext, enterprise: Enterprise) -> str:
    return f"https://t.me/{context.bot.username}?start=notice-{enterprise.id}"


async def post(
    update: Update, context: BotContext, enterprise: Enterprise, accept_gaps: bool = False
) -> None:
    _ = context._
    chat_id = update.effective_chat.id
    async with showing(context.bot, chat_id, ChatAction.UPLOAD_DOCUMENT):  # rendering takes seconds
        try:
            posted = await notices.post_notice(
                enterprise,
                context.session.user,
                tip_link(context, enterprise),
                accept_gaps=accept_gaps,
                media=media_store(context.session.settings),
            )
        except notices.MissingFields:
            # A field was emptied since the officer was shown the list (another officer): show it again.
            await review_before_posting(update, context, enterprise)
            return
        stamp = clock.today().isoformat()
        await context.bot.send_photo(chat_id, posted.png, caption=_("The notice for phones and screens."))
        await context.bot.send_document(
            chat_id,
            InputFile(posted.pdf, filename=f"notice-{stamp}.pdf"),
            caption=_("The A4 notice for printing: post it where everyone can see it."),
        )
    text = _("Filed with the regulator as case #{id}.").format(id=posted.case.id)
    if any(c.gaps for c in posted.checked):
        text += "\n" + _("The empty fields are marked “not filled in” (未填写) on the notice.")
    if posted.appointment_case is not None:
        text += "\n" + _(
            "The change of principal leader or safety manager was filed as an appointment notice "
            "(任职告知), case #{id}."
        ).format(id=posted.appointment_case.id)
    await reply(update, context, text)


async def public_notice(update: Update, context: BotContext, payload: str) -> None:
    """What a member of the public sees after scanning the notice on the wall."""
    _ = context._
    number = record_id(payload)
    enterprise = await Enterprise.get_or_none(id=number) if number is not None else None
    if enterprise is None:
        from handlers.start import menu_markup

        await reply(
            update,
            context,
            _(
                "This notice link is not valid or the notice no longer exists. Scan the QR code on the "
                "notice again, or choose what you want to do:"
            ),
            menu_markup(_),
        )
        return
    checked = await notices.check(enterprise, clock.today())
    lines = [
        _("<b>{name}</b>: people on its posted job-holder list, as the registry knows them:").format(
            name=html.escape(enterprise.name)
        )
    ]
    for item in checked:
        mark = "⚠️" if item.problems else "✅"
        states = joined([_(s) for s in state_of(item.problems)[1]], _)
        lines.append(
            f"{mark} {html.escape(mask_name(item.holder.name))} · {html.escape(_(POSTS[item.holder.post]))}"
            f" · {html.escape(states)}"
        )
    if not checked:
        lines.append(_("Nobody is on the list yet."))
    lines.append(
        _("Compare them with the paper on the wall. Something wrong? Report it; you can stay anonymous.")
    )
    await reply(
        update,
        context,
        "\n".join(lines),
        buttons([[(_("🚨 Report this enterprise"), _cb(f"public:{enterprise.id}"))]]),
    )


async def report_enterprise(update: Update, context: BotContext, enterprise_id: str) -> None:
    from handlers.report import FLOW_INSTANCE

    number = record_id(enterprise_id)
    enterprise = await Enterprise.get_or_none(id=number) if number is not None else None
    state = await context.session.state()
    if enterprise is None:
        return
    if await forms.busy_with_another(update, context, state):
        return
    await FLOW_INSTANCE.begin_about(
        update,
        context,
        state,
        subject_type="enterprise",
        name=enterprise.name,
        credit_code=enterprise.credit_code,
        division_code=enterprise.division_code,
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler("enterprise", enterprise_command))
    app.add_handler(CallbackQueryHandler(enterprise_button, pattern=r"^ent:"))
    register_deep_link("notice", public_notice)
