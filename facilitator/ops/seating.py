"""Tables on the floor plan and who sits where, for the floor-plan screen.

The geometry (table sizes, seat positions, the grid) is ``facilitator.seating.plan``;
these are the actions. Each is undoable: the inverse puts back the whole floor plan as it was
(``storage.seating.floor_snapshot``), and its own inverse the plan as the action left it.
"""

from __future__ import annotations

from functools import partial

from sqlite_utils import Database

from facilitator.ops.agenda import session_changes
from facilitator.ops.changes import SEATING, Outcome
from facilitator.ops.groups import get_round
from facilitator.storage import seating as store
from facilitator.storage.seating import MAX_SEATS_PER_TABLE, MAX_TABLES, seating_plan

__all__ = ["MAX_SEATS_PER_TABLE", "MAX_TABLES", "seating_plan", "set_up_tables", "move_table", "seat_person",
           "seat_round", "restore_floor"]


def _floor_change(db: Database, session_id: str, change, focus: str | None = None) -> Outcome:
    """Run ``change`` and return it with the floor plan before it as the undo."""
    before = store.floor_snapshot(db, session_id)
    value = change()
    after = store.floor_snapshot(db, session_id)
    return Outcome(session_changes(db, session_id, SEATING), value,
                   partial(restore_floor, session_id=session_id, snapshot=before, again=after), focus=focus)


def restore_floor(db: Database, session_id: str, snapshot: dict, again: dict) -> Outcome[None]:
    """Put back a floor plan (tables and seats) as ``snapshot`` holds it; undo puts ``again``."""
    store.restore_floor(db, session_id, snapshot)
    return Outcome(session_changes(db, session_id, SEATING), None,
                   partial(restore_floor, session_id=session_id, snapshot=again, again=snapshot))


def set_up_tables(db: Database, session_id: str, *, count: int, seats: int, shape: str = "round") -> Outcome[list]:
    return _floor_change(db, session_id, lambda: store.set_up_tables(db, session_id, count=count, seats=seats,
                                                                     shape=shape))


def move_table(db: Database, session_id: str, table_id: str, x: float, y: float) -> Outcome[None]:
    return _floor_change(db, session_id, lambda: store.move_table(db, table_id, x, y) and None, focus=table_id)


def seat_person(db: Database, session_id: str, participant_id: str, table_id: str, seat: int) -> Outcome[None]:
    """Whoever sat there takes the person's old seat (or stands)."""
    return _floor_change(db, session_id, lambda: store.seat_person(db, session_id, participant_id, table_id, seat)
                         and None, focus=participant_id)


def seat_round(db: Database, round_id: str) -> Outcome[list]:
    """Group 1 at table 1, and so on; tables are added or enlarged as needed."""
    session_id = get_round(db, round_id).session_id
    return _floor_change(db, session_id, lambda: store.seat_round(db, round_id))
