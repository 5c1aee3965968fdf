"""Comparing the names of people as they are written on documents."""

from __future__ import annotations


def same_person_name(a: str, b: str) -> bool:
    """Spaces are layout, not part of a Chinese name: 张 三 on a card is 张三 in the registry."""
    return "".join(a.split()) == "".join(b.split())
