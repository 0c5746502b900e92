"""The room for a breakout round: which table each group goes to."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.mixing.model import BreakoutRound
from facilitator.mixing.seating import tables_for_round
from facilitator.storage import seating as store


def round_tables(db: Database, breakout: BreakoutRound) -> list[str]:
    """Each group's table in this round ([] when the session has no floor plan)."""
    return tables_for_round(breakout.as_lists, store.seating_plan(db, breakout.session_id))
