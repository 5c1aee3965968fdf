"""Drawing fuzz cases with hypothesis for tests that must run them inside the event loop.

Hypothesis cannot drive a coroutine inside the running loop, so the async fuzz tests draw their cases
first, then replay them. Derandomized, so CI sees the same bounded set every run.
"""

from __future__ import annotations

from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

T = TypeVar("T")


def draw_examples(strategy: st.SearchStrategy[T], count: int) -> list[T]:
    drawn: list[T] = []

    @settings(
        max_examples=count,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    @given(strategy)
    def collect(example: T) -> None:
        drawn.append(example)

    collect()
    return drawn
