"""Opening the live view for a session, one window per session, and finding it again (other
features push pages to its presenter screen)."""

from __future__ import annotations

from ui.live.presenter import PresenterWindow
from ui.live.window import LiveWindow
from ui.session_windows import SessionWindows

# The live view has its own close keys: Ctrl+W, while Esc leaves a text box there.
_windows: SessionWindows[LiveWindow] = SessionWindows(close_keys=False)


def open_live_window(workspace, series_id: str, session_id: str) -> LiveWindow:
    """Show the session's live view, raising the one already open rather than a second."""
    # maximized: the facilitator's own screen is for this, with any docked panes
    return _windows.show(session_id, lambda: LiveWindow(workspace, series_id, session_id), maximized=True)


def live_window_for(session_id: str) -> LiveWindow | None:
    return _windows.get(session_id)


def presenter_for(session_id: str) -> PresenterWindow | None:
    """The presenter screen of the session's open live view, e.g. to ``show_page`` breakout groups."""
    window = _windows.get(session_id)
    return window.presenter if window is not None else None
