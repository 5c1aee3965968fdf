"""Photographing a rendered document the way inspectors do: on a desk, tilted, in perspective, unevenly
lit, blurred (out of focus or by a moving hand), under a coloured light, darker towards the corners, noisy
in brightness and in colour, and JPEG-compressed.

Separate from the documents so that any picture (card, table, sheet, screen) goes through the same
camera; `PhotoOptions` records what was done so a benchmark can report accuracy by degradation.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import asdict, dataclass

import cv2
import numpy as np
from PIL import Image


@dataclass(frozen=True)
class PhotoOptions:
    """How a document is photographed. Angles in degrees, `perspective` as a fraction of the card size."""

    long_side: int = 2000
    rotation: float = 0.0
    perspective: float = 0.0
    fill: float = 0.75
    blur: float = 0.0
    jpeg_quality: int = 90
    light: float = 0.0
    noise: float = 2.0
    background: tuple[int, int, int] = (110, 90, 70)
    landscape: bool = True
    motion: float = 0.0  # length of a hand's shake, in px at 2000 px
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)  # gains on R, G, B: tungsten, shade, fluorescent
    vignette: float = 0.0  # how much darker the corners are
    chroma_noise: float = 0.0  # per-channel sensor noise, beside the luma noise

    def describe(self) -> dict:
        return asdict(self)


# white light twice, then warm tungsten, cold shade, green fluorescent (gains on R, G, B)
CASTS = ((1.0, 1.0, 1.0), (1.0, 1.0, 1.0), (1.08, 1.0, 0.86), (0.92, 0.98, 1.08), (0.97, 1.05, 0.95))


def random_photo_options(rng: random.Random, *, landscape: bool = True) -> PhotoOptions:
    return PhotoOptions(
        long_side=rng.randint(1280, 4000),
        rotation=rng.choice((0.0, rng.uniform(-4, 4), rng.uniform(-12, 12))),
        perspective=rng.choice((0.0, rng.uniform(0.02, 0.06), rng.uniform(0.04, 0.1))),
        fill=rng.uniform(0.6, 0.85),
        blur=rng.choice((0.0, rng.uniform(0.3, 1.0), rng.uniform(0.8, 1.6))),
        jpeg_quality=rng.choice((rng.randint(40, 60), rng.randint(60, 85), rng.randint(85, 95))),
        light=rng.choice((0.0, rng.uniform(0.2, 0.45), rng.uniform(0.35, 0.6))),
        noise=rng.uniform(1.0, 5.0),
        background=rng.choice(((110, 90, 70), (60, 60, 65), (160, 150, 140), (40, 60, 90), (90, 110, 80))),
        motion=rng.choice((0.0, 0.0, rng.uniform(2, 9))),
        cast=rng.choice(CASTS),
        vignette=rng.choice((0.0, rng.uniform(0.1, 0.35))),
        chroma_noise=rng.choice((0.0, rng.uniform(1.0, 4.0))),
        landscape=landscape,
    )


def photograph(document: Image.Image, options: PhotoOptions, rng: random.Random) -> np.ndarray:
    """Places the document on a desk and degrades it as a phone camera would. Returns a BGR array."""
    aspect = 4 / 3 if rng.random() < 0.7 else 16 / 9
    if options.landscape:
        W, H = options.long_side, int(options.long_side / aspect)
    else:
        W, H = int(options.long_side / aspect), options.long_side
    gen = np.random.default_rng(rng.randrange(1 << 30))
    small = gen.normal(0, 10, (max(2, H // 64), max(2, W // 64), 3)).astype(np.float32)
    desk = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC) + np.array(
        options.background[::-1], np.float32
    )

    src = np.asarray(document.convert("RGB"))[:, :, ::-1].astype(np.float32)
    dh, dw = src.shape[:2]
    scale = min(W * options.fill / dw, H * options.fill / dh)
    cw, ch = dw * scale, dh * scale
    ang = math.radians(options.rotation)
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    corners = corners @ rot.T
    jitter = options.perspective * max(cw, ch)
    corners += np.array([[rng.uniform(-jitter, jitter), rng.uniform(-jitter, jitter)] for _ in range(4)])
    # Keep the whole card in frame.
    span = corners.max(axis=0) - corners.min(axis=0)
    shrink = min(1.0, 0.96 * W / span[0], 0.96 * H / span[1])
    corners *= shrink
    center = np.array([W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H])
    corners += center
    corners[:, 0] -= min(0, corners[:, 0].min() - 4) + max(0, corners[:, 0].max() - W + 4)
    corners[:, 1] -= min(0, corners[:, 1].min() - 4) + max(0, corners[:, 1].max() - H + 4)
    m = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]]), corners.astype(np.float32)
    )
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((dh, dw), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)[..., None]
    photo = desk * (1 - mask) + warped * mask

    if options.light > 0:
        yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
        theta = rng.uniform(0, math.tau)
        ramp = (xx / W) * math.cos(theta) + (yy / H) * math.sin(theta)
        ramp = (ramp - ramp.min()) / max(1e-6, ramp.max() - ramp.min())
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.2, 0.8) * H
        spot = np.exp(-(((xx - sx) / (0.3 * W)) ** 2 + ((yy - sy) / (0.3 * H)) ** 2))
        gain = 1.0 - options.light * (0.7 * ramp + 0.3 * (1 - spot))
        gain = cv2.resize(gain, (W, H), interpolation=cv2.INTER_LINEAR)[..., None]
        photo *= gain
    if options.vignette > 0:
        yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
        r2 = ((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2
        gain = cv2.resize(1.0 - options.vignette * r2 / 2, (W, H), interpolation=cv2.INTER_LINEAR)
        photo *= gain[..., None]
    if options.cast != (1.0, 1.0, 1.0):
        photo *= np.array(options.cast[::-1], np.float32)
    if options.blur > 0:
        sigma = options.blur * options.long_side / 2000
        photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    if options.motion > 0:
        length = max(2, round(options.motion * options.long_side / 2000))
        kernel = np.zeros((length, length), np.float32)
        kernel[length // 2, :] = 1.0 / length
        turn = cv2.getRotationMatrix2D(((length - 1) / 2, (length - 1) / 2), rng.uniform(0, 180), 1.0)
        kernel = cv2.warpAffine(kernel, turn, (length, length))
        photo = cv2.filter2D(photo, -1, kernel / max(1e-6, float(kernel.sum())))
    photo += gen.normal(0, options.noise, (H, W, 1)).astype(np.float32)
    if options.chroma_noise > 0:
        # colour noise is blotchy (demosaicing spreads it): drawn small and enlarged
        blotches = gen.normal(0, options.chroma_noise, (H // 2 + 1, W // 2 + 1, 3)).astype(np.float32)
        photo += cv2.resize(blotches, (W, H), interpolation=cv2.INTER_LINEAR)
    return np.clip(photo, 0, 255).astype(np.uint8)


def encode_jpeg(bgr: np.ndarray, quality: int = 90) -> bytes:
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return buf.tobytes()


def encode_png(image: Image.Image | np.ndarray) -> bytes:
    if isinstance(image, np.ndarray):
        image = Image.fromarray(image[:, :, ::-1] if image.ndim == 3 else image)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
