"""HTTP routes of the emulated Bot API: `/bot{token}/{method}` and `/file/bot{token}/{path}`.

Every call is recorded (parameters without file bytes, outcome) so tests can assert on what the bot
asked Telegram to do, not only on what ended up in a chat.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from typing import Any

from aiohttp import web

from .core import SandboxCore
from .limits import NOT_FOUND, UNAUTHORIZED, BotApiError
from .methods import find_method
from .params import Params, read_params

log = logging.getLogger(__name__)
CORE_KEY: web.AppKey[SandboxCore] = web.AppKey("sandbox_core", SandboxCore)
_dumps = functools.partial(json.dumps, ensure_ascii=False)


def _error(error: BotApiError) -> web.Response:
    return web.json_response(error.payload(), status=error.code, dumps=_dumps)


async def handle_method(request: web.Request) -> web.Response:
    core = request.app[CORE_KEY]
    requested = request.match_info["method"]
    refusal: BotApiError | None = None
    if request.match_info["token"] != core.token:
        refusal = BotApiError(UNAUTHORIZED, 401)
    found = find_method(requested)
    if refusal is None and found is None:
        refusal = BotApiError(NOT_FOUND, 404)
    if refusal is not None or found is None:
        # Recorded too, so a test can spot the bot calling a method the sandbox does not implement.
        refusal = refusal or BotApiError(NOT_FOUND, 404)
        core.state.record_call(
            {
                "time": time.time(),
                "method": requested,
                "params": {},
                "ok": False,
                "error_code": refusal.code,
                "description": refusal.description,
            }
        )
        return _error(refusal)
    name, handler = found
    entry: dict[str, Any] = {"time": time.time(), "method": name}
    params = Params()
    try:
        params = await read_params(request)
        fault = core.state.take_fault(name)
        if fault is not None:  # planned through /sandbox/api/faults, e.g. a Bot API outage
            raise BotApiError(fault[1], fault[0])
        result = await handler(core, params)
    except BotApiError as error:
        entry.update(params=params.loggable(), ok=False, error_code=error.code, description=error.description)
        core.state.record_call(entry)
        log.debug("%s refused: %s", name, error.description)
        return _error(error)
    entry.update(params=params.loggable(), ok=True, result=result, duration=time.time() - entry["time"])
    core.state.record_call(entry)
    return web.json_response({"ok": True, "result": result}, dumps=_dumps)


async def handle_file_download(request: web.Request) -> web.StreamResponse:
    core = request.app[CORE_KEY]
    if request.match_info["token"] != core.token:
        return _error(BotApiError(UNAUTHORIZED, 401))
    stored = core.files.by_path(request.match_info["file_path"])
    if stored is None:
        return _error(BotApiError(NOT_FOUND, 404))
    return web.Response(body=stored.data, content_type="application/octet-stream")


def add_routes(app: web.Application) -> None:
    app.router.add_route("*", "/bot{token}/{method}", handle_method)
    app.router.add_get("/file/bot{token}/{file_path:.+}", handle_file_download)
