"""A small engine for multi-step forms whose state lives in the database (ChatState), not in memory.

A `Flow` names its steps; for each step it can `prompt` (ask the question) and `take` an answer (a message or
a button press). The engine loads the chat's state for every update, so a restart, or another bot process,
carries on exactly where the user was. Button callback data is `f:<flow>:<value>` (≤ 64 bytes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from foundation.i18n import Translator
from handlers.common import answer_button, reply, tracked
from handlers.session import BotContext
from models.state import ChatState


class Flow:
    name: ClassVar[str]
    # Steps whose latest answer may be corrected by editing the message that gave it (handlers/edits.py):
    # plain text answers whose taking has no effect beyond the form's own data.
    correctable: ClassVar[frozenset[str]] = frozenset()

    def title(self, _: Translator) -> str:
        raise NotImplementedError

    async def begin(self, update: Update, context: BotContext, state: ChatState) -> None:
        raise NotImplementedError

    async def prompt(self, update: Update, context: BotContext, state: ChatState) -> None:
        """Asks the question of the current step again (after a restart, /cancel → keep, and so on)."""
        raise NotImplementedError

    async def take_message(self, update: Update, context: BotContext, state: ChatState) -> None:
        raise NotImplementedError

    async def take_button(self, update: Update, context: BotContext, state: ChatState, value: str) -> None:
        raise NotImplementedError


_flows: dict[str, Flow] = {}


def register_flow(flow: Flow) -> Flow:
    _flows[flow.name] = flow
    return flow


def get_flow(name: str | None) -> Flow | None:
    return _flows.get(name or "")


def flow_title(name: str, _: Translator) -> str:
    flow = get_flow(name)
    return flow.title(_) if flow else name


def clear(state: ChatState) -> None:
    state.flow = None
    state.step = None
    state.data = {}
    state.reminded_at = None


async def busy_with_another(
    update: Update, context: BotContext, state: ChatState, allowed: str | None = None
) -> bool:
    """True, after saying so, when the chat is in the middle of another form than `allowed`: one form at a
    time, so that no answer is taken for another form's question."""
    if not state.flow or state.flow == allowed:
        return False
    await reply(
        update,
        context,
        context._("You have an unfinished {form}. Finish it, or send /cancel to drop it first.").format(
            form=flow_title(state.flow, context._)
        ),
    )
    return True


def callback(flow: str, value: str) -> str:
    data = f"f:{flow}:{value}"
    if len(data.encode()) > 64:
        raise ValueError(f"callback data too long: {data!r}")
    return data


async def prompt_current(update: Update, context: BotContext) -> bool:
    state = await context.session.state()
    flow = get_flow(state.flow)
    if flow is None:
        return False
    await flow.prompt(update, context, state)
    return True


async def dispatch_message(update: Update, context: BotContext) -> bool:
    """Gives a message to the form in progress; False when there is none."""
    state = await context.session.state()
    flow = get_flow(state.flow)
    if flow is None:
        return False
    context.session.handlers.append(f"form:{flow.name}:{state.step}")
    remember_answer(update, flow, state)
    await flow.take_message(update, context, state)
    return True


LAST_ANSWER = "_last_answer"


def remember_answer(update: Update, flow: Flow, state: ChatState) -> None:
    """Notes which message answers the current step, and the form as it was before, so that an edit of
    that message (and of no other) can replace the answer: the form is put back and the edit is taken."""
    state.data.pop(LAST_ANSWER, None)
    message = update.effective_message
    if message is None or state.step not in flow.correctable:
        return
    before = dict(state.data)
    state.data[LAST_ANSWER] = {"message_id": message.message_id, "step": state.step, "before": before}


def forget_answer(state: ChatState) -> None:
    """A later answer (a button) makes the remembered message no longer the latest answer."""
    state.data.pop(LAST_ANSWER, None)


def correctable_answer(state: ChatState, message_id: int) -> dict | None:
    """The remembered answer if `message_id` is it and its form is still the one in progress."""
    record = state.data.get(LAST_ANSWER) if isinstance(state.data, dict) else None
    if not isinstance(record, dict) or record.get("message_id") != message_id:
        return None
    flow = get_flow(state.flow)
    if flow is None or record.get("step") not in flow.correctable:
        return None
    return record


async def retake(update: Update, context: BotContext, state: ChatState, record: dict) -> None:
    """Undoes the remembered answer and takes the edited message in its place."""
    flow = get_flow(state.flow)
    if flow is None:
        return
    state.data = dict(record.get("before") or {})
    state.step = record["step"]
    context.session.handlers.append(f"form_edit:{flow.name}:{state.step}")
    remember_answer(update, flow, state)
    await flow.take_message(update, context, state)


@tracked("form_button")
async def _button(update: Update, context: BotContext) -> None:
    _prefix, name, value = (update.callback_query.data or "").split(":", 2)
    state = await context.session.state()
    flow = get_flow(name)
    if flow is None or state.flow != name:
        await answer_button(update, context._("This form is no longer open. Send /start to begin again."))
        return
    await answer_button(update)
    forget_answer(state)
    await flow.take_button(update, context, state, value)


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(_button, pattern=r"^f:[a-z_]+:"))


FlowFactory = Callable[[], Flow]
