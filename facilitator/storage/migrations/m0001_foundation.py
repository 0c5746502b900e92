"""Series, sessions and agenda blocks.

Written as plain SQL so deletes cascade from a series to its sessions and blocks.
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE series (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '[]',
    format TEXT NOT NULL DEFAULT 'in_person',
    timeline TEXT NOT NULL DEFAULT '',
    template_id TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    start_time TEXT NOT NULL DEFAULT '09:00',
    duration_minutes INTEGER NOT NULL DEFAULT 120,
    format TEXT NOT NULL DEFAULT 'in_person',
    location TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (series_id, number)
);
CREATE TABLE blocks (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES blocks(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'other',
    prompts TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    materials TEXT NOT NULL DEFAULT '',
    fixed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_blocks_session ON blocks(session_id, parent_id, position);
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
