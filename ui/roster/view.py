"""The roster screen of a series: search, filters, edit in place, add, delete, import, export
and the series' perspective list. Every change is one core call on the undo stack."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.ops import agenda as series_store
from facilitator.ops import attendance as att
from facilitator.ops import roster as store
from facilitator.ops.changes import ATTENDANCE, ROSTER, SESSIONS
from facilitator.plan.model import AttendanceStatus, Role
from facilitator.roster.spreadsheets import export_csv, read_table
from facilitator.roster.summary import summarize
from ui import ops
from ui.errors import show_error
from ui.roster.filter import RosterFilter
from ui.roster.keys import LocalKeys
from ui.roster.table_model import CHOICES, FIELDS, PARTICIPANT_ROLE, RosterTableModel


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for columns with a fixed or suggested set of values."""

    def __init__(self, choices, editable: bool = False, parent=None):
        super().__init__(parent)
        self._choices, self._editable = choices, editable

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        box.setEditable(self._editable)
        for choice in self._choices() if callable(self._choices) else self._choices:
            # fixed values (yes, no, participant...) read in the interface's language, saved as the file writes them
            shown = choice if self._editable or not choice else QCoreApplication.translate("RosterTableModel", choice)
            box.addItem(shown, choice)
        return box

    def setEditorData(self, editor: QComboBox, index) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        found = editor.findData(text)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(text)

    def setModelData(self, editor: QComboBox, model, index) -> None:
        chosen = editor.currentData() if not self._editable else None
        model.setData(index, chosen if chosen is not None else editor.currentText(), Qt.ItemDataRole.EditRole)


class RosterView(QWidget):
    """Standalone for now: built from (workspace, series_id); the series screen hosts it."""

    def __init__(self, workspace, series_id: str, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.workspace, self.series_id = workspace, series_id
        self._undo = undo_stack or QUndoStack(self)
        self.model = RosterTableModel(workspace, series_id, self._undo, self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.edit_refused.connect(self._on_edit_refused)
        self.proxy.rowsInserted.connect(self._pull_count)
        self.proxy.rowsRemoved.connect(self._pull_count)
        self.proxy.modelReset.connect(self._pull_count)
        self.proxy.layoutChanged.connect(self._pull_count)
        ops.watch(workspace, self, self._on_workspace_changed, ROSTER, ATTENDANCE, SESSIONS, series_id=series_id)
        self._pull_filters()
        self._pull_count()

    def undo_stack(self) -> QUndoStack:
        """This screen's history; the main window's Undo and Redo follow it while it shows."""
        return self._undo

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        keys = LocalKeys(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, emails, organizations, languages…"))
        self.search.setAccessibleName(self.tr("Search the roster"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        keys.add(QKeySequence.StandardKey.Find, self.search.setFocus)

        self.perspective_filter = self._combo(self.tr("Filter by perspective"))
        self.organization_filter = self._combo(self.tr("Filter by organization"))
        self.role_filter = self._combo(self.tr("Filter by team role"))
        self.attendance_filter = self._combo(self.tr("Filter by attendance"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.perspective_filter, self.organization_filter, self.role_filter, self.attendance_filter):
            filters.addWidget(combo, 1)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for field, choices in CHOICES.items():
            self.table.setItemDelegateForColumn(FIELDS.index(field), ChoiceDelegate(choices, parent=self))
        self.table.setItemDelegateForColumn(
            FIELDS.index("perspective"),
            ChoiceDelegate(lambda: [""] + store.perspective_choices(self.workspace.db, self.series_id),
                           editable=True, parent=self))

        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for text, shortcut, handler, name in (
            (self.tr("&Add person"), QKeySequence.StandardKey.New, self._on_add, self.tr("Add a participant")),
            (self.tr("&Delete"), None, self._on_delete,
             self.tr("Delete the selected participants")),
            (self.tr("&Import…"), QKeySequence("Ctrl+I"), self._on_import, self.tr("Import a roster file")),
            (self.tr("E&xport…"), QKeySequence("Ctrl+E"), self._on_export, self.tr("Export the roster as CSV")),
            (self.tr("&Perspectives…"), None, self._on_perspectives,
             self.tr("Edit the series' list of perspectives")),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.clicked.connect(handler)
            if shortcut is not None:
                keys.add(shortcut, handler)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        # Delete only from the table, so the key still deletes text in the search box.
        LocalKeys(self.table).add(QKeySequence.StandardKey.Delete, self._on_delete)
        keys.add(QKeySequence.StandardKey.Undo, self._undo.undo)
        for redo in (QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"):
            keys.add(redo, self._undo.redo)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fitted_rows = -1
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths from what the columns hold, the name always readable: done when the number of
        people changes (an import), so a width the person dragged stays otherwise."""
        if self.model.rowCount() == self._fitted_rows:
            return
        self._fitted_rows = self.model.rowCount()
        self.table.resizeColumnsToContents()
        characters = self.table.fontMetrics().horizontalAdvance("x")
        for column in range(self.model.columnCount()):
            widest = 40 * characters if FIELDS[column] == "name" else 220
            narrowest = 22 * characters if FIELDS[column] == "name" else 0
            self.table.setColumnWidth(column, max(narrowest, min(self.table.columnWidth(column), widest)))

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.currentIndexChanged.connect(self._on_filter)
        return combo

    # ------------------------------------------------------------ refresh from the workspace
    def _on_workspace_changed(self) -> None:
        self.model.reload()
        self._fit_columns()
        self._pull_filters()
        self._pull_count()

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Refill a filter, keeping its choice when it still exists; signals off so nothing echoes."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _pull_filters(self) -> None:
        db = self.workspace.db
        people = [self.model.participant(r) for r in range(self.model.rowCount())]
        perspectives = store.list_perspectives(db, self.series_id)
        perspectives += sorted({p.perspective for p in people if p.perspective} - set(perspectives), key=str.casefold)
        self._fill(self.perspective_filter, [(self.tr("All perspectives"), None)] + [(p, p) for p in perspectives])
        organizations = sorted({p.organization for p in people if p.organization}, key=str.casefold)
        self._fill(self.organization_filter, [(self.tr("All organizations"), None)] + [(o, o) for o in organizations])
        self._fill(self.role_filter, [(self.tr("Everyone"), None)]
                   + [(self._role_label(r), r.value) for r in Role])
        items: list[tuple[str, object]] = [(self.tr("Any attendance"), None)]
        for session in series_store.list_sessions(db, self.series_id):
            items.append((self.tr("Here at session %1").replace("%1", str(session.number)),
                          f"{session.id}|present"))
            items.append((self.tr("Missed session %1").replace("%1", str(session.number)),
                          f"{session.id}|absent"))
        self._fill(self.attendance_filter, items)
        self._on_filter()

    def _role_label(self, role: Role) -> str:
        return {Role.PARTICIPANT: self.tr("Participants"), Role.FACILITATOR: self.tr("Facilitators"),
                Role.NOTE_TAKER: self.tr("Note-takers"), Role.INTERPRETER: self.tr("Interpreters")}[role]

    def _pull_count(self, *args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            summary = summarize([self.model.participant(r) for r in range(total)])
            text = self.tr("%1 participants · %2 team").replace("%1", str(summary.participants)) \
                .replace("%2", str(summary.team))
            if summary.stipends_total:
                text += " · " + self.tr("stipends %1 (%2 paid)").replace("%1", f"{summary.stipends_total:,.0f}") \
                    .replace("%2", f"{summary.stipends_paid:,.0f}")
        else:
            text = self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # ------------------------------------------------------------ handlers
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._pull_count()

    def _on_filter(self, *args) -> None:
        self.proxy.set_perspective(self.perspective_filter.currentData())
        self.proxy.set_organization(self.organization_filter.currentData())
        role = self.role_filter.currentData()
        self.proxy.set_role(Role(role) if role else None)
        choice = self.attendance_filter.currentData()
        if choice:
            session_id, status = choice.split("|")
            wanted = AttendanceStatus(status)
            self.proxy.set_only_ids({e.participant.id for e in att.session_attendance(self.workspace.db, session_id)
                                     if e.status is wanted})
        else:
            self.proxy.set_only_ids(None)
        self._pull_count()

    def _on_edit_refused(self, message: str) -> None:
        show_error(self, FacilitatorError(message))

    def _on_add(self) -> None:
        series_id, name = self.series_id, self.tr("New participant")
        outcome = ops.run(self, self.workspace, lambda db: store.add_participant(db, series_id, name=name),
                          undo_stack=self._undo, text=self.tr("Add participant"))
        if outcome is None:
            return
        self.search.clear()
        source_row = self.model.row_of(outcome.value.id)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def selected_ids(self) -> list[str]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return [self.proxy.index(r, 0).data(PARTICIPANT_ROLE) for r in sorted(rows)]

    def _on_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        label = self.tr("Delete %n participant(s)", "", len(ids))
        ops.run(self, self.workspace, lambda db: store.delete_participants(db, ids), undo_stack=self._undo, text=label)

    def _on_import(self) -> None:
        from ui.roster.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a roster"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"))
        if not path:
            return
        try:
            table = read_table(path)
        except FacilitatorError as error:
            show_error(self, error)
            return
        ImportDialog(self.workspace, self.series_id, table, self._undo, self).exec()

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roster"), "roster.csv",
                                              self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            count = export_csv(self.workspace.db, self.series_id, path)
        except FacilitatorError as error:
            show_error(self, error)
            return
        self.count_label.setText(self.tr("Exported %n people", "", count))

    def _on_perspectives(self) -> None:
        from ui.roster.perspectives_dialog import PerspectivesDialog

        dialog = PerspectivesDialog(store.perspective_choices(self.workspace.db, self.series_id), self)
        if dialog.exec():
            series_id, labels = self.series_id, dialog.labels()
            ops.run(self, self.workspace, lambda db: store.set_perspectives(db, series_id, labels),
                    undo_stack=self._undo, text=self.tr("Edit perspectives"))

    def edit_cell(self, participant_id: str, field: str) -> QModelIndex:
        """The table index of one participant's field (tests and the series screen use it)."""
        source = self.model.index(self.model.row_of(participant_id), self.model.column_of(field))
        return self.proxy.mapFromSource(source)
