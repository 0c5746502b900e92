"""Opening a workspace file: one SQLite database that holds many series.

The app and command-line calls may share one file at the same time, so every connection
uses WAL, a busy timeout and short transactions; ``data_version`` lets the app notice
what another process wrote.

Opening checks the file (``PRAGMA quick_check``) and takes a backup before any migration
touches it; a damaged file is refused before anything is written to it. A backup that cannot be
written (a full disk) never stands between a person and their data: the workspace opens anyway
and ``db.backup_warning`` says so once. A file or folder that cannot be written opens read-only.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from facilitator.errors import DamagedWorkspace, FacilitatorError, StorageError
from facilitator.i18n import t
from facilitator.storage import backup as backups
from facilitator.storage.connection import (
    BUSY_TIMEOUT_MS,
    CANTOPEN,
    FULL,
    IOERR,
    WorkspaceDatabase,
    connect,
    encryption_available,
    read_only_error,
    result_code,
    storage_errors,
    translate,
    writable,
)
from facilitator.storage.migrations import MIGRATIONS

__all__ = ["BUSY_TIMEOUT_MS", "WorkspaceDatabase", "connect", "open_workspace", "data_version",
           "create_encrypted_workspace", "change_passphrase", "encryption_available"]

# Commands run often and side by side (a foot pedal, a script adding notes); a copy on each would
# make thirty of them in a row copy the file thirty times. The app copies on every start.
COMMAND_BACKUP_EVERY = timedelta(days=1)


def open_workspace(path: str | Path, *, passphrase: str | None = None, backup: bool = True,
                   keep_backups: int = backups.KEEP_NEWEST, backup_every: timedelta | None = None,
                   ) -> WorkspaceDatabase:
    """Open (creating if needed), check, back up, and bring the schema up to date.

    ``backup`` and ``keep_backups`` come from the person's settings (the GUI passes them in).
    ``backup_every`` None copies whenever the file changed since the last copy; a period copies
    only when the newest copy is older than that (the command line passes a day).

    Raises ``DamagedWorkspace`` (carrying the newest good backup) without writing to a
    damaged file, and ``PassphraseNeeded`` for an encrypted file without the right passphrase.
    """
    if str(path) == ":memory:":
        db = connect(path)
        MIGRATIONS.apply(db)
        return db
    path = Path(path)
    had_data = path.exists() and path.stat().st_size > 0
    read_only = had_data and not writable(path)
    log_was_empty = _side_files_empty(path)
    try:
        db = connect(path, passphrase=passphrase, read_only=read_only)
    except StorageError as error:
        if not (had_data and log_was_empty and result_code(error.__cause__) in (FULL, IOERR, CANTOPEN)):
            raise
        refusal = read_only_error(path) if read_only else translate(
            sqlite3.OperationalError("database or disk is full"), path)
        db = _open_as_it_stands(path, passphrase, refusal)
        read_only = True
    try:
        with storage_errors(path, encrypted=db.encrypted):
            if had_data:
                problems = backups.integrity_problems(db)
                if problems:
                    raise DamagedWorkspace(path, backups.newest_good_backup(path, passphrase), "; ".join(problems[:5]))
            if read_only:
                if MIGRATIONS.pending(db):
                    raise StorageError(t("{name} was saved by an earlier version and must be updated before it "
                                         "opens, but its file or folder cannot be written to. Copy it somewhere "
                                         "you can write, then open the copy.").format(name=path.name))
                return db
            if had_data and backup:
                db.backup_warning = backups.backup_on_open(db, keep_newest=keep_backups, every=backup_every)
            _migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def _side_files_empty(path: Path) -> bool:
    """No write-ahead log with content beside the file (none, or empty): what is on disk is all."""
    try:
        return Path(f"{path}-wal").stat().st_size == 0
    except FileNotFoundError:
        return True


def _open_as_it_stands(path: Path, passphrase: str | None, refusal: StorageError) -> WorkspaceDatabase:
    """Read a workspace where SQLite cannot create the shared-memory file that reading a shared
    file needs (a full disk, a read-only folder), refusing every write with ``refusal``.

    Taken only when the log was empty before we tried: then no other process is writing (it would
    have made the shared-memory file already) and the file as it stands is the whole workspace.
    The empty side files our failed attempt may have left are removed again.
    """
    for side in ("-wal", "-shm"):
        leftover = Path(f"{path}{side}")
        try:
            if leftover.stat().st_size == 0:
                leftover.unlink()
        except OSError:  # absent, or in a folder we may not change
            pass
    return connect(path, passphrase=passphrase, refusal=refusal)


def _migrate(db: WorkspaceDatabase) -> None:
    """Bring the schema up to date inside one write transaction, so that of several processes
    opening a new or older file at once, one migrates and the others find nothing left to do."""
    if not MIGRATIONS.pending(db):
        return
    with db.atomic():
        if MIGRATIONS.pending(db):
            MIGRATIONS.apply(db)
    # A schema change rewrites much of the file; fold it in now rather than leave
    # a large write-ahead log on a nearly full disk.
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def data_version(db: WorkspaceDatabase) -> int:
    """Changes when another connection commits; cheap enough to poll every half second."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def create_encrypted_workspace(path: str | Path, passphrase: str) -> WorkspaceDatabase:
    """A new, empty workspace encrypted with ``passphrase`` (SQLCipher)."""
    path = Path(path)
    if not encryption_available():
        raise FacilitatorError(t("Encrypted workspaces need the encryption extra "
                                 "(pip install 'facilitator-companion[encryption]')."))
    if not passphrase:
        raise FacilitatorError(t("An encrypted workspace needs a passphrase that is not empty."))
    if path.exists() and path.stat().st_size:
        raise FacilitatorError(t("{name} already exists; choose a new file name for the encrypted workspace.").format(
            name=path.name))
    return open_workspace(path, passphrase=passphrase)


def change_passphrase(db: WorkspaceDatabase, new_passphrase: str) -> int:
    """Re-encrypt the open workspace and every one of its backups under ``new_passphrase``.

    Backups are re-keyed too, so the new passphrase restores any of them and the old one
    opens nothing. Returns the number of backups re-keyed.
    """
    if not db.encrypted:
        raise FacilitatorError(t("This workspace is not encrypted, so it has no passphrase to change."))
    if not new_passphrase:
        raise FacilitatorError(t("The new passphrase cannot be empty."))
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
