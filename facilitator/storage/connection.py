"""One configured connection to a workspace file, plain or encrypted, and the single place
where SQLite's failures become sentences a facilitator can act on.

A full disk, a read-only file or a busy lock all surface as ``StorageError`` from whichever
call tried to write; the transaction is rolled back, so the caller keeps the unsaved text and
can offer to save again. A damaged file surfaces as ``DamagedWorkspace``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
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

BUSY_TIMEOUT_MS = 5000
KDF_ITERATIONS = 256_000  # SQLCipher 4's default; part of the file format, so never change it lightly
SQLITE_HEADER = b"SQLite format 3\x00"

_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
if sqlcipher3 is not None:
    _DB_ERRORS += (sqlcipher3.DatabaseError,)

# Primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_BY_MESSAGE = (
    ("database or disk is full", _FULL),
    ("readonly database", _READONLY),
    ("read-only", _READONLY),
    ("disk i/o error", _IOERR),
    ("database is locked", _BUSY),
    ("database table is locked", _LOCKED),
    ("disk image is malformed", _CORRUPT),
    ("file is not a database", _NOTADB),
    ("unable to open database", _CANTOPEN),
)


def encryption_available() -> bool:
    return sqlcipher3 is not None


def _code(error: BaseException) -> int | None:
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
    code = _code(error)
    name = path.name if path else t("the workspace")
    kept = t("Nothing of this change was saved; what you typed is still here.")
    if code == _FULL:
        return StorageError(t("There is no room left on the disk holding {name}. {kept} Free some space, then save "
                              "again.").format(name=name, kept=kept))
    if code == _CANTOPEN and path is not None and path.parent.exists() and not os.access(path.parent, os.W_OK):
        code = _READONLY  # SQLite cannot create its side files in a read-only folder
    if code == _READONLY:
        return StorageError(t("The workspace file {name} (or its folder) is read-only. {kept} Check the file's "
                              "permissions, or open a copy kept somewhere you can write.").format(name=name, kept=kept))
    if code in (_BUSY, _LOCKED):
        return StorageError(t("Another program kept {name} busy for too long. {kept} Try again in a moment.").format(
            name=name, kept=kept))
    if code == _IOERR:
        return StorageError(t("The disk reported an error while using {name}. {kept} Check that the drive is still "
                              "connected, then save again.").format(name=name, kept=kept))
    if code == _CANTOPEN:
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


class WorkspaceDatabase(Database):
    """A sqlite-utils Database whose writes report disk problems as ``StorageError``.

    Every write in ``facilitator/storage`` goes through ``atomic()`` or ``execute()``, so
    this is the one place where a failed save becomes a sentence.
    """

    path: Path | None = None
    encrypted: bool = False
    passphrase: str | None = None  # kept so backups and worker connections use the same key

    @contextlib.contextmanager
    def atomic(self) -> Iterator["WorkspaceDatabase"]:
        with storage_errors(self.path, encrypted=self.encrypted):
            with super().atomic():
                yield self

    def execute(self, sql: str, parameters: Any = None) -> Any:
        with storage_errors(self.path, encrypted=self.encrypted):
            return super().execute(sql, parameters)

    def executescript(self, sql: str) -> Any:
        with storage_errors(self.path, encrypted=self.encrypted):
            return super().executescript(sql)


def create_private(path: Path) -> None:
    """Create the file owner-only before SQLite touches it: notes are sensitive."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def looks_encrypted(path: Path) -> bool:
    """A non-empty file without SQLite's plain header is encrypted (or damaged beyond reading)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER


def _raw_connect(path: Path, *, read_only: bool, passphrase: str | None) -> Any:
    target = f"file:{quote(str(path))}?mode={'ro' if read_only else 'rwc'}"
    if passphrase is None:
        return sqlite3.connect(target, uri=True)
    if sqlcipher3 is None:
        raise FacilitatorError("This workspace is encrypted; opening it needs the encryption extra "
                               "(pip install 'facilitator-companion[encryption]').")
    conn = sqlcipher3.connect(target, uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported to the person, not logged
    conn.execute("PRAGMA key = " + _quote_literal(passphrase))
    conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITERATIONS)}")
    return conn


def _quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(path: str | Path, *, passphrase: str | None = None, read_only: bool = False) -> WorkspaceDatabase:
    """A configured connection with no migration applied (tests and backups use it).

    ``passphrase`` opens (or creates) an SQLCipher-encrypted file. A wrong passphrase or a
    plain-text file opened with one raises ``PassphraseNeeded``.
    """
    if str(path) == ":memory:":
        db = WorkspaceDatabase(memory=True)
    else:
        path = Path(path)
        if not read_only:
            create_private(path)
        if passphrase is None and needs_passphrase(path):
            raise PassphraseNeeded(f"{path.name} is encrypted: give its passphrase to open it.")
        with storage_errors(path, encrypted=passphrase is not None):
            conn = _raw_connect(path, read_only=read_only, passphrase=passphrase)
            try:
                # Reading the schema is the first thing that fails on a wrong key or a damaged header.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                if not read_only:
                    conn.execute("PRAGMA journal_mode=WAL")
            except BaseException:
                conn.close()
                raise
        db = WorkspaceDatabase(conn)
        db.path = path
        db.encrypted = passphrase is not None
        db.passphrase = passphrase
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def needs_passphrase(path: Path) -> bool:
    """Encrypted, as far as the bytes tell: a workspace whose backups are plain SQLite was
    never encrypted, so there a bad header means damage instead."""
    from facilitator.storage.backup import backup_paths

    if not looks_encrypted(path):
        return False
    return not any(not looks_encrypted(p) for p in backup_paths(path)[:3])
