"""The Noto CJK faces every generated document is set in, and text measuring in them.

Kept apart from drawing so that the layouts, tables and sheets share one font lookup (found once, cached)
and one way of measuring and shrinking text to fit a box. Without fonts-noto-cjk nothing can render
Chinese, so a missing face is an error, and `fonts_available()` lets tests skip cleanly instead.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/noto-cjk"),
    Path("/usr/share/fonts"),
)


@functools.cache
def _font_file(bold: bool, serif: bool) -> tuple[str, int]:
    """The Noto CJK collection file and the index of its Simplified Chinese face."""
    family = "Serif" if serif else "Sans"
    weight = "Bold" if bold else "Regular"
    for directory in FONT_DIRS:
        for path in sorted(directory.rglob(f"Noto{family}CJK*-{weight}.tt[cf]")):
            for index in range(10):
                try:
                    face = ImageFont.truetype(str(path), 12, index=index)
                except OSError:
                    break
                if face.getname()[0].endswith("CJK SC"):
                    return str(path), index
    raise FileNotFoundError(
        f"Noto {family} CJK SC {weight} not found under {', '.join(map(str, FONT_DIRS))}: "
        "install the Debian package fonts-noto-cjk"
    )


@functools.cache
def font(size: int, bold: bool = False, serif: bool = False) -> ImageFont.FreeTypeFont:
    path, index = _font_file(bold, serif)
    return ImageFont.truetype(path, size, index=index)


def fonts_available() -> bool:
    try:
        _font_file(False, False)
    except FileNotFoundError:
        return False
    return True


def face_font(size: int, face: str) -> ImageFont.FreeTypeFont:
    return font(size, bold=face == "bold", serif=face in ("serif", "hand"))


def text_width(text: str, size: int, face: str) -> float:
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    return probe.textlength(text, font=face_font(size, face)) * (1.03 if face == "hand" else 1.0)


def fit_size(text: str, size: int, face: str, room: float, floor: int = 26) -> int:
    while size > floor and text_width(text, size, face) > room:
        size -= 2
    return size
