"""The WeChat chat page of the sandbox: a follower's conversation with the account, in the browser.

What is typed or uploaded goes through the emulator exactly as a real follower's message would (signed,
encrypted in safe mode, posted to the product's /wechat); the page polls what the account said.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from aiohttp import web

STATIC = Path(__file__).with_name("static")
MAX_IMAGE = 10 * 1024 * 1024


def _emulator(request: web.Request):  # type: ignore[no-untyped-def]
    from .emulator import EMULATOR_KEY

    return request.app[EMULATOR_KEY]


async def chat_page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "wechat.html", headers={"Cache-Control": "no-cache"})


async def messages(request: web.Request) -> web.Response:
    openid = request.query.get("openid", "")
    said = [asdict(s) for s in _emulator(request).said if s.openid == openid]
    return web.json_response({"messages": said})


async def send(request: web.Request) -> web.Response:
    """A text, an image (multipart), a menu click, a location or a subscribe, from the page."""
    emulator = _emulator(request)
    if request.content_type.startswith("multipart/"):
        form = await request.post()
        openid = str(form.get("openid", ""))[:64]
        upload = form.get("image")
        data = upload.file.read(MAX_IMAGE + 1) if hasattr(upload, "file") else b""
        if not openid or not data or len(data) > MAX_IMAGE:
            return web.json_response({"error": "an image of at most 10 MB is needed"}, status=400)
        status, _text = await emulator.send_image(openid, data)
        return web.json_response({"status": status})
    payload = await request.json()
    openid = str(payload.get("openid", ""))[:64]
    if not openid:
        return web.json_response({"error": "openid is needed"}, status=400)
    kind = payload.get("kind", "text")
    if kind == "click":
        status, _text = await emulator.send_event(openid, "CLICK", str(payload.get("key", ""))[:64])
    elif kind == "subscribe":
        status, _text = await emulator.send_event(openid, "subscribe")
    elif kind == "location":
        status, _text = await emulator.send_location(
            openid,
            float(payload.get("lat", 0)),
            float(payload.get("lon", 0)),
            str(payload.get("label", ""))[:200],
        )
    else:
        status, _text = await emulator.send_text(openid, str(payload.get("text", ""))[:2000])
    return web.json_response({"status": status})


async def menu(request: web.Request) -> web.Response:
    return web.json_response({"menu": _emulator(request).menu})


async def redirect(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/wechat-sandbox/")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/wechat-sandbox/", chat_page)
    app.router.add_get("/wechat-sandbox", redirect)
    app.router.add_get("/", redirect)
    app.router.add_get("/wechat-sandbox/api/messages", messages)
    app.router.add_post("/wechat-sandbox/api/send", send)
    app.router.add_get("/wechat-sandbox/api/menu", menu)
