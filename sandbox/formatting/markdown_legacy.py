"""parse_mode=Markdown (the legacy mode): *bold*, _italic_, `code`, ```pre``` and [text](url), no
nesting. Kept apart from MarkdownV2 because its escaping and error rules are different.
"""

from __future__ import annotations

from .entities import Entity, EntityParseError, TextBuilder, byte_offset


def parse_markdown(source: str) -> tuple[str, list[Entity]]:
    """Parse legacy Markdown: *bold*, _italic_, `code`, ```pre``` and [text](url), no nesting."""
    out = TextBuilder()
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
        offset = byte_offset(source, i)
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
