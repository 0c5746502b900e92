"""The short guide shown on the first start (and from Help › Getting started): the four things
a facilitator does, in the order they do them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.layout import scrolling


class FirstRunGuide(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started"))
        self.setMinimumWidth(560)
        steps = [
            (self.tr("Plan a series"),
             self.tr("File › New series (Ctrl+Shift+N) starts from a template: a four-session dialogue series "
                     "or a community conversation. Adjust the sessions and their agendas; everything saves as "
                     "you type, and Ctrl+Z undoes.")),
            (self.tr("Bring in the roster"),
             self.tr("Open the series and its Roster tab, then Import… a CSV or Excel file of sign-ups. "
                     "You see how each column will be read before anything changes.")),
            (self.tr("Run a session"),
             self.tr("Open a session's agenda and press F5 (Run live): a timer for each block, a presenter "
                     "screen for the room, and a notes pane. Space starts and pauses.")),
            (self.tr("Print and share"),
             self.tr("The Print & share tab makes the run-sheet, sign-in sheet, name tents, group lists and a "
                     "summary without names, as PDF or straight to the printer.")),
        ]
        intro = QLabel(self.tr("Facilitator works offline and keeps everything in one file. A demo series is "
                               "ready to explore."))
        intro.setWordWrap(True)
        body = "".join(f"<p><b>{number}. {html.escape(title)}</b><br>{html.escape(text)}</p>"
                       for number, (title, text) in enumerate(steps, start=1))
        self.steps = QLabel(body)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("Four steps"))
        self.steps.setAccessibleDescription("\n".join(f"{t}: {d}" for t, d in steps))
        hint = QLabel(self.tr("Open this guide again from Help › Getting started; F1 lists every keyboard "
                              "shortcut."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        # An Ok button, not Close: the style gives Close a close-X icon, which reads as "cancel".
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("&Start"))
        start.setIcon(QIcon())
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scrolling(self.steps, sideways=False), 1)  # large text: the steps scroll, never cut
        layout.addWidget(hint)
        layout.addWidget(buttons)
