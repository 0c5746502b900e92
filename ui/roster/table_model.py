"""The roster as a Qt table: one row per participant, edits go through ``update_participant``
on an undo stack, so Ctrl+Z puts back exactly what the cell held."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoStack

from facilitator.errors import FacilitatorError
from facilitator.ops import roster as store
from facilitator.plan.model import Acknowledgement, Participant, Role
from facilitator.roster.columns import CUSTOM_PREFIX, CellError, format_value, parse_cell
from ui import ops

# (field, header); the header text is translated in headerData.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"), ("preferred_name", "Preferred name"), ("pronouns", "Pronouns"),
    ("perspective", "Perspective"), ("organization", "Organization"), ("role", "Team role"),
    ("email", "Email"), ("phone", "Phone"), ("languages", "Languages"), ("interpretation", "Interpretation"),
    ("accessibility", "Access needs"), ("dietary", "Dietary"), ("childcare", "Childcare"), ("consent_recorded", "Consent to record"),
    ("acknowledgement", "Acknowledgement"), ("stipend_amount", "Stipend"), ("stipend_status", "Stipend status"),
    ("committed_all", "All sessions"),
)
FIELDS = [f for f, _ in COLUMNS]
CHOICES: dict[str, list[str]] = {
    "role": [format_value("role", r) for r in Role],
    "acknowledgement": [format_value("acknowledgement", a) for a in Acknowledgement],
    "consent_recorded": ["", "yes", "no"],
    "committed_all": ["yes", "no"],
}
_BLANK = {"consent_recorded": None, "stipend_amount": None, "acknowledgement": Acknowledgement.UNKNOWN,
          "role": Role.PARTICIPANT, "committed_all": False}
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1


def value_from_text(field: str, text: str) -> Any:
    """What a typed cell means; raises CellError or FacilitatorError with a sentence to show."""
    if not text.strip():
        if field == "name":
            raise FacilitatorError("A participant needs a name.")
        return _BLANK.get(field, "")
    return parse_cell(field, text)


class RosterTableModel(QAbstractTableModel):
    """Reads the roster from the workspace and writes each edit through the core."""

    edit_refused = Signal(str)

    def __init__(self, workspace, series_id: str, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.workspace, self.series_id, self.undo_stack = workspace, series_id, undo_stack
        self._people: list[Participant] = []
        self._custom_keys: list[str] = []  # columns a file brought that the roster has no field for
        self.reload()

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        people = store.list_participants(self.workspace.db, self.series_id)
        custom_keys = sorted({key for p in people for key in p.custom}, key=str.casefold)
        if [p.id for p in people] == [p.id for p in self._people] and custom_keys == self._custom_keys:
            self._people = people
            if people:
                self.dataChanged.emit(self.index(0, 0), self.index(len(people) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._people, self._custom_keys = people, custom_keys
        self.endResetModel()

    def field_of(self, column: int) -> str:
        """The participant field a column shows; custom columns are ``custom:<key>``."""
        if column < len(FIELDS):
            return FIELDS[column]
        return CUSTOM_PREFIX + self._custom_keys[column - len(FIELDS)]

    def column_of(self, field: str) -> int:
        if field.startswith(CUSTOM_PREFIX):
            return len(FIELDS) + self._custom_keys.index(field.removeprefix(CUSTOM_PREFIX))
        return FIELDS.index(field)

    def participant(self, row: int) -> Participant:
        return self._people[row]

    def row_of(self, participant_id: str) -> int:
        return next((i for i, p in enumerate(self._people) if p.id == participant_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS) + len(self._custom_keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section < len(COLUMNS):
                return self.tr(COLUMNS[section][1])
            return self._custom_keys[section - len(COLUMNS)]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self._people[index.row()]
        field = self.field_of(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field.startswith(CUSTOM_PREFIX):
                return person.custom.get(field.removeprefix(CUSTOM_PREFIX), "")
            value = format_value(field, getattr(person, field))
            if role == Qt.ItemDataRole.DisplayRole and field in CHOICES and value:
                return self.tr(value)  # shown in the interface's language; edited as the file writes it
            return value
        if role == PARTICIPANT_ROLE:
            return person.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    # ------------------------------------------------------------ writing
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person = self._people[index.row()]
        field = self.field_of(index.column())
        if field.startswith(CUSTOM_PREFIX):
            key, text = field.removeprefix(CUSTOM_PREFIX), str(value).strip()
            field, parsed = "custom", {k: v for k, v in {**person.custom, key: text}.items() if v}
        else:
            try:
                parsed = value_from_text(field, str(value))
            except (CellError, FacilitatorError) as error:
                self.edit_refused.emit(str(error))
                return False
        if parsed == getattr(person, field):
            return False
        header = str(self.headerData(index.column(), Qt.Orientation.Horizontal))
        label = self.tr("Edit %1 of %2").replace("%1", header).replace("%2", person.display_name)
        return ops.run(None, self.workspace, lambda db: store.update_participant(db, person.id, **{field: parsed}),
                       undo_stack=self.undo_stack, text=label, after=lambda done: self.reload()) is not None
