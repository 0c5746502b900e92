"""Text a person typed is shown as typed in every screen: a label never interprets it as
markup (a participant called "<b>Sam</b>" is not shown in bold, and "<img src=...>" loads nothing)."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

from facilitator.clock import FakeClock
from facilitator.plan import templates
from facilitator.storage import groups as breakouts
from facilitator.storage import notes, roster
from facilitator.storage import series as store
from ui.workspace import Workspace

MARK = "<b>Sam</b> & <img src='x'>"
ESCAPED = html.escape(MARK)


def showing(widget) -> int:
    """How many labels show the typed text at all (so the check below is not vacuous)."""
    return sum(1 for label in widget.findChildren(QLabel) if "Sam</b>" in label.text() or "Sam&lt;/b&gt;" in label.text())


def offending_labels(widget) -> list[str]:
    """Labels that show typed markup as rich text instead of as the characters typed."""
    bad = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if "Sam</b>" not in text:
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
        if rich:
            bad.append(f"{type(label.parent()).__name__}/{label.objectName() or '?'}: {text[:80]!r}")
    return bad


@pytest.fixture
def hostile(qtbot, db_path):
    workspace = Workspace(db_path)
    db = workspace.db
    series = templates.create_series(db, templates.get_template("breakthrough"), title=f"Series {MARK}")
    session = series.sessions[0]
    store.update_session(db, session.id, title=f"Session {MARK}", location=MARK, facilitator=MARK)
    store.update_block(db, session.blocks[0].id, title=f"Block {MARK}", prompts=[MARK], notes=MARK)
    people = [roster.add_participant(db, series.id, name=f"{MARK} {n}", organization=MARK, perspective=MARK)
              for n in range(4)]
    notes.add_note(db, session.id, text=f"Note {MARK}")
    breakouts.save_round(db, series_id=series.id, session_id=session.id,
                         groups=[[p.id for p in people[:2]], [p.id for p in people[2:]]], labels=[MARK, "Two"])
    yield workspace, series, session
    workspace.close()


def test_main_window_shows_typed_markup_as_text(qtbot, hostile):
    from ui.main_window import MainWindow

    workspace, series, session = hostile
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.open_series(series.id)
    seen = offending_labels(window)
    assert showing(window) >= 1
    window.open_session(series.id, session.id)
    seen += offending_labels(window)
    assert showing(window) >= 1
    assert seen == []


@pytest.mark.parametrize("screen", ["roster", "checkin", "synthesis", "capture", "live", "groups"])
def test_feature_screens_show_typed_markup_as_text(qtbot, hostile, screen):
    workspace, series, session = hostile
    if screen == "roster":
        from ui.roster.view import RosterView
        widget = RosterView(workspace, series.id)
    elif screen == "checkin":
        from ui.roster.checkin import CheckInView
        widget = CheckInView(workspace, session.id)
    elif screen == "synthesis":
        from ui.notes.synthesis import SynthesisWorkspace
        widget = SynthesisWorkspace(workspace, series.id)
    elif screen == "capture":
        from ui.notes.capture_pane import CapturePane
        widget = CapturePane(workspace, series.id, session.id)
    elif screen == "live":
        from ui.live.window import LiveWindow
        widget = LiveWindow(workspace, series.id, session.id, clock=FakeClock())
    else:
        from ui.groups_board import GroupsBoard
        widget = GroupsBoard(workspace, session.id)
    qtbot.addWidget(widget)
    widget.show()
    assert offending_labels(widget) == []
