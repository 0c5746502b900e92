"""Time sources. Everything that measures elapsed time takes a clock, never counts ticks.

``MonotonicClock`` for real use; ``FakeClock`` for tests, which advance it by hand. Wall time
(for projected end times and for how long the app was closed) is a separate call, so a test
can control both.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class MonotonicClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(timezone.utc).astimezone()


class FakeClock:
    def __init__(self, start: datetime | None = None):
        self._mono = 1000.0
        self._wall = start or datetime(2026, 6, 1, 9, 0, tzinfo=timezone.utc)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)
