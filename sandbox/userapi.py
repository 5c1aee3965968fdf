"""The simulated-user JSON API under /sandbox/api/: people's side of the conversation plus inspection.

Tests and the chat page use it to act as users (send, press buttons), to inject or redeliver raw
updates, and to look at what the bot did (messages, recorded calls, commands, webhook counters).
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from .botapi import CORE_KEY
from .commands import normalize_scope
from .core import SandboxCore
from .formatting.parse import command_entities
from .incoming import UserInputError, build_content, file_content, forward_origin
from .limits import BotApiError
from .markup import callback_buttons
from .state import CallbackRecord, ChatState
from .views import chat_messages, chat_summary

JSON = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_dumps = functools.partial(json.dumps, ensure_ascii=False)


def _reply(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


def _guarded(handler: Callable[[web.Request, SandboxCore], Awaitable[Any]]) -> Handler:
    """Run a handler with the core and turn bad input into a 400 JSON answer instead of a 500."""

    @functools.wraps(handler)
    async def wrapper(request: web.Request) -> web.StreamResponse:
        try:
            result = await handler(request, request.app[CORE_KEY])
        except web.HTTPException:
            raise
        except (UserInputError, KeyError, TypeError, ValueError) as error:
            return _reply({"ok": False, "error": str(error) or error.__class__.__name__}, 400)
        except BotApiError as error:
            return _reply({"ok": False, "error": error.description}, error.code)
        if isinstance(result, web.StreamResponse):
            return result
        return _reply(result)

    return wrapper


async def _json_body(request: web.Request) -> JSON:
    try:
        body = await request.json()
    except ValueError:
        raise UserInputError("body must be JSON") from None
    if not isinstance(body, dict):
        raise UserInputError("body must be a JSON object")
    return body


def _user_and_chat(core: SandboxCore, body: JSON) -> tuple[JSON, ChatState]:
    if not isinstance(body.get("user"), dict):
        raise UserInputError("user object with an id is required")
    user = core.state.remember_user(body["user"])
    if isinstance(body.get("chat"), dict):
        return user, core.state.ensure_chat(body["chat"])
    if body.get("chat_id") is not None:
        chat = core.state.find_chat(body["chat_id"])
        if chat is None:
            raise UserInputError("chat not found")
        return user, chat
    return user, core.state.private_chat_for(user)


def _post_user_message(core: SandboxCore, user: JSON, chat: ChatState, content: JSON, body: JSON) -> JSON:
    if isinstance(body.get("forward_origin"), dict):
        content["forward_origin"] = forward_origin(body["forward_origin"])
    reply_to = body.get("reply_to_message_id")
    if reply_to is not None:
        original = chat.live_message(int(reply_to))
        if original is None:
            raise UserInputError("reply_to_message_id not found")
        replied = original.telegram()
        replied.pop("reply_to_message", None)
        content["reply_to_message"] = replied
    stored = core.state.add_message(chat, content, from_bot=False, sender=user)
    update = core.updates.add({"message": stored.telegram()})
    return {"update_id": update["update_id"], "message_id": stored.message_id, "chat_id": chat.id}


@_guarded
async def send(request: web.Request, core: SandboxCore) -> JSON:
    body = await _json_body(request)
    user, chat = _user_and_chat(core, body)
    return _post_user_message(core, user, chat, build_content(core, body), body)


@_guarded
async def send_file(request: web.Request, core: SandboxCore) -> JSON:
    form = await request.post()
    upload = form.get("file")
    if not isinstance(upload, FileField):
        raise UserInputError("multipart field 'file' is required")
    fields = {key: str(value) for key, value in form.items() if not isinstance(value, FileField)}
    user_spec: JSON = {"id": int(fields["user_id"]), "first_name": fields.get("first_name") or "User"}
    for key in ("last_name", "username", "language_code"):
        if fields.get(key):
            user_spec[key] = fields[key]
    user, chat = _user_and_chat(core, {"user": user_spec, "chat_id": fields.get("chat_id")})
    content = file_content(
        core,
        fields.get("kind", "document"),
        upload.file.read(),
        caption=fields.get("caption"),
        file_name=upload.filename,
        mime_type=upload.content_type,
        duration=int(fields.get("duration") or 0),
    )
    return _post_user_message(core, user, chat, content, fields)


@_guarded
async def press(request: web.Request, core: SandboxCore) -> JSON:
    body = await _json_body(request)
    user, chat = _user_and_chat(core, body)
    data = str(body["data"])
    stored = chat.live_message(int(body["message_id"]))
    if stored is None or not stored.from_bot:
        raise UserInputError("no such bot message in this chat")
    if data not in callback_buttons(stored.data.get("reply_markup")):
        raise UserInputError("the message has no button with this callback_data")
    query_id = core.state.new_callback_id()
    core.state.callback_queries[query_id] = CallbackRecord(
        query_id, chat.id, stored.message_id, user, data, time.monotonic()
    )
    query = {
        "id": query_id,
        "from": user,
        "message": stored.telegram(),
        "chat_instance": str(-6_000_000_000_000_000_000 - chat.id),
        "data": data,
    }
    update = core.updates.add({"callback_query": query})
    return {
        "update_id": update["update_id"],
        "callback_query_id": query_id,
        "chat_id": chat.id,
        "message_id": stored.message_id,
    }


@_guarded
async def edit(request: web.Request, core: SandboxCore) -> JSON:
    """The user edits the text (or caption) of one of their messages: Telegram sends `edited_message`
    with the whole message as it now is, the same message_id and an `edit_date`."""
    body = await _json_body(request)
    user, chat = _user_and_chat(core, body)
    stored = chat.live_message(int(body.get("message_id") or 0))
    if stored is None or stored.from_bot or (stored.data.get("from") or {}).get("id") != user["id"]:
        raise UserInputError("no such message of this user in this chat")
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UserInputError("text (the message's new text or caption) is required")
    field, entities_field = ("text", "entities") if "text" in stored.data else ("caption", "caption_entities")
    media = ("photo", "document", "video", "audio", "animation")
    if field == "caption" and not any(kind in stored.data for kind in media):
        raise UserInputError("this message has no text or caption to edit")
    stored.data[field] = text
    entities = command_entities(text)
    if entities:
        stored.data[entities_field] = entities
    else:
        stored.data.pop(entities_field, None)
    stored.edited = True
    stored.data["edit_date"] = int(time.time())
    update = core.updates.add({"edited_message": stored.telegram()})
    return {"update_id": update["update_id"], "message_id": stored.message_id, "chat_id": chat.id}


def _register_update_parts(core: SandboxCore, update: JSON) -> None:
    """Remember chats, users and messages of an injected update so the bot can answer them."""
    for value in update.values():
        if not isinstance(value, dict):
            continue
        for sender_key in ("from", "user"):
            if isinstance(value.get(sender_key), dict) and "id" in value[sender_key]:
                core.state.remember_user(value[sender_key])
        message = value if "chat" in value else value.get("message")
        if isinstance(message, dict) and isinstance(message.get("chat"), dict) and "id" in message["chat"]:
            chat = core.state.ensure_chat(message["chat"])
            core.state.store_injected(chat, message)


@_guarded
async def inject_update(request: web.Request, core: SandboxCore) -> JSON:
    body = await _json_body(request)
    update = body.get("update")
    if not isinstance(update, dict) or len([key for key in update if key != "update_id"]) != 1:
        raise UserInputError("update must be an object with exactly one update field besides update_id")
    _register_update_parts(core, update)
    stored = core.updates.add(update)
    return {"update_id": stored["update_id"]}


@_guarded
async def redeliver(request: web.Request, core: SandboxCore) -> JSON:
    body = await _json_body(request)
    update = core.updates.redeliver(int(body["update_id"]))
    if update is None:
        return _reply({"ok": False, "error": "unknown update_id"}, 404)
    return {"update_id": update["update_id"]}


@_guarded
async def list_chats(request: web.Request, core: SandboxCore) -> list[JSON]:
    return [chat_summary(chat) for chat in core.state.chats.values()]


@_guarded
async def messages(request: web.Request, core: SandboxCore) -> Any:
    chat = core.state.find_chat(request.match_info["chat_id"])
    after = int(request.query.get("after", "0") or 0)
    if chat is None:
        return []
    return chat_messages(chat, after)


@_guarded
async def chat_info(request: web.Request, core: SandboxCore) -> Any:
    chat = core.state.find_chat(request.match_info["chat_id"])
    if chat is None:
        return _reply({"ok": False, "error": "chat not found"}, 404)
    return chat_summary(chat)


@_guarded
async def calls(request: web.Request, core: SandboxCore) -> list[JSON]:
    wanted = (request.query.get("method") or "").lower()
    since = float(request.query.get("since", "0") or 0)
    return [
        call
        for call in core.state.calls
        if (not wanted or call["method"].lower() == wanted) and call["time"] >= since
    ]


@_guarded
async def commands(request: web.Request, core: SandboxCore) -> JSON:
    query = request.query
    language = query.get("language_code") or ""
    registry = core.state.commands
    if query.get("scope"):
        scope_spec: JSON = {"type": query["scope"]}
        for key in ("chat_id", "user_id"):
            if query.get(key):
                scope_spec[key] = int(query[key])
        found = registry.get(normalize_scope(scope_spec), language)
    else:
        chat_id = int(query["chat_id"]) if query.get("chat_id") else None
        chat = core.state.chats.get(chat_id) if chat_id is not None else None
        chat_type = chat.chat.get("type", "private") if chat else "private"
        found = registry.resolve(chat_id, chat_type, language)
    menu = core.state.menu_buttons
    chat_key = int(query["chat_id"]) if query.get("chat_id") else None
    return {
        "commands": found,
        "language_code": language,
        "menu_button": menu.get(chat_key) or menu.get(None) or {"type": "commands"},
        "all": registry.all(),
    }


@_guarded
async def webhook(request: web.Request, core: SandboxCore) -> JSON:
    stats = core.webhook.stats
    return {
        **core.webhook.info(),
        "delivered": stats.delivered,
        "acknowledged": stats.acknowledged,
        "failed": stats.failed,
        "secret_token_set": bool(core.webhook.config and core.webhook.config.secret_token),
        "log": stats.log,
    }


@_guarded
async def faults(request: web.Request, core: SandboxCore) -> JSON:
    """Plans failures: the next `count` calls of `method` answer `error_code` with `description` (as
    Telegram does during an outage: 500, 502 Bad Gateway, ...). GET lists what is still planned."""
    if request.method == "POST":
        body = await _json_body(request)
        method = body.get("method")
        count = body.get("count", 1)
        code = body.get("error_code", 502)
        if not isinstance(method, str) or not method or not isinstance(count, int) or not 0 <= count <= 1000:
            raise UserInputError("method (a Bot API method name) and count (0-1000) are required")
        if not isinstance(code, int) or not 400 <= code <= 599:
            raise UserInputError("error_code must be an HTTP error status (400-599)")
        description = str(body.get("description") or "Bad Gateway")
        core.state.faults[method.lower()] = [(code, description)] * count
    return {method: len(planned) for method, planned in core.state.faults.items()}


@_guarded
async def flood(request: web.Request, core: SandboxCore) -> JSON:
    if request.method == "POST":
        core.flood.limits.update(await _json_body(request))
        core.flood.reset()
    return core.flood.limits.as_dict()


@_guarded
async def reset(request: web.Request, core: SandboxCore) -> JSON:
    core.reset()
    return {"ok": True}


@_guarded
async def profile(request: web.Request, core: SandboxCore) -> JSON:
    texts = [
        {"field": field, "language_code": language, "value": value}
        for (field, language), value in core.state.profile_texts.items()
    ]
    return {"bot": core.state.bot_user, "texts": texts}


def add_routes(app: web.Application) -> None:
    router = app.router
    router.add_post("/sandbox/api/send", send)
    router.add_post("/sandbox/api/send_file", send_file)
    router.add_post("/sandbox/api/press", press)
    router.add_post("/sandbox/api/edit", edit)
    router.add_post("/sandbox/api/updates", inject_update)
    router.add_post("/sandbox/api/redeliver", redeliver)
    router.add_get("/sandbox/api/chats", list_chats)
    router.add_get("/sandbox/api/chats/{chat_id}", chat_info)
    router.add_get("/sandbox/api/chats/{chat_id}/messages", messages)
    router.add_get("/sandbox/api/calls", calls)
    router.add_get("/sandbox/api/commands", commands)
    router.add_get("/sandbox/api/webhook", webhook)
    router.add_route("*", "/sandbox/api/flood", flood)
    router.add_route("*", "/sandbox/api/faults", faults)
    router.add_post("/sandbox/api/reset", reset)
    router.add_get("/sandbox/api/bot", profile)
