"""Small editing widgets that save by themselves: a person never looks for a Save button.

Each emits ``committed`` with the new value once the person is done (focus leaves, Enter, or
a short pause in typing), and never when the program sets the value.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

IDLE_MS = 800


class CommitLineEdit(QLineEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._saved: str | None = ""
        self._unsaved = False
        self.editingFinished.connect(self._commit)

    def set_value(self, text: str) -> None:
        """Show a stored value, unless the person is typing here right now or it was not saved."""
        if (self._unsaved or self.hasFocus()) and self.text() != self._saved:
            return
        self._saved = text
        if self.text() != text:
            with QSignalBlocker(self):
                self.setText(text)
                self.setCursorPosition(0)  # a long title shows its start, not its end

    def keep_unsaved(self) -> None:
        """The last commit did not reach the disk: keep the typed text, send it again next time."""
        self._unsaved, self._saved = True, None

    @property
    def unsaved(self) -> bool:
        return self._unsaved

    def _commit(self) -> None:
        if self.text() != self._saved:
            self._unsaved, self._saved = False, self.text()
            self.committed.emit(self.text())


class CommitTextEdit(QPlainTextEdit):
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._saved: str | None = ""
        self._unsaved = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self.textChanged.connect(self._idle.start)

    def set_value(self, text: str) -> None:
        if (self._unsaved or self.hasFocus()) and self.toPlainText() != self._saved:
            return
        self._saved = text
        if self.toPlainText() != text:
            with QSignalBlocker(self):
                self.setPlainText(text)

    def keep_unsaved(self) -> None:
        """The last commit did not reach the disk: keep the typed text, send it again next time."""
        self._unsaved, self._saved = True, None

    @property
    def unsaved(self) -> bool:
        return self._unsaved

    def commit(self) -> None:
        self._idle.stop()
        if self.toPlainText() != self._saved:
            self._unsaved, self._saved = False, self.toPlainText()
            self.committed.emit(self._saved)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)


def lines(text: str) -> list[str]:
    """One item per non-empty line (goals, objectives, prompts)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class ElidedLabel(QLabel):
    """One line of plain text that shortens with "…" instead of pushing its neighbours away."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(40, super().sizeHint().height())  # takes what is left, never more

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect, int(self.alignment()) | Qt.AlignmentFlag.AlignVCenter, text)
