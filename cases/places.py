"""Turning what a reporter typed into division codes the case queue can route by."""

from __future__ import annotations

from regions import divisions


def resolve_place_text(text: str, limit: int = 8) -> list[tuple[str, str]]:
    """(code, full name) candidates for a typed address, most specific first; [] when nothing matches."""
    found = divisions.resolve_address(text)
    result: list[tuple[str, str]] = []
    for division in found[:limit]:
        result.append((division.code, divisions.full_name(division.code) or division.name))
    return result
