"""The capture pane driven by keyboard only, its draft, and edits with undo."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from facilitator.notes import NoteKind
from facilitator.plan import templates
from facilitator.storage import notes as store
from ui.notes.capture_pane import CapturePane


@pytest.fixture
def series(workspace):
    return templates.create_series(workspace.db, templates.get_template("breakthrough"), title="Charter talks")


@pytest.fixture
def pane(qtbot, workspace, series):
    widget = CapturePane(workspace, series.id, series.sessions[0].id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_type_enter_saves_and_clears_shift_enter_makes_a_new_line(qtbot, pane, workspace, series):
    box = pane.box
    box.setFocus()
    qtbot.keyClicks(box, "Trust takes time")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "and repair")
    assert box.toPlainText() == "Trust takes time\nand repair"
    with qtbot.waitSignal(pane.saved):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.toPlainText() == ""
    [note] = store.recent_notes(workspace.db, series.sessions[0].id)
    assert (note.text, note.kind) == ("Trust takes time\nand repair", NoteKind.NOTE)
    assert pane.recent.count() == 1


def test_a_kind_shortcut_shows_and_saves_the_kind(qtbot, pane, workspace, series):
    pane.group_box.setEditText("Group C")
    pane.perspective_box.setEditText("Charter parent")
    pane.block_box.setCurrentIndex(2)
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "/q We want the same thing")
    assert pane.kind_now.text() == "Saves as: Quote"
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.box, "/? Who decides the map")
    assert pane.kind_now.text() == "Saves as: Question"
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert pane.kind_now.text() == "Saves as: Note"
    question, quote = store.recent_notes(workspace.db, series.sessions[0].id)
    assert (quote.kind, quote.text, quote.perspective, quote.group_label) == (
        NoteKind.QUOTE, "We want the same thing", "Charter parent", "Group C")
    assert quote.block_id == pane.block_box.itemData(2)
    assert (question.kind, question.perspective) == (NoteKind.QUESTION, "")  # only quotes keep a perspective


def test_an_empty_enter_saves_nothing(qtbot, pane, workspace, series):
    qtbot.keyClicks(pane.box, "   ")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert store.recent_notes(workspace.db, series.sessions[0].id) == []


def test_the_draft_is_saved_shortly_after_typing_stops(qtbot, pane, workspace, series):
    qtbot.keyClicks(pane.box, "half a tho")
    qtbot.waitUntil(lambda: store.load_draft(workspace.db, series.sessions[0].id) == "half a tho", timeout=2000)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_typing_that_never_pauses_is_saved_at_least_every_half_second(qtbot, pane, db_path, series):
    """A note-taker types through a long quote for 1.6 s (three times the longest wait for a
    save) without a pause, then the laptop dies:
    a fresh connection (the app after a restart) finds all but at most the last 0.5 s of it."""
    from facilitator.storage import open_workspace

    pane.box.setFocus()
    typed: list[tuple[float, str]] = []  # (when, the whole text by then)
    start = time.monotonic()
    while time.monotonic() - start < 1.6:
        qtbot.keyClicks(pane.box, "ab ")
        typed.append((time.monotonic(), pane.box.toPlainText()))
        qtbot.wait(30)
    crashed_at = time.monotonic()  # no close, no hide: the window is simply gone
    after_restart = open_workspace(db_path, backup=False)
    draft = store.load_draft(after_restart, series.sessions[0].id)
    after_restart.close()
    text_half_a_second_before = [text for when, text in typed if when <= crashed_at - 0.5][-1]
    assert draft and pane.box.toPlainText().startswith(draft)
    assert len(draft) >= len(text_half_a_second_before), (len(draft), len(text_half_a_second_before))
    pane.save_draft()  # the pane outlives this test's workspace: leave no save pending


def test_leaving_the_box_saves_the_draft_at_once(qtbot, pane, workspace, series):
    pane.box.setFocus()
    qtbot.keyClicks(pane.box, "Parents want")
    pane.kind_box.setFocus()
    assert store.load_draft(workspace.db, series.sessions[0].id) == "Parents want"


def test_a_new_pane_restores_the_draft_of_a_killed_process(qtbot, workspace, series, db_path):
    session_id = series.sessions[0].id
    script = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from PySide6.QtTest import QTest
        from PySide6.QtCore import QTimer
        app = QApplication([])
        from ui.workspace import Workspace
        from ui.notes.capture_pane import CapturePane
        from facilitator.storage import notes as store
        ws = Workspace(sys.argv[1])
        pane = CapturePane(ws, sys.argv[2], sys.argv[3])
        pane.show()
        QTest.keyClicks(pane.box, "Students said the bus")

        def report_when_saved():
            if store.load_draft(ws.db, sys.argv[3]) == "Students said the bus":
                print("saved", flush=True)
                timer.stop()

        timer = QTimer()
        timer.timeout.connect(report_when_saved)
        timer.start(20)
        app.exec()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script, str(db_path), series.id, session_id],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "saved"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    restored = CapturePane(workspace, series.id, session_id)
    qtbot.addWidget(restored)
    assert restored.box.toPlainText() == "Students said the bus"
    assert restored.status.text()


def test_delete_and_edit_from_the_list_undo(qtbot, pane, workspace, series, monkeypatch):
    for text in ("first", "second"):
        qtbot.keyClicks(pane.box, text)
        qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    pane.recent.setFocus()
    pane.recent.setCurrentRow(0)  # newest first: "second"
    qtbot.keyClick(pane.recent, Qt.Key.Key_Delete)
    assert [n.text for n in store.recent_notes(workspace.db, series.sessions[0].id)] == ["first"]
    qtbot.keyClick(pane.recent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in store.recent_notes(workspace.db, series.sessions[0].id)] == ["second", "first"]

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("/t second, themed", True))
    pane.recent.setCurrentRow(0)
    qtbot.keyClick(pane.recent, Qt.Key.Key_F2)
    newest = store.recent_notes(workspace.db, series.sessions[0].id)[0]
    assert (newest.kind, newest.text) == (NoteKind.THEME, "second, themed")
    pane.undo_button.click()
    newest = store.recent_notes(workspace.db, series.sessions[0].id)[0]
    assert (newest.kind, newest.text) == (NoteKind.NOTE, "second")

    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("ignored", False))
    qtbot.keyClick(pane.recent, Qt.Key.Key_F2)
    assert store.recent_notes(workspace.db, series.sessions[0].id)[0].text == "second"


def test_a_standalone_note_is_timed_from_the_planned_start(qtbot, workspace, series):
    from datetime import datetime

    from facilitator.clock import FakeClock
    from facilitator.storage import series as series_store

    session = series.sessions[0]
    series_store.update_session(workspace.db, session.id, date="2026-06-01", start_time="13:00")
    clock = FakeClock(datetime(2026, 6, 1, 13, 12).astimezone())
    pane = CapturePane(workspace, series.id, session.id, clock=clock)
    qtbot.addWidget(pane)
    qtbot.keyClicks(pane.box, "Late arrivals from the bus")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert store.recent_notes(workspace.db, session.id)[0].offset_seconds == 12 * 60
    clock.advance(3 * 86400)  # days later: typing up notes afterwards has no place in the session's time
    qtbot.keyClicks(pane.box, "Typed up later")
    qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert store.recent_notes(workspace.db, session.id)[0].offset_seconds is None
