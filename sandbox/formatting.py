"""Telegram's text formatting: parse_mode parsing into (text, entities) and back to safe HTML.

Telegram counts length limits on the text *after* markup is removed and rejects malformed markup
with "can't parse entities"; bots that build HTML by hand hit exactly these cases, so the parsers
follow TDLib's rules and error wording rather than a general-purpose HTML parser.
Entity offsets and lengths are in UTF-16 code units, as in the Bot API.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from .limits import PARSE_ENTITIES, UNSUPPORTED_PARSE_MODE, bad_request

Entity = dict[str, Any]

_HTML_TAGS = {
    "a": "text_link",
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_HTML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot);|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
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
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")


class EntityParseError(Exception):
    """Markup that Telegram would refuse; the message is TDLib's detail text."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


@dataclass
class _Builder:
    """Accumulates plain text while tracking the UTF-16 position entities need."""

    parts: list[str] = field(default_factory=list)
    position: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def text(self) -> str:
        return "".join(self.parts)


def _decode_html_entities(value: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(1):
            return _NAMED[match.group(1)]
        code = int(match.group(2)) if match.group(2) else int(match.group(3), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return _HTML_ENTITY.sub(replace, value)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Parse Telegram-flavoured HTML; unknown or unbalanced tags raise EntityParseError."""
    out = _Builder()
    stack: list[dict[str, Any]] = []
    entities: list[Entity] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char == "&":
            match = _HTML_ENTITY.match(source, i)
            if match:
                out.add(_decode_html_entities(match.group(0)))
                i = match.end()
                continue
        if char != "<":
            out.add(char)
            i += 1
            continue
        begin = i
        offset = _byte_offset(source, begin)
        i += 1
        if i >= n or source[i] != "/":
            i = _open_tag(source, i, offset, out, stack)
        else:
            i = _close_tag(source, i, offset, out, stack, entities)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    return out.text(), entities


def _open_tag(source: str, i: int, offset: int, out: _Builder, stack: list[dict[str, Any]]) -> int:
    n = len(source)
    start = i
    while i < n and not source[i].isspace() and source[i] != ">":
        i += 1
    if i >= n:
        raise EntityParseError(f"Unclosed start tag at byte offset {offset}")
    tag = source[start:i].lower()
    if tag not in _HTML_TAGS:
        raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {offset}')
    attributes: dict[str, str] = {}
    while True:
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        if source[i] == ">":
            break
        name_start = i
        while i < n and not source[i].isspace() and source[i] not in "=>":
            i += 1
        name = source[name_start:i].lower()
        if not name:
            raise EntityParseError(f'Empty attribute name in the tag "{tag}" at byte offset {offset}')
        while i < n and source[i].isspace():
            i += 1
        if i >= n or source[i] != "=":
            if tag == "blockquote" and name == "expandable":
                attributes[name] = ""
                continue
            detail = f'Expected equal sign in declaration of an attribute of the tag "{tag}"'
            raise EntityParseError(f"{detail} at byte offset {offset}")
        i += 1
        while i < n and source[i].isspace():
            i += 1
        if i >= n:
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {offset}')
        if source[i] in "\"'":
            quote = source[i]
            end = source.find(quote, i + 1)
            if end < 0:
                raise EntityParseError(
                    f'Unclosed end of an attribute value in the tag "{tag}" at byte offset {offset}'
                )
            value = source[i + 1 : end]
            i = end + 1
        else:
            value_start = i
            while i < n and not source[i].isspace() and source[i] != ">":
                i += 1
            value = source[value_start:i]
        attributes[name] = _decode_html_entities(value)
    if tag == "span" and attributes.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset}')
    stack.append({"tag": tag, "attributes": attributes, "start": out.position, "language": None})
    return i + 1


def _close_tag(
    source: str,
    i: int,
    offset: int,
    out: _Builder,
    stack: list[dict[str, Any]],
    entities: list[Entity],
) -> int:
    n = len(source)
    if not stack:
        raise EntityParseError(f"Unexpected end tag at byte offset {offset}")
    i += 1
    name_start = i
    while i < n and not source[i].isspace() and source[i] != ">":
        i += 1
    end_name = source[name_start:i].lower()
    while i < n and source[i].isspace():
        i += 1
    if i >= n or source[i] != ">":
        raise EntityParseError(f"Unclosed end tag at byte offset {offset}")
    opened = stack.pop()
    tag = opened["tag"]
    if end_name and end_name != tag:
        raise EntityParseError(
            f'Unmatched end tag at byte offset {offset}, expected "</{tag}>", found "</{end_name}>"'
        )
    length = out.position - opened["start"]
    language = opened["attributes"].get("class", "")
    if tag == "code" and stack and stack[-1]["tag"] == "pre" and language.startswith("language-"):
        stack[-1]["language"] = language.removeprefix("language-")
        return i + 1
    if length > 0:
        entity = _html_entity(tag, opened, length)
        if entity:
            entities.append(entity)
    return i + 1


def _html_entity(tag: str, opened: dict[str, Any], length: int) -> Entity | None:
    kind = _HTML_TAGS[tag]
    attributes = opened["attributes"]
    entity: Entity = {"offset": opened["start"], "length": length, "type": kind}
    if kind == "text_link":
        url = attributes.get("href", "")
        if not url:
            return None
        match = re.fullmatch(r"tg://user\?id=(\d+)", url)
        if match:
            return {
                **entity,
                "type": "text_mention",
                "user": {"id": int(match.group(1)), "is_bot": False, "first_name": ""},
            }
        entity["url"] = url
    elif kind == "custom_emoji":
        emoji_id = attributes.get("emoji-id")
        if not emoji_id:
            return None
        entity["custom_emoji_id"] = emoji_id
    elif kind == "pre" and opened["language"]:
        entity["language"] = opened["language"]
    elif kind == "blockquote" and "expandable" in attributes:
        entity["type"] = "expandable_blockquote"
    return entity


def parse_markdown_v2(source: str) -> tuple[str, list[Entity]]:
    """Parse MarkdownV2, where every reserved character outside entities must be escaped."""
    out = _Builder()
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
    source: str, i: int, out: _Builder, quote: dict[str, Any] | None, entities: list[Entity]
) -> dict[str, Any] | None:
    """Track `>` block quotes, which span consecutive lines starting with `>`."""
    starts_quote = source.startswith(">", i) or source.startswith("**>", i)
    if starts_quote and quote is None:
        return {"start": out.position, "expandable": False}
    if not starts_quote and quote is not None:
        _finish_quote(quote, out, entities)
        return None
    return quote


def _finish_quote(quote: dict[str, Any], out: _Builder, entities: list[Entity]) -> None:
    text = out.text()
    end = out.position - (1 if text.endswith("\n") else 0)
    if end > quote["start"]:
        kind = "expandable_blockquote" if quote["expandable"] else "blockquote"
        entities.append({"offset": quote["start"], "length": end - quote["start"], "type": kind})


def _markdown_v2_token(
    source: str, i: int, out: _Builder, stack: list[dict[str, Any]], entities: list[Entity]
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
            raise EntityParseError(f"Can't find end of a URL at byte offset {_byte_offset(source, i + 1)}")
        opened["url"] = "".join(url_chars)
        _close_markdown(opened, out, entities)
        return end + 1
    offset = _byte_offset(source, i)
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


def _close_markdown(opened: dict[str, Any], out: _Builder, entities: list[Entity]) -> None:
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


def parse_markdown(source: str) -> tuple[str, list[Entity]]:
    """Parse legacy Markdown: *bold*, _italic_, `code`, ```pre``` and [text](url), no nesting."""
    out = _Builder()
    entities: list[Entity] = []
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char == "\\" and i + 1 < n and source[i + 1] in "_*`[":
            out.add(source[i + 1])
            i += 2
            continue
        if char not in "_*`[":
            out.add(char)
            i += 1
            continue
        offset = _byte_offset(source, i)
        if char == "[":
            close = source.find("]", i + 1)
            if close < 0 or not source.startswith("(", close + 1) or source.find(")", close + 2) < 0:
                raise EntityParseError(f"Can't find end of the entity starting at byte offset {offset}")
            url_end = source.find(")", close + 2)
            start = out.position
            out.add(source[i + 1 : close])
            if out.position > start:
                entities.append(
                    {
                        "offset": start,
                        "length": out.position - start,
                        "type": "text_link",
                        "url": source[close + 2 : url_end],
                    }
                )
            i = url_end + 1
            continue
        token = "```" if source.startswith("```", i) else char
        end = source.find(token, i + len(token))
        if end < 0:
            raise EntityParseError(f"Can't find end of the entity starting at byte offset {offset}")
        body = source[i + len(token) : end]
        kind = {"```": "pre", "`": "code", "*": "bold", "_": "italic"}[token]
        entity: Entity = {"type": kind}
        if kind == "pre" and "\n" in body:
            language, rest = body.split("\n", 1)
            if language and not any(c.isspace() for c in language):
                entity["language"] = language
                body = rest
        start = out.position
        out.add(body)
        if out.position > start:
            entities.append({"offset": start, "length": out.position - start, **entity})
        i = end + len(token)
    return out.text(), entities


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
