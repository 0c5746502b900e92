"""The synthesis workspace of a series: themes, debriefs, the values framework and its
versions, and the needs/offers/requests board, as tabs of one page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.notes.debrief_view import DebriefView
from ui.notes.framework_view import FrameworkDiff, FrameworkEditor
from ui.notes.offers_board import OffersBoard
from ui.notes.theme_board import ThemeBoard


class SynthesisWorkspace(QWidget):
    def __init__(self, workspace, series_id: str, parent=None):
        super().__init__(parent)
        self._undo = QUndoStack(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Synthesis"))
        self.themes = ThemeBoard(workspace, series_id, self._undo)
        self.debrief = DebriefView(workspace, series_id, self._undo)
        framework = QSplitter(Qt.Orientation.Vertical)
        self.framework = FrameworkEditor(workspace, series_id, self._undo)
        self.framework_diff = FrameworkDiff(workspace, series_id)
        framework.addWidget(self.framework)
        framework.addWidget(self.framework_diff)
        framework.setSizes([330, 470])
        self.offers = OffersBoard(workspace, series_id)
        self.tabs.addTab(self.themes, self.tr("&Themes"))
        self.tabs.addTab(self.debrief, self.tr("&Debrief"))
        self.tabs.addTab(framework, self.tr("&Values framework"))
        self.tabs.addTab(self.offers, self.tr("Needs, &offers && requests"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def undo_stack(self) -> QUndoStack:
        """The main window's Undo and Redo follow this while the tab is on screen."""
        return self._undo
