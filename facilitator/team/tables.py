"""Which workspace tables travel in a team's document, and who may change them.

``PLAN`` tables are the lead's: a note-taker's laptop shares only new rows of the roster
(walk-ins) and never an edit or a deletion of the lead's plan, which the next merge puts back.
``SHARED`` tables are everybody's. Columns are read from the database, so a column a later
migration adds travels without a change here; ``local`` columns are numbered per workspace
and never travel (a note's ``seq`` orders the full-text index, an event's ``id`` its log).
Text columns in ``texts`` are mergeable texts: two people typing in one note both keep their
words. Tables are listed parents first, the order rows are written in.
"""

from __future__ import annotations

from dataclasses import dataclass

PLAN = "plan"
SHARED = "shared"

_SESSIONS = "SELECT id FROM sessions WHERE series_id = :series"


@dataclass(frozen=True)
class TableSpec:
    name: str
    side: str
    key: tuple[str, ...] = ("id",)
    scope: str = "series_id = :series"
    texts: tuple[str, ...] = ()
    local: tuple[str, ...] = ()
    members_may_add: bool = False
    unique: tuple[str, ...] = ()  # a column unique within the series: moved aside before rows swap values


TABLES: tuple[TableSpec, ...] = (
    TableSpec("series", PLAN, scope="id = :series"),
    TableSpec("sessions", PLAN, unique=("number",)),
    TableSpec("blocks", PLAN, scope=f"session_id IN ({_SESSIONS})"),
    TableSpec("participants", PLAN, members_may_add=True),
    TableSpec("perspectives", PLAN),
    TableSpec("grouping_rules", PLAN),
    TableSpec("breakout_rounds", PLAN),
    TableSpec("breakout_groups", PLAN, scope="round_id IN (SELECT id FROM breakout_rounds WHERE series_id = :series)"),
    TableSpec("breakout_members", PLAN, key=("round_id", "participant_id"),
              scope="round_id IN (SELECT id FROM breakout_rounds WHERE series_id = :series)"),
    TableSpec("attendance", SHARED, key=("session_id", "participant_id"), scope=f"session_id IN ({_SESSIONS})"),
    TableSpec("notes", SHARED, texts=("text",), local=("seq",)),
    TableSpec("themes", SHARED, texts=("description",)),
    TableSpec("note_themes", SHARED, key=("note_id", "theme_id"),
              scope="theme_id IN (SELECT id FROM themes WHERE series_id = :series)"),
    TableSpec("framework_statements", SHARED, texts=("statement", "tensions", "guardrails", "questions")),
    TableSpec("statement_notes", SHARED, key=("statement_id", "note_id"),
              scope="statement_id IN (SELECT id FROM framework_statements WHERE series_id = :series)"),
    TableSpec("fishbowls", SHARED, scope=f"session_id IN ({_SESSIONS})"),
    TableSpec("fishbowl_events", SHARED, key=("fishbowl_id", "run", "mono", "kind"), local=("id",),
              scope=f"fishbowl_id IN (SELECT id FROM fishbowls WHERE session_id IN ({_SESSIONS}))"),
    TableSpec("debrief_answers", SHARED, key=("session_id", "prompt"), texts=("answer",),
              scope=f"session_id IN ({_SESSIONS})"),
)
BY_NAME = {spec.name: spec for spec in TABLES}

# Whose row it is and whether it is deleted: kept in the document beside the columns, never in SQLite.
DELETED = "_deleted"
ORIGIN = "_origin"
