"""Who is in the room for a session.

Everyone on a series' roster is expected at each session until marked otherwise: checked in
(present) or absent. Breakouts are made from the people present, and "present" has to mean
something before the doors open too:

* until anyone has been checked in for a session, everyone not marked absent counts as
  present, so groups can be drafted the evening before;
* from the first check-in on, only people checked in count as present.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from facilitator.plan.model import AttendanceStatus, Participant, Role
from facilitator.storage import roster as store


@dataclass(frozen=True)
class Entry:
    participant: Participant
    status: AttendanceStatus
    checked_in_at: str | None = None
    walk_in: bool = False  # came without being on the roster (added at the door)


@dataclass(frozen=True)
class Counts:
    present: int  # walk-ins included
    expected: int  # everyone not marked absent, present and walk-ins included
    absent: int
    walk_ins: int = 0  # of those present, people who came without being on the roster

    @property
    def missing(self) -> int:
        return self.expected - self.present


def session_attendance(db: Database, session_id: str) -> list[Entry]:
    """Everyone on the series' roster with their status for this session, by name."""
    series_id = store.session_series_id(db, session_id)
    statuses = store.attendance(db, session_id)
    times = store.check_in_times(db, session_id)
    walked_in = store.walk_ins(db, session_id)
    return [Entry(p, statuses.get(p.id, AttendanceStatus.EXPECTED), times.get(p.id), p.id in walked_in)
            for p in store.list_participants(db, series_id)]


def counts(entries: list[Entry]) -> Counts:
    present = sum(e.status is AttendanceStatus.PRESENT for e in entries)
    absent = sum(e.status is AttendanceStatus.ABSENT for e in entries)
    walk_ins = sum(e.walk_in and e.status is AttendanceStatus.PRESENT for e in entries)
    return Counts(present=present, expected=len(entries) - absent, absent=absent, walk_ins=walk_ins)


def present_participants(db: Database, session_id: str, *, include_team: bool = False) -> list[Participant]:
    """The people to form breakouts from (see the module docstring for "present").

    Facilitators, note-takers and interpreters are left out unless ``include_team``: they
    hold the room rather than join a group.
    """
    entries = session_attendance(db, session_id)
    if any(e.status is AttendanceStatus.PRESENT for e in entries):
        chosen = [e for e in entries if e.status is AttendanceStatus.PRESENT]
    else:
        chosen = [e for e in entries if e.status is not AttendanceStatus.ABSENT]
    return [e.participant for e in chosen if include_team or e.participant.role is Role.PARTICIPANT]


def check_in(db: Database, session_id: str, participant_id: str) -> AttendanceStatus:
    """Mark one person present; returns their previous status (for undo)."""
    return store.set_attendance(db, session_id, participant_id, AttendanceStatus.PRESENT)


def set_status(db: Database, session_id: str, participant_ids: list[str],
               status: AttendanceStatus | str) -> dict[str, AttendanceStatus]:
    """One status for several people, all or nothing; returns each previous status."""
    return store.set_attendance_many(db, session_id, participant_ids, status)


def mark_everyone_present(db: Database, session_id: str) -> dict[str, AttendanceStatus]:
    series_id = store.session_series_id(db, session_id)
    ids = [p.id for p in store.list_participants(db, series_id)]
    return store.set_attendance_many(db, session_id, ids, AttendanceStatus.PRESENT)


def restore_statuses(db: Database, session_id: str, previous: dict[str, AttendanceStatus]) -> None:
    """Undo of a check-in or a bulk change: put each person's earlier status back."""
    with db.atomic():
        for status in set(previous.values()):
            store.set_attendance_many(db, session_id, [pid for pid, s in previous.items() if s is status], status)


def add_walk_in(db: Database, session_id: str, name: str, **fields) -> Participant:
    """Someone not on the roster arrives: add them to the series and check them in at once."""
    series_id = store.session_series_id(db, session_id)
    with db.atomic():
        person = store.add_participant(db, series_id, name=name, **fields)
        store.set_attendance(db, session_id, person.id, AttendanceStatus.PRESENT)
        store.mark_walk_in(db, session_id, person.id)
    return person
