"""The roster inside the main window: a Roster tab in the series, Check-in on a session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.demo import series as demo
from facilitator.storage import series as store
from ui.main_window import MainWindow
from ui.workspace import Workspace


@pytest.fixture
def window(qtbot, db_path):
    from ui.roster import screens

    screens.register()
    workspace = Workspace(db_path)
    series_id = demo.ensure_demo(workspace.db)
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win, series_id
    screens.unregister()
    win.close()
    workspace.close()


def test_the_series_has_a_roster_tab_with_its_people(qtbot, window):
    win, series_id = window
    win.open_series(series_id)
    assert "Roster" in win.series_view.page_titles()
    roster = win.series_view._feature_pages[0]
    assert roster.model.rowCount() == 22


def test_check_in_opens_from_the_session_and_a_second_press_raises_it(qtbot, window):
    win, series_id = window
    session = store.list_sessions(win.workspace.db, series_id)[0]
    win.open_session(series_id, session.id)
    editor = win.agenda_editor
    assert "Check-in" in [t.replace("&", "") for t in editor.feature_action_texts()]
    qtbot.keyClick(editor.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from ui.roster.screens import _open

    qtbot.waitUntil(lambda: _open.get(session.id) is not None and _open.get(session.id).isVisible())
    checkin = _open.get(session.id)
    assert checkin.count.text() == "0 of 22 here"
    qtbot.keyClicks(checkin.search, "Grace")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)
    assert checkin.count.text() == "1 of 22 here"
    qtbot.keyClick(editor.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _open.get(session.id) is checkin
    checkin.close()
    qtbot.waitUntil(lambda: _open.get(session.id) is None)


def test_the_windows_undo_follows_the_roster_tab(qtbot, window):
    from facilitator.storage import roster as roster_store

    win, series_id = window
    win.open_series(series_id)
    roster = win.series_view._feature_pages[0]
    win.series_view.tabs.setCurrentWidget(roster)
    pid = roster_store.find_participant(win.workspace.db, series_id, "gmbeki@example.org")
    model = roster.model
    model.setData(model.index(model.row_of(pid), model.column_of("dietary")), "Vegan")
    assert win.undo_action.isEnabled()
    win.undo_action.trigger()
    assert roster_store.get_participant(win.workspace.db, pid).dietary == ""
    win.series_view.tabs.setCurrentWidget(win.series_view.overview)
    assert win.undo_group.activeStack() is win.series_view.overview.undo_stack()
