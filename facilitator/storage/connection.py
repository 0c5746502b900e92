"""One configured connection to a workspace file, plain or encrypted, and the single place
where SQLite's failures become sentences a facilitator can act on.

A full disk, a read-only file or a busy lock all surface as ``StorageError`` from whichever
call tried to write; the transaction is rolled back, so the caller keeps the unsaved text and
can offer to save again. A damaged file surfaces as ``DamagedWorkspace``.

The app, its worker threads and ``facilitator`` commands share one file, so two rules hold here:

- This process never opens the workspace file with anything but SQLite while it holds a
  connection to it. POSIX locks belong to the process, and closing *any* descriptor of the file
  drops all of them; another process would then think it is alone, checkpoint and delete the
  write-ahead log under our feet, and every later write of ours would be lost. ``_OPEN`` counts
  this process's connections per file, and the one raw read left (telling a damaged header from
  an encrypted one) happens only when that count is zero.
- Every write transaction begins ``IMMEDIATE``: a deferred one that reads first and then writes
  must upgrade its lock, and SQLite reports that as busy at once instead of waiting.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from sqlite_utils import Database

from facilitator.errors import DamagedWorkspace, FacilitatorError, PassphraseNeeded, StorageError
from facilitator.i18n import t

try:  # optional: pip install facilitator-companion[encryption]
    import sqlcipher3
except ImportError:  # pragma: no cover - exercised where the extra is absent
    sqlcipher3 = None

# Long enough that a person never meets it while another window or command is saving; a lock
# held longer than this is a real problem and gets the "busy for too long" sentence.
BUSY_TIMEOUT_MS = 30_000
KDF_ITERATIONS = 256_000  # SQLCipher 4's default; part of the file format, so never change it lightly
SQLITE_HEADER = b"SQLite format 3\x00"

_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
if sqlcipher3 is not None:
    _DB_ERRORS += (sqlcipher3.DatabaseError,)

# Primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, IOERR, _CORRUPT, FULL, CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_BY_MESSAGE = (
    ("database or disk is full", FULL),
    ("readonly database", _READONLY),
    ("read-only", _READONLY),
    ("disk i/o error", IOERR),
    ("database is locked", _BUSY),
    ("database table is locked", _LOCKED),
    ("disk image is malformed", _CORRUPT),
    ("file is not a database", _NOTADB),
    ("unable to open database", CANTOPEN),
)


def encryption_available() -> bool:
    return sqlcipher3 is not None


def result_code(error: BaseException | None) -> int | None:
    """SQLite's primary result code for a failure (from the extended code, else the message)."""
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF != 1:
        return code & 0xFF
    text = str(error).lower()
    for fragment, value in _BY_MESSAGE:
        if fragment in text:
            return value
    return None


def translate(error: BaseException, path: Path | None, *, encrypted: bool = False) -> FacilitatorError | None:
    """The FacilitatorError a person should read for this SQLite failure, or None if it is a bug."""
    code = result_code(error)
    name = path.name if path else t("the workspace")
    kept = t("Nothing of this change was saved; what you typed is still here.")
    if code == FULL:
        return StorageError(t("There is no room left on the disk holding {name}. {kept} Free some space, then save "
                              "again.").format(name=name, kept=kept))
    if code == CANTOPEN and path is not None and path.parent.exists() and not os.access(path.parent, os.W_OK):
        code = _READONLY  # SQLite cannot create its side files in a read-only folder
    if code == _READONLY:
        return StorageError(t("The workspace file {name} (or its folder) is read-only. {kept} Check the file's "
                              "permissions, or open a copy kept somewhere you can write.").format(name=name, kept=kept))
    if code in (_BUSY, _LOCKED):
        return StorageError(t("Another program kept {name} busy for too long. {kept} Try again in a moment.").format(
            name=name, kept=kept))
    if code == IOERR:
        return StorageError(t("The disk reported an error while using {name}. {kept} Check that the drive is still "
                              "connected, then save again.").format(name=name, kept=kept))
    if code == CANTOPEN:
        return StorageError(t("Facilitator cannot open {name}. Check that the folder exists and that you may write "
                              "to it.").format(name=path or name))
    if code == _NOTADB and encrypted:
        return PassphraseNeeded(t("That passphrase does not open {name}.").format(name=name))
    if code in (_CORRUPT, _NOTADB) and path is not None:
        from facilitator.storage.backup import newest_good_backup

        return DamagedWorkspace(path, newest_good_backup(path), detail=str(error))
    return None


@contextlib.contextmanager
def storage_errors(path: Path | None, *, encrypted: bool = False) -> Iterator[None]:
    """Turn SQLite's disk and lock failures raised inside the block into FacilitatorErrors."""
    try:
        yield
    except FacilitatorError:
        raise
    except _DB_ERRORS as error:
        mapped = translate(error, path, encrypted=encrypted)
        if mapped is None:
            raise
        raise mapped from error


_OPEN: Counter[str] = Counter()
_OPEN_LOCK = threading.Lock()


def _key(path: Path) -> str:
    return os.path.realpath(path)


def connections_open(path: Path) -> int:
    """How many connections this process holds to ``path`` right now."""
    with _OPEN_LOCK:
        return _OPEN[_key(path)]


class WorkspaceDatabase(Database):
    """A sqlite-utils Database whose writes report disk problems as ``StorageError``.

    Every write in ``facilitator/storage`` goes through ``atomic()`` or ``execute()``, so
    this is the one place where a failed save becomes a sentence.
    """

    path: Path | None = None
    encrypted: bool = False
    passphrase: str | None = None  # kept so backups and worker connections use the same key
    read_only: bool = False  # opened from a place this person may not write to, or from a full disk
    refusal: StorageError | None = None  # what a write says when read_only is not about permissions
    backup_warning: str | None = None  # said once when the backup taken on opening failed
    _counted: str | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator["WorkspaceDatabase"]:
        """One transaction (a savepoint when nested) that takes the write lock at its start."""
        if self.read_only:
            raise self.refusal or read_only_error(self.path)
        with storage_errors(self.path, encrypted=self.encrypted):
            if self.conn.in_transaction:
                with super().atomic():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._counted is not None:
                with _OPEN_LOCK:
                    _OPEN[self._counted] -= 1
                    if _OPEN[self._counted] <= 0:
                        del _OPEN[self._counted]
                self._counted = None

    def execute(self, sql: str, parameters: Any = None) -> Any:
        with storage_errors(self.path, encrypted=self.encrypted):
            return super().execute(sql, parameters)

    def executescript(self, sql: str) -> Any:
        with storage_errors(self.path, encrypted=self.encrypted):
            return super().executescript(sql)


def create_private(path: Path) -> None:
    """Create the file owner-only before SQLite touches it: notes are sensitive. An existing file
    is never opened here (see the module's first rule); SQLite gives the ``-wal`` and ``-shm`` it
    creates the main file's permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _header_is_plain_sqlite(path: Path) -> bool:
    """Whether a file SQLite refused still carries the fixed fields of a plain SQLite header.

    SQLCipher encrypts everything after the first 16 bytes, so page size and the three fixed
    payload fractions (64, 32, 32) surviving there mean a plain workspace whose first bytes were
    damaged, not an encrypted one. Only called while this process holds no connection to the file.
    """
    if connections_open(path):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    if len(head) < 24:
        return True  # too short to be an encrypted workspace either
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    return 512 <= page <= 65536 and page & (page - 1) == 0 and head[21:24] == b"\x40\x20\x20"


def _raw_connect(path: Path, *, read_only: bool, passphrase: str | None, immutable: bool = False) -> Any:
    target = f"file:{quote(str(path))}?mode={'ro' if read_only else 'rwc'}{'&immutable=1' if immutable else ''}"
    timeout = BUSY_TIMEOUT_MS / 1000  # also covers switching a new file to WAL while others open it
    if passphrase is None:
        return sqlite3.connect(target, uri=True, timeout=timeout)
    if sqlcipher3 is None:
        raise FacilitatorError(t("This workspace is encrypted; opening it needs the encryption extra "
                                 "(pip install 'facilitator-companion[encryption]')."))
    conn = sqlcipher3.connect(target, uri=True, timeout=timeout)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported to the person, not logged
    conn.execute("PRAGMA key = " + _quote_literal(passphrase))
    conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITERATIONS)}")
    return conn


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def read_only_error(path: Path | None) -> StorageError:
    name = path.name if path else t("the workspace")
    return StorageError(t("{name} is open read-only because its file or folder cannot be written to, so nothing "
                          "can be changed. Copy it somewhere you can write, or ask for write permission.").format(
        name=name))


def connect(path: str | Path, *, passphrase: str | None = None, read_only: bool = False,
            refusal: StorageError | None = None) -> WorkspaceDatabase:
    """A configured connection with no migration applied (tests and backups use it).

    ``passphrase`` opens (or creates) an SQLCipher-encrypted file. A wrong passphrase, or an
    encrypted file opened without one, raises ``PassphraseNeeded``; a file that is neither plain
    nor (as far as its header tells) encrypted raises ``DamagedWorkspace``.

    ``refusal`` opens the file read-only as it is on disk, ignoring locks (SQLite's
    ``immutable``), and makes every write raise that error: for reading from a full disk, where
    SQLite cannot create the shared-memory file it needs to read a shared file.
    """
    # execute_plugins=False: a sqlite-utils plugin installed beside the app must not change how a
    # workspace is read, and looking for plugins costs a foot pedal's `live toggle` a tenth of a second.
    if str(path) == ":memory:":
        db = WorkspaceDatabase(memory=True, execute_plugins=False)
    else:
        path = Path(path)
        if not read_only:
            create_private(path)
        try:
            with storage_errors(path, encrypted=passphrase is not None):
                conn = _raw_connect(path, read_only=read_only or refusal is not None, passphrase=passphrase,
                                    immutable=refusal is not None)
                try:
                    # Reading the schema is the first thing that fails on a wrong key or a damaged header.
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    if not read_only and refusal is None:
                        conn.execute("PRAGMA journal_mode=WAL")
                except BaseException:
                    conn.close()
                    raise
        except DamagedWorkspace as damaged:
            if passphrase is None and damaged.backup is None and not _header_is_plain_sqlite(path):
                raise PassphraseNeeded(t("{name} is encrypted: give its passphrase to open it.").format(
                    name=path.name)) from None
            raise
        db = WorkspaceDatabase(conn, execute_plugins=False)
        db.path = path
        db.encrypted = passphrase is not None
        db.passphrase = passphrase
        db.read_only = read_only or refusal is not None
        db.refusal = refusal
        db._counted = _key(path)
        with _OPEN_LOCK:
            _OPEN[db._counted] += 1
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def writable(path: Path) -> bool:
    """Whether SQLite may write here: the file (if it exists) and its folder, for -wal and -shm."""
    folder = path.parent if path.parent.exists() else None
    file_ok = not path.exists() or os.access(path, os.W_OK)
    return file_ok and (folder is None or os.access(folder, os.W_OK))


def needs_passphrase(path: Path) -> bool:
    """Whether SQLite refuses ``path`` without a key because it is encrypted (not damaged)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        connect(path, read_only=not writable(path)).close()
    except PassphraseNeeded:
        return True
    except FacilitatorError:
        return False  # damaged or unreadable: opening it says so in its own words
    return False
