"""The facilitator's live view driven by keyboard, and what the presenter screen shows."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from facilitator.clock import FakeClock
from facilitator.live import LiveSession
from facilitator.plan import templates
from facilitator.storage import open_workspace
from facilitator.storage import series as store
from ui.live import add_live_pane, remove_live_pane
from ui.live.window import LiveWindow


@pytest.fixture
def ids(workspace):
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    return series.id, store.list_sessions(workspace.db, series.id)[0].id


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, workspace, ids, clock):
    win = LiveWindow(workspace, *ids, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def press(qtbot, window, key, text=""):
    qtbot.keyClick(window.agenda, key) if not text else qtbot.keyClicks(window.agenda, text)
    window._pull()


def test_the_session_is_run_from_the_keyboard(qtbot, window, clock):
    assert window.countdown.text() == "15:00" and "press Space" in window.state_label.text()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.live.status().running and window.state_label.text() == "Running"
    clock.advance(61)
    window._pull()
    assert window.countdown.text() == "13:59"

    press(qtbot, window, Qt.Key.Key_N)
    assert window.block_title.text() == "Reflection & Sharing: Why are you here?"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.block_title.text() == "Goals & Community Agreements"
    press(qtbot, window, Qt.Key.Key_Left)
    press(qtbot, window, Qt.Key.Key_P)
    assert window.block_title.text().startswith("Welcome")
    assert window.countdown.text() == "13:59"  # the block's own time carried on where it stopped

    press(qtbot, window, Qt.Key.Key_Plus)
    assert window.countdown.text() == "14:59"
    press(qtbot, window, Qt.Key.Key_Minus)
    press(qtbot, window, Qt.Key.Key_Minus)
    assert window.countdown.text() == "12:59"
    press(qtbot, window, Qt.Key.Key_Space)
    assert "Paused" in window.state_label.text()
    clock.advance(300)
    window._pull()
    assert window.countdown.text() == "12:59"
    assert window.buttons["toggle"].text() == "Resume"


def test_wrap_up_and_overtime_show_in_words_not_only_colour(qtbot, window, clock):
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_F)
    presenter = window.presenter
    assert presenter.isVisible()
    assert presenter.countdown.text() == "15:00"
    assert presenter.title.text() == "Welcome & Context Setting: Why are we here?"
    assert presenter.prompt.text() == "Why are we here together?"
    assert presenter.next_up.text() == "Next up: Reflection & Sharing: Why are you here?"

    clock.advance(13 * 60 + 30)
    window._pull()
    assert presenter.countdown.text() == "1:30"
    assert "wrap up" in presenter.phase_label.text() and "▲" in presenter.phase_label.text()
    assert "wrap up" in window.state_label.text()

    clock.advance(120)
    window._pull()
    assert presenter.countdown.text() == "+0:30"
    assert "Over time" in presenter.phase_label.text() and "■" in presenter.phase_label.text()

    window.show_next.setChecked(False)
    window._pull()
    assert not presenter.next_up.isVisible()
    press(qtbot, window, Qt.Key.Key_F)
    assert not presenter.isVisible()


def test_a_message_and_a_static_page_reach_the_presenter_screen(qtbot, window):
    window.presenter_toggle.setChecked(True)
    qtbot.keyClicks(window.message, "Please return to your tables")
    assert window.live.status().state == "not_started"  # typing a space did not start the timer
    qtbot.keyClick(window.message, Qt.Key.Key_Return)
    assert window.presenter.message.text() == "Please return to your tables"
    assert window.presenter.message.isVisible()
    window.buttons["clear_message"].click()
    assert not window.presenter.message.isVisible()

    window.presenter.show_page("Breakout groups", [("Group 1", ["Ana", "Bo"]), ("Group 2", ["<b>Cy</b>"])])
    assert window.presenter.showing_page()
    texts = [label.text() for label in window.presenter.findChildren(QLabel, "columnBody")]
    assert texts == ["Ana\nBo", "<b>Cy</b>"]
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in window.presenter.findChildren(QLabel, "columnBody"))
    window.presenter.clear_page()
    assert not window.presenter.showing_page()


def test_space_on_a_focused_button_presses_that_button(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Space)
    window.buttons["next"].setFocus()
    qtbot.keyClick(window.buttons["next"], Qt.Key.Key_Space)
    window._pull()
    status = window.live.status()
    assert status.running and status.current.index == 1


def test_the_window_follows_another_process_within_a_second(qtbot, window, db_path, ids):
    other = open_workspace(db_path)
    remote = LiveSession(other, ids[1])
    remote.start()
    remote.next()
    qtbot.waitUntil(lambda: window.block_title.text() == "Reflection & Sharing: Why are you here?", timeout=2000)
    other.close()


@pytest.mark.slow
def test_a_foot_pedal_command_pauses_the_open_window_and_the_window_keeps_saving(qtbot, window, workspace,
                                                                                 db_path, ids):
    """The README's foot pedal: ``facilitator live toggle`` in another process while the app has
    the live view open and a worker connection (as the print preview does)."""
    worker = workspace.open_worker_connection()
    try:
        for _ in range(2):  # start, then pause
            done = subprocess.run([sys.executable, "-m", "facilitator", "--db", str(db_path), "live", "toggle",
                                   "Charter", "1"], capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: "Paused" in window.state_label.text(), timeout=3000)  # polls every 0.5 s
        press(qtbot, window, Qt.Key.Key_Space)  # the facilitator resumes from the laptop
        elsewhere = open_workspace(db_path)  # as the next command will see it
        assert LiveSession(elsewhere, ids[1]).status().running, "the window's resume reached the file"
        elsewhere.close()
    finally:
        worker.close()


def test_reopening_a_session_under_way_says_so(qtbot, workspace, ids):
    LiveSession(workspace.db, ids[1], FakeClock()).start()
    win = LiveWindow(workspace, *ids, clock=FakeClock())
    qtbot.addWidget(win)
    win.show()
    assert win.banner.isVisible()
    assert "Welcome & Context Setting" in win.banner_text.text() and "kept running" in win.banner_text.text()


def test_other_features_dock_a_pane(qtbot, workspace, ids):
    add_live_pane("test-notes", "Notes", lambda ws, series, session, live: QLabel(f"notes for {session}"))
    try:
        win = LiveWindow(workspace, *ids, clock=FakeClock())
        qtbot.addWidget(win)
    finally:
        remove_live_pane("test-notes")
    assert win.findChild(QWidget, "pane-test-notes").isVisibleTo(win)
    assert win.pane("test-notes").text() == f"notes for {ids[1]}"


def test_every_control_is_named_and_reachable_by_keyboard(window):
    from PySide6.QtWidgets import QDockWidget

    docked = [w for dock in window.findChildren(QDockWidget) for w in dock.findChildren(QWidget)]
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, (QAbstractButton, QComboBox, QLineEdit))
                and w.isVisible() and w not in docked]  # other features' panes answer for themselves
    assert len(controls) >= 15
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()


def test_one_live_window_per_session(qtbot, workspace, ids):
    from ui.live.launch import live_window_for, open_live_window, presenter_for

    first = open_live_window(workspace, *ids)
    qtbot.addWidget(first)
    assert open_live_window(workspace, *ids) is first
    assert live_window_for(ids[1]) is first and presenter_for(ids[1]) is first.presenter
    first.close()
    qtbot.waitUntil(lambda: live_window_for(ids[1]) is None)


def test_a_clicked_button_does_not_keep_the_space_bar(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Space)
    qtbot.mouseClick(window.buttons["extend5"], Qt.MouseButton.LeftButton)
    assert window.live.status().allotted_seconds == 20 * 60
    qtbot.keyClick(window.focusWidget() or window.agenda, Qt.Key.Key_Space)
    status = window.live.status()
    assert status.state == "paused" and status.allotted_seconds == 20 * 60


def test_the_chime_sounds_once_at_wrap_up_and_once_at_overtime(qtbot, window, clock, monkeypatch):
    from ui.live import chime

    played = []
    monkeypatch.setattr(chime, "play", lambda: played.append(window.live.status().phase))
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(12 * 60)
    window._pull()
    window.chime.setChecked(True)
    for _ in range(3):
        clock.advance(60)
        window._pull()
    clock.advance(3 * 60)
    window._pull()
    window._pull()
    assert played == ["wrap_up", "overtime"]


@pytest.fixture
def live_feature(monkeypatch):
    """The live feature registered as the app does at start, alone (other features' tests
    register their own) and forgotten afterwards."""
    import importlib

    from ui import features, registry

    for name in ("_pages", "_actions", "_startup"):
        monkeypatch.setattr(registry, name, dict(getattr(registry, name)))
    monkeypatch.setattr(features, "FEATURE_MODULES", ("ui.live.feature",))
    importlib.reload(importlib.import_module("ui.live.feature"))


def test_f5_in_the_agenda_editor_runs_the_session_live(qtbot, workspace, ids, live_feature):
    from ui import registry
    from ui.live.launch import live_window_for
    from ui.main_window import MainWindow

    assert "live" in [entry.key for entry in registry.session_actions()]
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.open_session(*ids)
    editor = main.agenda_editor
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_F5)
    live = live_window_for(ids[1])
    assert live is not None and live.isVisible()
    assert live.block_title.text().startswith("Welcome")
    live.close()


def test_the_agenda_shows_when_each_later_block_should_start(qtbot, window, clock):
    from datetime import timedelta

    def local(minutes: int) -> str:
        return (start + timedelta(minutes=minutes)).astimezone().strftime("%H:%M")

    start = clock.now()
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(17 * 60)  # two minutes over: everything after moves by two minutes
    window._pull()
    rows = [window.agenda.item(i).text() for i in range(window.agenda.count())]
    assert rows[1].startswith(f"{local(17)}  Reflection & Sharing")
    assert rows[3].strip().startswith(local(47)) and "Fishbowl" in rows[3]
    assert rows[0].startswith("▶ Welcome")


def test_after_the_last_block_the_view_shows_planned_against_actual(qtbot, window, clock):
    press(qtbot, window, Qt.Key.Key_Space)
    clock.advance(20 * 60)
    for _ in range(8):
        press(qtbot, window, Qt.Key.Key_N)
    assert window.block_title.text() == "Session finished"
    assert window.prompts_heading.text() == "Planned and actual"
    assert window.prompts.text().splitlines()[0] == "Welcome & Context Setting: Why are we here?: planned 15 min, ran 20:00"
    assert "Planned 135 min" in window.notes.text()


def test_the_app_reopens_a_run_that_was_under_way(qtbot, db_path, ids, workspace, live_feature):
    from ui.app import open_main_window
    from ui.live.launch import live_window_for

    LiveSession(workspace.db, ids[1]).start()
    main = open_main_window(db_path)
    qtbot.addWidget(main)
    main.show()  # as the app does before its event loop starts
    qtbot.waitUntil(lambda: live_window_for(ids[1]) is not None)
    live = live_window_for(ids[1])
    assert live.isVisible() and live.banner.isVisible()
    live.close()
    main.close()
    main.workspace.close()


def test_the_wrap_up_warning_is_set_per_block_in_the_agenda_editor(qtbot, workspace, ids):
    from ui.main_window import MainWindow

    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.open_session(*ids)
    editor = main.agenda_editor
    block = store.load_agenda(workspace.db, ids[1])[0]
    editor.tree.setCurrentIndex(editor.model.index_of(block.id, 0))
    assert editor.wrap_up_edit.value() == 2  # the default, nothing stored
    editor.wrap_up_edit.setFocus()
    editor.wrap_up_edit.selectAll()
    qtbot.keyClicks(editor.wrap_up_edit, "5")
    qtbot.keyClick(editor.wrap_up_edit, Qt.Key.Key_Return)
    assert store.get_block(workspace.db, block.id).wrap_up_minutes == 5
    editor.undo_stack().undo()
    assert store.get_block(workspace.db, block.id).wrap_up_minutes is None
    main.close()
