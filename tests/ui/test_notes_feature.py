"""Notes plugged into the app: a series tab, a pane docked in the live view that files notes
under the block in progress, and a "Take notes" action on a session."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.clock import FakeClock
from facilitator.plan import templates
from facilitator.storage import notes as note_store
from facilitator.storage import series as store
from ui import registry
from ui.live import live_panes, remove_live_pane


@pytest.fixture
def feature():
    import ui.notes.feature as module

    importlib.reload(module)  # registers, even if an earlier test already imported it
    yield module
    registry.remove("notes")
    remove_live_pane("notes")


@pytest.fixture
def series(workspace):
    return templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")


def test_the_feature_registers_a_series_page_a_session_action_and_a_live_pane(feature):
    assert "notes" in [p.key for p in registry.series_pages()]
    assert "notes" in [a.key for a in registry.session_actions()]
    assert "notes" in [p.key for p in live_panes()]


def test_notes_taken_in_live_mode_are_filed_under_the_running_block(qtbot, feature, workspace, series):
    from ui.live.window import LiveWindow

    session = store.list_sessions(workspace.db, series.id, with_blocks=True)[0]
    clock = FakeClock()
    window = LiveWindow(workspace, series.id, session.id, clock=clock)
    qtbot.addWidget(window)
    window.show()
    pane = window.pane("notes")
    assert "not running" in pane.block_now.text()

    window.live.start()
    clock.advance(90)
    window.live.next()
    window._pull()
    second = session.blocks[1]
    assert second.title in pane.block_now.text()
    clock.advance(30)
    qtbot.keyClicks(pane.box, "/! Everyone wants to be asked first")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    [note] = note_store.recent_notes(workspace.db, session.id)
    assert (note.block_id, note.kind.value, note.offset_seconds) == (second.id, "aha", 120.0)


def test_take_notes_opens_one_capture_window_per_session(qtbot, feature, workspace, series):
    session = store.list_sessions(workspace.db, series.id)[0]
    first = feature.open_capture_window(workspace, series.id, session.id)
    qtbot.addWidget(first)
    assert first.isVisible()
    assert feature.open_capture_window(workspace, series.id, session.id) is first


def test_the_live_pane_offers_the_running_blocks_breakout_groups(qtbot, feature, workspace, series):
    from facilitator.storage import groups as breakouts
    from facilitator.storage import roster
    from ui.live.window import LiveWindow

    session = store.list_sessions(workspace.db, series.id, with_blocks=True)[0]
    people = [roster.add_participant(workspace.db, series.id, name=n).id for n in ("Ana", "Ben", "Cy", "Di")]
    first, second = session.blocks[0], session.blocks[1]
    breakouts.save_round(workspace.db, series_id=series.id, session_id=session.id, groups=[people[:2], people[2:]],
                         block_id=first.id, labels=["Table 1", "Table 2"])
    clock = FakeClock()
    window = LiveWindow(workspace, series.id, session.id, clock=clock)
    qtbot.addWidget(window)
    window.show()
    pane = window.pane("notes")
    window.live.start()
    window._pull()
    assert [pane.group_box.itemText(i) for i in range(pane.group_box.count())] == ["", "Table 1", "Table 2"]
    pane.group_box.setCurrentIndex(2)
    qtbot.keyClicks(pane.box, "Quiet table, then a breakthrough")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert note_store.recent_notes(workspace.db, session.id)[0].group_label == "Table 2"

    window.live.next()
    window._pull()
    assert second.title in pane.block_now.text()
    assert pane.group_box.currentText() == "" and pane.group_box.count() == 1


def test_delete_and_undo_in_the_docked_pane_act_on_notes_not_on_the_timer(qtbot, feature, workspace, series):
    from ui.live.window import LiveWindow

    session = store.list_sessions(workspace.db, series.id)[0]
    window = LiveWindow(workspace, series.id, session.id, clock=FakeClock())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    pane = window.pane("notes")
    window.live.start()
    note_store.add_note(workspace.db, session.id, text="Keep me")
    workspace.edited()
    pane.recent.setFocus()
    pane.recent.setCurrentRow(0)
    qtbot.keyClick(pane.recent, Qt.Key.Key_Delete)
    assert note_store.recent_notes(workspace.db, session.id) == []
    qtbot.keyClick(pane.recent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in note_store.recent_notes(workspace.db, session.id)] == ["Keep me"]
    assert window.live.status().running


def test_in_the_main_window_ctrl_z_on_the_synthesis_tab_undoes_a_theme_edit(qtbot, feature, workspace, series,
                                                                           monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from facilitator.storage import themes as theme_store
    from ui.main_window import MainWindow
    from ui.notes.synthesis import SynthesisWorkspace

    # only this feature's tab: pages other tests registered are not under test here
    monkeypatch.setattr(registry, "_pages", {k: v for k, v in registry._pages.items() if k == "notes"})
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.open_series(series.id)
    page = window.findChild(SynthesisWorkspace)
    tabs = window.series_view.tabs
    assert tabs.tabText(tabs.indexOf(page)) == "&Notes && synthesis"
    tabs.setCurrentWidget(page)
    board = page.themes
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Trust", True))
    board.themes_view.setFocus()
    qtbot.waitUntil(board.themes_view.hasFocus)
    qtbot.keyClick(board.themes_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [t["title"] for t in theme_store.list_themes(workspace.db, series.id)] == ["Trust"]
    qtbot.keyClick(board.themes_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert theme_store.list_themes(workspace.db, series.id) == []
