"""Screenshots of note capture and synthesis on the demo series with invented notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.clock import FakeClock
from facilitator.demo import ensure_demo
from facilitator.demo_notes import add_demo_notes
from facilitator.paths import default_db_path
from facilitator.storage import series as series_store
from ui.notes.capture_pane import CapturePane
from ui.notes.framework_view import FrameworkDiff
from ui.notes.synthesis import SynthesisWorkspace
from ui.workspace import Workspace


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shoot(out_dir: Path) -> list[Path]:
    workspace = Workspace(default_db_path())
    series_id = ensure_demo(workspace.db)
    add_demo_notes(workspace.db, series_id)
    session = series_store.list_sessions(workspace.db, series_id)[0]
    paths = []

    pane = CapturePane(workspace, series_id, session.id, clock=FakeClock())
    pane.resize(760, 620)
    pane.block_box.setCurrentIndex(4)
    pane.group_edit.setText("Group B")
    pane.taker_box.setEditText("Jordan (note-taker)")
    pane.perspective_box.setEditText("Parent")
    pane.box.setPlainText("/q If the meeting is at 4pm, working parents are")
    pane.show()
    pane.box.setFocus()
    pane.box.moveCursor(pane.box.textCursor().MoveOperation.End)
    _settle()
    paths.append(out_dir / "capture_pane.png")
    pane.grab().save(str(paths[-1]))
    pane.box.clear()  # so no draft is left behind
    pane.save_draft()
    pane.close()

    board = SynthesisWorkspace(workspace, series_id)
    board.resize(1360, 820)
    board.show()
    board.themes.themes_view.setCurrentIndex(board.themes.themes_model.index(3))
    _settle()
    paths.append(out_dir / "synthesis_board.png")
    board.grab().save(str(paths[-1]))
    board.close()

    diff = FrameworkDiff(workspace, series_id)
    diff.resize(1100, 560)
    diff.show()
    _settle()
    paths.append(out_dir / "framework_diff.png")
    diff.grab().save(str(paths[-1]))
    diff.close()
    workspace.close()
    return paths
