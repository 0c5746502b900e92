"""Tables on the floor plan and who sits where, for the floor-plan screen.

The geometry (table sizes, seat positions, the grid) is ``facilitator.mixing.seating``;
these are the actions. Moving a table is undoable; setting up tables replaces the plan and the
screen asks first.
"""

from __future__ import annotations

from functools import partial

from sqlite_utils import Database

from facilitator.ops.agenda import session_changes
from facilitator.ops.breakouts import get_round
from facilitator.ops.changes import SEATING, Outcome
from facilitator.storage import seating as store
from facilitator.storage.seating import MAX_SEATS_PER_TABLE, MAX_TABLES, seating_plan

__all__ = ["MAX_SEATS_PER_TABLE", "MAX_TABLES", "seating_plan", "set_up_tables", "move_table", "seat_person",
           "seat_round"]


def set_up_tables(db: Database, session_id: str, *, count: int, seats: int, shape: str = "round") -> Outcome[list]:
    ids = store.set_up_tables(db, session_id, count=count, seats=seats, shape=shape)
    return Outcome(session_changes(db, session_id, SEATING), ids)


def move_table(db: Database, session_id: str, table_id: str, x: float, y: float) -> Outcome[None]:
    old_x, old_y = store.move_table(db, table_id, x, y)
    return Outcome(session_changes(db, session_id, SEATING), None,
                   partial(move_table, session_id=session_id, table_id=table_id, x=old_x, y=old_y), focus=table_id)


def seat_person(db: Database, session_id: str, participant_id: str, table_id: str, seat: int) -> Outcome[None]:
    """Whoever sat there takes the person's old seat (or stands)."""
    store.seat_person(db, session_id, participant_id, table_id, seat)
    return Outcome(session_changes(db, session_id, SEATING), None, focus=participant_id)


def seat_round(db: Database, round_id: str) -> Outcome[list]:
    """Group 1 at table 1, and so on; tables are added or enlarged as needed."""
    session_id = get_round(db, round_id).session_id
    ids = store.seat_round(db, round_id)
    return Outcome(session_changes(db, session_id, SEATING), ids)
