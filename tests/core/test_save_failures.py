"""Saving can fail — a full disk, a read-only file — and must fail cleanly: one clear
sentence, nothing half-saved, and the workspace still usable once the cause is fixed."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.errors import StorageError
from facilitator.plan import templates
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from facilitator.storage.workspace import connect

LONG_TEXT = "What we heard in the fishbowl. " * 2000  # about 60 KB per save


def _can_mount() -> bool:
    return os.name == "posix" and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount")


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 2 MB filesystem (tmpfs), so the disk genuinely runs out of space."""
    if not _can_mount():
        pytest.skip("mounting a tiny filesystem needs root; test_full_disk_simulated covers the same path")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount_point)],
                          capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill_until_full(db, session_id):
    saved = 0
    with pytest.raises(StorageError) as caught:
        for _ in range(400):
            store.add_block(db, session_id, title="Notes", minutes=5, notes=LONG_TEXT)
            saved += 1
    return saved, caught.value


def _blocks(db, session_id):
    return db.execute("SELECT COUNT(*) FROM blocks WHERE session_id = ?", [session_id]).fetchone()[0]


def test_full_disk_on_a_tiny_filesystem(tiny_disk):
    db = open_workspace(tiny_disk / "workspace.db")
    series = store.create_series(db, title="Full disk")
    session = store.add_session(db, series.id, title="One")
    ballast = tiny_disk / "other-files.bin"
    ballast.write_bytes(b"\0" * 96 * 1024)  # someone else's files on the same disk
    saved, error = _fill_until_full(db, session.id)
    assert "no room left on the disk" in str(error)
    assert "still here" in str(error)
    assert _blocks(db, session.id) == saved, "the failed save left nothing half-written"
    ballast.unlink()  # the person frees some space, as the message asks, and saves again
    store.update_series(db, series.id, title="Still works")
    assert store.get_series(db, series.id, with_sessions=False).title == "Still works"
    db.close()


def test_full_disk_simulated_with_max_page_count(db):
    """The same path without root: SQLite reports SQLITE_FULL when the page limit is reached."""
    series = store.create_series(db, title="Full disk")
    session = store.add_session(db, series.id, title="One")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 40}")
    saved, error = _fill_until_full(db, session.id)
    assert "no room left on the disk" in str(error)
    assert _blocks(db, session.id) == saved


def test_a_read_only_copy_refuses_writes_with_a_clear_sentence(db, db_path):
    series = store.create_series(db, title="Read only")
    read_only = connect(db_path, read_only=True)
    with pytest.raises(StorageError, match="read-only"):
        store.update_series(read_only, series.id, title="Changed")
    read_only.close()
    assert store.get_series(db, series.id).title == "Read only"


def test_a_workspace_on_a_read_only_filesystem_is_explained(tiny_disk):
    path = tiny_disk / "workspace.db"
    db = open_workspace(path)
    series = store.create_series(db, title="Before")
    db.close()
    done = subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], capture_output=True)
    if done.returncode:
        pytest.skip("cannot remount read-only here")
    try:
        db = open_workspace(path)  # reading works: the file opens read-only
        try:
            assert store.get_series(db, series.id).title == "Before"
            with pytest.raises(StorageError, match="open read-only"):
                store.update_series(db, series.id, title="After")
        finally:
            db.close()
        listed = CliRunner().invoke(main, ["--db", str(path), "series", "list"])
        assert listed.exit_code == 0 and "Before" in listed.output, listed.output
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tiny_disk)], check=False)


def test_template_instantiation_failing_half_way_leaves_no_series(db, monkeypatch):
    real_add_block = store.add_block
    calls = {"n": 0}

    def failing_add_block(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 12:
            raise StorageError("There is no room left on the disk.")
        return real_add_block(*args, **kwargs)

    monkeypatch.setattr(store, "add_block", failing_add_block)
    with pytest.raises(StorageError):
        templates.create_series(db, templates.get_template("breakthrough"), title="Half")
    assert calls["n"] == 12
    for table in ("series", "sessions", "blocks"):
        assert db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0, table


def test_a_disk_error_in_the_middle_of_an_import_leaves_nothing(db, monkeypatch):
    from facilitator.share import series_json as exchange

    source = templates.create_series(db, templates.get_template("breakthrough"), title="Source")
    data = exchange.export_series(db, source.id)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    data["series"]["sessions"][2]["blocks"][0]["notes"] = LONG_TEXT * 3
    db.execute(f"PRAGMA max_page_count = {pages + 10}")
    with pytest.raises(StorageError):
        exchange.import_series(db, data)
    assert [s["title"] for s in store.list_series(db)] == ["Source"]


def test_a_full_disk_still_lets_commands_read_and_refuses_a_note_in_one_sentence(tiny_disk):
    path = tiny_disk / "workspace.db"
    db = open_workspace(path)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    db.close()
    ballast = tiny_disk / "other-files.bin"
    with open(ballast, "wb") as handle:  # someone else's files take the rest of the disk
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    runner = CliRunner()
    listed = runner.invoke(main, ["--db", str(path), "series", "list"])
    assert listed.exit_code == 0, listed.output
    assert "Charter conversations" in listed.output
    added = runner.invoke(main, ["--db", str(path), "notes", "add", "Charter", "1", "x" * 200_000])
    assert added.exit_code == 2
    assert added.output.count("Error:") == 1 and "workspace.db" in added.output and "Traceback" not in added.output
    ballast.unlink()
    db = open_workspace(path)
    assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0, "nothing half-written"
    db.close()
