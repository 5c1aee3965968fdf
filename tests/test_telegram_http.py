"""The aiohttp transport under PTB: what reaches the Bot API server, and failures turned into PTB's errors."""

from __future__ import annotations

import asyncio
import socket

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.telegram_http import AiohttpRequest

BOT_USER = {"id": 7, "is_bot": True, "first_name": "Safety", "username": "safety_bot"}


async def start(routes: web.RouteTableDef) -> TestServer:
    app = web.Application()
    app.add_routes(routes)
    server = TestServer(app)
    await server.start_server()
    return server


async def test_form_fields_and_uploads_reach_the_server() -> None:
    seen: list[dict] = []
    routes = web.RouteTableDef()

    @routes.post("/bot{token}/{method}")
    async def method(request: web.Request) -> web.Response:
        if request.match_info["method"] == "getMe":  # Bot.initialize asks who it is
            return web.json_response({"ok": True, "result": BOT_USER})
        form = await request.post()
        fields = {
            key: (value.filename, value.file.read()) if hasattr(value, "file") else value
            for key, value in form.items()
        }
        seen.append(
            {"method": request.match_info["method"], "fields": fields, "ua": request.headers["User-Agent"]}
        )
        message = {"message_id": len(seen), "date": 0, "chat": {"id": 42, "type": "private"}}
        return web.json_response({"ok": True, "result": message})

    server = await start(routes)
    try:
        bot = Bot("7:token", base_url=str(server.make_url("/bot")), request=AiohttpRequest())
        async with bot:
            await bot.send_document(42, b"%PDF-1.7 bytes", filename="notice.pdf", caption="告知牌 notice")
            await bot.send_message(42, "你好")
    finally:
        await server.close()
    upload, message = seen
    assert upload["method"] == "sendDocument"
    assert upload["fields"]["chat_id"] == "42" and upload["fields"]["caption"] == "告知牌 notice"
    assert upload["fields"]["document"] == ("notice.pdf", b"%PDF-1.7 bytes")
    assert message["method"] == "sendMessage" and message["fields"]["text"] == "你好"
    assert "python-telegram-bot" in message["ua"]


async def test_a_silent_server_is_a_timeout_and_a_closed_port_a_network_error() -> None:
    routes = web.RouteTableDef()

    @routes.post("/slow")
    async def slow(_request: web.Request) -> web.Response:
        await asyncio.sleep(5)
        return web.json_response({"ok": True, "result": True})

    server = await start(routes)
    request = AiohttpRequest(read_timeout=0.2, write_timeout=0.0)
    await request.initialize()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    try:
        with pytest.raises(TimedOut):
            await request.post(str(server.make_url("/slow")))
        with pytest.raises(NetworkError) as refused:
            await request.post(f"http://127.0.0.1:{closed_port}/bot1:x/getMe")
        assert not isinstance(refused.value, TimedOut)
    finally:
        await request.shutdown()
        await server.close()


async def test_a_bot_works_through_it_after_shutdown_and_initialize_again() -> None:
    routes = web.RouteTableDef()

    @routes.post("/bot{token}/getMe")
    async def get_me(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "result": BOT_USER})

    server = await start(routes)
    base = str(server.make_url("/bot"))
    try:
        bot = Bot("7:token", base_url=base, request=AiohttpRequest(), get_updates_request=AiohttpRequest())
        async with bot:
            assert (await bot.get_me()).username == "safety_bot"
        async with bot:  # PTB may shut a request down and initialise it again (e.g. a restarted Application)
            assert (await bot.get_me()).username == "safety_bot"
    finally:
        await server.close()


async def test_the_proxy_from_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    # Mainland deployments reach api.telegram.org through a proxy, configured the usual way.
    hosts: list[str] = []
    routes = web.RouteTableDef()

    @routes.post("/bot{token}/getMe")
    async def get_me(request: web.Request) -> web.Response:
        hosts.append(request.host)
        return web.json_response({"ok": True, "result": BOT_USER})

    proxy = await start(routes)
    monkeypatch.setenv("HTTP_PROXY", str(proxy.make_url("/")))
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    request = AiohttpRequest()
    await request.initialize()
    try:
        answer = await request.post("http://api.telegram.invalid/bot7:token/getMe")
    finally:
        await request.shutdown()
        await proxy.close()
    assert answer["username"] == "safety_bot"
    assert hosts == ["api.telegram.invalid"]
