"""Refresh a view when the workspace changes only if it is on screen; a hidden view (another tab,
a closed dock) catches up when it is shown. A note saved in the live view then costs nothing in
the synthesis tab behind it."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None]):
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def changed(self) -> None:
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False
