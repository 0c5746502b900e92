"""The room for a breakout round: which table each group goes to, and a room laid out from
the round's groups when nobody drew one."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.groups.rounds import BreakoutRound
from facilitator.i18n import t
from facilitator.seating.plan import SeatingPlan, TableShape, auto_plan, tables_for_round
from facilitator.storage import groups as group_store
from facilitator.storage import roster
from facilitator.storage import seating as store
from facilitator.storage import series as series_store


def round_tables(db: Database, breakout: BreakoutRound) -> list[str]:
    """Each group's table in this round ([] when the session has no floor plan)."""
    return tables_for_round(breakout.as_lists, store.seating_plan(db, breakout.session_id))


def chosen_round(db: Database, session_id: str, number: int | None = None) -> BreakoutRound:
    """The session's round ``number`` (1 = the first in agenda order; default the first)."""
    rounds = group_store.list_rounds(db, session_id)
    session = series_store.get_session(db, session_id, with_blocks=False)
    if not rounds:
        raise FacilitatorError(t("Session {number} has no groups yet: make groups first.").format(
            number=session.number))
    if number is not None and not 1 <= number <= len(rounds):
        raise FacilitatorError(t("Session {number} has {count} rounds of groups; there is no round {round}.").format(
            number=session.number, count=len(rounds), round=number))
    return rounds[(number or 1) - 1]


def planned_room(db: Database, breakout: BreakoutRound, *, table_seats: int | None = None,
                 shape: TableShape = TableShape.ROUND) -> SeatingPlan:
    """The room a round's groups would sit in, laid out but not saved (what ``print seating``
    shows when nobody laid the room out)."""
    people = {p.id: p.display_name for p in roster.list_participants(db, breakout.series_id)}
    groups = [[(m.participant_id, people.get(m.participant_id, m.name)) for m in g.members] for g in breakout.groups]
    return auto_plan(breakout.session_id, groups, table_seats=table_seats, shape=shape)


def lay_out_room(db: Database, session_id: str, *, round_number: int | None = None, table_seats: int | None = None,
                 shape: TableShape | str = TableShape.ROUND) -> SeatingPlan:
    """Replace the session's floor plan with one laid out from a round: a table per group in
    rows from the front, everyone at their group's table. Saved, so the floor plan screen can
    move tables and people from there."""
    breakout = chosen_round(db, session_id, round_number)
    seats = max([table_seats or 2, 2] + [len(g.members) for g in breakout.groups])
    with db.atomic():
        store.set_up_tables(db, session_id, count=len(breakout.groups), seats=seats, shape=shape)
        store.seat_groups(db, session_id, breakout.as_lists, shape=shape)
    return store.seating_plan(db, session_id)
