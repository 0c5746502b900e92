"""One window per session for a feature (live view, groups, check-in, note capture): asking
again raises the window already open instead of opening a second one."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class SessionWindows(Generic[W]):
    def __init__(self, *, delete_on_close: bool = True):
        self._open: dict[str, W] = {}
        self._delete_on_close = delete_on_close

    def get(self, session_id: str) -> W | None:
        return self._open.get(session_id)

    def show(self, session_id: str, make: Callable[[], W], *, maximized: bool = False) -> W:
        """The session's window, made with ``make()`` the first time, shown and brought forward."""
        window = self._open.get(session_id)
        if window is None:
            window = make()
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
