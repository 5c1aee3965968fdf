"""Structured (JSON-lines) logging that never carries personal data in clear.

Update logs carry the update id, the kind of update, the handlers that ran and the time taken; never the
text of a message, a name, a phone number or a Telegram id of a reporter. Library loggers that would print
URLs with the bot token or request bodies are kept at WARNING.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time

_TOKEN_RE = re.compile(r"\d{5,20}:[A-Za-z0-9_-]{20,}")
_ID_NUMBER_RE = re.compile(r"\b\d{17}[\dXx]\b")
_PHONE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def scrub(text: str) -> str:
    """Last line of defence: masks bot tokens, resident ID numbers and mobile numbers in any log text."""
    text = _TOKEN_RE.sub("<token>", text)
    text = _ID_NUMBER_RE.sub("<id-number>", text)
    return _PHONE_RE.sub("<phone>", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": scrub(record.getMessage()),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exc"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


def setup_logging(level: int = logging.INFO, stream=None) -> None:  # type: ignore[no-untyped-def]
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "aiohttp.access", "tortoise", "asyncio", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def log_fields(logger: logging.Logger, message: str, level: int = logging.INFO, **fields: object) -> None:
    logger.log(level, message, extra={"fields": fields})
