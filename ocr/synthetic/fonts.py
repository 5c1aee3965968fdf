"""The CJK faces every generated document is set in, and text measuring in them.

Kept apart from drawing so that the layouts, tables and sheets share one font lookup (found once, cached)
and one way of measuring and shrinking text to fit a box. Without fonts-noto-cjk nothing can render
Chinese, so a missing Noto face is an error, and `fonts_available()` lets tests skip cleanly instead.

Noto alone taught the reader one type design: the dev split also sets cards in other Debian faces (a
handwriting-like 楷, two GB2312 faces, a condensed oblique display face), so that
the parser is tuned against more than one design. These are not the test split's faces, which the
parser's authors do not use for tuning. A face that is not installed, or that lacks a glyph of the text
(the GB2312 faces miss rarer name characters), is replaced by the Noto face of the same kind for that
text, so that the truth is always what is legible on the card; `missing_faces()` names the absent ones.
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


# face -> (file under /usr/share/fonts/truetype, Debian package, serif-like for the Noto stand-in)
OTHER_FACES: dict[str, tuple[str, str, bool]] = {
    "kai": ("lxgw-wenkai/LXGWWenKai-Regular.ttf", "fonts-lxgw-wenkai", True),
    "kaiti": ("arphic-gkai00mp/gkai00mp.ttf", "fonts-arphic-gkai00mp", True),
    "song": ("arphic-gbsn00lp/gbsn00lp.ttf", "fonts-arphic-gbsn00lp", True),
    "oblique": ("smiley-sans/SmileySans-Oblique.ttf", "fonts-smiley-sans", False),
}
_TRUETYPE = Path("/usr/share/fonts/truetype")
_NO_SUCH_CHAR = "\U0010fffd"  # a private-use code point no face draws: what a missing glyph looks like


def missing_faces() -> list[str]:
    """The Debian packages of the other faces that are not installed here."""
    return [package for file, package, _ in OTHER_FACES.values() if not (_TRUETYPE / file).is_file()]


@functools.cache
def _other_font(face: str, size: int) -> ImageFont.FreeTypeFont | None:
    path = _TRUETYPE / OTHER_FACES[face][0]
    return ImageFont.truetype(str(path), size) if path.is_file() else None


@functools.cache
def _has_glyph(face: str, ch: str) -> bool:
    probe = _other_font(face, 40)
    if probe is None:
        return False
    if not ch.strip():
        return True
    return _drawn(probe, ch) != _drawn(probe, _NO_SUCH_CHAR)


def _drawn(face: ImageFont.FreeTypeFont, ch: str) -> bytes:
    canvas = Image.new("L", (60, 60), 0)
    ImageDraw.Draw(canvas).text((4, 4), ch, font=face, fill=255)
    return canvas.tobytes()


def face_font(size: int, face: str, text: str = "") -> ImageFont.FreeTypeFont:
    """The font for `text` in the face (a Noto stand-in where the face cannot draw all of it)."""
    if face in OTHER_FACES:
        if _other_font(face, size) is not None and all(_has_glyph(face, ch) for ch in text):
            return _other_font(face, size)
        return font(size, serif=OTHER_FACES[face][2])
    return font(size, bold=face == "bold", serif=face in ("serif", "hand"))


def text_width(text: str, size: int, face: str) -> float:
    probe = ImageDraw.Draw(Image.new("L", (1, 1)))
    return probe.textlength(text, font=face_font(size, face, text)) * (1.03 if face == "hand" else 1.0)


def fit_size(text: str, size: int, face: str, room: float, floor: int = 26) -> int:
    while size > floor and text_width(text, size, face) > room:
        size -= 2
    return size
