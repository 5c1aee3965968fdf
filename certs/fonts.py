"""Finding Noto Sans CJK (Debian package fonts-noto-cjk) for the card's Chinese text.

Pillow's built-in font has no CJK glyphs: a card rendered without the real font would show boxes, so a
missing font is an error that names the package to install, never a silent fallback.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import ImageFont

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
FILES = {False: "NotoSansCJK-Regular.ttc", True: "NotoSansCJK-Bold.ttc"}
FACE = "Noto Sans CJK SC"  # simplified-Chinese glyph forms


class FontMissing(RuntimeError):
    pass


@cache
def font_face(bold: bool = False) -> tuple[Path, int]:
    """(file, face index) of Noto Sans CJK SC, regular or bold."""
    name = FILES[bold]
    for directory in FONT_DIRS:
        if not directory.is_dir():
            continue
        for path in sorted(directory.rglob(name)):
            for index in range(10):
                try:
                    family = ImageFont.truetype(str(path), 12, index=index).getname()[0]
                except OSError:
                    break
                if family == FACE:
                    return path, index
    raise FontMissing(
        f"{name} ({FACE}) not found under {', '.join(map(str, FONT_DIRS))}: "
        "install the Debian package fonts-noto-cjk (apt-get install fonts-noto-cjk)"
    )


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path, index = font_face(bold)
    return ImageFont.truetype(str(path), size, index=index)
