"""The column-mapping dialog: shows how each column of a file was understood, lets the user
change it, and previews what the import will do (the same plan the command line prints)
before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator.errors import FacilitatorError
from facilitator.ops import roster
from facilitator.roster.columns import COLUMNS, CUSTOM_PREFIX, IGNORE, detect_mapping, label_of
from facilitator.roster.spreadsheets import ImportPlan, Table, plan_import
from ui import ops
from ui.errors import show_error

SAMPLES = 3


class ImportDialog(QDialog):
    def __init__(self, workspace, series_id: str, table: Table, undo_stack, parent=None):
        super().__init__(parent)
        self.workspace, self.series_id, self.table, self.undo_stack = workspace, series_id, table, undo_stack
        self.setWindowTitle(self.tr("Import roster from %1").replace("%1", table.file))
        self.resize(760, 560)
        self.mapping = detect_mapping(table.headers)
        self.plan: ImportPlan | None = None

        intro = QLabel(self.tr("Check how each column will be read. Rows match people already on the roster "
                               "by email, or by name when there is no email; blank cells keep what is there."),
                       self)
        intro.setWordWrap(True)
        self.columns = QTableWidget(len(table.headers), 3, self)
        self.columns.setAccessibleName(self.tr("Columns in the file"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column in file"), self.tr("First values"),
                                                self.tr("Imports as")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setTabKeyNavigation(False)
        self.combos: list[QComboBox] = []
        for row, header in enumerate(table.headers):
            samples = [cells[row] for _, cells in table.rows[:SAMPLES] if row < len(cells) and cells[row].strip()]
            for column, text in ((0, header or self.tr("(no header)")), (1, " · ".join(samples))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.columns.setItem(row, column, item)
            combo = QComboBox(self.columns)
            combo.setAccessibleName(self.tr("Imports column %1 as").replace("%1", header))
            for key, label in self._choices(header):
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(self.mapping[row]), 0))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 230)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("What the import will do"))
        self.changes = QLabel(self)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("Who the import adds and updates"))
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Rejected lines"))
        self.problems.setMaximumHeight(140)
        self.skip_invalid = QCheckBox(self.tr("&Skip rejected rows and import the rest"), self)
        self.skip_invalid.toggled.connect(self._pull_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes)
        layout.addWidget(self.problems)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        self._pull_plan()

    def _choices(self, header: str) -> list[tuple[str, str]]:
        choices = [(c.key, self.tr(c.header)) for c in COLUMNS]
        choices.append((CUSTOM_PREFIX + header, self.tr("Keep as “%1”").replace("%1", header)))
        choices.append((IGNORE, self.tr("Do not import")))
        return choices

    def _on_mapping_changed(self, *args) -> None:
        self.mapping = [combo.currentData() for combo in self.combos]
        self._pull_plan()

    def _pull_plan(self) -> None:
        self.plan = plan_import(self.workspace.db, self.series_id, self.table, self.mapping)
        counts = self.plan.counts()
        self.summary.setText(self.tr("%1 to add · %2 to update · %3 unchanged · %4 rejected")
                             .replace("%1", str(counts["added"])).replace("%2", str(counts["updated"]))
                             .replace("%3", str(counts["unchanged"])).replace("%4", str(counts["rejected"])))
        lines = []
        if self.plan.added:
            lines.append(self.tr("Adds: %1").replace("%1", ", ".join(r.name for r in self.plan.added)))
        if self.plan.updated:
            lines.append(self.tr("Updates: %1").replace("%1", ", ".join(
                f"{r.name} ({', '.join(self._field_labels(r))})" for r in self.plan.updated)))
        self.changes.setText("\n".join(lines))
        self.changes.setVisible(bool(lines))
        self.problems.setPlainText("\n".join(str(p) for p in self.plan.problems)
                                   or self.tr("Every row can be imported."))
        self._pull_buttons()

    def _field_labels(self, row) -> list[str]:
        labels = []
        for key in row.changes:
            if key == "custom":
                labels += list(row.values["custom"])
            else:
                labels.append(self.tr(label_of(key)).lower())
        return labels

    def _pull_buttons(self, *args) -> None:
        plan = self.plan
        has_work = bool(plan.added or plan.updated)
        allowed = not plan.fatal and (not plan.problems or self.skip_invalid.isChecked())
        self.import_button.setEnabled(has_work and allowed)
        self.skip_invalid.setEnabled(bool(plan.problems) and not plan.fatal)

    def _on_import(self) -> None:
        skip, series_id, table, mapping = self.skip_invalid.isChecked(), self.series_id, self.table, self.mapping
        try:
            ops.apply(self.workspace, lambda db: roster.import_roster(db, series_id, table, mapping, skip_invalid=skip),
                      undo_stack=self.undo_stack, text=self.tr("Import %1").replace("%1", self.table.file))
        except FacilitatorError as error:
            show_error(self, error)
            self._pull_plan()
            return
        self.accept()
