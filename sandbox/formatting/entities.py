"""What every parse mode shares: the entity shape, the parse error, and UTF-16 position keeping.

Entity offsets and lengths are in UTF-16 code units, as in the Bot API, and error details quote byte
offsets into the source, as TDLib does; each parser builds its plain text through `TextBuilder` so the
two counts cannot drift apart between modes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Entity = dict[str, Any]


class EntityParseError(Exception):
    """Markup that Telegram would refuse; the message is TDLib's detail text."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


@dataclass
class TextBuilder:
    """Accumulates plain text while tracking the UTF-16 position entities need."""

    parts: list[str] = field(default_factory=list)
    position: int = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def text(self) -> str:
        return "".join(self.parts)
