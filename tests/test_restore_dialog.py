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
    with qtbot.waitSignal(workspace.changed):
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
