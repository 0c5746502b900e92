"""Does a window fit a 1366×768 laptop? ``fit_problems(top)`` sizes the window as it would be
there (a main or tool window maximised, a dialog at the size it opens at, within the screen) and
names every visible widget that lies outside it or is cut, and every label or button whose text
is cut beyond recognition.

Used by ``tests/test_screens_fit_laptop.py`` and ``docs/shots/shot_laptop.py``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QWidget,
)

LAPTOP = QSize(1366, 768)
TITLE_BAR = 32  # the window manager's, above the window's own area
TITLE_BUTTONS = 120  # the window manager's icon and buttons beside the title
SHOWN = 0.8  # a text showing less than this share of itself is cut beyond recognition
ELIDED_SHOWN = 0.5  # a label made to shorten with "…" in the middle (ui.widgets.ElidedLabel)


def laptop_size(top: QWidget) -> QSize:
    room = QSize(LAPTOP.width(), LAPTOP.height() - TITLE_BAR)
    if isinstance(top, QMainWindow) or not isinstance(top, QDialog):
        return room
    return top.size().expandedTo(top.minimumSizeHint()).boundedTo(room)  # as it opens, within the screen


def _settle() -> None:
    for _ in range(12):  # docks and wrapping rows take a few rounds to find their sizes
        QApplication.processEvents()


def _name(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title", "windowTitle"):
        value = getattr(widget, attribute, None)
        if callable(value):
            try:
                text = value()
            except TypeError:
                continue
            if isinstance(text, str) and text:
                break
    label = widget.accessibleName() or widget.objectName() or re.sub(r"<[^>]+>", "", text or "")[:40]
    return f"{type(widget).__name__}({label!r})"


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's content, where lying beyond the visible part is the point."""
    node = widget.parentWidget()
    while node is not None and node is not top:
        owner = node.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and node is owner.viewport():
            return True
        node = owner
    return False


def _needed_text_width(label: QLabel) -> int:
    text = label.text()
    if label.textFormat().name != "PlainText" and ("<" in text or "&" in text):
        return label.sizeHint().width() - 2 * label.margin() - label.indent() if label.indent() > 0 else \
            label.sizeHint().width()
    lines = [line for line in text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\n")]
    return max((label.fontMetrics().horizontalAdvance(line) for line in lines), default=0)


def fit_problems(top: QWidget, *, sideways_ok: bool = False) -> list[str]:
    """``sideways_ok``: a page may scroll sideways (at 200% text) rather than be cut."""
    problems = []
    minimum = top.minimumSizeHint().expandedTo(top.minimumSize())
    room = QSize(LAPTOP.width(), LAPTOP.height() - TITLE_BAR)
    if minimum.width() > room.width() or minimum.height() > room.height():
        problems.append(f"needs at least {minimum.width()}×{minimum.height()} px")
    top.resize(laptop_size(top))
    _settle()
    # The system shows "<title> — Facilitator" in the title bar; a narrow dialog cuts it ("New t… litator").
    shown_title = f"{top.windowTitle()} — Facilitator"
    title_font = QFont(top.font())  # title bars use a bold face, a little larger
    title_font.setBold(True)
    title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
    needed = QFontMetrics(title_font).horizontalAdvance(shown_title) + TITLE_BUTTONS
    if top.windowTitle() and top.width() < needed:
        problems.append(f"the title {shown_title!r} needs {needed} px; the window is {top.width()} px wide")
    frame = QRect(QPoint(0, 0), top.size())
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget.window() is not top or _scrolled(widget, top):
            continue
        place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not frame.adjusted(-1, -1, 1, 1).contains(place):
            problems.append(f"{_name(widget)} lies outside the window at {place.x()},{place.y()} "
                            f"{place.width()}×{place.height()}")
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0 and not sideways_ok:
            problems.append(f"{_name(widget)} of {_name(widget.widget())} scrolls sideways: its content is "
                            f"{widget.widget().width()} px wide in {widget.viewport().width()} px")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                problems.append(f"{_name(widget)} is {widget.height()} px high for {needed} px of wrapped text")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and widget.pixmap().isNull():
            needed = _needed_text_width(widget)
            share = ELIDED_SHOWN if type(widget).__name__ == "ElidedLabel" else SHOWN
            if widget.contentsRect().width() < needed * share:
                problems.append(f"{_name(widget)} shows {widget.contentsRect().width()} of {needed} px of its text")
        elif isinstance(widget, QAbstractButton) and widget.text() and not isinstance(widget.parentWidget(), QTabBar):
            needed = widget.sizeHint().width()
            if widget.width() < needed * SHOWN:
                problems.append(f"{_name(widget)} is {widget.width()} px wide for {needed} px of text")
        elif isinstance(widget, QTabBar) and not widget.usesScrollButtons():
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width() * SHOWN:
                    problems.append(f"tab {widget.tabText(index)!r} is cut")
    return problems
