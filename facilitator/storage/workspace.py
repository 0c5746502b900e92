"""Opening a workspace file: one SQLite database that holds many series.

The app and command-line calls may share one file at the same time, so every connection
uses WAL, a busy timeout and short transactions; ``data_version`` lets the app notice
what another process wrote.

Opening checks the file (``PRAGMA quick_check``) and takes a backup before any migration
touches it; a damaged file is refused before anything is written to it.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.errors import DamagedWorkspace, FacilitatorError
from facilitator.storage import backup as backups
from facilitator.storage.connection import (
    BUSY_TIMEOUT_MS, WorkspaceDatabase, connect, encryption_available, looks_encrypted, storage_errors,
)
from facilitator.storage.migrations import MIGRATIONS

__all__ = ["BUSY_TIMEOUT_MS", "WorkspaceDatabase", "connect", "open_workspace", "data_version",
           "create_encrypted_workspace", "change_passphrase", "is_encrypted", "encryption_available"]


def open_workspace(path: str | Path, *, passphrase: str | None = None, backup: bool = True,
                   keep_backups: int = backups.KEEP_NEWEST) -> WorkspaceDatabase:
    """Open (creating if needed), check, back up, and bring the schema up to date.

    ``backup`` and ``keep_backups`` come from the person's settings (the GUI passes them in).

    Raises ``DamagedWorkspace`` (carrying the newest good backup) without writing to a
    damaged file, and ``PassphraseNeeded`` for an encrypted file without the right passphrase.
    """
    if str(path) == ":memory:":
        db = connect(path)
        MIGRATIONS.apply(db)
        return db
    path = Path(path)
    had_data = path.exists() and path.stat().st_size > 0
    db = connect(path, passphrase=passphrase)
    try:
        with storage_errors(path, encrypted=db.encrypted):
            if had_data:
                problems = backups.integrity_problems(db)
                if problems:
                    raise DamagedWorkspace(path, backups.newest_good_backup(path, passphrase), "; ".join(problems[:5]))
                if backup:
                    backups.backup_if_changed(db, keep_newest=keep_backups)
            if MIGRATIONS.pending(db):
                MIGRATIONS.apply(db)
                # A schema change rewrites much of the file; fold it in now rather than leave
                # a large write-ahead log on a nearly full disk.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        db.close()
        raise
    return db


def data_version(db: WorkspaceDatabase) -> int:
    """Changes when another connection commits; cheap enough to poll every half second."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def is_encrypted(path: str | Path) -> bool:
    return looks_encrypted(Path(path))


def create_encrypted_workspace(path: str | Path, passphrase: str) -> WorkspaceDatabase:
    """A new, empty workspace encrypted with ``passphrase`` (SQLCipher)."""
    path = Path(path)
    if not encryption_available():
        raise FacilitatorError("Encrypted workspaces need the encryption extra "
                               "(pip install 'facilitator-companion[encryption]').")
    if not passphrase:
        raise FacilitatorError("An encrypted workspace needs a passphrase that is not empty.")
    if path.exists() and path.stat().st_size:
        raise FacilitatorError(f"{path.name} already exists; choose a new file name for the encrypted workspace.")
    return open_workspace(path, passphrase=passphrase)


def change_passphrase(db: WorkspaceDatabase, new_passphrase: str) -> int:
    """Re-encrypt the open workspace and every one of its backups under ``new_passphrase``.

    Backups are re-keyed too, so the new passphrase restores any of them and the old one
    opens nothing. Returns the number of backups re-keyed.
    """
    if not db.encrypted:
        raise FacilitatorError("This workspace is not encrypted, so it has no passphrase to change.")
    if not new_passphrase:
        raise FacilitatorError("The new passphrase cannot be empty.")
    old = db.passphrase
    literal = "'" + new_passphrase.replace("'", "''") + "'"
    with storage_errors(db.path, encrypted=True):
        db.conn.execute("PRAGMA rekey = " + literal)
    db.passphrase = new_passphrase
    count = 0
    for path in backups.backup_paths(db.path):
        copy = connect(path, passphrase=old)
        try:
            with storage_errors(path, encrypted=True):
                copy.conn.execute("PRAGMA rekey = " + literal)
            count += 1
        finally:
            copy.close()
    return count
