"""Qt item models for notes and themes. Dragging notes onto a theme card tags them: the themes
model decodes the drop and hands the ids to a callback, which runs the undoable core edit.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt

from facilitator.notes import Note

NOTE_IDS_MIME = "application/x-facilitator-note-ids"
NoteRole = Qt.ItemDataRole.UserRole + 1
ThemeRole = Qt.ItemDataRole.UserRole + 2


def encode_note_ids(note_ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(NOTE_IDS_MIME, QByteArray("\n".join(note_ids).encode("ascii")))
    return mime


def decode_note_ids(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(NOTE_IDS_MIME):
        return []
    return [x for x in bytes(mime.data(NOTE_IDS_MIME).data()).decode("ascii").split("\n") if x]


class NotesModel(QAbstractListModel):
    """A list of notes that can be dragged (several at once) onto themes."""

    def __init__(self, describe: Callable[[Note, list[str]], str], parent=None):
        super().__init__(parent)
        self._notes: list[Note] = []
        self._describe = describe
        self.themes_of: dict[str, list[str]] = {}

    def set_notes(self, notes: list[Note], themes_of: dict[str, list[str]]) -> None:
        self.beginResetModel()
        self._notes = notes
        self.themes_of = themes_of
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(note, self.themes_of.get(note.id, []))
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.text
        if role == NoteRole:
            return note
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [NOTE_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_note_ids([self._notes[r].id for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def note(self, row: int) -> Note:
        return self._notes[row]


class ThemesModel(QAbstractListModel):
    """Theme cards. A drop of notes on a card calls ``on_drop(theme_id, note_ids)``."""

    def __init__(self, on_drop: Callable[[str, list[str]], bool], parent=None):
        super().__init__(parent)
        self._themes: list[dict] = []
        self._on_drop = on_drop

    def set_themes(self, themes: list[dict]) -> None:
        self.beginResetModel()
        self._themes = themes
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._themes)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self._themes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return theme["title"]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{theme['title']}, {theme['notes']} notes"
        if role == ThemeRole:
            return theme
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [NOTE_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def _target(self, row: int, parent: QModelIndex) -> dict | None:
        if parent.isValid():
            return self._themes[parent.row()]
        if 0 <= row < len(self._themes):
            return self._themes[row]
        return None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return bool(decode_note_ids(data)) and self._target(row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        note_ids = decode_note_ids(data)
        theme = self._target(row, parent)
        if not note_ids or theme is None:
            return False
        return self._on_drop(theme["id"], note_ids)

    def theme(self, row: int) -> dict:
        return self._themes[row]

    def row_of(self, theme_id: str) -> int:
        return next((i for i, t in enumerate(self._themes) if t["id"] == theme_id), -1)
