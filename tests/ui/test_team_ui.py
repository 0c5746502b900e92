"""The Team menu: pack, join on another laptop, sync through a folder, news mark and status."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from facilitator import team
from facilitator.plan import templates
from facilitator.storage import notes as note_store
from facilitator.storage import open_workspace
from ui import team_menu
from ui.main_window import MainWindow
from ui.workspace import Workspace


@pytest.fixture
def window(qtbot, db_path, qasync_loop):
    workspace = Workspace(db_path)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    menu = team_menu.install(workspace, win)
    yield win, menu
    win.close()
    workspace.close()


def test_the_menu_sits_before_help_and_needs_a_series(window):
    win, menu = window
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[-2:] == ["&Team", "&Help"]
    menu.refresh()
    assert not menu.pack_action.isEnabled() and not menu.sync_action.isEnabled()


def test_pack_then_a_laptop_syncs_and_the_lead_sees_the_news(window, monkeypatch, tmp_path, qtbot):
    win, menu = window
    series = templates.create_series(win.workspace.db, templates.get_template("breakthrough"), title="Charter")
    win.workspace.edited()
    win.open_series(series.id)
    pack = tmp_path / "charter.fteam"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pack), ""))
    menu.menu.aboutToShow.emit()  # as when the person opens the menu
    menu.pack_action.trigger()
    assert pack.exists()
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    menu.menu.aboutToShow.emit()
    menu.sync_action.trigger()  # no folder yet: asks for one
    assert menu.syncing and not menu.sync_action.isEnabled()  # on a worker: the window stays live
    qtbot.waitUntil(lambda: not menu.syncing, timeout=10000)
    assert menu.sync_action.isEnabled()
    assert team.team_of(win.workspace.db, series.id)["folder"] == str(folder)

    laptop = open_workspace(tmp_path / "laptop.db", backup=False)
    team.join(laptop, pack, device="Mesa 2")
    note_store.add_note(laptop, series.sessions[0].id, text="Queremos más luz en el parque", kind="quote")
    team.sync(laptop, series.id, folder)
    laptop.close()

    menu.refresh()
    assert menu.menu.title() == "&Team (1 new)"
    menu.sync_action.trigger()
    qtbot.waitUntil(lambda: not menu.syncing, timeout=10000)
    assert [n.text for n in note_store.list_notes(win.workspace.db, series.id)] == ["Queremos más luz en el parque"]
    assert menu.menu.title() == "&Team"
    dialog = team_menu.TeamStatusDialog(win.workspace, series.id, win)
    assert "Mesa 2 — note-taker, 1 notes" in dialog.text.toPlainText()
    dialog.close()


def test_join_from_a_pack_opens_the_series(window, monkeypatch, tmp_path):
    win, menu = window
    lead = open_workspace(tmp_path / "lead.db", backup=False)
    series = templates.create_series(lead, templates.get_template("breakthrough"), title="Harbour forum")
    pack = team.pack(lead, series.id, tmp_path / "harbour.fteam")
    lead.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pack), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Table 4", True))
    menu.join_action.trigger()
    assert win.series_view.series_id == series.id
    assert team.team_of(win.workspace.db, series.id)["device"] == "Table 4"
