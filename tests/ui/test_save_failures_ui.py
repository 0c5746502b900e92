"""When the disk refuses a save (full, read-only), what the person typed stays on screen,
an error says why in plain words, and the next save after the cause is fixed goes through."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator.plan import templates
from facilitator.storage import notes as note_store
from facilitator.storage import series as store
from ui.main_window import MainWindow
from ui.notes.capture_pane import CapturePane
from ui.workspace import Workspace

TYPED = "Keep this: the room asked for a second session on transport. " * 300  # ~18 KB, needs new pages


def _fill_disk(db):
    """Let the file grow no further, as on a full disk (SQLite reports SQLITE_FULL)."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


def _free_disk(db):
    db.execute("PRAGMA max_page_count = 1073741823")


@pytest.fixture
def shown_errors(monkeypatch):
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: texts.append(text) or 0)
    return texts


@pytest.fixture
def editor_setup(qtbot, db_path):
    workspace = Workspace(db_path)
    db = workspace.db
    series = store.create_series(db, title="Disk full")
    session = store.add_session(db, series.id, title="One", duration_minutes=60)
    for title in ("Welcome", "Pairs", "Close"):
        store.add_block(db, session.id, title=title, minutes=20)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.open_session(series.id, session.id)
    yield window, window.agenda_editor, db, session.id
    window.close()
    workspace.close()


def _select(editor, title):
    from ui.agenda_model import TITLE

    for block_id in editor.model.block_ids():
        if editor.model.index_of(block_id, TITLE).data() == title:
            editor.tree.setCurrentIndex(editor.model.index_of(block_id, TITLE))
            return block_id
    raise AssertionError(title)


def test_agenda_notes_stay_in_the_editor_when_the_disk_is_full(qtbot, editor_setup, shown_errors):
    window, editor, db, session_id = editor_setup
    pairs = _select(editor, "Pairs")
    _fill_disk(db)
    editor.notes_edit.setFocus()
    editor.notes_edit.setPlainText(TYPED)
    editor.notes_edit.commit()

    assert shown_errors and "no room left on the disk" in shown_errors[-1]
    assert editor.notes_edit.toPlainText() == TYPED, "the typed text is still on screen"
    assert store.get_block(db, pairs).notes == ""
    window.workspace.edited()  # another view's refresh must not wipe it either
    assert editor.notes_edit.toPlainText() == TYPED

    _select(editor, "Close")  # moving on tries again, fails again, and stays on Pairs with the text
    qtbot.waitUntil(lambda: editor._detail_block_id == pairs and editor.tree.currentIndex().data() == "Pairs")
    assert editor.notes_edit.toPlainText() == TYPED

    _free_disk(db)
    editor.notes_edit.commit()
    assert store.get_block(db, pairs).notes == TYPED


def test_session_title_stays_when_the_file_is_read_only(qtbot, editor_setup, shown_errors, monkeypatch):
    from facilitator.errors import StorageError
    from facilitator.storage import series as series_store

    window, editor, db, session_id = editor_setup

    def read_only(*args, **kwargs):
        raise StorageError("The workspace file workspace.db (or its folder) is read-only. Nothing of this "
                           "change was saved; what you typed is still here.")

    monkeypatch.setattr(series_store, "update_session", read_only)
    editor.title_edit.setText("Session one: arrival")
    editor.title_edit.editingFinished.emit()
    assert "read-only" in shown_errors[-1]
    assert editor.title_edit.text() == "Session one: arrival"
    monkeypatch.undo()
    editor.title_edit.editingFinished.emit()
    assert store.get_session(db, session_id).title == "Session one: arrival"


def test_a_captured_note_stays_in_the_box_when_the_disk_is_full(qtbot, db_path, shown_errors):
    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Full")
    pane = CapturePane(workspace, series.id, series.sessions[0].id)
    qtbot.addWidget(pane)
    pane.show()
    _fill_disk(workspace.db)
    pane.box.setPlainText(TYPED)
    assert pane.submit() is None
    assert "no room left on the disk" in shown_errors[-1]
    assert pane.box.toPlainText() == TYPED
    assert note_store.recent_notes(workspace.db, series.sessions[0].id) == []
    _free_disk(workspace.db)
    assert pane.submit() is not None
    assert pane.box.toPlainText() == ""
    workspace.close()
