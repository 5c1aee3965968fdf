"""Photos of a screen instead of paper: told by their moiré, so the inspector learns why a reading may be off.

A phone pointed at a monitor records the screen's pixel grid beating against its own sensor as rainbow
fringes over everything. Their colour gives them away: paper, ink, a red seal and the desk are each one
colour over tens of pixels, while fringes swing between complementary colours every few pixels. So the
measure is how much the opponent colour channels (red-green, yellow-blue) vary at that fine scale, as a
median over the whole picture (a seal or a coloured logo covers too little of it to move a median).

Measured on generated sheets and cards (ocr/synthetic_sheets.screen_moire): clean photos 0.4-3.3,
screen photos from faint (strength 0.15) to heavy 8-71; the threshold sits between.
"""

from __future__ import annotations

import cv2
import numpy as np

WORK_SIDE = 1000  # pixels on the longer side the measure is taken at
SCREEN_LEVEL = 6.0


def moire_level(bgr: np.ndarray) -> float:
    """Median fine-scale swing of the opponent colours; 0 for a grey image."""
    if bgr.ndim != 3 or bgr.shape[2] != 3:
        return 0.0
    scale = min(1.0, WORK_SIDE / max(bgr.shape[:2]))
    small = cv2.resize(bgr, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else bgr
    b, g, r = cv2.split(small.astype(np.float32))
    swing = np.zeros(b.shape, np.float32)
    for channel in (r - g, (r + g) / 2 - b):
        swing += np.abs(channel - cv2.GaussianBlur(channel, (0, 0), 6))
    return float(np.median(swing))


def looks_like_screen(bgr: np.ndarray) -> bool:
    return moire_level(bgr) >= SCREEN_LEVEL
