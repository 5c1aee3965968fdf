"""Long pages (a roster of 200 people exported as one tall image, a long scan) read strip by strip.

The pipeline shrinks every picture to a bounded size before reading it, which is what keeps its time and
memory bounded; a page ten times taller than wide would shrink until its text is a few pixels high and
nothing is read at all. Such a page is cut into overlapping strips about as tall as an A4 page is wide
apart, each read at the ordinary size, and their lines put back on one canvas. Only the first MAX_STRIPS
are read: the answer then says how many rows that was (problem "rows_capped:N"), so the work stays
bounded whatever the page's length and the inspector knows the rest was not checked.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ocr.documents import DocumentResult, analyze_lines
from ocr.engine import OcrEngine, OcrLine, OcrSettings
from ocr.preprocess import PrepareOptions, prepare

TALL = 2.2  # height / width beyond which a picture is read in strips
STRIP_ASPECT = 1.3  # a strip's height / width (a little less than A4's 1.41)
OVERLAP = 0.12  # of a strip's height, shared with the next one: more than a table row
MAX_STRIPS = 4


def is_tall(image: np.ndarray) -> bool:
    h, w = image.shape[:2]
    return h > TALL * w


def _moved(line: OcrLine, dy: float) -> OcrLine:
    return replace(line, box=tuple((x, y + dy) for x, y in line.box))  # type: ignore[arg-type]


def analyze_tall(
    image: np.ndarray, engine: OcrEngine, settings: OcrSettings, scale: float = 1.0
) -> DocumentResult:
    """Reads the first MAX_STRIPS strips of a tall BGR image; boxes are reported in its pixels × `scale`."""
    h, w = image.shape[:2]
    strip_h = round(w * STRIP_ASPECT)
    step = round(strip_h * (1 - OVERLAP))
    starts = list(range(0, max(1, h - strip_h + step), step))
    read = starts[:MAX_STRIPS]
    options = PrepareOptions(work_side=settings.work_side, find_document=False)
    factor = min(1.0, settings.work_side / strip_h)
    end = min(h, read[-1] + strip_h)
    canvas = np.full((round(end * factor) + 1, round(w * factor), 3), 235, np.uint8)
    lines: list[OcrLine] = []
    half = (strip_h - step) / 2
    for k, y0 in enumerate(read):
        strip = image[y0 : y0 + strip_h]
        if strip.shape[0] < strip_h:  # the last strip, padded so every strip is read at the same scale
            pad = np.full((strip_h - strip.shape[0], w, 3), 255, np.uint8)
            strip = np.vstack([strip, pad])
        prepared = prepare(strip, options)
        work = prepared.image
        top = round(y0 * factor)
        rows = min(work.shape[0], canvas.shape[0] - top)
        canvas[top : top + rows, : work.shape[1]] = work[:rows]
        # Each line is kept from the one strip in whose own part (away from the overlaps) its centre lies.
        keep_from = 0.0 if k == 0 else half * factor
        keep_to = work.shape[0] if k == len(read) - 1 else (strip_h - half) * factor
        for line in engine.recognize(work, det_limit=settings.det_limit_page):
            if keep_from <= line.center[1] < keep_to:
                lines.append(_moved(line, top))
    result = analyze_lines(lines, canvas)
    back = scale / factor
    result.lines = [
        replace(line, box=tuple((x * back, y * back) for x, y in line.box))  # type: ignore[arg-type]
        for line in result.lines
    ]
    for row in result.rows:
        if row.get("signature_box"):
            row["signature_box"] = [[round(x * back, 1), round(y * back, 1)] for x, y in row["signature_box"]]
    if len(read) < len(starts) and not any(p.startswith("rows_capped:") for p in result.problems):
        result.problems.append(f"rows_capped:{len(result.rows)}")
    return result
