"""The first screen: every series in the workspace, and the actions that make or remove one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import agenda as store
from facilitator.ops import series as series_ops
from facilitator.ops.changes import SERIES, SESSIONS
from facilitator.plan import templates
from facilitator.share import series_json as exchange
from ui import formatting, i18n, ops
from ui.errors import reported
from ui.new_series_dialog import NewSeriesDialog
from ui.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


class SeriesListPage(QWidget):
    open_requested = Signal(str)
    status = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace

        heading = QLabel(self.tr("Series"))
        heading.setObjectName("pageHeading")
        hint = QLabel(self.tr("Each series is a set of sessions with one purpose. Press Enter to open one."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Series list"))
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Dates"), self.tr("Sessions")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _col: self.open_requested.emit(item.data(0, ID_ROLE)))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(self.tr("No series yet. Choose “New series…” to start from a template, "
                                    "or “Import JSON…” to bring in a series exported on another laptop."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        self.new_button = QPushButton(self.tr("&New series…"))
        self.new_button.clicked.connect(self.new_series)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open_current)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_series)
        self.import_button = QPushButton(self.tr("&Import JSON…"))
        self.import_button.clicked.connect(self.import_json)
        self.export_button = QPushButton(self.tr("&Export JSON…"))
        self.export_button.clicked.connect(lambda: self.export_json(self.current_series_id()))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        delete = QAction(self.tr("Delete series"), self)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_series)
        self.tree.addAction(delete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self._shown: list[tuple[str, tuple[str, str, str]]] = []
        ops.watch(workspace, self, self.refresh, SERIES, SESSIONS)
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Runs on every change to a series or its sessions: rows whose text changed are
        updated in place, and the list is rebuilt only when series came, went or moved, so
        the selection, scroll position and keyboard focus survive a note being typed."""
        current = self.current_series_id()
        rows = store.list_series(self.workspace.db)
        shown = [(row["id"], (row["title"], formatting.date_range(row["first_date"], row["last_date"]),
                              str(row["sessions"]))) for row in rows]
        same_series = [row_id for row_id, _ in shown] == [row_id for row_id, _ in self._shown]
        self._shown = shown
        if same_series:
            for index, (_row_id, texts) in enumerate(shown):
                item = self.tree.topLevelItem(index)
                for column, text in enumerate(texts):
                    if item.text(column) != text:
                        item.setText(column, text)
        else:
            self.tree.clear()
            for row_id, texts in shown:
                item = QTreeWidgetItem(list(texts))
                item.setData(0, ID_ROLE, row_id)
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.tree.addTopLevelItem(item)
                if row_id == current:
                    self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.stack.setCurrentWidget(self.tree if rows else self.empty)
        self._update_buttons()

    def titles(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def current_series_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def select(self, series_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, ID_ROLE) == series_id:
                self.tree.setCurrentItem(item)

    def focus_list(self) -> None:
        (self.tree if self.tree.topLevelItemCount() else self.new_button).setFocus()

    def _update_buttons(self) -> None:
        has = self.current_series_id() is not None
        for button in (self.open_button, self.delete_button, self.export_button):
            button.setEnabled(has)

    def _open_current(self) -> None:
        if self.current_series_id():
            self.open_requested.emit(self.current_series_id())

    # ------------------------------------------------------------ actions

    def new_series(self) -> None:
        found, broken = templates.load_templates(i18n.current())
        dialog = NewSeriesDialog(found, broken, self)
        if dialog.exec() != NewSeriesDialog.DialogCode.Accepted:
            return
        template, title, start = dialog.template(), dialog.title(), dialog.start()
        outcome = ops.run(self, self.workspace,
                          lambda db: series_ops.create_from_template(db, template, title=title, start=start))
        if outcome is not None:
            series = outcome.value
            self.select(series.id)
            self.status.emit(self.tr("Created “{0}”.").format(series.title))
            self.open_requested.emit(series.id)

    def delete_series(self) -> None:
        series_id = self.current_series_id()
        if not series_id:
            return
        title = self.tree.currentItem().text(0)
        answer = QMessageBox.question(
            self, self.tr("Delete series"),
            self.tr("Delete “{0}” with all its sessions and agendas? This cannot be undone.").format(title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if ops.run(self, self.workspace, lambda db: store.delete_series(db, series_id)) is not None:
            self.status.emit(self.tr("Deleted “{0}”.").format(title))

    def import_json(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import series"), "",
                                                    self.tr("Series files (*.json);;All files (*)"))
        if not path:
            return
        with reported(self):
            data = exchange.load_file(Path(path))
            series_id = ops.apply(self.workspace, lambda db: series_ops.import_series(db, data, source=path)).value
            self.select(series_id)
            self.status.emit(self.tr("Imported {0}.").format(Path(path).name))

    def export_json(self, series_id: str | None) -> None:
        if not series_id:
            return
        with reported(self):
            series = store.get_series(self.workspace.db, series_id, with_sessions=False)
            suggested = f"{series.title}-{QDate.currentDate().toString('yyyy-MM-dd')}.json"
            suggested = "".join(c if c.isalnum() or c in " -_." else "_" for c in suggested)
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export series"), suggested,
                                                        self.tr("Series files (*.json)"))
            if not path:
                return
            text = exchange.dumps(exchange.export_series(self.workspace.db, series_id))
            Path(path).write_text(text, encoding="utf-8")
            self.status.emit(self.tr("Exported to {0}.").format(path))
