"""The roster: participants of a series, the series' list of perspectives, and attendance."""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    pronouns TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    perspective TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '',
    accessibility TEXT NOT NULL DEFAULT '',
    dietary TEXT NOT NULL DEFAULT '',
    consent_recorded INTEGER,
    acknowledgement TEXT NOT NULL DEFAULT '',
    stipend_amount REAL,
    stipend_status TEXT NOT NULL DEFAULT '',
    committed_all INTEGER NOT NULL DEFAULT 0,
    role TEXT NOT NULL DEFAULT 'participant',
    custom TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_participants_series ON participants(series_id, name);
CREATE TABLE perspectives (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (series_id, label)
);
CREATE TABLE attendance (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'expected',
    checked_in_at TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, participant_id)
);
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
