"""Layout pieces that keep screens usable on a 1366×768 laptop: splitters that come back where
the person left them, and a scrolling wrapper for panes taller than the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QWidget

from ui import settings


class RememberedSplitter(QSplitter):
    """A splitter whose sizes are kept in QSettings under ``splitters/<key>``; the first time,
    ``shares`` (relative widths, e.g. ``[1, 3]``) divide the space."""

    def __init__(self, key: str, shares: list[int], orientation=Qt.Orientation.Horizontal,
                 parent: QWidget | None = None):
        super().__init__(orientation, parent)
        self._key = f"splitters/{key}"
        self._shares = shares
        self._restored = False
        self.splitterMoved.connect(self._save)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._restored:
            return
        self._restored = True
        saved = settings.store().value(self._key)
        if isinstance(saved, QByteArray) and self.restoreState(saved):
            return
        total = (self.width() if self.orientation() == Qt.Orientation.Horizontal else self.height()) or 1000
        whole = sum(self._shares[:self.count()]) or 1
        self.setSizes([total * share // whole for share in self._shares[:self.count()]])

    def _save(self, _pos: int = 0, _index: int = 0) -> None:
        settings.store().setValue(self._key, self.saveState())


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: at 200% text or on a short screen it scrolls
    instead of pushing the window past the screen's edge."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(widget)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area
