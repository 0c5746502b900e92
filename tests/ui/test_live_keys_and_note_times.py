"""Live mode keeps its keys while notes are taken, and a note's time is the session clock,
whether it is typed in the app or given to ``facilitator notes add``."""

from __future__ import annotations

import importlib
import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.cli import main
from facilitator.clock import FakeClock
from facilitator.live import LiveSession
from facilitator.plan import templates
from facilitator.storage import notes as note_store
from facilitator.storage import series as store
from ui import registry
from ui.live import remove_live_pane
from ui.workspace import Workspace


@pytest.fixture
def workspace(qtbot, db_path):
    import ui.notes.feature as feature

    importlib.reload(feature)  # docks the Notes pane in the live view
    ws = Workspace(db_path)
    yield ws
    ws.close()
    registry.remove("notes")
    remove_live_pane("notes")


@pytest.fixture
def session(workspace):
    series = templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter")
    return store.list_sessions(workspace.db, series.id, with_blocks=True)[0]


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, workspace, session, clock):
    from ui.live.window import LiveWindow

    win = LiveWindow(workspace, session.series_id, session.id, clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _pane(window):
    return window.pane("notes")


def _step(window) -> int:
    window._pull()
    return window.live.status().current.index


def test_after_a_note_n_moves_the_runner_on_and_esc_keeps_the_text(qtbot, window, session):
    qtbot.keyClick(window.agenda, Qt.Key.Key_Space)
    pane = _pane(window)
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "Everyone found a seat")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert [n.text for n in note_store.recent_notes(window.workspace.db, session.id)] == ["Everyone found a seat"]
    assert pane.box.hasFocus() and pane.box.toPlainText() == ""

    qtbot.keyClick(pane.box, Qt.Key.Key_N)  # the box is empty: N is the timer's
    assert _step(window) == 1 and pane.box.toPlainText() == ""
    qtbot.keyClick(pane.box, Qt.Key.Key_Space)
    assert window.live.status().state == "paused"
    qtbot.keyClick(pane.box, Qt.Key.Key_Space)

    qtbot.keyClicks(pane.box, "Now nobody")  # a capital types; once there is text, n and space type too
    assert pane.box.toPlainText() == "Now nobody" and _step(window) == 1
    qtbot.keyClick(pane.box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N even mid-sentence
    assert _step(window) == 2 and pane.box.toPlainText() == "Now nobody"

    qtbot.keyClick(pane.box, Qt.Key.Key_Escape)
    assert not pane.box.hasFocus() and QApplication.focusWidget() is window.agenda
    assert pane.box.toPlainText() == "Now nobody"
    assert note_store.load_draft(window.workspace.db, session.id) == "Now nobody"
    qtbot.keyClick(window.agenda, Qt.Key.Key_N)  # focus is back: the keys work
    assert _step(window) == 3


def test_clicking_an_empty_part_of_the_view_gives_the_keys_back(qtbot, window):
    qtbot.keyClick(window.agenda, Qt.Key.Key_Space)
    pane = _pane(window)
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "Half a thought")
    qtbot.mouseClick(window.plan_line.parentWidget(), Qt.MouseButton.LeftButton)
    assert not pane.box.hasFocus()
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_N)
    assert _step(window) == 1 and pane.box.toPlainText() == "Half a thought"


def test_a_note_seven_minutes_in_is_stamped_with_the_block_and_7_00(qtbot, window, session, clock):
    qtbot.keyClick(window.agenda, Qt.Key.Key_Space)
    clock.advance(7 * 60)
    pane = _pane(window)
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "Late arrivals from the bus")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    [note] = note_store.recent_notes(window.workspace.db, session.id)
    assert note.block_id == session.blocks[0].id
    assert note.offset_seconds == pytest.approx(420, abs=1)
    assert "7:00" in pane.recent.item(0).text()  # minutes:seconds, as the timer reads


def test_the_cli_stamps_a_note_with_the_running_block_and_7_00(db, db_path):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    session = store.list_sessions(db, series.id, with_blocks=True)[0]
    # The app started the session seven minutes ago on its own (fake) clock; the CLI is another process.
    started = FakeClock(datetime.now(timezone.utc) - timedelta(minutes=7))
    LiveSession(db, session.id, started).start()
    runner = CliRunner()
    added = runner.invoke(main, ["--db", str(db_path), "notes", "add", "Charter", "1", "Late arrivals from the bus"])
    assert added.exit_code == 0, added.output
    [note] = json.loads(runner.invoke(main, ["--db", str(db_path), "notes", "list", "Charter", "--json"]).output)
    assert note["block_id"] == session.blocks[0].id
    assert note["offset_seconds"] == pytest.approx(420, abs=1)
    listed = runner.invoke(main, ["--db", str(db_path), "notes", "list", "Charter"]).output
    assert f"{session.blocks[0].title} · 7:00" in listed


def test_the_cli_files_nothing_under_a_block_when_no_session_is_running(db, db_path):
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db_path), "notes", "add", "Charter", "1", "Typed up later"]).exit_code == 0
    [note] = json.loads(runner.invoke(main, ["--db", str(db_path), "notes", "list", "Charter", "--json"]).output)
    assert (note["block_id"], note["offset_seconds"]) == (None, None)


def test_a_name_typed_into_the_note_taker_box_never_drives_the_timer(qtbot, window):
    qtbot.keyClick(window.agenda, Qt.Key.Key_Space)
    taker = _pane(window).taker_box
    taker.setFocus()
    qtbot.keyClicks(taker, "sam")
    assert taker.currentText() == "sam" and _step(window) == 0
    qtbot.keyClick(taker, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.agenda
