"""Reading order from OCR boxes: which lines sit on the same printed row.

The OCR returns boxes, not rows. A label and its value ("姓名" … "张三") are often separate boxes, and a
table row is a handful of boxes. Grouping by vertical position works once the page's own slant is taken
out, which matters when a photo could not be flattened (no visible outline).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from ocr.engine import OcrLine


@dataclass
class Row:
    lines: list[OcrLine]
    y: float  # centre, in the de-slanted frame
    height: float

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines)


def slant(lines: Sequence[OcrLine]) -> float:
    """The dominant text angle in radians, from the top edges of the wider boxes."""
    angles = []
    for line in lines:
        (x0, y0), (x1, y1) = line.box[0], line.box[1]
        if line.width > 2 * line.height and x1 != x0:
            angles.append(math.atan2(y1 - y0, x1 - x0))
    return statistics.median(angles) if angles else 0.0


def _rotated_center(line: OcrLine, angle: float) -> tuple[float, float]:
    cx, cy = line.center
    c, s = math.cos(-angle), math.sin(-angle)
    return cx * c - cy * s, cx * s + cy * c


def group_rows(lines: Sequence[OcrLine], tolerance: float = 0.55) -> list[Row]:
    """Lines grouped into rows, top to bottom, each row left to right.

    A line joins a row when its centre is within `tolerance` × the row's line height of the row centre.
    """
    if not lines:
        return []
    angle = slant(lines)
    placed = sorted(((_rotated_center(line, angle), line) for line in lines), key=lambda item: item[0][1])
    rows: list[tuple[list[tuple[float, OcrLine]], list[float], list[float]]] = []
    for (x, y), line in placed:
        height = max(line.height, 1.0)
        best = None
        for row in rows:
            members, ys, heights = row
            row_y = statistics.fmean(ys)
            row_h = statistics.fmean(heights)
            if abs(y - row_y) <= tolerance * max(row_h, height):
                if best is None or abs(y - row_y) < best[0]:
                    best = (abs(y - row_y), row)
        if best is None:
            rows.append(([(x, line)], [y], [height]))
        else:
            members, ys, heights = best[1]
            members.append((x, line))
            ys.append(y)
            heights.append(height)
    out = []
    for members, ys, heights in rows:
        members.sort(key=lambda item: item[0])
        out.append(Row([line for _, line in members], statistics.fmean(ys), statistics.fmean(heights)))
    out.sort(key=lambda row: row.y)
    return out


def x_of(line: OcrLine, angle: float = 0.0) -> float:
    return _rotated_center(line, angle)[0]


def x_span(line: OcrLine, angle: float = 0.0) -> tuple[float, float]:
    c, s = math.cos(-angle), math.sin(-angle)
    xs = [x * c - y * s for x, y in line.box]
    return min(xs), max(xs)
