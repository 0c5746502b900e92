"""How the live timer reads, so the facilitator view, the presenter screen and the CLI agree."""

from __future__ import annotations

import math

from facilitator.live.runner import LiveStatus


def clock_text(seconds: float) -> str:
    """Whole seconds as M:SS, or H:MM:SS from an hour up."""
    seconds = int(seconds)
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    sign = "-" if seconds < 0 else ""
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def countdown(status: LiveStatus) -> str:
    """Time left rounded up (0:01 shows until the very end), then time over with a plus sign."""
    if status.overtime_seconds > 0:
        return "+" + clock_text(math.floor(status.overtime_seconds))
    return clock_text(math.ceil(status.remaining_seconds - 1e-6))
