"""Backups: taken on opening before any migration, skipped when nothing changed, rotated,
listed with their contents, and restored with a safety copy of the current file first."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone

import pytest

from facilitator.plan import templates
from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from facilitator.storage.migrations import MIGRATION_NAMES, MIGRATIONS
from facilitator.storage.workspace import connect


def _workspace_with(db_path, *titles):
    db = open_workspace(db_path)
    for title in titles:
        store.create_series(db, title=title)
    db.close()


def test_a_brand_new_workspace_needs_no_backup(db_path):
    open_workspace(db_path).close()
    assert backups.backup_paths(db_path) == []


def test_opening_backs_up_once_until_something_changes(db_path):
    _workspace_with(db_path, "Charter conversations")
    open_workspace(db_path).close()
    assert len(backups.backup_paths(db_path)) == 1
    open_workspace(db_path).close()
    open_workspace(db_path).close()
    assert len(backups.backup_paths(db_path)) == 1, "nothing changed, so no new copy"

    db = open_workspace(db_path)
    store.create_series(db, title="Budget listening tour")
    db.close()
    open_workspace(db_path).close()
    newest = backups.list_backups(db_path)
    assert len(newest) == 2
    assert newest[0].series_count == 2 and newest[1].series_count == 1


def test_the_backup_is_taken_before_any_migration(db_path):
    db = connect(db_path)
    MIGRATIONS.apply(db, stop_before=MIGRATION_NAMES[-1])
    store.create_series(db, title="Made by an older version")
    db.close()

    open_workspace(db_path).close()
    copy = connect(backups.backup_paths(db_path)[0], read_only=True)
    applied = [m.name for m in MIGRATIONS.applied(copy)]
    copy.close()
    assert applied == MIGRATION_NAMES[:-1]


def test_backups_are_owner_only(db_path):
    _workspace_with(db_path, "Private")
    open_workspace(db_path).close()
    if os.name != "posix":
        pytest.skip("permissions are POSIX-only")
    assert stat.S_IMODE(backups.backups_dir(db_path).stat().st_mode) == 0o700
    for path in backups.backups_dir(db_path).iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_reading_backups_leaves_no_side_files(db_path):
    _workspace_with(db_path, "One")
    open_workspace(db_path).close()
    backups.list_backups(db_path)
    names = sorted(p.name for p in backups.backups_dir(db_path).iterdir())
    assert not [n for n in names if n.endswith(("-wal", "-shm", ".partial"))]


def test_rotation_keeps_the_newest_ten_and_one_a_day_for_thirty_days(db):
    start = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
    taken = []
    for day in range(40):
        for hour in (9, 17):  # two copies a day
            when = start + timedelta(days=day, hours=hour - 9)
            taken.append(backups.create_backup(db, now=when).taken_at)
    kept = [b.taken_at for b in backups.list_backups(db.path)]
    now = taken[-1]
    newest_ten = sorted(taken, reverse=True)[:10]
    daily = {}
    for when in sorted(taken):
        if when.date() > (now - timedelta(days=30)).date():
            daily[when.date()] = when
    assert set(kept) == set(newest_ten) | set(daily.values())
    assert len(kept) == len(set(newest_ten) | set(daily.values())) < len(taken)


def test_a_copy_taken_by_a_clock_set_back_is_kept(db):
    """Ten copies from later in the day, then one whose clock reads earlier (a laptop's clock
    corrected, or two processes that read the time before taking turns): it is the newest
    content, so rotation keeps it instead of deleting it as it is written."""
    store.create_series(db, title="A")
    later = datetime(2026, 5, 4, 18, 0, tzinfo=timezone.utc)
    for minute in range(backups.KEEP_NEWEST):
        backups.create_backup(db, now=later + timedelta(minutes=minute))
    store.create_series(db, title="B")
    taken = backups.create_backup(db, now=later - timedelta(hours=1))
    assert taken.path.exists() and taken.series_count == 2
    assert taken.path in backups.backup_paths(db.path)


def test_the_list_counts_series_and_notes_when_a_notes_table_exists(db):
    store.create_series(db, title="A")
    store.create_series(db, title="B")
    without_notes = backups.create_backup(db, label="manual")
    if "notes" not in db.table_names():
        assert without_notes.note_count is None
        db.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT)")
    before = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    with_notes = backups.create_backup(db, label="manual", now=datetime.now(timezone.utc) + timedelta(seconds=1))
    assert without_notes.series_count == 2
    assert with_notes.note_count == before
    assert with_notes.label == "manual"


def test_restore_brings_back_a_deleted_series_and_keeps_the_current_file_first(db_path):
    _workspace_with(db_path, "Keep me")
    db = open_workspace(db_path)  # this opening takes the copy that holds "Keep me"
    good = backups.backup_paths(db_path)[0]
    store.delete_series(db, store.find_series(db, "Keep me"))
    store.create_series(db, title="Written after the backup")

    kept = backups.restore_backup(db_path, good)

    # the window that was open sees the restored data
    assert [s["title"] for s in store.list_series(db)] == ["Keep me"]
    db.close()
    reopened = open_workspace(db_path)
    assert [s["title"] for s in store.list_series(reopened)] == ["Keep me"]
    reopened.close()
    safety = connect(kept, read_only=True)
    assert [r["title"] for r in safety.query("SELECT title FROM series")] == ["Written after the backup"]
    safety.close()
    assert "before-restore" in kept.name


def test_restoring_an_unknown_backup_names_the_problem(db_path):
    _workspace_with(db_path, "A")
    with pytest.raises(backups.NotFound, match="no backup 'nope.db'"):
        backups.restore_backup(db_path, "nope.db")
