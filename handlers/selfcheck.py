"""/selfcheck: an enterprise officer (or an institution's contact, after `/selfcheck CODE` with the contact
invite code from the regulator) answers the campaign's self-inspection checklist (自查自改) item by
item in the bot; for each problem the officer gives the measure, its deadline and the person responsible.

The answers are saved one item at a time (campaigns/service.py), so a restart loses nothing; a phase that
closed meanwhile is said in words, with its dates. Follows the Flow pattern of handlers/forms.py.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler

from campaigns import service as campaigns
from campaigns import weblink
from campaigns.template import item_text
from cases.invites import InviteError, contact_subjects, invite_subject, redeem
from forms.dates import parse_date
from forms.selfcheck import ITEM, TEXT_FIELDS
from foundation import clock
from foundation.i18n import Translator
from handlers import forms
from handlers.common import buttons, reply, tracked
from handlers.enterprise import officer_enterprise
from handlers.session import BotContext
from models.campaigns import Campaign
from models.state import ChatState
from models.subjects import Subject
from models.users import Role

FLOW = "selfcheck"


def _refusal(exc: campaigns.CampaignError, _: Translator) -> str:
    return exc.words(_)


async def _subjects(context: BotContext) -> list[Subject]:
    """The subject files this account answers for: its enterprise's, then the institutions it is the
    contact of."""
    found: list[Subject] = []
    enterprise = await officer_enterprise(context)
    if enterprise is not None and enterprise.credit_code:
        subject = await Subject.get_or_none(credit_code=enterprise.credit_code)
        if subject is not None:
            found.append(subject)
    found += [s for s in await contact_subjects(context.session.user) if s.id not in {f.id for f in found}]
    return found


async def _redeem_contact(update: Update, context: BotContext, code: str) -> bool:
    """`/selfcheck CODE`: makes this account the contact of the institution the code is bound to."""
    _ = context._
    try:
        invite = await redeem(code, context.session.user, Role.CONTACT)
    except InviteError as exc:
        message = {
            "used": _("This invite code has already been used. Ask your regulator for a new one."),
            "expired": _("This invite code has expired. Ask your regulator for a new one."),
        }.get(str(exc), _("This invite code is not valid for institution contacts."))
        await reply(update, context, message)
        return False
    subject = await invite_subject(invite)
    if subject is None:  # the file was removed after the code was made
        await reply(update, context, _("This invite code is not valid for institution contacts."))
        return False
    await reply(
        update,
        context,
        _("You are now the contact of {name} for its self-inspections.").format(
            name=html.escape(subject.name)
        ),
    )
    return True


@tracked("selfcheck")
async def selfcheck_command(update: Update, context: BotContext) -> None:
    _ = context._
    state = await context.session.state()
    if await forms.busy_with_another(update, context, state, FLOW):
        return
    if context.args and not await _redeem_contact(update, context, context.args[0]):
        return
    subjects = await _subjects(context)
    if not subjects:
        await reply(
            update,
            context,
            _(
                "Self-inspection is for enterprise safety officers whose enterprise has a subject file. "
                "Send /enterprise with your invite code first, or ask your regulator."
            )
            + "\n"
            + _("An institution's or exam site's contact sends /selfcheck followed by the invite code."),
        )
        return
    today = clock.today()
    for subject in subjects:
        campaign = await campaigns.open_campaign_for(subject, today)
        if campaign is not None:
            await SELFCHECK.begin_for(update, context, state, campaign, subject)
            return
    await reply(
        update,
        context,
        _("No campaign has its self-inspection open for {name} today.").format(
            name=html.escape("、".join(s.name for s in subjects))
        ),
    )


class SelfCheckFlow(forms.Flow):
    name = FLOW

    def title(self, _: Translator) -> str:
        return _("self-inspection")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        await selfcheck_command(update, context)

    async def begin_for(
        self, update: Update, context: BotContext, state: ChatState, campaign: Campaign, subject: Subject
    ) -> None:
        forms.clear(state)
        state.flow, state.step = FLOW, "item"
        state.data = {"campaign": campaign.id, "subject": subject.id, "i": 0, "current": {}}
        _ = context._
        intro = _("<b>{title}</b> ({doc}): self-inspection of {name}.").format(
            title=html.escape(campaign.title),
            doc=html.escape(campaign.doc_no),
            name=html.escape(subject.name),
        )
        settings = context.session.settings
        if settings.public_url:
            user_id = context.session.user.id if context.session.user else 0
            actor = f"tg:{user_id}"
            link = weblink.make_link(settings.keys_dir, settings.public_url, campaign, subject, actor)
            intro += "\n" + _(
                "You can also answer on your phone's browser, item by item: {link} (the link works for "
                "{days} days; do not pass it on)."
            ).format(link=html.escape(link), days=weblink.LINK_TTL.days)
        await reply(update, context, intro)
        await self.prompt(update, context, state)

    async def _loaded(self, state: ChatState) -> tuple[Campaign | None, Subject | None, list[dict]]:
        campaign = await Campaign.get_or_none(id=state.data.get("campaign"))
        subject = await Subject.get_or_none(id=state.data.get("subject"))
        items = campaigns.checklist(campaign, subject) if campaign and subject else []
        return campaign, subject, items

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        _campaign, subject, items = await self._loaded(state)
        i = state.data.get("i", 0)
        if i >= len(items):
            return
        if state.step == "item":
            question = (
                _("Item {n} of {total}: {text}\nIs this a problem in your enterprise?")
                if subject is None or subject.subject_type == "enterprise"
                else _("Item {n} of {total}: {text}\nIs this a problem in your institution?")
            )
            text = question.format(
                n=i + 1, total=len(items), text=html.escape(item_text(items[i], context.session.locale))
            )
            await reply(
                update,
                context,
                text,
                buttons(
                    [
                        [
                            (_("✅ No problem"), forms.callback(FLOW, "ok")),
                            (_("⚠️ Problem found"), forms.callback(FLOW, "bad")),
                        ]
                    ]
                ),
            )
        elif state.step in TEXT_FIELDS:
            await reply(update, context, ITEM.question(state.step, _))

    async def _save(self, update: Update, context: BotContext, state: ChatState, ok: bool) -> None:
        _ = context._
        campaign, subject, items = await self._loaded(state)
        if campaign is None or subject is None:
            forms.clear(state)
            return
        current = state.data.get("current", {})
        key = items[state.data["i"]]["key"]
        try:
            await campaigns.answer(
                campaign,
                subject,
                key,
                ok,
                actor=f"tg:{context.session.user.id if context.session.user else 0}",
                problem=current.get("problem", ""),
                measure=current.get("measure", ""),
                deadline=parse_date(current["deadline"]) if current.get("deadline") else None,
                responsible=current.get("responsible", ""),
            )
        except campaigns.CampaignError as exc:
            forms.clear(state)
            await reply(update, context, _refusal(exc, _))
            return
        state.data = {**state.data, "i": state.data["i"] + 1, "current": {}}
        state.step = "item"
        if state.data["i"] >= len(items):
            await self._finish(update, context, state, campaign, subject)
            return
        await self.prompt(update, context, state)

    async def _finish(
        self, update: Update, context: BotContext, state: ChatState, campaign: Campaign, subject: Subject
    ) -> None:
        _ = context._
        forms.clear(state)
        try:
            record = await campaigns.submit(campaign, subject, "bot")
        except campaigns.CampaignError as exc:
            await reply(update, context, _refusal(exc, _))
            return
        problems = [k for k, a in record.answers.items() if not a.get("ok")]
        await reply(
            update,
            context,
            _(
                "Self-inspection submitted: {total} items, {problems} problem(s) with their measures. "
                "The county bureau sees it; overdue measures are shown to it."
            ).format(total=len(record.answers), problems=len(problems)),
        )

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        if state.step != "item":
            await self.prompt(update, context, state)
            return
        if value == "ok":
            await self._save(update, context, state, True)
        elif value == "bad":
            state.step = "problem"
            await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = (update.effective_message.text or "").strip() if update.effective_message else ""
        if state.step == "item":
            await reply(update, context, _("Please use the buttons to answer this question."))
            return
        if state.step not in TEXT_FIELDS:
            await self.prompt(update, context, state)
            return
        current = dict(state.data.get("current", {}))
        checked = ITEM.check(state.step, text, {"answer": "problem", **current})
        if checked.problem is not None:
            await reply(update, context, checked.problem.render(_))
            return
        current[state.step] = checked.value.isoformat() if state.step == "deadline" else checked.value
        state.data = {**state.data, "current": current}
        following = ITEM.next_field({"answer": "problem", **current}, after=state.step)
        if following is None:
            await self._save(update, context, state, False)
            return
        state.step = following.name
        await self.prompt(update, context, state)


SELFCHECK = forms.register_flow(SelfCheckFlow())


def register(app: Application) -> None:
    app.add_handler(CommandHandler("selfcheck", selfcheck_command))
