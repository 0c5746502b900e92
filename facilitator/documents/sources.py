"""Fills the documents' data from a workspace: small adapters from the breakout, seating,
notes and framework storage to the plain shapes in ``data``.

When a session has nothing to print yet (no groups made, no tables laid out), the adapter says
so with a FacilitatorError the user can act on.
"""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.documents.data import (
    DebriefAnswer,
    Framework,
    FrameworkValue,
    Group,
    Person,
    PrintedAction,
    PrintedNote,
    PrintedRound,
    PrintedSeating,
    PrintedSummary,
    PrintedTable,
    Quote,
    SessionFigures,
    SurveyCounts,
    Theme,
)
from facilitator.documents.dates import long_date, time_span
from facilitator.documents.layout import TitleBlock
from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.notes import NoteKind
from facilitator.plan.model import AttendanceStatus, Participant, Role, Series, Session
from facilitator.roster.interpretation import need_label
from facilitator.seating import room
from facilitator.seating.plan import tables_for_round
from facilitator.storage import (
    debrief,
    notes,
    roster,
    themes,
)
from facilitator.storage import (
    framework as framework_store,
)
from facilitator.storage import (
    groups as group_store,
)
from facilitator.storage import (
    seating as seats,
)
from facilitator.storage import series as store
from facilitator.storage import surveys as survey_store
from facilitator.synthesis import survey
from facilitator.synthesis import trends as trend_core


def title_block(series: Series, session: Session | None, document: str) -> TitleBlock:
    if session is None:
        return TitleBlock(document=document, series=series.title)
    return TitleBlock(document=document, series=series.title, session=t("Session {number}: {title}").format(number=session.number, title=session.title),
                      date=long_date(session.date), time=time_span(session),
                      venue=session.location or t(session.format.label))


def person(participant: Participant) -> Person:
    return Person(name=participant.name, preferred_name=participant.preferred_name,
                  pronouns=participant.pronouns, organization=participant.organization,
                  perspective=participant.perspective, participant_id=participant.id,
                  language_need=need_label(participant))


def participants(db: Database, series_id: str) -> list[Participant]:
    """Everyone on the roster who takes part (not the team), in name order."""
    return [p for p in roster.list_participants(db, series_id) if p.role is Role.PARTICIPANT]


def roster_all(db: Database, series_id: str) -> list[Participant]:
    """Everyone on the roster, team included: the names redaction looks for."""
    return roster.list_participants(db, series_id)


def summary(db: Database, session: Session) -> PrintedSummary:
    """Who came, the themes heard in this session with their quotes, the notes and the debrief."""
    people = participants(db, session.series_id)
    status = roster.attendance(db, session.id)
    summary = PrintedSummary()
    for p in people:
        state = status.get(p.id, AttendanceStatus.EXPECTED)
        {AttendanceStatus.PRESENT: summary.present, AttendanceStatus.ABSENT: summary.absent,
         AttendanceStatus.EXPECTED: summary.expected}[state].append(p.name)
    for theme in themes.theme_counts(db, session.series_id):
        count = theme["by_session"].get(session.number, 0)
        if count:
            quotes = [q["text"] for q in themes.illustrative_quotes(db, theme["id"]) if q["session"] == session.number]
            summary.themes.append(Theme(theme["title"], theme["description"] or "", count, quotes))
    session_notes = notes.list_notes(db, session.series_id, session_id=session.id)
    summary.notes = [_note(n) for n in session_notes if n.kind is not NoteKind.ACTION]
    summary.actions = [_action(n) for n in session_notes if n.kind is NoteKind.ACTION]
    summary.debrief = [DebriefAnswer(row["question"], [row["answer"]]) for row in debrief.debrief(db, session.id)
                       if row["answer"].strip()]
    summary.surveys = _surveys(db, [session])
    return summary


def _note(n) -> PrintedNote:
    return PrintedNote(n.text, n.block_title or n.group_label, n.taker, kind=n.kind.value, perspective=n.perspective,
                group=n.group_label, session=n.session_number)


def _action(n) -> PrintedAction:
    return PrintedAction(n.text, n.action_owner, n.action_due, n.session_number)


def _surveys(db: Database, sessions: list[Session]) -> list[SurveyCounts]:
    """Counted survey questions, small demographic cells already suppressed."""
    out = []
    for session in sessions:
        for imported in survey_store.survey_imports(db, session.id):
            for question, counts in imported["choice_counts"].items():
                out.append(SurveyCounts(question, session.number, imported["responses"],
                                        survey.reported_counts(question, counts)))
    return out


def any_summary(db: Database, series: Series, session: Session | None) -> PrintedSummary:
    """One session's summary, or the whole series' when no session is given."""
    return summary(db, session) if session is not None else series_summary(db, series)


def series_summary(db: Database, series: Series) -> PrintedSummary:
    """The whole series in one summary: each theme with its quotes from every session, counted
    per stakeholder group; attendance per session; the actions decided; the debriefs."""
    people = participants(db, series.id)
    sessions = store.list_sessions(db, series.id)
    trends = trend_core.trend_table(db, series.id)
    by_session = {s.number: s for s in sessions}
    summary = PrintedSummary(groups=trends.columns)
    took_part: set[str] = set()
    for session in sessions:
        status = roster.attendance(db, session.id)
        states = [status.get(p.id, AttendanceStatus.EXPECTED) for p in people]
        took_part.update(p.id for p in people if status.get(p.id) is AttendanceStatus.PRESENT)
        figures = SessionFigures(session.number, session.title, session.audience,
                                 states.count(AttendanceStatus.PRESENT), states.count(AttendanceStatus.ABSENT),
                                 states.count(AttendanceStatus.EXPECTED))
        figures.themes = sorted(((row.title, sum(row.by_session.get(session.number, {}).values()))
                                 for row in trends.rows if row.by_session.get(session.number)),
                                key=lambda pair: -pair[1])
        summary.sessions.append(figures)
        for answer in debrief.debrief(db, session.id):
            if answer["answer"].strip():
                summary.debrief.append(DebriefAnswer(
                    t("Session {number}: {question}").format(number=session.number, question=answer["question"]),
                    [answer["answer"]]))
    summary.present = [p.name for p in people if p.id in took_part]  # named in the internal summary only
    descriptions = {theme["id"]: theme["description"] or "" for theme in themes.list_themes(db, series.id)}
    for row in trends.rows:
        if not row.total:
            continue
        heard = [Quote(q["text"], q["session"], _stakeholder(q, by_session.get(q["session"]), trends.by))
                 for q in themes.illustrative_quotes(db, row.theme_id)]
        heard.sort(key=lambda q: q.session or 0)
        summary.themes.append(Theme(row.title, descriptions.get(row.theme_id, ""), row.total,
                                    [q.text for q in heard], heard, dict(row.by_column)))
    all_notes = notes.list_notes(db, series.id)
    summary.notes = [_note(n) for n in all_notes if n.kind is not NoteKind.ACTION]
    summary.actions = [_action(n) for n in all_notes if n.kind is NoteKind.ACTION]
    summary.surveys = _surveys(db, sessions)
    return summary


def _stakeholder(quote: dict, session: Session | None, by: str) -> str:
    """The group a quote was heard from, as the trend table reads it."""
    if by == "audience" and session is not None and session.audience.strip():
        return session.audience.strip()
    return (quote.get("perspective") or "").strip()


def load(db: Database, series_id: str, session_id: str | None) -> tuple[Series, Session | None]:
    series = store.get_series(db, series_id)
    session = next((s for s in series.sessions if s.id == session_id), None) if session_id else None
    return series, session


def groups(db: Database, session: Session) -> list[PrintedRound]:
    """Every breakout round of the session, each group with its table in that round
    (``seating.plan.tables_for_round``) and facilitator."""
    rounds = group_store.list_rounds(db, session.id)
    if not rounds:
        raise FacilitatorError(t("Session {number} has no groups yet: make groups first.").format(number=session.number))
    people = {p.id: p for p in roster.list_participants(db, session.series_id)}
    plan = seats.seating_plan(db, session.id)
    out = []
    for breakout in rounds:
        groups_out = []
        tables = tables_for_round(breakout.as_lists, plan)
        for number, group in enumerate(breakout.groups):
            members = [person(people[m.participant_id]) if m.participant_id in people else Person(m.name)
                       for m in group.members]
            lead = people.get(group.facilitator_id or "")
            groups_out.append(Group(group.label, members, short_table_label(tables[number]) if tables else "",
                                    lead.display_name if lead else ""))
        out.append(PrintedRound(groups_out, breakout.title))
    return out


def short_table_label(label: str) -> str:
    """"Table 3" prints as "3" after the word Table; other labels stay as they are."""
    return label[6:] if label.startswith("Table ") else label


def seating(db: Database, session: Session) -> PrintedSeating:
    """The floor plan as laid out, in metres, with each chair where the plan put it; when nobody
    laid the room out, one laid out from the session's first round of groups."""
    plan = seats.seating_plan(db, session.id)
    if not plan.tables:
        if not group_store.list_rounds(db, session.id):
            raise FacilitatorError(t("Session {number} has no seating plan and no groups yet: make groups first.")
                                   .format(number=session.number))
        plan = room.planned_room(db, room.chosen_round(db, session.id))
    left, _top, right, bottom = plan.extent
    shift = min(0.0, left - 0.5)
    tables = [PrintedTable(label=short_table_label(t.label), x=t.x - shift, y=t.y, width=t.width, depth=t.depth,
                        shape="round" if t.shape.value == "round" else "rect", seats=[s.name for s in t.seats],
                        seat_xy=[(s.x - shift, s.y) for s in t.seats]) for t in plan.tables]
    return PrintedSeating(room_width=right - shift + 1.0, room_depth=bottom + 1.0, tables=tables)


def _values(statements: list[dict]) -> list[FrameworkValue]:
    return [FrameworkValue(s["statement"], tensions=s.get("tensions", ""), guardrails=s.get("guardrails", ""),
                           questions=s.get("questions", ""), id=s["id"]) for s in statements]


def framework(db: Database, series_id: str) -> Framework:
    """The framework as it stands, compared with the last saved version. If nothing changed since
    that version, it is that version, compared with the one before."""
    current = framework_store.statements(db, series_id)
    versions = framework_store.framework_versions(db, series_id)
    if not current and not versions:
        raise FacilitatorError(t("This series has no values framework yet."))

    def saved(version: dict) -> Framework:
        return Framework(version["number"], _values(version["statements"]), version["label"])

    fields = ("id", "statement", "tensions", "guardrails", "questions")
    same = versions and [{k: s.get(k, "") for k in fields} for s in current] == \
        [{k: s.get(k, "") for k in fields} for s in versions[-1]["statements"]]
    if same:
        latest = saved(versions[-1])
        latest.previous = saved(versions[-2]) if len(versions) > 1 else None
        return latest
    number = versions[-1]["number"] + 1 if versions else 1
    return Framework(number, _values(current), t("Current draft"), saved(versions[-1]) if versions else None)
