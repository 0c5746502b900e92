"""Who is invited to a session: a community conversation is for one stakeholder group at a
time, and its messages go to that group only. A session with no rows here is for everyone.

And childcare on the roster, beside dietary and access needs: families come when their
children are looked after, and the logistics sheet counts them."""

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE session_invitations (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, participant_id)
)
"""


def migrate(db: Database) -> None:
    db.execute(SCHEMA)
    db.execute("ALTER TABLE participants ADD COLUMN childcare TEXT NOT NULL DEFAULT ''")
