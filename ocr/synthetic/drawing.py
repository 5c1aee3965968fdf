"""Rendering primitives shared by every document: text (plain or hand-jittered), portrait, QR code,
security pattern and the red official seal.

Each document generator composes these; keeping them in one place keeps a seal or a portrait the same
on every layout, which is what the reader is tuned against.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw

from ocr.synthetic.fonts import face_font, font

CARD_SIZE = (1712, 1080)  # 85.6 x 54 mm at 20 px/mm
PAGE_SIZE = (1654, 2339)  # A4 at 200 dpi


INK = (25, 25, 30)
LABEL_INK = (40, 50, 90)
STAMP_RED = (215, 35, 45)


def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, **kw) -> float:
    """Draws text with its top-left at xy and returns the x just after it."""
    face = font(size, bold=kw.pop("bold", False), serif=kw.pop("serif", False))
    draw.text(xy, text, font=face, fill=kw.pop("fill", INK), **kw)
    return xy[0] + draw.textlength(text, font=face)


def portrait(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A plain head-and-shoulders silhouette: a photo area with no text in it."""
    w, h = size
    bg = rng.choice(((70, 120, 200), (235, 235, 240), (200, 40, 40)))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    skin = (rng.randint(200, 240), rng.randint(170, 200), rng.randint(140, 170))
    d.ellipse((w * 0.3, h * 0.15, w * 0.7, h * 0.58), fill=skin)
    d.ellipse((w * 0.28, h * 0.1, w * 0.72, h * 0.32), fill=(30, 25, 25))
    d.chord((w * 0.05, h * 0.6, w * 0.95, h * 1.4), 180, 360, fill=rng.choice(((30, 30, 40), (60, 60, 90))))
    return img


def qr_code(text: str, size: int) -> Image.Image:
    import qrcode

    code = qrcode.QRCode(border=1, box_size=4)
    code.add_data(text)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").convert("RGB").resize((size, size))


def guilloche(img: Image.Image, rng: random.Random, color: tuple[int, int, int]) -> None:
    """The faint security pattern printed under a card's text."""
    d = ImageDraw.Draw(img)
    w, h = img.size
    for k in range(14):
        phase = rng.random() * math.tau
        amp = h * (0.03 + 0.02 * rng.random())
        base = h * (k + 0.5) / 14
        pts = [(x, base + amp * math.sin(x / w * math.tau * 3 + phase)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=color, width=2)


def draw_stamp(
    img: Image.Image, center: tuple[float, float], radius: float, text: str, rng: random.Random
) -> None:
    """A round red official seal (公章): ring, star, text along the arc; multiplied over the ink below."""
    r = int(radius)
    layer = Image.new("L", (2 * r + 4, 2 * r + 4), 0)
    d = ImageDraw.Draw(layer)
    c = r + 2
    ring = max(3, r // 14)
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=ring)
    star_r = r * 0.28
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = star_r if k % 2 == 0 else star_r * 0.4
        pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(pts, fill=255)
    size = max(10, int(r * 0.26))
    face = font(size, bold=True)
    span = math.radians(250)
    n = max(len(text), 1)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        glyph = Image.new("L", (size + 6, size + 6), 0)
        ImageDraw.Draw(glyph).text((3, 0), ch, font=face, fill=255)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        gx = c + (r - ring - size * 0.75) * math.cos(ang) - glyph.width / 2
        gy = c + (r - ring - size * 0.75) * math.sin(ang) - glyph.height / 2
        layer.paste(255, (int(gx), int(gy)), glyph)
    bottom = "专用章"
    bface = font(int(size * 0.9), bold=True)
    bw = d.textlength(bottom, font=bface)
    d.text((c - bw / 2, c + r * 0.38), bottom, font=bface, fill=255)
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    # Seal ink is uneven: some strokes print faintly.
    noise = np.asarray(layer, np.float32) / 255.0
    noise *= np.clip(
        rng.uniform(0.7, 0.95)
        + 0.25 * np.random.default_rng(rng.randrange(1 << 30)).standard_normal(noise.shape),
        0.3,
        1.0,
    )
    alpha = noise[..., None]
    x0, y0 = int(center[0] - c), int(center[1] - c)
    base = np.asarray(img, np.float32)
    h, w = base.shape[:2]
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(w, x0 + layer.width), min(h, y0 + layer.height)
    if xe <= xs or ye <= ys:
        return
    a = alpha[ys - y0 : ye - y0, xs - x0 : xe - x0]
    tint = np.array(STAMP_RED, np.float32) / 255.0
    region = base[ys:ye, xs:xe]
    base[ys:ye, xs:xe] = region * (1 - a) + region * tint * a
    img.paste(Image.fromarray(base.astype(np.uint8)))


def styled_text(
    img: Image.Image, xy: tuple[float, float], text: str, size: int, face: str, rng: random.Random, fill=INK
) -> float:
    """Draws `text` in the face; "hand" sets each glyph with its own small shift, tilt and scale. Returns
    the x just after it."""
    d = ImageDraw.Draw(img)
    if face != "hand":
        typeface = face_font(size, face, text)
        d.text(xy, text, font=typeface, fill=fill)
        return xy[0] + d.textlength(text, font=typeface)
    x, y = xy
    for ch in text:
        s = max(8, int(size * rng.uniform(0.9, 1.08)))
        typeface = face_font(s, "hand")
        advance = d.textlength(ch, font=typeface)
        if ch.strip():
            glyph = Image.new("L", (int(advance) + 8, s + 16), 0)
            ImageDraw.Draw(glyph).text((4, 2), ch, font=typeface, fill=255)
            glyph = glyph.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC, expand=False)
            ink = Image.new("RGB", glyph.size, fill)
            img.paste(ink, (int(x + rng.uniform(-2, 2)), int(y + rng.uniform(-4, 4) + (size - s) / 2)), glyph)
        x += advance * rng.uniform(0.95, 1.1)
    return x
