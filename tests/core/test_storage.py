"""The workspace file: migrations from every earlier version, privacy, and sharing."""

from __future__ import annotations

import os
import stat

import pytest

from facilitator.plan import agenda, templates
from facilitator.storage import data_version, open_workspace
from facilitator.storage import series as store
from facilitator.storage.migrations import MIGRATION_NAMES, MIGRATIONS
from facilitator.storage.workspace import connect


def _seed_first_version(db) -> None:
    """Rows written with the first schema's columns only, as the first release would have."""
    now = "2026-01-01T00:00:00+00:00"
    db.execute("INSERT INTO series (id, title, created_at, updated_at) VALUES ('s1', 'Old plan', ?, ?)", [now, now])
    for number in (1, 2):
        db.execute("INSERT INTO sessions (id, series_id, number, title, start_time, duration_minutes, created_at, "
                   "updated_at) VALUES (?, 's1', ?, ?, '09:00', 30, ?, ?)",
                   [f"x{number}", number, f"Session {number}", now, now])
        for position, (title, minutes) in enumerate([("Welcome", 10), ("Talk", 20)]):
            db.execute("INSERT INTO blocks (id, session_id, position, title, minutes, kind, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'other', ?, ?)",
                       [f"b{number}{position}", f"x{number}", position, title, minutes, now, now])
    db.conn.commit()


@pytest.mark.parametrize("stop_index", range(1, len(MIGRATION_NAMES) + 1))
def test_a_database_from_every_earlier_version_opens(tmp_path, stop_index):
    """Build the schema as an earlier release left it, put a series in, then open with today's code."""
    path = tmp_path / "old.db"
    db = connect(path)
    stop = MIGRATION_NAMES[stop_index] if stop_index < len(MIGRATION_NAMES) else None
    MIGRATIONS.apply(db, stop_before=stop)
    _seed_first_version(db)
    db.close()

    reopened = open_workspace(path)
    assert [m.name for m in MIGRATIONS.applied(reopened)] == MIGRATION_NAMES
    kept = store.get_series(reopened, "s1")
    assert kept.title == "Old plan"
    assert [(s.number, agenda.total_minutes(s.blocks)) for s in kept.sessions] == [(1, 30), (2, 30)]
    # and today's code can keep working on it
    templates.create_series(reopened, templates.get_template("breakthrough"), title="New plan")
    store.add_block(reopened, "x1", title="Close", minutes=5)
    assert agenda.total_minutes(store.get_session(reopened, "x1").blocks) == 35


def test_reopening_applies_nothing_twice(db_path):
    open_workspace(db_path).close()
    db = open_workspace(db_path)
    assert len(MIGRATIONS.applied(db)) == len(MIGRATION_NAMES)


def test_workspace_uses_wal_foreign_keys_and_is_owner_only(db, db_path):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_another_process_writing_changes_data_version(db, db_path):
    before = data_version(db)
    other = open_workspace(db_path)
    store.create_series(other, title="Written elsewhere")
    other.close()
    assert data_version(db) != before
    assert [s["title"] for s in store.list_series(db)] == ["Written elsewhere"]


def test_deleting_a_series_removes_its_sessions_and_blocks(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Gone")
    store.delete_series(db, series.id)
    assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM blocks").fetchone()[0] == 0


def test_ids_are_uuid_text(db):
    series = store.create_series(db, title="Ids")
    assert len(series.id) == 36 and series.id.count("-") == 4
