"""Where and when a note was taken: the block in progress and the session clock.

This is the one definition of a note's time, used by the app's capture pane (docked in the live
view or on its own) and by ``facilitator notes add``: while a session is under way, seconds since
its real start, pauses included — ``LiveStatus.session_seconds``, the runner's own clock, so a
note lines up with the timer whichever process wrote it. Before a live start (a note-taker on
their own laptop, no runner), the time since the planned start on the session's day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from facilitator.clock import Clock
from facilitator.live.control import LiveSession
from facilitator.live.runner import PAUSED, RUNNING
from facilitator.plan.agenda import parse_clock

# A note typed more than an hour early or twelve hours late has no place on the session's clock.
EARLIEST, LATEST = -3600, 12 * 3600


@dataclass(frozen=True)
class NoteStamp:
    block_id: str | None
    offset_seconds: float | None


def note_stamp(live: LiveSession) -> NoteStamp:
    """The stamp for a note taken now, from an open runner (the live view's own)."""
    status = live.status()
    if status.state in (RUNNING, PAUSED) and status.current is not None:
        return NoteStamp(status.current.block.id, status.session_seconds)
    return NoteStamp(None, _since_planned_start(live, live.clock.now()))


def note_stamp_now(db: Database, session_id: str, clock: Clock | None = None) -> NoteStamp:
    """The stamp for a note taken now in ``session_id``, read from the live log."""
    return note_stamp(LiveSession(db, session_id, clock))


def _since_planned_start(live: LiveSession, now: datetime) -> float | None:
    session = live.session
    if not session.date:
        return None
    try:
        start = datetime.combine(datetime.fromisoformat(session.date).date(), parse_clock(session.start_time))
    except ValueError:
        return None
    local_now = now.astimezone().replace(tzinfo=None) if now.tzinfo else now
    seconds = (local_now - start).total_seconds()
    return seconds if EARLIEST <= seconds <= LATEST else None
