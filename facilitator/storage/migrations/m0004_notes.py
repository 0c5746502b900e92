"""Notes, drafts, themes, debriefs, follow-up calls, the values framework and survey imports.

Notes carry an integer ``seq`` as their rowid so the external-content FTS5 index keeps
pointing at the right rows after a VACUUM. Breakout groups and note-takers are kept as plain
text (plus an optional participant id) so this schema does not depend on how groups are stored.
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE notes (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    block_id TEXT REFERENCES blocks(id) ON DELETE SET NULL,
    block_title TEXT NOT NULL DEFAULT '',
    group_label TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'note',
    text TEXT NOT NULL,
    perspective TEXT NOT NULL DEFAULT '',
    offset_seconds REAL,
    taker_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    taker TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'capture',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_notes_series ON notes(series_id, session_id, seq);
CREATE INDEX idx_notes_session ON notes(session_id, seq);
CREATE VIRTUAL TABLE notes_fts USING fts5(
    text, content='notes', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
    INSERT INTO notes_fts(rowid, text) VALUES (new.seq, new.text);
END;
CREATE TABLE note_drafts (
    session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_themes_series ON themes(series_id, position);
CREATE TABLE note_themes (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    theme_id TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
    illustrative INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    PRIMARY KEY (note_id, theme_id)
);
CREATE INDEX idx_note_themes_theme ON note_themes(theme_id);
CREATE TABLE debrief_answers (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, prompt)
);
CREATE TABLE followups (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    person TEXT NOT NULL,
    participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    reason TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'to_call',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE framework_statements (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    statement TEXT NOT NULL,
    tensions TEXT NOT NULL DEFAULT '',
    guardrails TEXT NOT NULL DEFAULT '',
    questions TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE statement_notes (
    statement_id TEXT NOT NULL REFERENCES framework_statements(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, note_id)
);
CREATE TABLE framework_versions (
    id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    moment TEXT NOT NULL DEFAULT '',
    statements TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (series_id, number)
);
CREATE TABLE survey_imports (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    responses INTEGER NOT NULL,
    choice_counts TEXT NOT NULL,
    imported_at TEXT NOT NULL
)
"""


def migrate(db: Database) -> None:
    for statement in _statements(SCHEMA):
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """Split on ';' but keep trigger bodies (which hold ';') whole."""
    out: list[str] = []
    buffer = ""
    for part in script.split(";"):
        buffer += part
        if buffer.strip().upper().startswith("CREATE TRIGGER") and not buffer.strip().upper().endswith("END"):
            buffer += ";"
            continue
        if buffer.strip():
            out.append(buffer.strip())
        buffer = ""
    return out
