"""Who is here: check-in at the door, absences and walk-ins, for the check-in screen and the CLI.

The rule of who counts as present for breakouts stays in ``facilitator.roster.attendance``; these are
the actions, each returning the earlier statuses as its undo.
"""

from __future__ import annotations

from functools import partial

from sqlite_utils import Database

from facilitator.ops.agenda import session_changes
from facilitator.ops.changes import ATTENDANCE, ROSTER, Outcome
from facilitator.ops.roster import delete_participants
from facilitator.plan.model import AttendanceStatus, Participant
from facilitator.roster import attendance as rules
from facilitator.roster.attendance import Entry, counts, present_participants, session_attendance
from facilitator.storage import roster as store

__all__ = ["Entry", "counts", "present_participants", "session_attendance", "set_status", "mark_everyone_present",
           "restore_statuses", "add_walk_in", "check_in_again"]


def set_status(db: Database, session_id: str, participant_ids: list[str],
               status: AttendanceStatus | str) -> Outcome[dict[str, AttendanceStatus]]:
    previous = rules.set_status(db, session_id, participant_ids, status)
    return Outcome(session_changes(db, session_id, ATTENDANCE), previous,
                   partial(restore_statuses, session_id=session_id, previous=previous),
                   focus=participant_ids[0] if len(participant_ids) == 1 else None)


def mark_everyone_present(db: Database, session_id: str) -> Outcome[dict[str, AttendanceStatus]]:
    previous = rules.mark_everyone_present(db, session_id)
    return Outcome(session_changes(db, session_id, ATTENDANCE), previous,
                   partial(restore_statuses, session_id=session_id, previous=previous))


def restore_statuses(db: Database, session_id: str, previous: dict[str, AttendanceStatus]) -> Outcome[None]:
    current = store.attendance(db, session_id)
    now = {pid: current.get(pid, AttendanceStatus.EXPECTED) for pid in previous}
    rules.restore_statuses(db, session_id, previous)
    return Outcome(session_changes(db, session_id, ATTENDANCE), None,
                   partial(restore_statuses, session_id=session_id, previous=now))


def add_walk_in(db: Database, session_id: str, name: str, **fields) -> Outcome[Participant]:
    """Someone not on the roster arrives: added to the series and checked in, in one transaction."""
    person = rules.add_walk_in(db, session_id, name, **fields)
    return Outcome(session_changes(db, session_id, ROSTER, ATTENDANCE), person,
                   partial(_remove_walk_in, session_id=session_id, participant=person), focus=person.id)


def _remove_walk_in(db: Database, session_id: str, participant: Participant) -> Outcome[None]:
    outcome = delete_participants(db, [participant.id])
    return Outcome(outcome.changes, None, partial(check_in_again, session_id=session_id, participant=participant))


def check_in_again(db: Database, session_id: str, participant: Participant) -> Outcome[Participant]:
    """Redo of a walk-in: the same person (same id) back on the roster and checked in."""
    with db.atomic():
        store.restore_participant(db, participant, [])
        rules.check_in(db, session_id, participant.id)
        store.mark_walk_in(db, session_id, participant.id)
    return Outcome(session_changes(db, session_id, ROSTER, ATTENDANCE), participant,
                   partial(_remove_walk_in, session_id=session_id, participant=participant), focus=participant.id)
