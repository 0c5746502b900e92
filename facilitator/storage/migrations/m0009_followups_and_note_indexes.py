"""A follow-up call is about one person: when that participant is erased, the call goes too.
And indexes that keep the synthesis screens quick on a series with tens of thousands of notes.

m0004 kept the call with its link cleared, which left the person's name in ``followups.person``
after an erasure. SQLite cannot change a foreign key in place, so the table is rebuilt.
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE followups_new (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    person TEXT NOT NULL,
    participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'to_call',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO followups_new (id, series_id, session_id, person, participant_id, reason, owner, status, created_at,
                           updated_at)
    SELECT id, series_id, session_id, person, participant_id, reason, owner, status, created_at, updated_at
    FROM followups;
DROP TABLE followups;
ALTER TABLE followups_new RENAME TO followups;
CREATE INDEX idx_followups_series ON followups(series_id, status);
CREATE INDEX idx_notes_series_seq ON notes(series_id, seq);
CREATE INDEX idx_notes_series_group ON notes(series_id, group_label);
CREATE INDEX idx_notes_session_kind ON notes(session_id, kind, seq);
CREATE INDEX idx_notes_theme_counts ON notes(id, session_id, group_label)
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
