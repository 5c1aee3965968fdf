"""Dates as people type them into a form: 2026-03-15, 2026/3/15, 2026.3.15 or 2026年3月15日 (full-width
digits too, as a Chinese keyboard gives them)."""

from __future__ import annotations

import re
from datetime import date

DATE_RE = re.compile(r"^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$")


def parse_date(text: str | None) -> date | None:
    match = DATE_RE.match((text or "").strip())
    try:
        return date(int(match[1]), int(match[2]), int(match[3])) if match else None
    except ValueError:
        return None
