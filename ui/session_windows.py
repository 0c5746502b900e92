"""One window per session for a feature (live view, groups, check-in, note capture): asking
again raises the window already open instead of opening a second one. Each is a tool window:
Ctrl+W closes it, and so does Esc where Esc has no other job there."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class SessionWindows(Generic[W]):
    def __init__(self, *, delete_on_close: bool = True, close_keys: bool = True):
        """``close_keys=False``: the window has its own (the live view, where Esc leaves a text box)."""
        self._open: dict[str, W] = {}
        self._delete_on_close = delete_on_close
        self._close_keys = close_keys

    def get(self, session_id: str) -> W | None:
        return self._open.get(session_id)

    def show(self, session_id: str, make: Callable[[], W], *, maximized: bool = False) -> W:
        """The session's window, made with ``make()`` the first time, shown and brought forward."""
        window = self._open.get(session_id)
        if window is None:
            window = make()
            if self._close_keys:
                _close_keys(window)
            if self._delete_on_close:
                window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            window.destroyed.connect(lambda _obj=None, key=session_id: self._open.pop(key, None))
            self._open[session_id] = window
        if maximized:
            window.showMaximized()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        return window


def _close_keys(window: QWidget) -> None:
    keys = {QKeySequence(k).toString(): QKeySequence(k)
            for k in ("Ctrl+W", QKeySequence.StandardKey.Close, Qt.Key.Key_Escape) if not QKeySequence(k).isEmpty()}
    action = QAction(QCoreApplication.translate("Screens", "Close this window"), window)
    action.setShortcuts(list(keys.values()))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(window.close)
    window.addAction(action)
