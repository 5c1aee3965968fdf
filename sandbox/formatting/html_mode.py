"""parse_mode=HTML: Telegram-flavoured HTML (its tags only) parsed into plain text and entities.

Follows TDLib's rules and error wording ("Unsupported start tag ...", "Unmatched end tag ...") rather
than a general-purpose HTML parser, because bots that build HTML by hand hit exactly these cases.
"""

from __future__ import annotations

import re
from typing import Any

from .entities import Entity, EntityParseError, TextBuilder, byte_offset

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


def _decode_html_entities(value: str) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(1):
            return _NAMED[match.group(1)]
        code = int(match.group(2)) if match.group(2) else int(match.group(3), 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return _HTML_ENTITY.sub(replace, value)


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Parse Telegram-flavoured HTML; unknown or unbalanced tags raise EntityParseError."""
    out = TextBuilder()
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
        offset = byte_offset(source, begin)
        i += 1
        if i >= n or source[i] != "/":
            i = _open_tag(source, i, offset, out, stack)
        else:
            i = _close_tag(source, i, offset, out, stack, entities)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    return out.text(), entities


def _open_tag(source: str, i: int, offset: int, out: TextBuilder, stack: list[dict[str, Any]]) -> int:
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
    out: TextBuilder,
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
