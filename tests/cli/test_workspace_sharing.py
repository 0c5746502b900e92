"""One workspace file shared by the open app (a UI connection plus worker connections), the
command line and scripts running side by side: nothing written is lost, no writer fails while
another holds the file, and backups never stand between a person and their data."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.errors import DamagedWorkspace
from facilitator.plan import templates
from facilitator.storage import backup as backups
from facilitator.storage import notes as note_store
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from facilitator.storage.connection import connect, connections_open
from facilitator.storage.workspace import COMMAND_BACKUP_EVERY


def _cli(db_path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facilitator", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120)


def _count_in_new_process(db_path, table: str) -> int:
    done = subprocess.run([sys.executable, "-c", "import sqlite3, sys; "
                           f"print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM {table}').fetchone()[0])",
                           str(db_path)], capture_output=True, text=True, timeout=60, check=True)
    return int(done.stdout)


def _at_once(work, count: int) -> list[BaseException]:
    """Run ``work(i)`` in ``count`` threads started together; what any of them raised."""
    failures: list[BaseException] = []

    def guarded(i: int) -> None:
        try:
            work(i)
        except BaseException as error:  # noqa: BLE001 - every failure is the finding
            failures.append(error)

    threads = [threading.Thread(target=guarded, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


@pytest.fixture
def series_path(db_path):
    db = open_workspace(db_path)
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    session_id = series.sessions[0].id
    db.close()
    return db_path, series.id, session_id


@pytest.mark.slow
def test_app_with_a_worker_connection_keeps_its_log_while_commands_run(series_path):
    """The app holds its UI connection and a worker's; a command runs and ends; the app writes.
    Its write-ahead log must still be there and the write visible to any new process."""
    db_path, series_id, session_id = series_path
    app = open_workspace(db_path)
    worker = connect(db_path)  # what Workspace.open_worker_connection does
    assert connections_open(db_path) == 2
    try:
        listed = _cli(db_path, "series", "list")
        assert listed.returncode == 0, listed.stderr
        note_store.add_note(app, session_id, text="Written after the command ended")
        assert os.path.exists(f"{db_path}-wal"), "another process deleted the app's write-ahead log"
        assert _count_in_new_process(db_path, "notes") == 1
        added = _cli(db_path, "notes", "add", "Charter", "1", "From the terminal")
        assert added.returncode == 0, added.stderr
        assert {n.text for n in note_store.list_notes(worker, series_id=series_id)} == {
            "Written after the command ended", "From the terminal"}
    finally:
        worker.close()
        app.close()
    assert connections_open(db_path) == 0


def test_writers_that_read_first_wait_for_each_other_instead_of_failing(series_path):
    """30 writers at once, three times, each opening the workspace as a command does and saving a
    note (the command reads the agenda, then writes): none fails, none doubles, all are kept."""
    db_path, series_id, session_id = series_path

    def one_command(text: str) -> None:
        db = open_workspace(db_path, backup_every=COMMAND_BACKUP_EVERY)
        try:
            with db.atomic():  # read, then write: the upgrade that used to fail at once
                store.load_agenda(db, session_id)
                note_store.add_note(db, session_id, text=text, source="cli")
        finally:
            db.close()

    failures = []
    for burst in range(3):
        failures += _at_once(lambda i, burst=burst: one_command(f"burst {burst} note {i}"), 30)
    assert failures == []
    db = open_workspace(db_path)
    texts = [n.text for n in note_store.list_notes(db, series_id=series_id)]
    db.close()
    assert len(texts) == 90 and len(set(texts)) == 90


def test_twenty_simultaneous_opens_of_a_changed_file_take_turns_with_the_backups(series_path):
    db_path, _series_id, _session_id = series_path
    opened: list[str | None] = []

    def open_once(_i: int) -> None:
        db = open_workspace(db_path)  # the app's policy: a copy whenever the file changed
        opened.append(db.backup_warning)
        store.create_series(db, title="Changed by this opening")
        db.close()

    assert _at_once(open_once, 20) == [] and opened == [None] * 20
    assert 1 <= len(backups.list_backups(db_path)) <= backups.KEEP_NEWEST + 1
    assert not [p for p in backups.backups_dir(db_path).iterdir() if ".partial" in p.name]


def test_twenty_simultaneous_first_opens_of_a_new_file_migrate_once(db_path):
    assert _at_once(lambda _i: open_workspace(db_path).close(), 20) == []
    db = open_workspace(db_path)
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations").fetchall()]
    db.close()
    assert len(names) == len(set(names))


def test_a_backup_that_cannot_be_written_is_said_once_and_the_workspace_opens(series_path, monkeypatch):
    db_path, series_id, _ = series_path

    def no_room(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_copy_with_backup_api", no_room)
    db = open_workspace(db_path)
    assert "could be taken" in db.backup_warning and "disk is full" in db.backup_warning
    assert store.get_series(db, series_id).title == "Charter conversations"
    db.close()
    result = CliRunner().invoke(main, ["--db", str(db_path), "series", "list"])
    assert result.exit_code == 0, result.output
    assert "Charter conversations" in result.output


def test_commands_copy_the_workspace_at_most_once_a_day(series_path):
    db_path, _, _ = series_path
    runner = CliRunner()
    for title in ("One", "Two", "Three"):
        assert runner.invoke(main, ["--db", str(db_path), "series", "new", "--template", "blank",
                                    "--title", title]).exit_code == 0
    assert len(backups.backup_paths(db_path)) == 1
    db = open_workspace(db_path)  # the app copies whenever the file changed
    db.close()
    assert len(backups.backup_paths(db_path)) == 2
    tomorrow = datetime.now(timezone.utc) + COMMAND_BACKUP_EVERY + timedelta(minutes=1)
    db = open_workspace(db_path, backup=False)
    store.create_series(db, title="Four")
    assert backups.backup_on_open(db, every=COMMAND_BACKUP_EVERY, now=tomorrow) is None
    db.close()
    assert len(backups.backup_paths(db_path)) == 3


def test_a_half_written_copy_left_by_a_dead_process_is_cleared(series_path):
    db_path, _, _ = series_path
    folder = backups.backups_dir(db_path)
    folder.mkdir(exist_ok=True)
    stale = folder / "workspace-20260101-000000-000000.db.partial"
    stale.write_bytes(b"half a copy")
    db = open_workspace(db_path)
    db.close()
    assert not stale.exists()
    assert [b.series_count for b in backups.list_backups(db_path)] == [1]


def test_a_vanished_backup_is_not_an_error(series_path, monkeypatch):
    db_path, _, _ = series_path
    open_workspace(db_path).close()
    real_describe = backups.describe

    def rotated_away_meanwhile(workspace, path, **kwargs):
        path.unlink()
        return real_describe(workspace, path, **kwargs)

    monkeypatch.setattr(backups, "describe", rotated_away_meanwhile)
    assert backups.list_backups(db_path) == []


def test_a_damaged_header_without_backups_is_damage_not_encryption(db_path):
    db = open_workspace(db_path)
    templates.create_series(db, templates.get_template("blank"), title="Only copy")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with open(db_path, "r+b") as handle:  # no connection is open: the damage a disk might do
        handle.write(b"\x00" * 16)
    with pytest.raises(DamagedWorkspace, match="is damaged") as caught:
        open_workspace(db_path)
    assert caught.value.backup is None
    result = CliRunner().invoke(main, ["--db", str(db_path), "series", "list"], input="")
    assert result.exit_code == 2
    assert "is damaged" in result.output and "assphrase" not in result.output
