"""Undoable roster actions beyond a single cell: add, delete, import, the perspective list."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from facilitator.errors import FacilitatorError

from facilitator.model import Participant
from facilitator.roster_import import ImportResult, Table, import_table, undo_import
from facilitator.storage import roster as store
from ui.errors import show_error


class GuardedCommand(QUndoCommand):
    """A roster change on the undo stack. Another window or a command-line call may have removed
    the person meanwhile; the core then raises a FacilitatorError, which Qt would swallow inside
    redo/undo. Here it is shown to the user and the command dropped from the stack."""

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guarded(self._redo)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action) -> None:
        try:
            action()
        except FacilitatorError as error:
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), error)


class AddParticipant(GuardedCommand):
    def __init__(self, workspace, series_id: str, name: str, label: str):
        super().__init__(label)
        self._workspace, self._series_id, self._name = workspace, series_id, name
        self.participant: Participant | None = None

    def _redo(self) -> None:
        db = self._workspace.db
        if self.participant is None:
            self.participant = store.add_participant(db, self._series_id, name=self._name)
        else:
            store.restore_participant(db, self.participant, [])
        self._workspace.edited()

    def _undo(self) -> None:
        store.delete_participant(self._workspace.db, self.participant.id)
        self._workspace.edited()


class DeleteParticipants(GuardedCommand):
    def __init__(self, workspace, participant_ids: list[str], label: str):
        super().__init__(label)
        self._workspace, self._ids = workspace, participant_ids
        self._saved: list[tuple[Participant, list[dict]]] = []

    def _redo(self) -> None:
        db = self._workspace.db
        self._saved = [(store.get_participant(db, pid), store.attendance_rows_of(db, pid)) for pid in self._ids]
        with db.atomic():
            for pid in self._ids:
                store.delete_participant(db, pid)
        self._workspace.edited()

    def _undo(self) -> None:
        db = self._workspace.db
        with db.atomic():
            for person, rows in self._saved:
                store.restore_participant(db, person, rows)
        self._workspace.edited()


class ImportRoster(GuardedCommand):
    """The import was applied already (so errors show before anything is pushed); redo after an
    undo imports the same table again."""

    def __init__(self, workspace, series_id: str, table: Table, mapping: list[str], skip_invalid: bool,
                 result: ImportResult, label: str):
        super().__init__(label)
        self._workspace, self._series_id, self._table = workspace, series_id, table
        self._mapping, self._skip, self._result = mapping, skip_invalid, result
        self._done = True

    def _redo(self) -> None:
        if not self._done:
            self._result = import_table(self._workspace.db, self._series_id, self._table, self._mapping,
                                        skip_invalid=self._skip)
            self._done = True
        self._workspace.edited()

    def _undo(self) -> None:
        undo_import(self._workspace.db, self._result)
        self._done = False
        self._workspace.edited()


class SetPerspectives(GuardedCommand):
    def __init__(self, workspace, series_id: str, labels: list[str], label: str):
        super().__init__(label)
        self._workspace, self._series_id, self._labels = workspace, series_id, labels
        self._previous: list[str] = []

    def _redo(self) -> None:
        self._previous = store.set_perspectives(self._workspace.db, self._series_id, self._labels)
        self._workspace.edited()

    def _undo(self) -> None:
        store.set_perspectives(self._workspace.db, self._series_id, self._previous)
        self._workspace.edited()
