"""Plugs the roster into the main window: a Roster tab in every series, and Check-in among a
session's actions (it opens its own window, to sit on a second laptop or screen at the door)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui import registry
from ui.roster.checkin import CheckInView
from ui.roster.view import RosterView
from ui.session_windows import SessionWindows

_open: SessionWindows[CheckInView] = SessionWindows()  # a second press raises the open check-in


def open_check_in(workspace, series_id: str, session_id: str) -> QWidget:
    def make() -> CheckInView:
        window = CheckInView(workspace, session_id, QApplication.activeWindow())
        window.setWindowFlag(Qt.WindowType.Window)
        window.setWindowTitle(QApplication.translate("Screens", "Check-in"))
        window.resize(760, 640)
        return window

    window = _open.show(session_id, make)
    window.search.setFocus()
    return window


def register() -> None:
    registry.add_series_page("roster", QT_TRANSLATE_NOOP("Screens", "&Roster"), RosterView, order=20)
    registry.add_session_action("checkin", QT_TRANSLATE_NOOP("Screens", "&Check-in"), open_check_in,
                                shortcut="Ctrl+Shift+K", order=20,
                                tooltip=QT_TRANSLATE_NOOP("Screens", "Check people in as they arrive"))


def unregister() -> None:
    registry.remove("roster")
    registry.remove("checkin")


register()
