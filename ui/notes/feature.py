"""Where note capture and synthesis plug into the app: a "Notes & synthesis" tab in every
series, a "Notes" pane docked in the live view, and a "Take notes" action on a session for a
note-taker working on their own laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import registry
from ui.live import add_live_pane
from ui.notes.capture_pane import CapturePane
from ui.notes.synthesis import SynthesisWorkspace
from ui.session_windows import SessionWindows

_capture_windows: SessionWindows[CapturePane] = SessionWindows(delete_on_close=False)


def live_capture_pane(workspace, series_id: str, session_id: str, live_window) -> CapturePane:
    """The capture pane wired to the runner: notes are filed under the block in progress and
    timed on the session clock."""
    pane = CapturePane(workspace, series_id, session_id, live=live_window.live)
    live_window.current_block_changed.connect(pane.show_block)
    return pane


def open_capture_window(workspace, series_id: str, session_id: str) -> CapturePane:
    """A capture pane in its own window, one per session, raised if already open."""
    def make() -> CapturePane:
        pane = CapturePane(workspace, series_id, session_id)
        pane.setWindowTitle(QCoreApplication.translate("Screens", "Notes"))
        pane.resize(720, 640)
        return pane

    pane = _capture_windows.show(session_id, make)
    pane.box.setFocus()
    return pane


registry.add_series_page("notes", QT_TRANSLATE_NOOP("Screens", "&Notes && synthesis"), SynthesisWorkspace, order=30)
registry.add_session_action("notes", QT_TRANSLATE_NOOP("Screens", "Take &notes"), open_capture_window,
                            shortcut="F7", order=20,
                            tooltip=QT_TRANSLATE_NOOP("Screens", "Open the note capture box for this session"))
add_live_pane("notes", QT_TRANSLATE_NOOP("Screens", "Notes"), live_capture_pane)
