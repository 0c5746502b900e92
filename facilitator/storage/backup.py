"""Backups of a workspace file, taken with SQLite's online backup API.

A copy is taken when the app opens a workspace (before any migration) unless nothing changed
since the newest copy, and by commands at most once a day, so a bad upgrade, a slip of the hand
or a damaged disk costs at most one working session. Copies live in a ``backups`` folder beside
the workspace, are owner-only, are encrypted with the workspace's own key when it has one, and
are rotated: the newest ten, plus the newest of each of the last thirty days.

Many processes may open one workspace at once (the app, a foot pedal's command, a script), so
taking and rotating copies happens under a lock file in the backups folder, and a copy that
another process rotated away in the meantime is simply no longer listed. A copy that cannot be
written (a full disk) is reported once and never stops the workspace from opening.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

from facilitator.errors import FacilitatorError, NotFound, StorageError
from facilitator.i18n import t
from facilitator.storage.connection import (
    FULL,
    WorkspaceDatabase,
    connect,
    create_private,
    result_code,
    storage_errors,
)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, and vanished files are tolerated anyway
    fcntl = None

BACKUP_FOLDER = "backups"
KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    label: str  # "" for the automatic copy on opening; "manual", "before-restore"
    size: int
    series_count: int | None  # None when the copy cannot be read (wrong key, damaged)
    note_count: int | None  # None before the notes table exists

    @property
    def when(self) -> str:
        """Local date and time, as a person reads it."""
        return self.taken_at.astimezone().strftime("%d %b %Y %H:%M")

    def as_json(self) -> dict[str, Any]:
        return {"file": self.path.name, "path": str(self.path), "taken_at": self.taken_at.isoformat(),
                "label": self.label, "size": self.size, "series": self.series_count, "notes": self.note_count}


def backups_dir(workspace: Path) -> Path:
    return Path(workspace).parent / BACKUP_FOLDER


def _pattern(workspace: Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(workspace).stem) + r"-(\d{8}-\d{6}-\d{6})(?:-([a-z-]+))?\.db")


def backup_paths(workspace: Path) -> list[Path]:
    """Backup files of this workspace, newest first."""
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return []
    pattern = _pattern(workspace)
    found = [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _taken_at(workspace: Path, path: Path) -> tuple[datetime, str]:
    match = _pattern(workspace).fullmatch(path.name)
    if match is None:
        raise NotFound(t("{name} is not a backup of {workspace}.").format(
            name=path.name, workspace=Path(workspace).name))
    when = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
    return when, match.group(2) or ""


def _counts(db: WorkspaceDatabase) -> tuple[int | None, int | None]:
    try:
        with storage_errors(None):
            tables = set(db.table_names())
            series = db.execute("SELECT COUNT(*) FROM series").fetchone()[0] if "series" in tables else 0
            notes = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] if "notes" in tables else None
    except Exception:  # a copy that cannot be read shows as "?" rather than hiding the others
        return None, None
    return series, notes


def _open_read_only(path: Path, passphrase: str | None) -> WorkspaceDatabase | None:
    try:
        return connect(path, passphrase=passphrase, read_only=True)
    except FacilitatorError:
        return None


def _info(workspace: Path, path: Path, db: WorkspaceDatabase | None) -> BackupInfo:
    taken_at, label = _taken_at(workspace, path)
    series, notes = _counts(db) if db is not None else (None, None)
    return BackupInfo(path, taken_at, label, path.stat().st_size, series, notes)


def describe(workspace: Path, path: Path, *, passphrase: str | None = None) -> BackupInfo:
    db = _open_read_only(path, passphrase)
    try:
        return _info(workspace, path, db)
    finally:
        if db is not None:
            db.close()


def list_backups(workspace: Path, *, passphrase: str | None = None) -> list[BackupInfo]:
    """Every backup of ``workspace``, newest first, with its series and note counts (a copy that
    another process rotated away while we looked is left out)."""
    found = []
    for path in backup_paths(workspace):
        try:
            found.append(describe(workspace, path, passphrase=passphrase))
        except FileNotFoundError:
            continue
    return found


def integrity_problems(db: WorkspaceDatabase) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong; empty when the file is sound."""
    rows = [r[0] for r in db.conn.execute("PRAGMA quick_check").fetchall()]
    return [] if rows == ["ok"] else rows


def _sound(db: WorkspaceDatabase | None) -> bool:
    if db is None:
        return False
    try:
        with storage_errors(None):
            return not integrity_problems(db)
    except Exception:  # any failure to read the file means it is not sound
        return False


def newest_good_backup(workspace: Path, passphrase: str | None = None) -> BackupInfo | None:
    for path in backup_paths(workspace):
        db = _open_read_only(path, passphrase)
        try:
            if _sound(db):
                return _info(workspace, path, db)
        except FileNotFoundError:
            continue
        finally:
            if db is not None:
                db.close()
    return None


# ---------------------------------------------------------------- taking copies

@contextlib.contextmanager
def _rotation_lock(folder: Path) -> Iterator[None]:
    """One process at a time takes, rotates or clears copies of workspaces in ``folder``."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def _remove_partials(workspace: Path) -> None:
    """Half-written copies left by a process that died (under the lock, none is in progress)."""
    prefix = Path(workspace).stem + "-"
    for path in backups_dir(workspace).iterdir():
        if path.name.startswith(prefix) and (".partial" in path.name):
            path.unlink(missing_ok=True)


def _copy_with_backup_api(source: WorkspaceDatabase, target: Path, passphrase: str | None) -> None:
    """Copy page by page into a temporary file, then rename: a half-written copy never looks valid."""
    partial = target.with_name(target.name + ".partial")
    sides = (partial, Path(str(partial) + "-wal"), Path(str(partial) + "-shm"))
    try:
        partial.unlink(missing_ok=True)
        create_private(partial)
        dest = connect(partial, passphrase=passphrase)
        try:
            with storage_errors(target):
                source.conn.backup(dest.conn)
                # A copy is only ever read: without WAL, reading it leaves no -wal/-shm beside it.
                dest.conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except BaseException:
        for leftover in sides:
            leftover.unlink(missing_ok=True)
        raise
    for side in sides[1:]:
        side.unlink(missing_ok=True)
    os.replace(partial, target)


def _fingerprint(workspace: Path) -> list[int]:
    """Size and modification time of the file and its write-ahead log (an empty log counts as none)."""
    main = workspace.stat()
    try:
        wal_stat = Path(str(workspace) + "-wal").stat()
    except FileNotFoundError:  # another process may fold the log in and remove it at any moment
        wal_stat = None
    if wal_stat is None or wal_stat.st_size == 0:
        return [main.st_size, main.st_mtime_ns, 0, 0]
    return [main.st_size, main.st_mtime_ns, wal_stat.st_size, wal_stat.st_mtime_ns]


def _state_file(workspace: Path) -> Path:
    return backups_dir(workspace) / f".{Path(workspace).stem}.last-backup.json"


def create_backup(db: WorkspaceDatabase, *, label: str = "", now: datetime | None = None,
                  passphrase: str | None = None, keep_newest: int = KEEP_NEWEST) -> BackupInfo:
    """Copy the open workspace into its backups folder now, then rotate."""
    workspace = db.path
    if workspace is None:
        raise FacilitatorError(t("An in-memory workspace has no file to back up."))
    if label and not re.fullmatch(r"[a-z-]+", label):
        raise ValueError(f"Backup labels are lower-case words joined by '-', not {label!r}")
    with _rotation_lock(backups_dir(workspace)):
        return _create_backup_locked(db, label=label, now=now, passphrase=passphrase, keep_newest=keep_newest)


def _create_backup_locked(db: WorkspaceDatabase, *, label: str, now: datetime | None, passphrase: str | None,
                          keep_newest: int) -> BackupInfo:
    workspace = db.path
    now = now or datetime.now(timezone.utc)
    folder = backups_dir(workspace)
    _remove_partials(workspace)
    name = f"{workspace.stem}-{now.strftime(_STAMP)}{'-' + label if label else ''}.db"
    target = folder / name
    passphrase = passphrase if passphrase is not None else getattr(db, "passphrase", None)
    fingerprint = _fingerprint(workspace)
    _copy_with_backup_api(db, target, passphrase)
    state = _state_file(workspace)
    state.write_text(json.dumps({"fingerprint": fingerprint, "backup": name}), encoding="utf-8")
    os.chmod(state, 0o600)
    prune(workspace, now=now, keep_newest=keep_newest, keep=target)
    return _info(workspace, target, db)  # the copy holds what the open workspace holds


def backup_if_changed(db: WorkspaceDatabase, *, now: datetime | None = None,
                      keep_newest: int = KEEP_NEWEST) -> BackupInfo | None:
    """The copy taken on opening; skipped (None) when the file is as it was at the last copy."""
    workspace = db.path
    with _rotation_lock(backups_dir(workspace)):
        state = _state_file(workspace)
        try:
            last = json.loads(state.read_text(encoding="utf-8"))
            unchanged = (last["fingerprint"] == _fingerprint(workspace)
                         and (backups_dir(workspace) / last["backup"]).exists())
        except (OSError, ValueError, KeyError, TypeError):
            unchanged = False
        if unchanged:
            return None
        return _create_backup_locked(db, label="", now=now, passphrase=None, keep_newest=keep_newest)


def backup_on_open(db: WorkspaceDatabase, *, keep_newest: int = KEEP_NEWEST, every: timedelta | None = None,
                   now: datetime | None = None) -> str | None:
    """Take the copy due on opening; returns a sentence to say once if it could not be written.

    ``every`` None copies whenever the file changed; a period copies only when the newest copy
    is older than that. Never raises for the copy: the person's own data comes first.
    """
    checked_at = now or datetime.now(timezone.utc)
    try:
        if every is not None:
            paths = backup_paths(db.path)
            if paths and checked_at - _taken_at(db.path, paths[0])[0] < every:
                return None
        # The copy's own time is read under the rotation lock (unless a test gives one), so copies
        # taken by processes opening at once are named in the order they were taken.
        backup_if_changed(db, now=now, keep_newest=keep_newest)
    except (FacilitatorError, OSError) as error:
        full = (getattr(error, "errno", None) == errno.ENOSPC
                or (isinstance(error, StorageError) and result_code(error.__cause__) == FULL))
        reason = t("the disk is full") if full else str(error)
        return t("No backup of {name} could be taken as it opened ({reason}). Your work is saved as usual; "
                 "free some space so the next backup can be made.").format(name=db.path.name, reason=reason)
    return None


def prune(workspace: Path, *, now: datetime | None = None, keep_newest: int = KEEP_NEWEST,
          keep: Path | None = None) -> list[Path]:
    """Keep the newest ``keep_newest`` (ten unless the person chose otherwise), the newest of
    each of the last thirty days, and ``keep`` (the copy just taken, even if a clock set back
    named it older than the rest); returns what went."""
    now = now or datetime.now(timezone.utc)
    paths = backup_paths(workspace)
    kept = set(paths[:max(1, keep_newest)]) | ({Path(keep)} if keep else set())
    seen_days: set[str] = set()
    oldest_day = (now - timedelta(days=KEEP_DAILY_DAYS)).date()
    for path in paths:  # newest first, so the first of each day is that day's newest
        taken_at, _label = _taken_at(workspace, path)
        day = taken_at.date()
        if day > oldest_day and day.isoformat() not in seen_days:
            seen_days.add(day.isoformat())
            kept.add(path)
    removed = [p for p in paths if p not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


# ---------------------------------------------------------------- restoring

def resolve_backup(workspace: Path, ref: str, passphrase: str | None = None) -> Path:
    """A backup named by file name, path, or 'latest' (the newest that passes the integrity check)."""
    paths = backup_paths(workspace)
    if ref == "latest":
        newest = newest_good_backup(workspace, passphrase)
        if newest is None:
            raise NotFound(t("{workspace} has no good backup.").format(workspace=Path(workspace).name))
        return newest.path
    for path in paths:
        if ref in (path.name, str(path)) or Path(ref).resolve() == path.resolve():
            return path
    raise NotFound(t("There is no backup '{ref}' of {workspace}; "
                     "'facilitator backup list' shows them.").format(ref=ref, workspace=Path(workspace).name))


def restore_backup(workspace: Path, backup: Path, *, passphrase: str | None = None,
                   now: datetime | None = None) -> Path:
    """Put ``backup`` in place of the workspace; returns where the current file was kept first.

    A sound workspace is copied to a "before-restore" backup and then overwritten through the
    backup API, which is safe while other windows have it open. A damaged one is moved aside
    untouched (``<name>-damaged-<time>.db`` in the backups folder) and never deleted.
    """
    workspace = Path(workspace)
    backup = resolve_backup(workspace, str(backup), passphrase)
    now = now or datetime.now(timezone.utc)
    source = _open_read_only(backup, passphrase)
    try:
        if not _sound(source):
            raise FacilitatorError(t("The backup {name} is itself damaged or needs another passphrase; "
                                     "choose an older one.").format(name=backup.name))
        current = None
        if workspace.exists() and workspace.stat().st_size:
            try:
                current = connect(workspace, passphrase=passphrase)
            except FacilitatorError:
                current = None
        if current is not None and _sound(current):
            try:
                kept = create_backup(current, label="before-restore", now=now, passphrase=passphrase).path
                with storage_errors(workspace):
                    source.conn.backup(current.conn)
            finally:
                current.close()
        else:
            if current is not None:
                current.close()
            kept = _move_damaged_aside(workspace, now)
            _copy_with_backup_api(source, workspace, passphrase)
    finally:
        if source is not None:
            source.close()
    _state_file(workspace).unlink(missing_ok=True)
    return kept


def _move_damaged_aside(workspace: Path, now: datetime) -> Path:
    folder = backups_dir(workspace)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{workspace.stem}-damaged-{now.strftime(_STAMP)}.db"
    if workspace.exists():
        shutil.move(str(workspace), target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(workspace) + suffix)
        if side.exists():
            shutil.move(str(side), str(target) + suffix)
    return target
