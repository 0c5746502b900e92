"""Running a session live: a timed agenda whose state is a fold over a durable event log.

``LiveSession(db, session_id, clock)`` is the handle the GUI and the CLI share;
``note_stamp``/``note_stamp_now`` tell other features which agenda item is in progress, so a note
is filed under it, timed on the session clock.
"""

from facilitator.live.control import LiveSession, sessions_under_way
from facilitator.live.runner import (
                                     DEFAULT_WRAP_UP_MINUTES,
                                     FINISHED,
                                     NORMAL,
                                     NOT_STARTED,
                                     OVERTIME,
                                     PAUSED,
                                     RUNNING,
                                     WRAP_UP,
                                     LiveStatus,
                                     Step,
                                     StepStatus,
                                     steps_of,
)
from facilitator.notes.stamp import NoteStamp, note_stamp, note_stamp_now

__all__ = ["LiveSession", "sessions_under_way", "LiveStatus", "Step", "StepStatus", "steps_of",
           "DEFAULT_WRAP_UP_MINUTES", "NOT_STARTED", "RUNNING", "PAUSED", "FINISHED", "NORMAL", "WRAP_UP",
           "OVERTIME", "NoteStamp", "note_stamp", "note_stamp_now"]
