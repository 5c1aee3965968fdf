"""Turning a site photo into an image the OCR reads reliably, and fast.

What goes wrong on site, and what each step does about it (the benchmark measures each):
- the document is a part of a 12-megapixel photo, tilted and in perspective: find its outline and warp it
  flat to a bounded size (`find_document_quad`, `warp_document`). Bounding the size is also what keeps the
  text detector fast: its cost grows with pixels, and 1600 px across a card is plenty to read it;
- a red seal is stamped over the issuer and dates: in the red channel red ink is as bright as paper while
  black and blue ink stay dark, so taking that channel makes the seal vanish (`suppress_red`);
- light falls unevenly (a shadow, a lamp): dividing by a smooth estimate of the paper's brightness
  flattens it (`flatten_light`);
- an e-certificate app in dark mode prints light text on a dark page, which the recogniser, trained on
  ink on paper, half misses (grey labels, a name in two boxes): such a page is turned negative first
  (`light_on_dark`).
Every step keeps a map back to the original photo's pixels, so boxes can be reported there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

Points = np.ndarray  # (N, 2) float32


RED_GAIN = 3  # seal ink (redness ≈ 150) goes fully white; dark text under it (redness < 20) stays dark
RED_FLOOR = 110  # red-channel level below which a pixel is ink of some colour, not seal on paper


@dataclass
class Prepared:
    """The image handed to the OCR and how its pixels map back to the original photo."""

    image: np.ndarray
    to_original: Callable[[Points], Points]
    steps: list[str] = field(default_factory=list)
    document_found: bool = False


@dataclass(frozen=True)
class PrepareOptions:
    work_side: int = 1600
    find_document: bool = True
    red: bool = True
    light: bool = True
    rules: bool = True
    dark: bool = True


def bound_size(image: np.ndarray, long_side: int) -> tuple[np.ndarray, float]:
    """Shrinks (never enlarges) so the longer side is at most `long_side`; returns the scale applied."""
    h, w = image.shape[:2]
    scale = min(1.0, long_side / max(h, w))
    if scale >= 1.0:
        return image, 1.0
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA), scale


def _order_corners(pts: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left, whatever order the contour gave."""
    pts = pts.reshape(4, 2).astype(np.float32)
    center = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - center[1], pts[:, 0] - center[0])
    pts = pts[np.argsort(angles)]  # clockwise in image coordinates, starting near "left"
    start = int(np.argmin(pts.sum(axis=1)))
    return np.roll(pts, -start, axis=0)


def _quad_from_contour(contour: np.ndarray) -> np.ndarray | None:
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.04, 0.06):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float32)
    return None


def _plausible(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    """A document outline: a convex four-sided shape covering a fair part of the photo, not the frame."""
    h, w = shape[:2]
    area = cv2.contourArea(quad.astype(np.float32))
    if not 0.12 * w * h <= area <= 0.985 * w * h:
        return False
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return False
    q = _order_corners(quad)
    for i in range(4):
        a, b, c = q[i - 1], q[i], q[(i + 1) % 4]
        v1, v2 = a - b, c - b
        cos = float(np.dot(v1, v2) / (np.linalg.norm(v1) * np.linalg.norm(v2) + 1e-6))
        if abs(cos) > 0.45:  # corners far from square: not a sheet seen at a sane angle
            return False
    # Opposite sides of a sheet seen at a sane angle differ by a fifth at most. A quad with one side much
    # shorter than the side facing it has a corner on something inside the card (a rule under the
    # title, the chip, a photo's edge): warping it would cut part of the card off and skew the rest.
    sides = [float(np.linalg.norm(q[(i + 1) % 4] - q[i])) for i in range(4)]
    for a, b in ((sides[0], sides[2]), (sides[1], sides[3])):
        if min(a, b) < 0.75 * max(a, b):
            return False
    return True


def find_document_quad(image: np.ndarray) -> np.ndarray | None:
    """The four corners of the sheet or card in the photo, or None when no clear outline is visible.

    Works on a small copy: a document edge needs no detail, and this runs on every photo.
    """
    small, scale = bound_size(image, 512)
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    gray = cv2.GaussianBlur(gray, (5, 5), 0)
    candidates: list[np.ndarray] = []
    # Paper is brighter than the desk under it: the largest bright region.
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    candidates += _largest_quads(mask)
    # Otherwise its edges.
    edges = cv2.Canny(gray, 30, 90)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
    candidates += _largest_quads(edges)
    for quad in candidates:
        if _plausible(quad, small.shape):
            return _order_corners(quad / scale)
    return None


def _largest_quads(mask: np.ndarray) -> list[np.ndarray]:
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    contours = sorted(contours, key=cv2.contourArea, reverse=True)[:3]
    quads = []
    for contour in contours:
        quad = _quad_from_contour(contour)
        if quad is not None:
            quads.append(quad)
    return quads


def warp_document(image: np.ndarray, quad: np.ndarray, long_side: int) -> tuple[np.ndarray, np.ndarray]:
    """The document flattened to a rectangle whose longer side is at most `long_side`.

    Returns the image and the homography from output pixels back to the input photo.
    """
    q = _order_corners(quad)
    width = (np.linalg.norm(q[1] - q[0]) + np.linalg.norm(q[2] - q[3])) / 2
    height = (np.linalg.norm(q[3] - q[0]) + np.linalg.norm(q[2] - q[1])) / 2
    scale = min(1.0, long_side / max(width, height))
    out_w, out_h = max(32, round(width * scale)), max(32, round(height * scale))
    target = np.float32([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]])
    forward = cv2.getPerspectiveTransform(q, target)
    # Shrinking a lot in one warp aliases thin strokes: pre-shrink with area averaging first.
    pre = 1.0
    if scale < 0.5:
        pre = 2 * scale
        image = cv2.resize(image, None, fx=pre, fy=pre, interpolation=cv2.INTER_AREA)
        forward = cv2.getPerspectiveTransform(q * pre, target)
    warped = cv2.warpPerspective(
        image, forward, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    back = np.linalg.inv(forward)
    if pre != 1.0:
        back = np.diag([1 / pre, 1 / pre, 1.0]) @ back
    return warped, back


def suppress_red(image: np.ndarray) -> np.ndarray:
    """A grey image in which red seal ink is pushed to white: seals vanish into the paper, while black and
    blue text, under a seal or not, stays dark.

    How much redder a pixel is than its green and blue says how much of it is seal ink; adding that to
    the brightness whitens the seal. Black text under a seal is dark in every channel, so it stays. The
    brightness (luma), not the red channel, is the base: a JPEG keeps luma at full resolution but colour
    at half, so the red channel alone is blurrier and blurred digits come out wrong (6 read as G).
    """
    if image.ndim == 2:
        return image
    b, g, r = cv2.split(image)
    redness = cv2.subtract(r, cv2.max(g, b)).astype(np.float32)
    # Only where the red channel is bright, i.e. seal ink on paper. JPEG smears colour over two pixels, so
    # the dark edge of a digit next to a seal stroke looks reddish too; whitening it would eat the digit.
    weight = np.clip((r.astype(np.float32) - RED_FLOOR) / 60.0, 0.0, 1.0)
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY).astype(np.float32)
    return np.clip(gray + RED_GAIN * redness * weight, 0, 255).astype(np.uint8)


def light_on_dark(image: np.ndarray) -> bool:
    """Whether the page is light text on a dark ground: the middle of the picture (where the document is,
    warped or not) mostly near its darkest level, and what is bright there in small pieces (strokes), not
    in one block. A dim photo of paper is not (its paper is the bright majority however dark the whole
    is), nor a light card shown on a dark phone screen (one bright block)."""
    small, _ = bound_size(image, 800)
    gray = small if small.ndim == 2 else cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    h, w = gray.shape[:2]
    middle = gray[h // 4 : h - h // 4, w // 4 : w - w // 4]
    if middle.size == 0:
        return False
    low, median, high = np.percentile(middle, (1, 50, 99))
    if not (median < 110 and high - low > 60 and median - low < 0.25 * (high - low)):
        return False
    bright = (middle > (low + high) / 2).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(bright, connectivity=8)
    largest = int(stats[1:, cv2.CC_STAT_AREA].max()) if len(stats) > 1 else 0
    return largest < 0.03 * middle.size


def flatten_light(gray: np.ndarray) -> np.ndarray:
    """Divides by the paper's own brightness (a max-filtered, blurred copy) so shadows and gradients go."""
    h, w = gray.shape[:2]
    factor = max(1, round(max(h, w) / 400))
    small = cv2.resize(gray, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA)
    background = cv2.dilate(small, np.ones((7, 7), np.uint8))
    background = cv2.GaussianBlur(background, (0, 0), 6)
    background = cv2.resize(background, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    out = gray.astype(np.float32) * (235.0 / np.maximum(background, 16.0))
    return np.clip(out, 0, 255).astype(np.uint8)


def _long_lines(mask: np.ndarray, axis: int, min_length: int) -> int:
    """How many separate straight lines of at least `min_length` pixels the mask holds."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    extent = stats[1:, cv2.CC_STAT_WIDTH if axis == 0 else cv2.CC_STAT_HEIGHT]
    return int((extent >= min_length).sum())


def remove_rules(gray: np.ndarray) -> np.ndarray:
    """Paints out the ruling of a table grid.

    The text detector draws its boxes around a cell's borders as well as its text, and the recogniser
    then reads a border as 1, l or L next to the digits; without the grid the boxes are tight. Only a grid
    (several long lines each way) is removed: on a card the few long lines are its frame, and the faint
    wavy security print would only chip the characters it crosses.
    """
    h, w = gray.shape[:2]
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    horizontal = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, w // 12), 1))
    )
    vertical = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, h // 12)))
    )
    if _long_lines(horizontal, 0, w // 4) < 4 or _long_lines(vertical, 1, h // 8) < 3:
        return gray
    rules = cv2.dilate(cv2.bitwise_or(horizontal, vertical), np.ones((3, 3), np.uint8))
    out = gray.copy()
    out[rules > 0] = 235
    return out


def _homography_map(matrix: np.ndarray) -> Callable[[Points], Points]:
    def apply(points: Points) -> Points:
        pts = np.asarray(points, np.float32).reshape(-1, 1, 2)
        return cv2.perspectiveTransform(pts, matrix).reshape(-1, 2)

    return apply


def prepare(image: np.ndarray, options: PrepareOptions | None = None, *, scale_back: float = 1.0) -> Prepared:
    """Runs the enabled steps. `scale_back` is the factor from `image` to the original photo's pixels
    (images decoded at reduced size)."""
    options = options or PrepareOptions()
    steps: list[str] = []
    base = np.diag([scale_back, scale_back, 1.0])
    found = False
    quad = find_document_quad(image) if options.find_document else None
    if quad is not None:
        work, back = warp_document(image, quad, options.work_side)
        matrix = base @ back
        steps.append("warp")
        found = True
    else:
        work, scale = bound_size(image, options.work_side)
        matrix = base @ np.diag([1 / scale, 1 / scale, 1.0])
        if scale < 1.0:
            steps.append("resize")
    if options.dark and light_on_dark(work):
        work = cv2.bitwise_not(work)
        steps.append("negative")
    if options.red:
        work = suppress_red(work)
        steps.append("red")
    if options.light:
        gray = work if work.ndim == 2 else cv2.cvtColor(work, cv2.COLOR_BGR2GRAY)
        work = flatten_light(gray)
        steps.append("light")
    if options.rules:
        gray = work if work.ndim == 2 else cv2.cvtColor(work, cv2.COLOR_BGR2GRAY)
        work = remove_rules(gray)
        if work is not gray:
            steps.append("rules")
    if work.ndim == 2:
        work = cv2.cvtColor(work, cv2.COLOR_GRAY2BGR)
    return Prepared(work, _homography_map(matrix), steps, found)
