"""Synthesis across a series: who owns an action note and by when, and the hours the team
planned and spent on synthesis (the toolkit planned 16 and needed 40).

An action's owner and due date are plain columns on the note so an action stays a note that
can be themed, searched and printed like any other.
"""

from sqlite_utils import Database

SCHEMA = """
ALTER TABLE notes ADD COLUMN action_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN action_due TEXT NOT NULL DEFAULT '';
ALTER TABLE series ADD COLUMN synthesis_hours_planned REAL;
ALTER TABLE series ADD COLUMN synthesis_hours_actual REAL
"""


def migrate(db: Database) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
