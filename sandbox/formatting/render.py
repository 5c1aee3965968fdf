"""Text and entities back to safe HTML for the sandbox's chat page.

Only Telegram's own tags are produced, every text piece is escaped, and links are kept only for safe
schemes, so a bot's message can never inject markup or script into the page.
"""

from __future__ import annotations

import html
import re

from .entities import Entity

_SAFE_URL = re.compile(r"^(https?://|tg://|mailto:)", re.IGNORECASE)


def _open_html(entity: Entity, segment: str) -> tuple[str, str]:
    kind = entity.get("type")
    simple = {"bold": "b", "italic": "i", "underline": "u", "strikethrough": "s", "code": "code"}
    if kind in simple:
        return f"<{simple[kind]}>", f"</{simple[kind]}>"
    if kind == "spoiler":
        return '<span class="tg-spoiler">', "</span>"
    if kind == "pre":
        language = entity.get("language")
        if language:
            return f'<pre><code class="language-{html.escape(language)}">', "</code></pre>"
        return "<pre>", "</pre>"
    if kind in ("blockquote", "expandable_blockquote"):
        return "<blockquote>", "</blockquote>"
    if kind in ("text_link", "url"):
        url = entity.get("url") or segment
        if kind == "url" and not re.match(r"^[a-z]+://", url, re.IGNORECASE):
            url = "http://" + url
        if _SAFE_URL.match(url):
            return f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">', "</a>"
    if kind == "bot_command":
        return '<span class="tg-command">', "</span>"
    return "", ""


def entities_to_html(text: str, entities: list[Entity] | None) -> str:
    """Render text+entities as escaped HTML using only Telegram's tags, for the chat page."""
    if not text:
        return ""
    units = text.encode("utf-16-le")
    ordered = sorted(entities or [], key=lambda entity: (entity.get("offset", 0), -entity.get("length", 0)))
    boundaries = {0, len(units) // 2}
    for entity in ordered:
        boundaries.add(entity["offset"])
        boundaries.add(entity["offset"] + entity["length"])
    points = sorted(point for point in boundaries if 0 <= point <= len(units) // 2)

    def piece(start: int, end: int) -> str:
        return units[start * 2 : end * 2].decode("utf-16-le", "replace")

    parts: list[str] = []
    open_stack: list[tuple[Entity, str]] = []
    for index, point in enumerate(points):
        while open_stack and open_stack[-1][0]["offset"] + open_stack[-1][0]["length"] <= point:
            parts.append(open_stack.pop()[1])
        for entity in ordered:
            if entity["offset"] == point and entity["length"] > 0:
                segment = piece(entity["offset"], entity["offset"] + entity["length"])
                opening, closing = _open_html(entity, segment)
                parts.append(opening)
                open_stack.append((entity, closing))
        if index + 1 < len(points):
            parts.append(html.escape(piece(point, points[index + 1]), quote=False))
    while open_stack:
        parts.append(open_stack.pop()[1])
    return "".join(parts)
