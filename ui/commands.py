"""Undoable edits. Each command calls one core function in ``redo`` and its inverse in ``undo``;
the core commits before it returns, so an undone edit is undone on disk too.

``after(block_id)`` runs after every redo and undo: the view refreshes and selects the block
the edit touched (None when nothing should be selected).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.storage import series as store
from ui.errors import show_error

After = Callable[[str | None], None]


class _Edit(QUndoCommand):
    def __init__(self, db: Database, after: After, text: str):
        super().__init__(text)
        self.db = db
        self.after = after
        self._done = False

    def redo(self) -> None:
        if self._done:  # already applied by ``push`` below
            self._done = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        """Undo and redo run inside Qt; if another window or process changed the same thing
        meanwhile, say so and show what is stored rather than letting the error vanish."""
        try:
            step()
        except FacilitatorError as error:
            show_error(QApplication.activeWindow(), error)
            self.setObsolete(True)
            self.after(None)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def push(stack: QUndoStack, command: _Edit) -> None:
    """Apply first, then record: an edit the core refuses (FacilitatorError) raises here and
    never lands on the stack, so undo history only holds what really happened."""
    command.apply()
    command._done = True
    stack.push(command)


class AddBlock(_Edit):
    def __init__(self, db: Database, after: After, text: str, session_id: str, *, parent_id: str | None,
                 position: int, fields: dict[str, Any]):
        super().__init__(db, after, text)
        self.session_id = session_id
        self.parent_id = parent_id
        self.position = position
        self.fields = fields
        self.block_id: str | None = None  # the first redo picks it; later redos reuse it

    def apply(self) -> None:
        block = store.add_block(self.db, self.session_id, parent_id=self.parent_id, position=self.position,
                                block_id=self.block_id, **self.fields)
        self.block_id = block.id
        self.after(block.id)

    def revert(self) -> None:
        store.delete_block(self.db, self.block_id)
        self.after(None)


class UpdateBlock(_Edit):
    def __init__(self, db: Database, after: After, text: str, block_id: str, changes: dict[str, Any]):
        super().__init__(db, after, text)
        self.block_id = block_id
        self.changes = changes
        self.old: dict[str, Any] = {}

    def apply(self) -> None:
        self.old = store.update_block(self.db, self.block_id, **self.changes)
        self.after(self.block_id)

    def revert(self) -> None:
        store.update_block(self.db, self.block_id, **self.old)
        self.after(self.block_id)


class DeleteBlock(_Edit):
    def __init__(self, db: Database, after: After, text: str, block_id: str, select_after: str | None):
        super().__init__(db, after, text)
        self.block_id = block_id
        self.select_after = select_after
        self.rows: list[dict[str, Any]] = []

    def apply(self) -> None:
        self.rows = store.delete_block(self.db, self.block_id)
        self.after(self.select_after)

    def revert(self) -> None:
        store.restore_blocks(self.db, self.rows)
        self.after(self.block_id)


class MoveBlock(_Edit):
    def __init__(self, db: Database, after: After, text: str, block_id: str, *, parent_id: str | None,
                 position: int):
        super().__init__(db, after, text)
        self.block_id = block_id
        self.target = (parent_id, position)
        self.old: tuple[str | None, int] | None = None

    def apply(self) -> None:
        self.old = store.move_block(self.db, self.block_id, parent_id=self.target[0], position=self.target[1])
        self.after(self.block_id)

    def revert(self) -> None:
        store.move_block(self.db, self.block_id, parent_id=self.old[0], position=self.old[1])
        self.after(self.block_id)


class UpdateSession(_Edit):
    def __init__(self, db: Database, after: After, text: str, session_id: str, changes: dict[str, Any]):
        super().__init__(db, after, text)
        self.session_id = session_id
        self.changes = changes
        self.old: dict[str, Any] = {}

    def apply(self) -> None:
        self.old = store.update_session(self.db, self.session_id, **self.changes)
        self.after(None)

    def revert(self) -> None:
        store.update_session(self.db, self.session_id, **self.old)
        self.after(None)


class UpdateSeries(_Edit):
    def __init__(self, db: Database, after: After, text: str, series_id: str, changes: dict[str, Any]):
        super().__init__(db, after, text)
        self.series_id = series_id
        self.changes = changes
        self.old: dict[str, Any] = {}

    def apply(self) -> None:
        self.old = store.update_series(self.db, self.series_id, **self.changes)
        self.after(None)

    def revert(self) -> None:
        store.update_series(self.db, self.series_id, **self.old)
        self.after(None)
