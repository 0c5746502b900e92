"""Who came without being on the roster: an attendance row added by a walk-in check-in is marked,
so the check-in line can say "2 walk-ins" and not count them among the people expected."""

from sqlite_utils import Database


def migrate(db: Database) -> None:
    db.execute("ALTER TABLE attendance ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0")
