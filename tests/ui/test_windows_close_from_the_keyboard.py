"""Tool windows close from the keyboard, and Ctrl+Q closes every window of the app and ends it."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.plan import templates
from facilitator.storage import series as store
from ui import registry
from ui.features import load_features
from ui.workspace import Workspace


@pytest.fixture
def opened(qtbot, db_path):
    import asyncio

    import qasync

    loop = qasync.QEventLoop(QApplication.instance(), already_running=True)
    asyncio.set_event_loop(loop)
    load_features()
    for name in ("ui.live.feature", "ui.roster.screens", "ui.room_window", "ui.notes.feature"):
        importlib.reload(importlib.import_module(name))  # registers again what an earlier test removed
    workspace = Workspace(db_path)
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    session = store.list_sessions(workspace.db, series.id)[0]
    actions = {a.key: a for a in registry.session_actions()}

    def open_window(key):
        window = actions[key].callback(workspace, series.id, session.id)
        if key == "live":
            from ui.live.launch import live_window_for

            window = live_window_for(session.id)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield workspace, open_window
    for window in QApplication.topLevelWidgets():
        window.close()
    workspace.close()
    asyncio.set_event_loop(None)


@pytest.mark.parametrize("key", ["checkin", "groups", "notes"])
@pytest.mark.parametrize("keys", [(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                                  (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)])
def test_a_tool_window_closes_on_ctrl_w_and_esc(qtbot, opened, key, keys):
    _, open_window = opened
    window = open_window(key)
    qtbot.keyClick(QApplication.focusWidget() or window, *keys)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_live_view_closes_on_ctrl_w_but_esc_only_leaves_a_text_box(qtbot, opened):
    _, open_window = opened
    live = open_window("live")
    live.message.setFocus()
    qtbot.keyClick(live.message, Qt.Key.Key_Escape)
    assert live.isVisible() and QApplication.focusWidget() is live.agenda
    qtbot.keyClick(live.agenda, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not live.isVisible())


def test_ctrl_q_asks_then_closes_every_window_and_ends_the_app(qtbot, opened, monkeypatch):
    from ui.main_window import MainWindow

    workspace, open_window = opened
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    windows = [open_window(key) for key in ("checkin", "groups", "live")][::-1]  # the live view in front
    asked, quit_called = [], []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quit_called.append(True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.keyClick(windows[0].agenda, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # from the live view
    assert asked and all(w.isVisible() for w in [main, *windows]) and not quit_called
    assert windows[0].windowTitle() in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(windows[0].agenda, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quit_called
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
