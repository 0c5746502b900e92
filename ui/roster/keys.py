"""Keys a screen handles itself while focus is inside it, ahead of the main window's actions
with the same keys (Ctrl+Z must undo the roster edit just made, not the series overview's;
Ctrl+I imports a roster here, not a series JSON). Two QShortcuts on one key would only be
"ambiguous" and do nothing, so the screen claims the key through ShortcutOverride instead.

A child that wants the key first (the search box undoing its own typing) still gets it: the
override reaches the screen only if no child accepted it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget


class LocalKeys(QObject):
    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self._keys: list[tuple[QKeySequence, Callable[[], None]]] = []
        owner.installEventFilter(self)

    def add(self, key: QKeySequence | QKeySequence.StandardKey | str, handler: Callable[[], None]) -> None:
        sequences = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        self._keys += [(sequence, handler) for sequence in sequences]

    def _handler(self, event) -> Callable[[], None] | None:
        pressed = QKeySequence(event.keyCombination())
        return next((handler for sequence, handler in self._keys if sequence.matches(pressed)
                     == QKeySequence.SequenceMatch.ExactMatch), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._handler(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            handler = self._handler(event)
            if handler:
                handler()
                return True
        return False
