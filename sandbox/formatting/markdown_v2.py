"""parse_mode=MarkdownV2: nested entities, block quotes, and every reserved character outside an entity
escaped, with TDLib's error wording when one is not.
"""

from __future__ import annotations

import re
from typing import Any

from .entities import Entity, EntityParseError, TextBuilder, byte_offset

_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


def parse_markdown_v2(source: str) -> tuple[str, list[Entity]]:
    """Parse MarkdownV2, where every reserved character outside entities must be escaped."""
    out = TextBuilder()
    stack: list[dict[str, Any]] = []
    entities: list[Entity] = []
    quote: dict[str, Any] | None = None
    i, n = 0, len(source)
    while i < n:
        at_line_start = i == 0 or source[i - 1] == "\n"
        char = source[i]
        in_code = bool(stack) and stack[-1]["type"] in ("code", "pre")
        if at_line_start and not in_code:
            quote = _markdown_quote_line(source, i, out, quote, entities)
            if quote is not None and source.startswith(">", i):
                i += 1
                continue
            if quote is not None and source.startswith("**>", i):
                i += 3
                continue
        if char == "\\" and i + 1 < n and 0 < ord(source[i + 1]) <= 126:
            out.add(source[i + 1])
            i += 2
            continue
        if in_code:
            closing = "```" if stack[-1]["type"] == "pre" else "`"
            if source.startswith(closing, i):
                _close_markdown(stack.pop(), out, entities)
                i += len(closing)
            else:
                out.add(char)
                i += 1
            continue
        if char not in _MDV2_RESERVED:
            out.add(char)
            i += 1
            continue
        if quote is not None and char == "|" and source.startswith("||", i) and _ends_quote(source, i + 2):
            quote["expandable"] = True
            i += 2
            continue
        i = _markdown_v2_token(source, i, out, stack, entities)
    if quote is not None:
        _finish_quote(quote, out, entities)
    if stack:
        opened = stack[-1]
        name = _MDV2_NAMES.get(opened["type"], opened["type"])
        raise EntityParseError(f"Can't find end of {name} entity at byte offset {opened['byte_offset']}")
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return out.text(), entities


def _ends_quote(source: str, index: int) -> bool:
    return index >= len(source) or source[index] == "\n"


def _markdown_quote_line(
    source: str, i: int, out: TextBuilder, quote: dict[str, Any] | None, entities: list[Entity]
) -> dict[str, Any] | None:
    """Track `>` block quotes, which span consecutive lines starting with `>`."""
    starts_quote = source.startswith(">", i) or source.startswith("**>", i)
    if starts_quote and quote is None:
        return {"start": out.position, "expandable": False}
    if not starts_quote and quote is not None:
        _finish_quote(quote, out, entities)
        return None
    return quote


def _finish_quote(quote: dict[str, Any], out: TextBuilder, entities: list[Entity]) -> None:
    text = out.text()
    end = out.position - (1 if text.endswith("\n") else 0)
    if end > quote["start"]:
        kind = "expandable_blockquote" if quote["expandable"] else "blockquote"
        entities.append({"offset": quote["start"], "length": end - quote["start"], "type": kind})


def _markdown_v2_token(
    source: str, i: int, out: TextBuilder, stack: list[dict[str, Any]], entities: list[Entity]
) -> int:
    char = source[i]
    top = stack[-1]["type"] if stack else None
    closers = {"bold": "*", "italic": "_", "underline": "__", "strikethrough": "~", "spoiler": "||"}
    if top in closers and source.startswith(closers[top], i):
        if top == "italic" and source.startswith("__", i) and not source.startswith("___", i):
            pass
        else:
            _close_markdown(stack.pop(), out, entities)
            return i + len(closers[top])
    if char == "]" and top in ("text_link", "custom_emoji"):
        opened = stack.pop()
        if not source.startswith("(", i + 1):
            return i + 1
        end = i + 2
        url_chars: list[str] = []
        while end < len(source) and source[end] != ")":
            if source[end] == "\\" and end + 1 < len(source):
                end += 1
            url_chars.append(source[end])
            end += 1
        if end >= len(source):
            raise EntityParseError(f"Can't find end of a URL at byte offset {byte_offset(source, i + 1)}")
        opened["url"] = "".join(url_chars)
        _close_markdown(opened, out, entities)
        return end + 1
    offset = byte_offset(source, i)
    found = _markdown_v2_opening(source, i)
    if found is None:
        raise EntityParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
    token, kind = found
    opened: dict[str, Any] = {"type": kind, "start": out.position, "byte_offset": offset}
    i += len(token)
    if kind == "pre":
        line_end = source.find("\n", i)
        first_line = source[i:line_end] if line_end >= 0 else ""
        if (
            line_end >= 0
            and first_line
            and not any(c.isspace() for c in first_line)
            and "`" not in first_line
        ):
            opened["language"] = first_line
            i = line_end + 1
        elif line_end == i:
            i += 1
        opened["start"] = out.position
    stack.append(opened)
    return i


_MDV2_OPENINGS = (
    ("```", "pre"),
    ("`", "code"),
    ("__", "underline"),
    ("||", "spoiler"),
    ("![", "custom_emoji"),
    ("*", "bold"),
    ("_", "italic"),
    ("~", "strikethrough"),
    ("[", "text_link"),
)


def _markdown_v2_opening(source: str, i: int) -> tuple[str, str] | None:
    return next(((token, kind) for token, kind in _MDV2_OPENINGS if source.startswith(token, i)), None)


def _close_markdown(opened: dict[str, Any], out: TextBuilder, entities: list[Entity]) -> None:
    length = out.position - opened["start"]
    if length <= 0:
        return
    entity: Entity = {"offset": opened["start"], "length": length, "type": opened["type"]}
    if opened["type"] == "text_link":
        url = opened.get("url", "")
        if not url:
            return
        entity["url"] = url
    elif opened["type"] == "custom_emoji":
        match = re.fullmatch(r"tg://emoji\?id=(\d+)", opened.get("url", ""))
        if not match:
            return
        entity["custom_emoji_id"] = match.group(1)
    elif opened["type"] == "pre" and opened.get("language"):
        entity["language"] = opened["language"]
    entities.append(entity)
