"""The browser side: the offline chat page and viewable file links for it."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from .botapi import CORE_KEY

STATIC = Path(__file__).with_name("static")


async def chat_page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC / "chat.html", headers={"Cache-Control": "no-cache"})


async def redirect_to_page(request: web.Request) -> web.StreamResponse:
    raise web.HTTPFound("/sandbox/")


async def view_file(request: web.Request) -> web.Response:
    """Serve a stored file inline (images render in <img>), by file_id rather than the bot's file path."""
    stored = request.app[CORE_KEY].files.get(request.match_info["file_id"])
    if stored is None:
        raise web.HTTPNotFound(text="file not found")
    headers = {}
    if stored.file_name:
        headers["Content-Disposition"] = f'inline; filename="{stored.file_name.replace(chr(34), "")}"'
    return web.Response(
        body=stored.data, content_type=stored.mime_type or "application/octet-stream", headers=headers
    )


def add_routes(app: web.Application) -> None:
    app.router.add_get("/sandbox/", chat_page)
    app.router.add_get("/sandbox", redirect_to_page)
    app.router.add_get("/", redirect_to_page)
    app.router.add_get("/sandbox/files/{file_id}", view_file)
