"""Screenshots of note capture and synthesis on the demo series with invented notes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.clock import FakeClock
from facilitator.demo.notes import add_demo_notes
from facilitator.demo.series import ensure_demo
from facilitator.paths import default_db_path
from facilitator.plan.agenda import parse_clock
from facilitator.storage import series as series_store
from ui.notes.capture_pane import CapturePane
from ui.notes.framework_view import FrameworkDiff
from ui.notes.synthesis import SynthesisWorkspace
from ui.workspace import Workspace


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _fill(pane: CapturePane) -> None:
    pane.group_box.setEditText("Group B")
    pane.taker_box.setEditText("Jordan (note-taker)")
    pane.perspective_box.setEditText("Parent")
    pane.box.setPlainText("/q If the meeting is at 4pm, working parents are")
    pane.box.setFocus()
    pane.box.moveCursor(pane.box.textCursor().MoveOperation.End)
    pane._on_text_changed(save=False)


def _shoot_live(workspace, series_id: str, session, path: Path) -> Path:
    """The capture pane docked in the live view, 50 minutes into the session."""
    from PySide6.QtWidgets import QWidget

    import ui.notes.feature  # noqa: F401 (docks the pane in every live view)
    from ui.live.window import LiveWindow

    start = datetime.combine(date.fromisoformat(session.date), parse_clock(session.start_time)).astimezone()
    clock = FakeClock(start)
    window = LiveWindow(workspace, series_id, session.id, clock=clock)
    pane = window.pane("notes")
    window.live.start()
    for minutes in (15, 15, 15):
        clock.advance(minutes * 60)
        window.live.next()
    clock.advance(5 * 60)
    window.resize(1440, 860)
    window.show()
    window._pull()
    _fill(pane)
    _settle()
    window.grab().save(str(path))
    pane.box.clear()
    pane.save_draft()
    window.live.reset()
    window.close()
    return path


def shoot(out_dir: Path) -> list[Path]:
    workspace = Workspace(default_db_path())
    series_id = ensure_demo(workspace.db)
    add_demo_notes(workspace.db, series_id)
    session = series_store.list_sessions(workspace.db, series_id)[0]
    paths = []

    pane = CapturePane(workspace, series_id, session.id, clock=FakeClock())
    pane.resize(760, 620)
    pane.block_box.setCurrentIndex(4)
    _fill(pane)
    pane.show()
    _settle()
    paths.append(out_dir / "capture_pane_standalone.png")
    pane.grab().save(str(paths[-1]))
    pane.box.clear()  # so no draft is left behind
    pane.save_draft()
    pane.close()

    paths.append(_shoot_live(workspace, series_id, session, out_dir / "capture_pane.png"))

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
