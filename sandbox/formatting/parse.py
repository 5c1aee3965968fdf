"""The entry points the Bot API methods call: apply a parse_mode (or explicit entities) to outgoing
text and trim it as Telegram does, and find the /command entities Telegram attaches to incoming text.

Telegram counts length limits on the text *after* markup is removed and rejects malformed markup with
"can't parse entities"; this is where a parse error becomes that Bot API error.
"""

from __future__ import annotations

import re
from typing import Any

from ..limits import PARSE_ENTITIES, UNSUPPORTED_PARSE_MODE, bad_request
from .entities import Entity, EntityParseError, utf16_len
from .html_mode import parse_html
from .markdown_legacy import parse_markdown
from .markdown_v2 import parse_markdown_v2

_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Trim surrounding whitespace like Telegram does, keeping entities aligned to the trimmed text."""
    stripped_left = text.lstrip()
    shift = utf16_len(text) - utf16_len(stripped_left)
    result = stripped_left.rstrip()
    limit = utf16_len(result)
    kept: list[Entity] = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        end = min(entity["offset"] + entity["length"] - shift, limit)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return result, kept


def parse_text(text: str, parse_mode: str | None, entities: Any = None) -> tuple[str, list[Entity]]:
    """Apply parse_mode (or explicit entities, which take precedence) and trim the result."""
    if entities:
        plain, parsed = text, [dict(entity) for entity in entities if isinstance(entity, dict)]
    elif parse_mode:
        mode = parse_mode.lower()
        parser = {"html": parse_html, "markdownv2": parse_markdown_v2, "markdown": parse_markdown}.get(mode)
        if parser is None:
            raise bad_request(UNSUPPORTED_PARSE_MODE)
        try:
            plain, parsed = parser(text)
        except EntityParseError as error:
            raise bad_request(PARSE_ENTITIES.format(detail=error)) from None
    else:
        plain, parsed = text, []
    return strip_text(plain, parsed)


def command_entities(text: str) -> list[Entity]:
    """Entities Telegram attaches to incoming user text for /commands."""
    found: list[Entity] = []
    for match in _COMMAND.finditer(text):
        found.append(
            {
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group(0)),
                "type": "bot_command",
            }
        )
    return found
