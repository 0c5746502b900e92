"""A moment as the live log records it: a monotonic reading, the id of the clock that took it,
and the wall-clock time.

Two readings from the same clock are compared by their monotonic difference (exact, immune to
the system clock being changed); readings from different clocks — another process, or this
process after a restart — can only be compared by wall time.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import datetime, timezone

from facilitator.clock import Clock, MonotonicClock
from facilitator.ids import new_id

# time.monotonic() is one clock for every MonotonicClock in this process, and only in it.
_PROCESS_CLOCK_ID = new_id()
_clock_ids: "weakref.WeakKeyDictionary[object, str]" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Moment:
    mono: float
    clock_id: str
    at: datetime  # timezone-aware


def clock_id(clock: Clock) -> str:
    if isinstance(clock, MonotonicClock):
        return _PROCESS_CLOCK_ID
    if clock not in _clock_ids:
        _clock_ids[clock] = new_id()
    return _clock_ids[clock]


def moment(clock: Clock) -> Moment:
    return Moment(clock.monotonic(), clock_id(clock), clock.now().astimezone(timezone.utc))


def seconds_between(earlier: Moment, later: Moment) -> float:
    """Never negative: a wall clock set back while the app was closed must not add time."""
    if earlier.clock_id == later.clock_id:
        gap = later.mono - earlier.mono
    else:
        gap = (later.at - earlier.at).total_seconds()
    return max(0.0, gap)
