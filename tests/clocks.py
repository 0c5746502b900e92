"""A clock for searches in tests: it moves one step each time it is read, so a search given
``time_limit`` stops after ``time_limit / step`` readings — the same search on a fast laptop and
on a busy test machine, and no test waits out a real time limit."""

from __future__ import annotations

from itertools import count
from typing import Callable


def ticking(step: float = 0.0001) -> Callable[[], float]:
    ticks = count()
    return lambda: next(ticks) * step
