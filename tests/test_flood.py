"""The flood guard slows a flooding user down and says so once per window."""

from bot.flood import FloodGuard


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_twenty_in_ten_seconds_is_fine_the_twenty_first_is_flooding() -> None:
    clock = Clock()
    guard = FloodGuard(limit=20, window=10, clock=clock)
    for _ in range(20):
        assert not guard.check(1).flooding
        clock.now += 0.1
    verdict = guard.check(1)
    assert verdict.flooding and verdict.notify and verdict.delay > 0
    again = guard.check(1)
    assert again.flooding and not again.notify
    assert not guard.check(2).flooding, "other users are not affected"


def test_flooding_ends_when_the_window_passes() -> None:
    clock = Clock()
    guard = FloodGuard(limit=3, window=10, clock=clock)
    for _ in range(5):
        guard.check(7)
    clock.now += 11
    assert not guard.check(7).flooding
    guard.forget_idle()
