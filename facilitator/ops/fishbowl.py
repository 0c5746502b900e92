"""A fishbowl in progress: seats, the queue, tapping in and out, rotation.

The fishbowl is an event log (``facilitator.fishbowl.actions``); each action appends one
event and returns the new state. Its own "undo last" takes the newest event back, so these
operations carry no separate inverse.
"""

from __future__ import annotations

from functools import wraps
from typing import Any, Callable

from sqlite_utils import Database

from facilitator.fishbowl import actions as act
from facilitator.fishbowl.actions import airtime, current_fishbowl, planned, speakers_present
from facilitator.fishbowl.circle import FishbowlState
from facilitator.ops.agenda import session_changes
from facilitator.ops.changes import FISHBOWL, Outcome
from facilitator.storage.fishbowls import Fishbowl, get_fishbowl, load_state

__all__ = ["airtime", "current_fishbowl", "planned", "speakers_present", "load_state", "start_fishbowl", "seat_speaker",
           "tap_in", "tap_out", "label_seat", "set_empty_chair", "add_to_queue", "speak", "next_speaker",
           "stop_speaking", "rotate", "undo_last"]


def start_fishbowl(db: Database, session_id: str, clock, **options: Any) -> Outcome[Fishbowl]:
    bowl = act.start_fishbowl(db, session_id, clock, **options)
    return Outcome(session_changes(db, session_id, FISHBOWL), bowl, focus=bowl.id)


def _recorded(action: Callable[..., FishbowlState]) -> Callable[..., Outcome[FishbowlState]]:
    @wraps(action)
    def op(db: Database, fishbowl_id: str, *args: Any, **kwargs: Any) -> Outcome[FishbowlState]:
        state = action(db, fishbowl_id, *args, **kwargs)
        return Outcome(session_changes(db, get_fishbowl(db, fishbowl_id).session_id, FISHBOWL), state)
    return op


seat_speaker = _recorded(act.seat_speaker)
tap_in = seat_speaker
tap_out = _recorded(act.tap_out)
label_seat = _recorded(act.label_seat)
set_empty_chair = _recorded(act.set_empty_chair)
add_to_queue = _recorded(act.add_to_queue)
speak = _recorded(act.speak)
next_speaker = _recorded(act.next_speaker)
stop_speaking = _recorded(act.stop_speaking)
rotate = _recorded(act.rotate)
undo_last = _recorded(act.undo_last)
