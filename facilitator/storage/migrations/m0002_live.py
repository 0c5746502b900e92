"""The live runner's event log, and a per-block wrap-up warning.

Every runner action (start, pause, next, extend, ...) is one row, committed at once, so a crash
loses nothing: the runner's state is recomputed from these rows. Each row keeps a monotonic
reading with the id of the clock that took it (exact differences within one process) and a
wall-clock time (the only thing that still means something after a restart).
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE live_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    block_id TEXT,
    payload TEXT NOT NULL DEFAULT '{}',
    mono REAL NOT NULL,
    clock_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX idx_live_events_session ON live_events(session_id, seq);
ALTER TABLE blocks ADD COLUMN wrap_up_minutes INTEGER
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
