"""What the person approved before anything left the team: for each passage of an external
summary of a series or one of its sessions (a theme title, a quote, ...), the text they
accepted or edited.

A passage is known by a fingerprint of its source text and of its automatic redaction, so an
edited note or a changed roster makes it wait for review again. The table holds redacted text
only; erasing a participant also redacts what a person typed into an edit.
"""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE external_reviews (
    series_id TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    passage TEXT NOT NULL,
    text TEXT NOT NULL,
    edited INTEGER NOT NULL DEFAULT 0,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (series_id, passage)
)
"""


def migrate(db: Database) -> None:
    db.execute(SCHEMA)
