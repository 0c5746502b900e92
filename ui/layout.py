"""Layout pieces that keep screens usable on a 1366×768 laptop: splitters that come back where
the person left them, a scrolling wrapper for panes taller than the screen, rows of controls
that wrap, and dialogs as wide as their titles."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QLayoutItem, QScrollArea, QSizePolicy, QSplitter, QWidget

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


class _DownOnly(QScrollArea):
    """Scrolls up and down only: asks its layout for the content's minimum width, so nothing
    is ever cut at the side or hidden behind a sideways scroll bar."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        content = self.widget().minimumSizeHint().width() if self.widget() is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content + bar + 2 * self.frameWidth(), super().minimumSizeHint().height())


def scrolling(widget: QWidget, *, sideways: bool = True) -> QScrollArea:
    """``widget`` in a frameless scroll area: on a short screen it scrolls instead of pushing the
    window past the screen's edge. ``sideways=False`` for a pane that must keep its width
    (it then only scrolls down); the main window's pages scroll sideways too, at large text."""
    area = QScrollArea() if sideways else _DownOnly()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if sideways
                                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them onto a new line when the width runs out:
    a toolbar row of buttons that fits a laptop and a 200% text size alike."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)
        if parent is not None:  # only now: the parent asks for the items at once
            parent.setLayout(self)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        width = sum(item.sizeHint().width() + self._spacing for item in self._visible())
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt name)
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not (item.widget() and item.widget().isHidden())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def flow_of(*widgets: QWidget) -> QWidget:
    """The widgets in a wrapping row, as one widget to put in a layout."""
    host = QWidget()
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    host.setSizePolicy(policy)
    flow = FlowLayout(host)
    for widget in widgets:
        flow.addWidget(widget)
    return host


class TitlesFit(QObject):
    """Installed on the application: a dialog about to show is made wide enough for its title as
    the system shows it ("<title> — Facilitator"), so no title bar reads "New t… litator"."""

    BUTTONS = 120  # the title bar's icon and buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.windowTitle():
            font = QFont(watched.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            title = f"{watched.windowTitle()} — Facilitator"
            needed = QFontMetrics(font).horizontalAdvance(title) + self.BUTTONS
            screen = watched.screen().availableGeometry().width() if watched.screen() else needed
            needed = min(needed, screen)
            if watched.width() < needed:
                watched.setMinimumWidth(needed)
                watched.resize(needed, watched.height())
        return False
