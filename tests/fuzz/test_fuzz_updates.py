"""Fuzzing the update handling: random sequences of messages, commands, files and button presses, including
forged callback data, go through the real Application; nothing may raise outside Telegram's own errors, and
the bot must keep answering afterwards."""

from __future__ import annotations

import itertools
import time

from hypothesis import strategies as st
from telegram import Update
from telegram.error import TelegramError

from bot.flood import FloodGuard
from tests.e2e.chat import Chat
from tests.fuzz.drawing import draw_examples

USERS = [9101, 9102, 9103]
COMMANDS = [
    "/start",
    "/help",
    "/report",
    "/cancel",
    "/language",
    "/privacy",
    "/mytips",
    "/status",
    "/queue",
    "/case",
    "/enterprise",
    "/link",
    "/verify",
    "/start notice-",
    "/start notice-abc",
    "/status AAAA",
]
CALLBACK_PREFIXES = [
    "f:report:st:",
    "f:report:v:",
    "f:report:edit:",
    "f:report:pl:",
    "f:report:when:",
    "f:report:ev:",
    "f:report:id:",
    "f:report:pw:",
    "f:report:submit",
    "f:status:",
    "f:nope:",
    "lang:",
    "cancel:",
    "menu:",
    "ent:",
    "ent:rm1:",
    "ent:rm2:",
    "ent:public:",
    "sq:show:",
    "sq:accept:",
    "tipact:show:",
    "tipact:add:",
    "tipact:review:",
    "ans:",
    "f:holder:post:",
]
_ids = itertools.count(5_000_000)

texts = st.one_of(
    st.sampled_from(COMMANDS),
    st.builds(lambda c, t: f"{c} {t}", st.sampled_from(COMMANDS), st.text(max_size=30)),
    st.text(max_size=200),
    st.sampled_from(["河北省石家庄市长安区", "朝阳区", "91130100MA07L0QX3W", "2026-03-15", "x" * 40]),
)
callbacks = st.builds(
    lambda p, s: (p + s)[:64],
    st.sampled_from(CALLBACK_PREFIXES),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789:_-", max_size=20),
)


def message_update(user: int, body: dict) -> dict:
    return {
        "update_id": next(_ids),
        "message": {
            "message_id": next(_ids) % 1_000_000,
            "date": int(time.time()),
            "chat": {"id": user, "type": "private"},
            "from": {"id": user, "is_bot": False, "first_name": "Fuzz", "language_code": "en"},
            **body,
        },
    }


def actions() -> st.SearchStrategy:
    return st.lists(
        st.tuples(
            st.sampled_from(USERS),
            st.one_of(
                st.builds(lambda t: ("text", t), texts),
                st.builds(lambda d: ("button", d), callbacks),
                st.just(("sticker", None)),
                st.builds(lambda la, lo: ("location", (la, lo)), st.floats(-90, 90), st.floats(-180, 180)),
                st.just(("forward", None)),
            ),
        ),
        min_size=1,
        max_size=12,
    )


def to_update(user: int, action: tuple, bot_message_id: int) -> dict:
    kind, value = action
    if kind == "text":
        body: dict = {"text": value or " "}
        if value.startswith("/"):
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(value.split(" ")[0])}]
        return message_update(user, body)
    if kind == "sticker":
        return message_update(
            user,
            {
                "sticker": {
                    "file_id": "s1",
                    "file_unique_id": "s1",
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                }
            },
        )
    if kind == "location":
        return message_update(user, {"location": {"latitude": value[0], "longitude": value[1]}})
    if kind == "forward":
        return message_update(
            user,
            {
                "text": "forwarded",
                "forward_origin": {"type": "hidden_user", "date": 0, "sender_user_name": "x"},
            },
        )
    return {
        "update_id": next(_ids),
        "callback_query": {
            "id": str(next(_ids)),
            "chat_instance": "1",
            "data": value,
            "from": {"id": user, "is_bot": False, "first_name": "Fuzz", "language_code": "en"},
            "message": {
                "message_id": bot_message_id,
                "date": int(time.time()),
                "chat": {"id": user, "type": "private"},
                "from": {"id": 1, "is_bot": True, "first_name": "bot"},
                "text": "x",
            },
        },
    }


async def test_random_updates_never_break_the_bot(bot_app, sim) -> None:
    errors: list[BaseException] = []

    async def spy(update: object, context) -> None:  # type: ignore[no-untyped-def]
        errors.append(context.error)

    bot_app.add_error_handler(spy)
    bot_app.flood_guard = FloodGuard(limit=1_000_000)  # the flood guard's delays would only slow the run
    await sim.set_flood(enabled=False)
    anchors = {}
    for user in USERS:
        first = await Chat(sim, user, "en").send("/start", expect="Choose what you want to do")
        anchors[user] = first["message_id"]

    cases = draw_examples(actions(), 40)
    for steps in cases:
        for user, action in steps:
            update = Update.de_json(to_update(user, action, anchors[user]), bot_app.bot)
            await bot_app.process_update(update)
    bugs = [e for e in errors if not isinstance(e, TelegramError)]
    assert bugs == [], [repr(e) for e in bugs[:5]]
    for user in USERS:  # still answering, whatever state the fuzzing left the chat in
        await Chat(sim, user, "en").send("/help", expect="What I can do")
