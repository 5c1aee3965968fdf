"""A real PTB Application polling the sandbox: the way the product runs in development."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from sandbox import SandboxClient, SandboxServer

from .conftest import TOKEN


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("OK", callback_data="ok")]])
    await update.effective_message.reply_html("<b>欢迎</b> welcome", reply_markup=keyboard)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(f"echo: {update.effective_message.text}", do_quote=True)


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer("done")
    await update.callback_query.edit_message_text("pressed")


@pytest.fixture
async def application(server: SandboxServer, sim_client: SandboxClient) -> AsyncIterator[Application]:
    app = (
        Application.builder().token(TOKEN).base_url(server.bot_api_url).base_file_url(server.file_url).build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1, drop_pending_updates=True)
    yield app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


async def test_polling_application_converses(application: Application, sim_client: SandboxClient) -> None:
    sent = await sim_client.send_text(5001, "/start", language_code="zh-hans")
    welcome = await sim_client.wait_for_bot_message(5001, after=sent["message_id"], timeout=5)
    assert welcome["html"] == "<b>欢迎</b> welcome"
    await sim_client.press(5001, welcome["message_id"], "ok")
    await sim_client.wait_for_bot_message(
        5001, after=welcome["message_id"] - 1, contains="pressed", timeout=5
    )
    [answer] = await sim_client.calls("answerCallbackQuery")
    assert answer["params"]["text"] == "done"
    sent = await sim_client.send_text(5001, "隐患在三楼")
    reply = await sim_client.wait_for_bot_message(5001, after=sent["message_id"], timeout=5)
    assert reply["text"] == "echo: 隐患在三楼"
    assert reply["message"]["reply_to_message"]["message_id"] == sent["message_id"]
