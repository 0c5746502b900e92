"""Teams: several laptops working on one series, merged through a CRDT document (pycrdt).

``team_updates`` is the document itself, kept as the Yjs updates that built it (compacted into
one row now and then). ``team_state`` says which device this workspace is in a series' team and
what the shared tables held after the last merge, so the next merge can tell what changed here.
``team_peers`` remembers each other device's file as last merged, so the app can say when the
shared folder holds news.
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE team_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    update_bytes BLOB NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX idx_team_updates_series ON team_updates(series_id, seq);
CREATE TABLE team_state (
    series_id TEXT PRIMARY KEY REFERENCES series(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    folder TEXT NOT NULL DEFAULT '',
    last_sync TEXT,
    baseline TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE TABLE team_peers (
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    device_name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    digest TEXT NOT NULL,
    written_at TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    PRIMARY KEY (series_id, device_id)
)
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
