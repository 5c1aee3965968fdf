"""Logs carry the update id, handlers and timing, and never what the user typed or who they are."""

from __future__ import annotations

import io
import json
import logging

from foundation.logs import scrub, setup_logging
from tests.e2e.chat import Chat


async def test_update_log_lines_have_ids_and_timing_but_no_personal_data(bot_app, sim) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    old_handlers, old_level = root.handlers[:], root.level
    named = {name: logging.getLogger(name).level for name in logging.root.manager.loggerDict}
    setup_logging(stream=stream)  # exactly as run.py sets logging up
    try:
        chat = Chat(sim, 777000123, "en", first_name="Zhang San")
        await chat.send("/report", expect="Who or what")
        await chat.press("f:report:st:enterprise", expect="What happened?")
        await chat.press("f:report:v:en_fake_cert", expect="name of the institution")
        await chat.send("张三建筑 13812345678 110101199003077777", expect="credit code")
    finally:
        root.handlers[:] = old_handlers
        root.setLevel(old_level)
        for name, level in named.items():
            logging.getLogger(name).setLevel(level)
        for name in set(logging.root.manager.loggerDict) - set(named):
            logging.getLogger(name).setLevel(logging.NOTSET)
    output = stream.getvalue()
    for secret in ("777000123", "Zhang San", "张三建筑", "13812345678", "110101199003077777", "TEST-token"):
        assert secret not in output, secret
    handled = [json.loads(line) for line in output.splitlines() if '"update handled"' in line]
    assert len(handled) >= 4
    assert all({"update_id", "kind", "handlers", "ms"} <= set(entry) for entry in handled)
    assert any("form:report:subject_name" in entry["handlers"] for entry in handled)


def test_scrub_masks_tokens_ids_and_phones() -> None:
    text = scrub("token 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw id 11010519491231002X tel 13912345678")
    assert "AAHdq" not in text and "11010519491231002X" not in text and "13912345678" not in text
