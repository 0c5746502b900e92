"""Breakout rounds with their groups, standing grouping rules, fishbowls with their event log,
and seating plans.

A round belongs to a session and optionally to one agenda block; a person sits in one group
per round. Fishbowl state is never stored as a snapshot: it is replayed from an append-only
event log, so a crash loses at most the action that was being typed.
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE breakout_rounds (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    size INTEGER,
    group_count INTEGER,
    balance TEXT NOT NULL DEFAULT '[]',
    seed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_breakout_rounds_session ON breakout_rounds(session_id, position);
CREATE INDEX idx_breakout_rounds_series ON breakout_rounds(series_id);
CREATE TABLE breakout_groups (
    id TEXT PRIMARY KEY,
    round_id TEXT NOT NULL REFERENCES breakout_rounds(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    facilitator_id TEXT REFERENCES participants(id) ON DELETE SET NULL
);
CREATE INDEX idx_breakout_groups_round ON breakout_groups(round_id, position);
CREATE TABLE breakout_members (
    round_id TEXT NOT NULL REFERENCES breakout_rounds(id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES breakout_groups(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, participant_id)
);
CREATE INDEX idx_breakout_members_group ON breakout_members(group_id, position);
CREATE TABLE grouping_rules (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    participant_ids TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE fishbowls (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL,
    mode TEXT NOT NULL DEFAULT 'open',
    rotation_seconds INTEGER NOT NULL DEFAULT 600,
    created_at TEXT NOT NULL
);
CREATE INDEX idx_fishbowls_session ON fishbowls(session_id);
CREATE TABLE fishbowl_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fishbowl_id TEXT NOT NULL REFERENCES fishbowls(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    participant_id TEXT,
    seat INTEGER,
    text TEXT NOT NULL DEFAULT '',
    run TEXT NOT NULL,
    mono REAL NOT NULL,
    wall TEXT NOT NULL
);
CREATE INDEX idx_fishbowl_events ON fishbowl_events(fishbowl_id, id);
CREATE TABLE seating_tables (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    shape TEXT NOT NULL DEFAULT 'round',
    seats INTEGER NOT NULL,
    x REAL NOT NULL DEFAULT 0,
    y REAL NOT NULL DEFAULT 0
);
CREATE INDEX idx_seating_tables_session ON seating_tables(session_id, position);
CREATE TABLE seating_assignments (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    table_id TEXT NOT NULL REFERENCES seating_tables(id) ON DELETE CASCADE,
    seat INTEGER NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, participant_id),
    UNIQUE (table_id, seat)
);
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
