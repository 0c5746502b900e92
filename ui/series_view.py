"""One series: the overview tab first, then a tab per page registered in ``ui.registry``."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui import registry
from ui.series_overview import SeriesOverview
from ui.workspace import Workspace


class SeriesView(QWidget):
    session_requested = Signal(str)
    gone = Signal(str)
    status = Signal(str)
    undo_stack_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.series_id: str | None = None
        self.overview = SeriesOverview(workspace)
        self.overview.session_requested.connect(self.session_requested)
        self.overview.gone.connect(self.gone)
        self.overview.status.connect(self.status)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Series sections"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self._feature_pages: list[QWidget] = []
        self.failed_pages: list[str] = []  # titles of pages whose factory raised (the self-test reads it)
        self._no_undo = QUndoStack(self)
        self.tabs.currentChanged.connect(lambda _index: self.undo_stack_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def set_series(self, series_id: str) -> None:
        self.overview.set_series(series_id)  # raises NotFound before anything changes
        if series_id == self.series_id and self._feature_pages:
            return
        self.series_id = series_id
        keep = self.tabs.currentIndex()
        for page in self._feature_pages:
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()
        self._feature_pages = []
        self.failed_pages: list[str] = []
        for entry in registry.series_pages():
            page = self._make_page(entry, series_id)
            self._feature_pages.append(page)
            self.tabs.addTab(page, QCoreApplication.translate("Screens", entry.title))
        self.tabs.setCurrentIndex(keep if 0 <= keep < self.tabs.count() else 0)

    def _make_page(self, entry: registry.SeriesPage, series_id: str) -> QWidget:
        """A page that fails to open says so in its tab; planning the series still works."""
        try:
            return entry.factory(self.workspace, series_id)
        except Exception as error:  # noqa: BLE001 - any feature bug must not close the series
            traceback.print_exc()
            self.failed_pages.append(QCoreApplication.translate("Screens", entry.title).replace("&", ""))
            label = QLabel(self.tr("This page could not open: {0}").format(error))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setObjectName("emptyState")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    def page_titles(self) -> list[str]:
        return [self.tabs.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
                for i in range(self.tabs.count())]

    def refresh(self) -> None:
        self.overview.refresh()

    def focus_sessions(self, session_id: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.overview)
        self.overview.focus_sessions(session_id)

    def undo_stack(self) -> QUndoStack:
        """The undo history of the tab on screen: a feature page offers its own by defining
        ``undo_stack()``; a page without one leaves Undo disabled rather than undoing elsewhere."""
        return page_undo_stack(self.tabs.currentWidget()) or self._no_undo


def page_undo_stack(page: QWidget | None) -> QUndoStack | None:
    """A page's undo history, whether it offers it as an ``undo_stack`` attribute or method."""
    stack = getattr(page, "undo_stack", None)
    return stack() if callable(stack) else stack
