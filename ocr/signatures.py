"""Signatures that were not signed: one image repeated down a sheet, or one hand signing for everybody.

Faked attendance (签到/考勤 造假 in the seed notices) shows on the paper in two ways. A signature pasted
in a spreadsheet, printed or stamped is the same image on every row it appears on; people never sign the
same way twice, so two near-identical signature images are a copy. A sheet one person signed for all is
subtler: the strokes differ (different names), but the pen width and the size of the writing do not,
where a room of people vary in both (slant was tried too: on scribbles it follows the strokes, not the
writer). The first is a strong sign and is told apart reliably;
the second is a heuristic and only raised when a whole sheet of signatures agrees very closely.

Each signature cell is binarised and its ink moved and scaled onto a fixed canvas by its centre of mass
and spread; two signatures are compared by normalised cross-correlation of the blurred ink over small
shifts, and the pairs close enough to matter again once aligned (ECC, rotation and translation: a copy comes
back slightly shifted, scaled and turned from printing and photographing). The work is bounded: one
matrix product for all pairs, then at most MAX_ALIGNED alignments.

Tuned on 80 generated sheets (6-14 rows, ocr/synthetic_sheets.py) photographed and read through the whole
pipeline, plus 65 more read with an earlier crop: copied pairs scored 0.889-1.0, pairs of different
people's signatures at most 0.843, and 0.883 for two tiny two-stroke marks of one hand. Sheets: 20 of 20
with copies found with exactly the copied rows, 0 of 40 genuine sheets (20 with everyone using one pen)
flagged. One hand, by the spread of the signatures' heights alone (pen width varies within a hand less
than between hands, but a shared pen defeats it; slant follows the strokes): 24 of 29 one-hand sheets
flagged, 2 of 116 others (1.7 %).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

NORM_SIZE = (192, 80)  # (width, height) of the canvas every signature is normalised into
GYRATION = 24.0  # the ink's radius of gyration on that canvas, in pixels
BLUR_SIGMA = 1.0  # tolerance for the few pixels a copy moves or thickens
SHIFTS = (-2, 0, 2)  # pixels, each way, on the half-size canvas the first comparison uses
COPY_SIMILARITY = 0.875  # NCC at or above which two signatures are one image (tuned: see above)
REFINE_FROM = 0.65  # pairs at least this similar before alignment are aligned and compared again
MAX_ALIGNED = 300  # at most this many alignments per sheet (the most similar pairs first): bounded work
ECC_STEPS = 15
ASPECT_TOLERANCE = 0.3  # copies keep their aspect ratio within this relative difference
MIN_INK_PIXELS = 25  # less ink than this in a cell is no signature
INNER = (0.05, 0.15, 0.95, 0.85)  # the part of a cell (fractions) a signature's strokes must reach into
# "One hand": at least this many signatures, and the sheet's spread of style features under these limits.
ONE_HAND_MIN = 6
ONE_HAND_SPREAD = {"height": 0.09}


@dataclass
class Signature:
    """One signature cell reduced to what the comparisons need."""

    vector: np.ndarray  # the canvas at half size, zero-mean and unit-norm, once per shift in SHIFTS
    canvas: np.ndarray  # the normalised, blurred ink (float32, NORM_SIZE)
    aspect: float  # width / height of the ink
    stroke: float  # pen width in pixels (one sheet is one photo: pixels compare across its rows)
    height: float  # ink height relative to the cell height


@dataclass
class SignatureReport:
    """Indices are positions in the list of cells passed in."""

    copies: list[list[int]] = field(default_factory=list)  # groups of near-identical images
    one_hand: list[int] = field(default_factory=list)  # all signatures, when they look written by one hand
    compared: int = 0  # cells that held a signature


def ink_mask(cell: np.ndarray) -> np.ndarray | None:
    """The signature's ink (bool) cropped to its bounding box, or None when the cell holds too little.

    `cell` is the whole table cell. Grid rules left after preprocessing, specks of paper texture or JPEG
    noise, and strokes that stay along the cell's borders are not the signature.
    """
    if cell.ndim == 3:
        cell = cv2.cvtColor(cell, cv2.COLOR_BGR2GRAY)
    if cell.size == 0 or min(cell.shape) < 6:
        return None
    level = float(np.median(cell))
    dark = cell < min(160.0, 0.7 * level)
    dark[dark.mean(axis=1) > 0.6, :] = False
    dark[:, dark.mean(axis=0) > 0.6] = False
    _count, labels, stats, _ = cv2.connectedComponentsWithStats(dark.astype(np.uint8), connectivity=8)
    h, w = dark.shape
    x0, y0, x1, y1 = INNER[0] * w, INNER[1] * h, INNER[2] * w, INNER[3] * h
    left, top = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    right, bottom = left + stats[:, cv2.CC_STAT_WIDTH], top + stats[:, cv2.CC_STAT_HEIGHT]
    # Strokes reaching into the middle of the cell are the signature; what lies only along the borders
    # (a neighbour's text, the remains of a rule) is not.
    keep = (stats[:, cv2.CC_STAT_AREA] >= 6) & (right > x0) & (left < x1) & (bottom > y0) & (top < y1)
    keep[0] = False
    mask = keep[labels]
    if int(mask.sum()) < MIN_INK_PIXELS:
        return None
    ys, xs = np.nonzero(mask)
    return mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def _stroke(mask: np.ndarray) -> float:
    """Typical pen width in pixels: twice the distance transform along the stroke's middle."""
    dist = cv2.distanceTransform(np.pad(mask, 1).astype(np.uint8), cv2.DIST_L2, 3)
    ridge = dist[dist >= cv2.dilate(dist, np.ones((3, 3), np.uint8))]
    ridge = ridge[ridge > 0]
    return 2.0 * float(np.median(ridge)) if ridge.size else 1.0


def _normalised(mask: np.ndarray) -> np.ndarray:
    """The ink moved so its centre of mass is the canvas centre and scaled to a fixed spread (radius of
    gyration), then blurred. Unlike a bounding box, these barely move when a faint stroke end is lost."""
    ink = mask.astype(np.float32)
    moments = cv2.moments(ink)
    cx, cy = moments["m10"] / moments["m00"], moments["m01"] / moments["m00"]
    radius = math.sqrt((moments["mu20"] + moments["mu02"]) / moments["m00"])
    scale = GYRATION / max(radius, 1e-3)
    w, h = NORM_SIZE
    matrix = np.float32([[scale, 0, w / 2 - scale * cx], [0, scale, h / 2 - scale * cy]])
    canvas = cv2.warpAffine(ink, matrix, NORM_SIZE, flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    return cv2.GaussianBlur(canvas, (0, 0), BLUR_SIGMA)


def _unit(image: np.ndarray) -> np.ndarray:
    flat = image.ravel() - image.mean()
    return flat / (np.linalg.norm(flat) + 1e-6)


def describe(cell: np.ndarray) -> Signature | None:
    mask = ink_mask(cell)
    if mask is None:
        return None
    h, w = mask.shape
    canvas = _normalised(mask)
    small = cv2.resize(canvas, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    pad = max(abs(s) for s in SHIFTS)
    padded = np.pad(small, pad)
    sh, sw = small.shape
    shifted = [
        _unit(padded[pad + dy : pad + dy + sh, pad + dx : pad + dx + sw]) for dy in SHIFTS for dx in SHIFTS
    ]
    return Signature(
        vector=np.stack(shifted).astype(np.float32),
        canvas=canvas,
        aspect=w / h,
        stroke=_stroke(mask),
        height=h / cell.shape[0],
    )


def _aligned(a: Signature, b: Signature) -> float:
    """NCC once `b` is turned and moved onto `a` (ECC, rotation + translation): what a copy differs by.

    The transform is found on half-size canvases (four times less work) and applied at full size."""
    small_a, small_b = (
        cv2.resize(s.canvas, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA) for s in (a, b)
    )
    warp = np.eye(2, 3, dtype=np.float32)
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, ECC_STEPS, 1e-3)
    try:
        _, warp = cv2.findTransformECC(small_a, small_b, warp, cv2.MOTION_EUCLIDEAN, criteria, None, 1)
    except cv2.error:  # did not converge: the two do not fit
        return 0.0
    warp[:, 2] *= 2
    moved = cv2.warpAffine(b.canvas, warp, NORM_SIZE, flags=cv2.INTER_LINEAR + cv2.WARP_INVERSE_MAP)
    return float(_unit(a.canvas) @ _unit(moved))


def similarity(signatures: Sequence[Signature]) -> np.ndarray:
    """Pairwise similarity in [-1, 1]: the best NCC over small shifts, refined by alignment for the pairs
    close enough to be worth it; 0 where the ink's aspect ratios differ too much for a copy."""
    n = len(signatures)
    if n == 0:
        return np.zeros((0, 0), np.float32)
    centre = len(SHIFTS) ** 2 // 2
    plain = np.stack([s.vector[centre] for s in signatures])  # (n, d)
    every = np.stack([s.vector for s in signatures])  # (n, k, d)
    scores = (plain @ every.reshape(n * every.shape[1], -1).T).reshape(n, n, -1).max(axis=2)
    scores = np.maximum(scores, scores.T)
    aspects = np.array([s.aspect for s in signatures])
    ratio = np.abs(aspects[:, None] - aspects[None, :]) / np.maximum(aspects[:, None], aspects[None, :])
    scores[ratio > ASPECT_TOLERANCE] = 0.0
    upper = np.triu((scores >= REFINE_FROM) & (scores < COPY_SIMILARITY), 1)  # only the undecided
    candidates = sorted(zip(*np.nonzero(upper), strict=True), key=lambda ij: -scores[ij])[:MAX_ALIGNED]
    for i, j in candidates:
        scores[i, j] = scores[j, i] = max(scores[i, j], _aligned(signatures[i], signatures[j]))
    np.fill_diagonal(scores, 1.0)
    return scores


def copy_groups(scores: np.ndarray, threshold: float = COPY_SIMILARITY) -> list[list[int]]:
    """Groups (two or more) of signatures joined by near-identical pairs, by position."""
    n = scores.shape[0]
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(scores >= threshold, 1)), strict=True):
        parent[root(int(i))] = root(int(j))
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(root(i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _spread(values: Sequence[float]) -> float:
    """Relative spread that a single odd value does not dominate: the interquartile range over the median."""
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    return float((q3 - q1) / max(abs(median), 1e-6))


def looks_one_hand(signatures: Sequence[Signature]) -> bool:
    """Whether the sheet's signatures share pen width and size as closely as one writer's do."""
    if len(signatures) < ONE_HAND_MIN:
        return False
    spread = {
        "stroke": _spread([s.stroke for s in signatures]),
        "height": _spread([s.height for s in signatures]),
    }
    return all(spread[k] <= limit for k, limit in ONE_HAND_SPREAD.items())


def analyse(cells: Sequence[np.ndarray | None]) -> SignatureReport:
    """Compares the signature cells of one sheet (None for a row without a readable cell)."""
    described = [(i, describe(c)) for i, c in enumerate(cells) if c is not None]
    present = [(i, s) for i, s in described if s is not None]
    if len(present) < 2:
        return SignatureReport(compared=len(present))
    positions = [i for i, _ in present]
    signatures = [s for _, s in present]
    groups = [[positions[k] for k in g] for g in copy_groups(similarity(signatures))]
    copied = {k for g in groups for k in g}
    # One hand is judged on the signatures that are not copies of each other.
    rest = [s for i, s in present if i not in copied]
    one_hand = [i for i, _ in present if i not in copied] if looks_one_hand(rest) else []
    return SignatureReport(copies=groups, one_hand=one_hand, compared=len(present))
