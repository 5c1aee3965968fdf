"""Photos blurred by a moving hand: told by edges that are sharp one way and smeared the other, so the
inspector is asked to check what was read (or to hold still and take it again).

A shaken phone smears every edge along the direction it moved: the brightness gradient across that
direction is flattened while the gradient along it stays as steep as in a sharp photo. So the measure is
the ratio of the weakest to the strongest directional gradient (the steepest 0.5 % of pixels, in four
directions), which a card's own content hardly moves: print, rules and a photo are edges in all directions.
Focus blur lowers every direction alike and is left to the recogniser, which reads it well.

Measured on the flattened card of 150 dev-split photos (ocr/synthetic/camera.py, seed 11): without shake
0.75-0.98; shaken by 6-11 px (at the card's working size) 0.47-0.91, below 0.68 where the heaviest
shakes made the recogniser misread digits with confidence. The threshold sits there, under the sharp ones.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

WORK_SIDE = 1000  # pixels on the longer side the measure is taken at
SHAKEN_BELOW = 0.68


def shake_ratio(bgr: np.ndarray) -> float:
    """Weakest over strongest directional edge steepness: near 1 for a sharp or evenly blurred photo."""
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    scale = min(1.0, WORK_SIDE / max(gray.shape[:2]))
    if scale < 1:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    gx = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3)
    along = np.empty_like(gx)  # one buffer for every direction: this runs on every photo
    k = int(0.995 * (along.size - 1))
    steep = []
    for degrees in (0, 45, 90, 135):
        t = math.radians(degrees)
        np.multiply(gx, math.cos(t), out=along)
        along += gy * math.sin(t)
        np.abs(along, out=along)
        flat = along.reshape(-1)
        flat.partition(k)
        steep.append(float(flat[k]))
    return min(steep) / max(max(steep), 1e-6)


def looks_shaken(bgr: np.ndarray) -> bool:
    return shake_ratio(bgr) < SHAKEN_BELOW
