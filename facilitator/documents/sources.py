"""Fills the documents' data from a workspace.

Groups and seating come from the saved breakout rounds and floor plan; notes and the values
framework from features built alongside this one. Until there is something saved, asking for
a document says plainly that there is nothing to print yet.
"""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.documents.data import Framework, Group, GroupList, Person, SeatingPlan, Summary, TablePlan
from facilitator.documents.dates import long_date, time_span
from facilitator.documents.layout import TitleBlock
from facilitator.errors import FacilitatorError
from facilitator.mixing.seating import TableShape
from facilitator.model import AttendanceStatus, Participant, Role, Series, Session
from facilitator.storage import breakouts, roster
from facilitator.storage import seating as seating_store
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
    """The session's breakout round for its earliest block that has one (or its first round),
    with each person's table when the room is seated."""
    rounds = breakouts.list_rounds(db, session.id)
    if not rounds:
        raise FacilitatorError(f"Session {session.number} has no groups yet: make groups first.")
    order = {b.id: i for i, b in enumerate(b for top in session.blocks for b in [top, *top.children])}
    chosen = min(rounds, key=lambda r: (order.get(r.block_id, len(order)), r.position))
    people = {p.id: p for p in roster.list_participants(db, session.series_id)}
    tables = {spot.participant_id: table.label for table in seating_store.seating_plan(db, session.id).tables
              for spot in table.seats if spot.participant_id}
    activity = next((b.title for top in session.blocks for b in [top, *top.children] if b.id == chosen.block_id), "")
    listed = []
    for group in chosen.groups:
        members = [person(people[m.participant_id]) for m in group.members if m.participant_id in people]
        at = {tables.get(m.participant_id, "") for m in group.members} - {""}
        lead = people.get(group.facilitator_id)
        listed.append(Group(name=group.label, members=members, table=", ".join(sorted(at)),
                            facilitator=lead.display_name if lead else ""))
    return GroupList(listed, activity=activity)


def seating(db: Database, session: Session) -> SeatingPlan:
    """The room as laid out on the floor plan (metres; the front of the room at the top)."""
    plan = seating_store.seating_plan(db, session.id)
    if not plan.tables:
        raise FacilitatorError(f"Session {session.number} has no seating plan yet: lay out the room first.")
    left, top, right, bottom = plan.extent
    shift_x, shift_y = -min(left, 0.0), -min(top, 0.0)
    return SeatingPlan(
        room_width=round(right + shift_x + 1.0, 1), room_depth=round(bottom + shift_y + 1.0, 1),
        tables=[TablePlan(label=t.label, x=t.x + shift_x, y=t.y + shift_y, width=t.width, depth=t.depth,
                          shape="round" if t.shape is TableShape.ROUND else "rect",
                          seats=[spot.name for spot in t.seats]) for t in plan.tables])


def framework(db: Database, series_id: str) -> Framework:
    raise FacilitatorError("This series has no values framework yet.")
