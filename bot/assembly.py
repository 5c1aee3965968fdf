"""Builds the python-telegram-bot Application from the settings: Bot API address, rate limits, handlers,
and, at start-up, the command menus and descriptions the bot shows in each language."""

from __future__ import annotations

from telegram.ext import ApplicationBuilder, ContextTypes

from bot.application import BotApplication
from bot.commands import publish_commands
from bot.polling import PollingBot
from bot.rate_limit import SharedRateLimiter
from bot.telegram_http import AiohttpRequest
from foundation.config import Settings
from handlers.session import BotContext


def build_application(settings: Settings, token: str | None = None) -> BotApplication:
    token = token or settings.bot_token
    if token is None:
        raise ValueError("a bot token is needed (the sandbox supplies its own)")
    bot = PollingBot(
        token,
        base_url=settings.bot_api_url,
        base_file_url=settings.bot_file_url,
        request=AiohttpRequest(connection_pool_size=16, pool_timeout=10),
        # Long polling keeps one request open; it gets its own small pool, as PTB's default does.
        get_updates_request=AiohttpRequest(connection_pool_size=1, pool_timeout=10),
        # Telegram's limits: about 30 messages/s overall, 20/min per group, shared by all the bot's
        # processes (bot/rate_limit.py); it queues, then retries 429s.
        rate_limiter=SharedRateLimiter(
            overall_max_rate=30,
            overall_time_period=1,
            group_max_rate=20,
            group_time_period=60,
            max_retries=3,
        ),
    )
    builder = (
        ApplicationBuilder()
        .application_class(BotApplication, kwargs={"settings": settings})
        # PollingBot reads each polled update on its own, so one malformed update cannot wedge polling.
        .bot(bot)
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(64)
        .post_init(_post_init)
    )
    app = builder.build()
    from handlers import register_all

    register_all(app)
    return app  # type: ignore[return-value]


async def _post_init(app: BotApplication) -> None:  # type: ignore[override]
    await publish_commands(app.bot, app.settings.default_locale)
