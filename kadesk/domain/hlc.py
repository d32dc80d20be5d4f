"""Hybrid logical clock: physical milliseconds and a counter in one integer.

Stamps never go backwards, advance past every stamp seen (local or imported),
and order edits causally; a wrong wall clock can only decide between truly
concurrent edits (SYNC.md, G4).
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def from_ms(ms: int) -> int:
    return ms << COUNTER_BITS


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None) -> None:
        self.last = last
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)

    def tick(self) -> int:
        """A new local stamp, greater than every stamp this clock has seen."""
        self.last = max(from_ms(self._now_ms()), self.last + 1)
        return self.last

    def now_ms(self) -> int:
        """This machine's wall clock, as the clock reads it (tests inject skew here)."""
        return self._now_ms()

    def observe(self, stamp: int) -> None:
        """Advance past a stamp received from elsewhere."""
        self.last = max(self.last, stamp)
