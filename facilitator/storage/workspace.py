"""Opening a workspace file: one SQLite database that holds many series.

The app and command-line calls may share one file at the same time, so every connection
uses WAL, a busy timeout and short transactions; ``data_version`` lets the app notice
what another process wrote.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

from facilitator.storage.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 5000


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite touches it: notes are sensitive."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def connect(path: str | Path) -> Database:
    """A configured connection with no migration applied (tests and backups use it)."""
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        path = Path(path)
        _create_private(path)
        db = Database(path)
        db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def open_workspace(path: str | Path) -> Database:
    """Open (creating if needed) and bring the schema up to date."""
    db = connect(path)
    MIGRATIONS.apply(db)
    return db


def data_version(db: Database) -> int:
    """Changes when another connection commits; cheap enough to poll every half second."""
    return db.execute("PRAGMA data_version").fetchone()[0]
