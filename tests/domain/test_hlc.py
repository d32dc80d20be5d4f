"""The hybrid logical clock: stamps only ever grow, whatever the wall clock does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kadesk.domain.hlc import HybridClock, from_ms, physical_ms


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamp_carries_wall_milliseconds() -> None:
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(now_ms=wall)
    stamp = clock.tick()
    assert physical_ms(stamp) == wall.ms
    assert stamp == from_ms(wall.ms)
    assert physical_ms(from_ms(123) + 5) == 123


def test_same_millisecond_counts_up() -> None:
    clock = HybridClock(now_ms=FakeWall(1_000))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(set(stamps))
    assert all(physical_ms(s) == 1_000 for s in stamps)
    assert stamps[-1] - stamps[0] == 4


def test_wall_clock_jumping_back_does_not_move_stamps_back() -> None:
    wall = FakeWall(5_000_000)
    clock = HybridClock(now_ms=wall)
    before = clock.tick()
    wall.ms -= 3_600_000  # the laptop's clock is set back an hour
    after = clock.tick()
    assert after > before
    assert physical_ms(after) == physical_ms(before)
    wall.ms += 7_200_000  # and forward again: the wall clock wins once it is ahead
    assert physical_ms(clock.tick()) == wall.ms


def test_observe_advances_past_imported_stamp() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock(now_ms=wall)
    local = clock.tick()
    imported = from_ms(9_000_000) + 7  # a peer whose clock runs far ahead
    clock.observe(imported)
    assert clock.tick() > imported > local
    # Observing an older stamp changes nothing.
    last = clock.last
    clock.observe(local)
    assert clock.last == last


def test_clock_resumes_from_a_persisted_stamp() -> None:
    persisted = from_ms(10_000) + 3
    clock = HybridClock(last=persisted, now_ms=FakeWall(2_000))
    assert clock.tick() == persisted + 1


events = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(-10**7, 10**7)),
        st.tuples(st.just("observe"), st.integers(0, 2**50)),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**40), events)
def test_stamps_strictly_increase_and_pass_everything_seen(start: int, steps: list) -> None:
    wall = FakeWall(start)
    clock = HybridClock(now_ms=wall)
    seen = 0
    last_tick = -1
    for kind, value in steps:
        if kind == "tick":
            wall.ms = max(0, wall.ms + value)
            stamp = clock.tick()
            assert stamp > last_tick
            assert stamp > seen
            assert stamp >= from_ms(wall.ms)
            last_tick = seen = stamp
        else:
            clock.observe(value)
            seen = max(seen, value)
    assert clock.last >= seen
