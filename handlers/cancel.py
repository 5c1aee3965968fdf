"""/cancel: drop the form being filled in, but only after the user confirms, since the draft is lost."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from handlers import forms
from handlers.common import answer_button, buttons, reply, tracked
from handlers.session import BotContext


@tracked("cancel")
async def cancel_command(update: Update, context: BotContext) -> None:
    _ = context._
    state = await context.session.state()
    if not state.flow:
        await reply(update, context, _("There is nothing to cancel."))
        return
    title = forms.flow_title(state.flow, _)
    await reply(
        update,
        context,
        _("Drop your unfinished {form}? Everything you entered in it will be deleted.").format(form=title),
        buttons([[(_("Yes, drop it"), "cancel:yes"), (_("No, keep it"), "cancel:no")]]),
    )


@tracked("cancel_confirm")
async def cancel_confirmed(update: Update, context: BotContext) -> None:
    _ = context._
    await answer_button(update)
    state = await context.session.state()
    if (update.callback_query.data or "") == "cancel:yes" and state.flow:
        forms.clear(state)
        await reply(update, context, _("Dropped. Send /start to begin again."))
    elif state.flow:
        await reply(update, context, _("Kept. You can go on where you left off."))
        await forms.prompt_current(update, context)
    else:
        await reply(update, context, _("There is nothing to cancel."))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("cancel", cancel_command))
    app.add_handler(CallbackQueryHandler(cancel_confirmed, pattern=r"^cancel:"))
