"""/checklist: during an open inspection, the inspector records the campaign checklist's result item by
item (no problem / problem, with what was found / not applicable); the documents photographed in the
inspection are the evidence of each finding (campaigns/service.py `findings_from_inspection`).

The open inspection lives in the database, so leaving the photo form for the checklist loses nothing:
/inspect takes the inspector back to the photos.
"""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler

from campaigns import service as campaigns
from campaigns.template import item_text
from cases.inspections import open_inspection_of
from foundation.i18n import Translator
from handlers import forms
from handlers.common import buttons, reply, tracked
from handlers.session import BotContext
from models.campaigns import Campaign
from models.inspections import Inspection
from models.state import ChatState
from models.subjects import Subject
from models.users import Role

FLOW = "checklist"
INSPECT_FLOW = "inspect"  # handlers/inspect.py: its form may be left, the inspection stays open


async def _campaign_for(subject: Subject) -> Campaign | None:
    return next(
        (
            c
            for c in await campaigns.campaigns_for(subject.division_code)
            if subject.subject_type in c.subject_types
        ),
        None,
    )


@tracked("checklist")
async def checklist_command(update: Update, context: BotContext) -> None:
    _ = context._
    user = context.session.user
    state = await context.session.state()
    if await forms.busy_with_another(
        update, context, state, state.flow if state.flow == INSPECT_FLOW else FLOW
    ):
        return
    if user is None or Role.INSPECTOR not in (user.roles or []):
        await reply(update, context, _("This is for inspectors with an open inspection (/inspect)."))
        return
    inspection = await open_inspection_of(user)
    subject = (
        await Subject.get_or_none(credit_code=inspection.credit_code)
        if inspection and inspection.credit_code
        else None
    )
    campaign = await _campaign_for(subject) if subject else None
    if inspection is None or subject is None or campaign is None:
        await reply(
            update,
            context,
            _(
                "No campaign checklist applies: open an inspection with /inspect at a place that has a "
                "subject file in a campaign's scope."
            ),
        )
        return
    forms.clear(state)
    state.flow, state.step = FLOW, "item"
    state.data = {"campaign": campaign.id, "subject": subject.id, "inspection": inspection.id, "i": 0}
    await reply(
        update,
        context,
        _("<b>{title}</b>: checklist of {name}.").format(
            title=html.escape(campaign.title), name=html.escape(subject.name)
        ),
    )
    await CHECKLIST.prompt(update, context, state)


class ChecklistFlow(forms.Flow):
    name = FLOW

    def title(self, _: Translator) -> str:
        return _("inspection checklist")

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        await checklist_command(update, context)

    async def _loaded(self, state: ChatState) -> tuple[Campaign | None, Subject | None, list[dict]]:
        campaign = await Campaign.get_or_none(id=state.data.get("campaign"))
        subject = await Subject.get_or_none(id=state.data.get("subject"))
        return campaign, subject, campaigns.checklist(campaign, subject) if campaign and subject else []

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        _campaign, _subject, items = await self._loaded(state)
        i = state.data.get("i", 0)
        if i >= len(items):
            return
        if state.step == "item":
            text = _("Item {n} of {total}: {text}").format(
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
                        ],
                        [(_("Not applicable"), forms.callback(FLOW, "na"))],
                    ]
                ),
            )
        else:
            await reply(update, context, _("What was found?"))

    async def _record(
        self, update: Update, context: BotContext, state: ChatState, result: str, note: str
    ) -> None:
        _ = context._
        campaign, subject, items = await self._loaded(state)
        inspection = await Inspection.get_or_none(id=state.data.get("inspection"), closed_at__isnull=True)
        if campaign is None or subject is None or inspection is None:
            forms.clear(state)
            await reply(update, context, _("The inspection was closed meanwhile; nothing more is recorded."))
            return
        key = items[state.data["i"]]["key"]
        try:
            await campaigns.findings_from_inspection(
                campaign, inspection, {key: (result, note)}, f"tg:{context.session.user.id}"
            )
        except campaigns.CampaignError as exc:
            await reply(update, context, exc.words(_))
            return
        state.data = {**state.data, "i": state.data["i"] + 1}
        state.step = "item"
        if state.data["i"] >= len(items):
            forms.clear(state)
            await reply(
                update,
                context,
                _(
                    "Checklist recorded: {n} items, with the inspection's photos as evidence. Send /inspect "
                    "to go back to the photos or close the inspection."
                ).format(n=len(items)),
            )
            return
        await self.prompt(update, context, state)

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        if state.step != "item":
            await self.prompt(update, context, state)
        elif value in ("ok", "na"):
            await self._record(update, context, state, value, "")
        elif value == "bad":
            state.step = "note"
            await self.prompt(update, context, state)

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        _ = context._
        text = (update.effective_message.text or "").strip() if update.effective_message else ""
        if state.step == "item":
            await reply(update, context, _("Please use the buttons to answer this question."))
        elif not text or len(text) > 1000:
            await reply(update, context, _("Please answer with a text of 1 to 1000 characters."))
        else:
            await self._record(update, context, state, "problem", text)


CHECKLIST = forms.register_flow(ChecklistFlow())


def register(app: Application) -> None:
    app.add_handler(CommandHandler("checklist", checklist_command))
