"""The roster of a series: people, their fields, the perspective list and imports.

What the roster screen and ``facilitator roster ...`` call. Deleting someone keeps their
attendance rows in the outcome, so undo brings them back as they were (same id, same check-ins).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from facilitator.ops.changes import ATTENDANCE, ROSTER, Changes, Outcome
from facilitator.plan.model import Participant
from facilitator.storage import roster as store
from facilitator.storage.roster import (
    find_participant,
    get_participant,
    list_participants,
    list_perspectives,
    perspective_choices,
)

if TYPE_CHECKING:
    from facilitator.roster.spreadsheets import ImportResult, Table

__all__ = ["find_participant", "get_participant", "list_participants", "list_perspectives", "perspective_choices",
           "add_participant", "update_participant", "delete_participants", "restore_participants",
           "set_perspectives", "import_roster", "take_back_import", "hand_out_stipend", "set_stipend_status"]


def _changes(series_id: str) -> Changes:
    return Changes.of(ROSTER, ATTENDANCE, series_id=series_id)


def add_participant(db: Database, series_id: str, *, name: str, **fields: Any) -> Outcome[Participant]:
    person = store.add_participant(db, series_id, name=name, **fields)
    return Outcome(_changes(series_id), person, partial(delete_participants, participant_ids=[person.id]),
                   focus=person.id)


def update_participant(db: Database, participant_id: str, **changes: Any) -> Outcome[None]:
    old = store.update_participant(db, participant_id, **changes)
    series_id = get_participant(db, participant_id).series_id
    return Outcome(Changes.of(ROSTER, series_id=series_id), None,
                   partial(update_participant, participant_id=participant_id, **old), focus=participant_id)


Saved = list[tuple[Participant, list[dict[str, Any]]]]


def delete_participants(db: Database, participant_ids: list[str]) -> Outcome[Saved]:
    """Remove people from the roster (with their check-ins) in one transaction."""
    with db.atomic():
        saved = [(get_participant(db, pid), store.attendance_rows_of(db, pid)) for pid in participant_ids]
        for pid in participant_ids:
            store.delete_participant(db, pid)
    series_id = saved[0][0].series_id if saved else None
    return Outcome(Changes.of(ROSTER, ATTENDANCE, series_id=series_id), saved,
                   partial(restore_participants, saved=saved))


def restore_participants(db: Database, saved: Saved) -> Outcome[None]:
    with db.atomic():
        for person, rows in saved:
            store.restore_participant(db, person, rows)
    series_id = saved[0][0].series_id if saved else None
    return Outcome(Changes.of(ROSTER, ATTENDANCE, series_id=series_id), None,
                   partial(delete_participants, participant_ids=[p.id for p, _ in saved]),
                   focus=saved[0][0].id if saved else None)


def set_perspectives(db: Database, series_id: str, labels: list[str]) -> Outcome[None]:
    previous = store.set_perspectives(db, series_id, labels)
    return Outcome(Changes.of(ROSTER, series_id=series_id), None,
                   partial(set_perspectives, series_id=series_id, labels=previous))


def import_roster(db: Database, series_id: str, table: Table, mapping: list[str] | None = None, *,
                  skip_invalid: bool = False) -> Outcome[ImportResult]:
    """Plan and apply an import in one transaction (InvalidInput changes nothing)."""
    from facilitator.roster.spreadsheets import import_table  # spreadsheets load only when one is imported

    result = import_table(db, series_id, table, mapping, skip_invalid=skip_invalid)
    return Outcome(_changes(series_id), result,
                   partial(take_back_import, result=result, table=table, mapping=mapping, skip_invalid=skip_invalid))


def take_back_import(db: Database, result: ImportResult, table: Table, mapping: list[str] | None,
                     skip_invalid: bool) -> Outcome[None]:
    """Undo of an import: remove who it added, restore what it changed; redo imports again."""
    from facilitator.roster.spreadsheets import undo_import

    undo_import(db, result)
    series_id = result.plan.series_id
    return Outcome(_changes(series_id), None,
                   partial(import_roster, series_id=series_id, table=table, mapping=mapping,
                           skip_invalid=skip_invalid))


def hand_out_stipend(db: Database, participant_id: str) -> Outcome[None]:
    """At check-in: the stipend is marked handed out (``facilitator.plan.logistics``); undo puts back
    the status it had."""
    from facilitator.plan import logistics

    previous = logistics.hand_out_stipend(db, participant_id)
    return Outcome(Changes.of(ROSTER, series_id=get_participant(db, participant_id).series_id), None,
                   partial(set_stipend_status, participant_id=participant_id, status=previous), focus=participant_id)


def set_stipend_status(db: Database, participant_id: str, status: str) -> Outcome[None]:
    from facilitator.plan import logistics

    previous = logistics.set_stipend_status(db, participant_id, status)
    return Outcome(Changes.of(ROSTER, series_id=get_participant(db, participant_id).series_id), None,
                   partial(set_stipend_status, participant_id=participant_id, status=previous), focus=participant_id)
