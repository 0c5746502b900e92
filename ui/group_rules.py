"""The series' standing grouping rules (keep apart, keep together), edited from the board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ops import groups as store
from facilitator.ops.roster import list_participants
from ui import ops


class GroupRulesDialog(QDialog):
    """Pick people, say apart or together, add; every change is saved at once."""

    def __init__(self, workspace, series_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.series_id = workspace, series_id
        self.setWindowTitle(self.tr("Grouping rules"))
        self.undo_stack = QUndoStack(self)
        self._names = {p.id: p.display_name for p in list_participants(workspace.db, series_id)}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Rules every grouping in this series keeps:")))
        self.rules = QListWidget()
        self.rules.setAccessibleName(self.tr("Grouping rules"))
        layout.addWidget(self.rules)
        remove = QPushButton(self.tr("&Remove rule"))
        remove.clicked.connect(self.remove_selected)
        layout.addWidget(remove)
        people_label = QLabel(self.tr("&People for a new rule (select two or more):"))
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.MultiSelection)
        self.people.setAccessibleName(self.tr("People for a new rule"))
        people_label.setBuddy(self.people)
        for pid, name in sorted(self._names.items(), key=lambda x: x[1].casefold()):
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, pid)
            self.people.addItem(item)
        layout.addWidget(people_label)
        layout.addWidget(self.people, 1)
        kinds = QHBoxLayout()
        self.apart = QRadioButton(self.tr("Keep &apart"))
        self.apart.setChecked(True)
        self.together = QRadioButton(self.tr("Keep &together"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why (for the team)"))
        self.note.setAccessibleName(self.tr("Why (for the team)"))
        add = QPushButton(self.tr("A&dd rule"))
        add.clicked.connect(self.add_rule)
        for widget in (self.apart, self.together, self.note, add):
            kinds.addWidget(widget)
        layout.addLayout(kinds)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        undo = QPushButton(self.tr("&Undo"))
        undo.setAccessibleName(self.tr("Undo the last change to the rules"))
        undo.setEnabled(False)
        undo.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        buttons.addButton(undo, QDialogButtonBox.ButtonRole.ActionRole)
        undo_action = self.undo_stack.createUndoAction(self)
        undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self)
        redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo_action, redo_action])
        layout.addWidget(buttons)
        self.resize(520, 560)
        self._pull()

    def _pull(self) -> None:
        self.rules.clear()
        for rule in store.list_rules(self.workspace.db, self.series_id):
            who = ", ".join(self._names.get(pid, self.tr("(removed)")) for pid in rule.participant_ids)
            kind = self.tr("Apart") if rule.kind == "apart" else self.tr("Together")
            item = QListWidgetItem(f"{kind}: {who}" + (f" — {rule.note}" if rule.note else ""))
            item.setData(Qt.UserRole, rule.id)
            self.rules.addItem(item)

    def add_rule(self) -> None:
        chosen = [item.data(Qt.UserRole) for item in self.people.selectedItems()]
        series_id, kind, note = self.series_id, "apart" if self.apart.isChecked() else "together", self.note.text().strip()
        if ops.run(self, self.workspace, lambda db: store.add_rule(db, series_id, kind, chosen, note),
                   undo_stack=self.undo_stack, text=self.tr("Add rule"), after=lambda done: self._pull()) is None:
            return
        self.people.clearSelection()
        self.note.clear()

    def remove_selected(self) -> None:
        item = self.rules.currentItem()
        if item is not None:
            series_id, rule_id = self.series_id, item.data(Qt.UserRole)
            ops.run(self, self.workspace, lambda db: store.delete_rule(db, series_id, rule_id),
                    undo_stack=self.undo_stack, text=self.tr("Remove rule"), after=lambda done: self._pull())
