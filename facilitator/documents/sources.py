"""Fills the documents' data from a workspace.

Groups, seating, notes and the values framework come from features built alongside this one;
until their storage is in the workspace, asking for those documents says plainly that there
is nothing to print yet.
"""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.documents.data import Framework, GroupList, Person, SeatingPlan, Summary
from facilitator.documents.dates import long_date, time_span
from facilitator.documents.layout import TitleBlock
from facilitator.errors import FacilitatorError
from facilitator.model import AttendanceStatus, Participant, Role, Series, Session
from facilitator.storage import roster
from facilitator.storage import series as store


def title_block(series: Series, session: Session | None, document: str) -> TitleBlock:
    if session is None:
        return TitleBlock(document=document, series=series.title)
    return TitleBlock(document=document, series=series.title, session=f"Session {session.number}: {session.title}",
                      date=long_date(session.date), time=time_span(session),
                      venue=session.location or session.format.label)


def person(participant: Participant) -> Person:
    return Person(name=participant.name, preferred_name=participant.preferred_name,
                  pronouns=participant.pronouns, organization=participant.organization,
                  perspective=participant.perspective, participant_id=participant.id)


def participants(db: Database, series_id: str) -> list[Participant]:
    """Everyone on the roster who takes part (not the team), in name order."""
    return [p for p in roster.list_participants(db, series_id) if p.role is Role.PARTICIPANT]


def roster_all(db: Database, series_id: str) -> list[Participant]:
    """Everyone on the roster, team included: the names redaction looks for."""
    return roster.list_participants(db, series_id)


def summary(db: Database, session: Session) -> Summary:
    """Attendance from the roster; themes, notes and debrief once notes are stored in the workspace."""
    people = participants(db, session.series_id)
    status = roster.attendance(db, session.id)
    summary = Summary()
    for p in people:
        state = status.get(p.id, AttendanceStatus.EXPECTED)
        {AttendanceStatus.PRESENT: summary.present, AttendanceStatus.ABSENT: summary.absent,
         AttendanceStatus.EXPECTED: summary.expected}[state].append(p.name)
    return summary


def load(db: Database, series_id: str, session_id: str | None) -> tuple[Series, Session | None]:
    series = store.get_series(db, series_id)
    session = next((s for s in series.sessions if s.id == session_id), None) if session_id else None
    return series, session


def groups(db: Database, session: Session) -> GroupList:
    raise FacilitatorError(f"Session {session.number} has no groups yet: make groups first.")


def seating(db: Database, session: Session) -> SeatingPlan:
    raise FacilitatorError(f"Session {session.number} has no seating plan yet: lay out the room first.")


def framework(db: Database, series_id: str) -> Framework:
    raise FacilitatorError("This series has no values framework yet.")
