"""Bar charts drawn on the server as inline SVG: no JavaScript and nothing loaded from outside.

Each chart is a list of labelled rows; a row has one or more coloured segments (stacked bars). Texts in the
SVG are escaped by the template engine (the SVG is built with markupsafe).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

PALETTE = (
    "#2563eb",
    "#dc2626",
    "#16a34a",
    "#d97706",
    "#7c3aed",
    "#0891b2",
    "#db2777",
    "#65a30d",
    "#9333ea",
    "#ea580c",
    "#0d9488",
    "#4b5563",
)


@dataclass
class Bar:
    label: str
    segments: list[tuple[str, int]] = field(default_factory=list)  # (series key, value)
    target: int | None = None  # a quota line drawn across the bar

    @property
    def total(self) -> int:
        return sum(v for _k, v in self.segments)


def colour_for(keys: list[str]) -> dict[str, str]:
    return {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(keys)}


def text_width(text: str) -> int:
    """Roughly how wide `text` is at 12px: CJK characters are about twice as wide as Latin ones."""
    return sum(12 if ord(c) > 0x2E7F else 7 for c in text)


def hbar_chart(bars: list[Bar], colours: dict[str, str], title: str, width: int = 640) -> Markup:
    """Horizontal stacked bars, one row per label, the total written after each bar. Rows with nothing to
    draw are left out (a page of zero rows hides the few that matter); with none left, the chart is empty
    (falsy), for the page to say so in words."""
    bars = [b for b in bars if b.total > 0]
    if not bars:
        return Markup("")
    row_h, pad = 26, 46
    label_w = min(190, 12 + max([text_width(b.label[:16]) for b in bars] + [20]))
    height = max(1, len(bars)) * row_h + 8
    top = max([b.total for b in bars] + [b.target or 0 for b in bars] + [1])
    scale = (width - label_w - pad) / top
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">',
        f"<title>{escape(title)}</title>",
    ]
    for i, bar in enumerate(bars):
        y = 4 + i * row_h
        label = bar.label if len(bar.label) <= 16 else bar.label[:15] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" class="chart-label">'
            f"{escape(label)}</text>"
        )
        x = float(label_w)
        for key, value in bar.segments:
            if value <= 0:
                continue
            w = value * scale
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                f'fill="{colours.get(key, PALETTE[0])}"><title>{escape(key)}: {value}</title></rect>'
            )
            x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 17}" class="chart-value">{bar.total}</text>')
        if bar.target:
            tx = label_w + bar.target * scale
            parts.append(
                f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{y}" y2="{y + row_h - 2}" class="chart-target" />'
            )
    parts.append("</svg>")
    # every text in it went through escape(); the rest is numbers and constant colours
    return Markup("".join(parts))  # nosec B704
