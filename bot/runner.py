"""Starting and stopping the product: database, bot (polling or webhook), HTTP server, and the sandbox."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
from contextlib import AsyncExitStack

from aiohttp import web
from telegram import Update

from bot.assembly import build_application
from bot.http import build_http_app, ensure_webhook_secret
from bot.jobs import bot_jobs
from bot.permissions import restrict_new_files
from bot.rate_limit import presence_job
from bot.scheduler import Scheduler
from foundation import db
from foundation.config import Settings

log = logging.getLogger(__name__)

SANDBOX_TOKEN = "123456:SANDBOX-local-token"


async def start_http(http_app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(http_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = site._server.sockets[0].getsockname()[1] if site._server and site._server.sockets else port
    return runner, bound


async def serve(
    settings: Settings, stop: asyncio.Event | None = None, migrate: bool = True, announce=print
) -> None:  # type: ignore[no-untyped-def]
    """Runs until `stop` is set (or SIGINT/SIGTERM)."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread (tests)
            pass

    restrict_new_files()
    settings = ensure_webhook_secret(settings)
    async with AsyncExitStack() as stack:
        token = settings.bot_token
        sandbox = None
        if settings.sandbox:
            from sandbox import SandboxServer

            sandbox_port = int(
                os.environ.get("SANDBOX_PORT", settings.http_port + 1 if settings.http_port else 0)
            )
            sandbox = SandboxServer(token=SANDBOX_TOKEN, host=settings.http_host, port=sandbox_port)
            await sandbox.start()
            stack.push_async_callback(sandbox.stop)
            token = SANDBOX_TOKEN
            settings = dataclasses.replace(
                settings, bot_api_url=sandbox.bot_api_url, bot_file_url=sandbox.file_url
            )
        wechat_sandbox = None
        if settings.sandbox and not settings.wechat:  # the WeChat chat page beside the Telegram one
            from sandbox.wechat import WechatEmulator

            wechat_sandbox = WechatEmulator()
            await wechat_sandbox.start(settings.http_host, int(os.environ.get("WECHAT_SANDBOX_PORT", "0")))
            stack.push_async_callback(wechat_sandbox.stop)
            settings = dataclasses.replace(
                settings,
                wechat_token=wechat_sandbox.token,
                wechat_app_id=wechat_sandbox.app_id,
                wechat_app_secret=wechat_sandbox.app_secret,
                wechat_api_url=wechat_sandbox.base_url,
            )

        if migrate:
            applied = await db.migrate(settings.database_url)
            if applied:
                log.info("applied migrations: %s", ", ".join(applied))
        await db.init_db(settings.database_url)
        stack.push_async_callback(db.close_db)
        if sandbox is not None:
            from bot.demo import seed

            await seed(settings, announce)

        app = build_application(settings, token=token)
        await app.initialize()
        stack.push_async_callback(app.shutdown)
        if app.post_init:
            await app.post_init(app)
        await app.start()
        stack.push_async_callback(app.stop)

        http_runner, http_port = await start_http(
            build_http_app(app, settings), settings.http_host, settings.http_port
        )
        stack.push_async_callback(http_runner.cleanup)
        if wechat_sandbox is not None:
            wechat_sandbox.callback_url = f"http://{settings.http_host}:{http_port}/wechat"

        if settings.public_url is None:  # links in messages point at this server unless told otherwise
            app.settings = settings = dataclasses.replace(
                settings, public_url=f"http://{settings.http_host}:{http_port}"
            )
        warm_ocr = start_ocr_in_background()
        if warm_ocr is not None:
            stack.push_async_callback(stop_ocr, warm_ocr)
        presence = presence_job(app.owner_id, app.bot.rate_limiter)
        scheduler = Scheduler(app.owner_id, [*bot_jobs(app.bot, settings), presence])
        scheduler.start()
        stack.push_async_callback(scheduler.stop)

        if settings.webhook_mode:
            await app.bot.set_webhook(
                settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=Update.ALL_TYPES,
                max_connections=40,
            )
            mode = f"webhook {settings.webhook_url}"
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=10, allowed_updates=Update.ALL_TYPES)
            stack.push_async_callback(app.updater.stop)
            mode = "long polling"

        base = f"http://{settings.http_host}:{http_port}"
        announce(f"bot running ({mode}); HTTP server on {base} (health: {base}/healthz)")
        if sandbox is not None:
            announce(f"sandbox chat page: {sandbox.chat_page_url}")
            announce(f"sandbox Bot API:   {sandbox.bot_api_url}<token>/<method>")
            announce(f"back office:       {base}/admin/  (demo login: admin / sandbox-admin)")
            announce(f"web tip form:      {base}/report   status page: {base}/status")
        if wechat_sandbox is not None:
            announce(f"WeChat chat page:  {wechat_sandbox.chat_page_url}")
        await stop.wait()
        announce("stopping")


def start_ocr_in_background() -> asyncio.Task | None:
    """Starts and warms the OCR worker pool without holding up the bot: the first inspector's photo should
    not pay for loading models, and a broken OCR set-up must not stop the tip line. OCR_AT_START=0 skips
    it (the pool then starts on the first photo)."""
    if os.environ.get("OCR_AT_START", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    from ocr import OcrUnavailable, start_pool

    async def warm() -> None:
        try:
            await start_pool()
            log.info("OCR workers ready")
        except OcrUnavailable as exc:
            log.error("OCR is not available: %s", exc)

    return asyncio.create_task(warm())


async def stop_ocr(task: asyncio.Task) -> None:
    from ocr import shutdown_pool

    if not task.done():
        task.cancel()
    await asyncio.to_thread(shutdown_pool, False)
