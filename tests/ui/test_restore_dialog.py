"""The "Restore from backup…" screen and the damaged-workspace offer, driven as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.errors import DamagedWorkspace
from facilitator.storage import backup as backups
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from ui.restore_dialog import RestoreDialog, offer_restore
from ui.workspace import Workspace


@pytest.fixture(autouse=True)
def _registry_left_as_found(monkeypatch):
    """open_main_window loads every feature screen into the global registry; later tests expect
    only what they register themselves."""
    from ui import registry

    monkeypatch.setattr(registry, "_pages", dict(registry._pages))
    monkeypatch.setattr(registry, "_actions", dict(registry._actions))


@pytest.fixture
def workspace(qtbot, db_path):
    db = open_workspace(db_path)
    store.create_series(db, title="Charter conversations")
    db.close()
    ws = Workspace(db_path)  # opening takes the backup that holds the series
    yield ws
    ws.close()


def test_lists_backups_and_restores_the_chosen_one(qtbot, workspace, monkeypatch):
    store.delete_series(workspace.db, store.find_series(workspace.db, "Charter"))
    dialog = RestoreDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "1"  # series in that backup
    assert dialog.restore_button.isEnabled()

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(workspace.changes):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked, "a confirmation was asked first"
    assert [s["title"] for s in store.list_series(workspace.db)] == ["Charter conversations"]
    kinds = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert "Before a restore" in kinds


def test_cancelling_the_confirmation_changes_nothing(qtbot, workspace, monkeypatch):
    store.delete_series(workspace.db, store.find_series(workspace.db, "Charter"))
    dialog = RestoreDialog(workspace)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.list_series(workspace.db) == []
    assert dialog.restored_from is None


def test_taking_a_backup_by_hand_adds_a_row(qtbot, workspace):
    dialog = RestoreDialog(workspace)
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == rows + 1
    assert dialog.table.item(0, 3).text() == "Taken by hand"


def test_a_damaged_workspace_offers_its_newest_good_backup(qtbot, db_path, monkeypatch):
    db = open_workspace(db_path)
    store.create_series(db, title="Charter conversations")
    db.close()
    open_workspace(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[8192:12288] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedWorkspace) as caught:
        open_workspace(db_path)

    shown = []

    def fake_exec(box):
        shown.append(box.text())
        restore = next(b for b in box.buttons() if "Restore" in b.text())
        restore.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert offer_restore(None, caught.value) is True
    assert "is damaged" in shown[0] and "newest good backup" in shown[0]
    reopened = open_workspace(db_path)
    assert [s["title"] for s in store.list_series(reopened)] == ["Charter conversations"]
    reopened.close()


def test_main_window_offers_restore_and_clears_stale_undo(qtbot, workspace, monkeypatch):
    from ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert window.restore_action in window.menuBar().actions()[0].menu().actions()
    store.delete_series(workspace.db, store.find_series(workspace.db, "Charter"))
    workspace.edited()

    def restore_first(dialog):
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        dialog.restore_selected()
        return 0

    monkeypatch.setattr(RestoreDialog, "exec", restore_first)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: window.series_list.titles() == ["Charter conversations"])
    assert all(stack.count() == 0 for stack in window.undo_group.stacks())


def test_the_app_asks_for_a_passphrase_until_it_is_right(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from facilitator.storage import connection
    from facilitator.storage.workspace import create_encrypted_workspace, encryption_available
    from ui import app as gui

    if not encryption_available():
        pytest.skip("sqlcipher3 is not installed")
    monkeypatch.setattr(connection, "KDF_ITERATIONS", 4000)
    monkeypatch.delenv("FACILITATOR_PASSPHRASE", raising=False)
    path = tmp_path / "secret.db"
    create_encrypted_workspace(path, "right").close()
    answers = iter(["wrong", "right"])
    asked = []

    def fake_get_text(parent, title, label, *args, **kwargs):
        asked.append(label)
        return next(answers), True

    monkeypatch.setattr(QInputDialog, "getText", fake_get_text)
    window = gui.open_main_window(path)
    assert window is not None
    qtbot.addWidget(window)
    assert "is encrypted" in asked[0] and "does not open" in asked[1]
    worker = window.workspace.open_worker_connection()  # a worker thread gets the same key
    assert worker.execute("SELECT COUNT(*) FROM series").fetchone()[0] == 1  # the demo series
    worker.close()
    window.workspace.close()


def test_the_app_opens_a_damaged_workspace_after_restoring_its_backup(qtbot, db_path, monkeypatch):
    from ui import app as gui

    db = open_workspace(db_path)
    store.create_series(db, title="Charter conversations")
    db.close()
    open_workspace(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[8192:12288] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))

    def click_restore(box):
        next(b for b in box.buttons() if "Restore" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    window = gui.open_main_window(db_path)
    qtbot.addWidget(window)
    assert "Charter conversations" in window.series_list.titles()
    window.workspace.close()
