"""Keys a notes widget keeps for itself even when the window around it binds the same ones.

The main window binds Ctrl+Z to the series overview's undo and the live view binds Ctrl+Z and
single letters to the timer. A widget that accepts the ShortcutOverride for its own keys gets
them as ordinary key presses instead, so Ctrl+Z in the synthesis workspace undoes a theme edit.
Text fields below still take Ctrl+Z for their own text first.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence


class OwnKeys(QObject):
    """Install on a widget: ``OwnKeys(widget, {QKeySequence: slot})``; unhandled keys pass on."""

    def __init__(self, widget: QObject, bindings: dict[QKeySequence, Callable[[], None]]):
        super().__init__(widget)
        self.bindings = bindings
        widget.installEventFilter(self)

    def _slot(self, event) -> Callable[[], None] | None:
        pressed = QKeySequence(event.keyCombination())
        for keys, slot in self.bindings.items():
            if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                return slot
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.ShortcutOverride and self._slot(event) is not None:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            slot = self._slot(event)
            if slot is not None:
                slot()
                return True
        return False
