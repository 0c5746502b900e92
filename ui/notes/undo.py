"""Undoable note and theme edits: each command calls one core function and its inverse.

The core commits before it returns, so undo on screen is undo on disk. ``after`` refreshes
the views once a command has run either way.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlite_utils import Database

from facilitator.storage import debrief as debrief_store
from facilitator.storage import framework as fw_store
from facilitator.storage import notes as note_store
from facilitator.storage import themes as theme_store
from facilitator.synthesis import framework as framework_core
from facilitator.synthesis import themes as themes_core


class _Edit(QUndoCommand):
    def __init__(self, db: Database, after: Callable[[], None], text: str):
        super().__init__(text)
        self.db = db
        self.after = after
        self._applied_by_push = False

    def redo(self) -> None:
        if self._applied_by_push:
            self._applied_by_push = False
            return
        self.apply()
        self.after()

    def undo(self) -> None:
        self.revert()
        self.after()

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def push(stack: QUndoStack, command: _Edit) -> None:
    """Apply first so a refused edit (FacilitatorError) raises here and never reaches the stack."""
    command.apply()
    command._applied_by_push = True
    stack.push(command)
    command.after()


class EditNote(_Edit):
    def __init__(self, db, after, text: str, note_id: str, changes: dict[str, Any]):
        super().__init__(db, after, text)
        self.note_id, self.changes, self.old = note_id, changes, {}

    def apply(self) -> None:
        self.old = note_store.update_note(self.db, self.note_id, **self.changes)

    def revert(self) -> None:
        note_store.update_note(self.db, self.note_id, **self.old)


class DeleteNote(_Edit):
    def __init__(self, db, after, text: str, note_id: str):
        super().__init__(db, after, text)
        self.note_id, self.deleted = note_id, {}

    def apply(self) -> None:
        self.deleted = note_store.delete_note(self.db, self.note_id)

    def revert(self) -> None:
        note_store.restore_note(self.db, self.deleted)


class TagNotes(_Edit):
    def __init__(self, db, after, text: str, series_id: str, theme_id: str, note_ids: list[str]):
        super().__init__(db, after, text)
        self.series_id, self.theme_id, self.note_ids, self.added = series_id, theme_id, note_ids, []

    def apply(self) -> None:
        self.added = themes_core.link_notes(self.db, self.series_id, self.theme_id, self.note_ids)

    def revert(self) -> None:
        themes_core.unlink_notes(self.db, self.theme_id, self.added)


class UntagNotes(_Edit):
    def __init__(self, db, after, text: str, theme_id: str, note_ids: list[str]):
        super().__init__(db, after, text)
        self.theme_id, self.note_ids, self.removed = theme_id, note_ids, []

    def apply(self) -> None:
        self.removed = themes_core.unlink_notes(self.db, self.theme_id, self.note_ids)

    def revert(self) -> None:
        theme_store.relink(self.db, self.removed)


class SetIllustrative(_Edit):
    def __init__(self, db, after, text: str, theme_id: str, note_id: str, value: bool):
        super().__init__(db, after, text)
        self.theme_id, self.note_id, self.value, self.old = theme_id, note_id, value, False

    def apply(self) -> None:
        self.old = theme_store.set_illustrative(self.db, self.theme_id, self.note_id, self.value)

    def revert(self) -> None:
        theme_store.set_illustrative(self.db, self.theme_id, self.note_id, self.old)


class CreateTheme(_Edit):
    """A new theme, with the notes it was made from (those selected when it was made)."""

    def __init__(self, db, after, text: str, series_id: str, title: str, note_ids: list[str] = ()):
        super().__init__(db, after, text)
        self.series_id, self.title, self.note_ids, self.theme_id = series_id, title, list(note_ids), None

    def apply(self) -> None:
        self.theme_id = themes_core.add_theme(self.db, self.series_id, self.title, note_ids=self.note_ids,
                                              theme_id=self.theme_id)["id"]

    def revert(self) -> None:
        themes_core.remove_theme(self.db, self.theme_id)


class RenameTheme(_Edit):
    def __init__(self, db, after, text: str, theme_id: str, title: str):
        super().__init__(db, after, text)
        self.theme_id, self.title, self.old = theme_id, title, ""

    def apply(self) -> None:
        self.old = theme_store.rename_theme(self.db, self.theme_id, self.title)

    def revert(self) -> None:
        theme_store.rename_theme(self.db, self.theme_id, self.old)


class DeleteTheme(_Edit):
    def __init__(self, db, after, text: str, theme_id: str):
        super().__init__(db, after, text)
        self.theme_id, self.deleted = theme_id, {}

    def apply(self) -> None:
        self.deleted = theme_store.delete_theme(self.db, self.theme_id)

    def revert(self) -> None:
        theme_store.restore_theme(self.db, self.deleted)


class MergeThemes(_Edit):
    def __init__(self, db, after, text: str, source_id: str, target_id: str):
        super().__init__(db, after, text)
        self.source_id, self.target_id, self.merged = source_id, target_id, {}

    def apply(self) -> None:
        self.merged = theme_store.merge_themes(self.db, self.source_id, self.target_id)

    def revert(self) -> None:
        theme_store.unmerge_themes(self.db, self.merged)


class SplitTheme(_Edit):
    def __init__(self, db, after, text: str, theme_id: str, note_ids: list[str], title: str):
        super().__init__(db, after, text)
        self.theme_id, self.note_ids, self.title, self.split = theme_id, note_ids, title, {}

    def apply(self) -> None:
        self.split = theme_store.split_theme(self.db, self.theme_id, self.note_ids, self.title)

    def revert(self) -> None:
        theme_store.unsplit_theme(self.db, self.split)


class AddStatement(_Edit):
    def __init__(self, db, after, text: str, series_id: str, statement: str):
        super().__init__(db, after, text)
        self.series_id, self.statement, self.statement_id = series_id, statement, None

    def apply(self) -> None:
        self.statement_id = framework_core.add_element(self.db, self.series_id, "statement", self.statement,
                                                       statement_id=self.statement_id)["statement_id"]

    def revert(self) -> None:
        fw_store.delete_statement(self.db, self.statement_id)


class EditStatement(_Edit):
    def __init__(self, db, after, text: str, statement_id: str, changes: dict[str, Any]):
        super().__init__(db, after, text)
        self.statement_id, self.changes, self.old = statement_id, changes, {}

    def apply(self) -> None:
        self.old = fw_store.update_statement(self.db, self.statement_id, **self.changes)

    def revert(self) -> None:
        fw_store.update_statement(self.db, self.statement_id, **self.old)


class DeleteStatement(_Edit):
    def __init__(self, db, after, text: str, statement_id: str):
        super().__init__(db, after, text)
        self.statement_id, self.deleted = statement_id, {}

    def apply(self) -> None:
        self.deleted = fw_store.delete_statement(self.db, self.statement_id)

    def revert(self) -> None:
        fw_store.restore_statement(self.db, self.deleted)


class LinkNotes(_Edit):
    def __init__(self, db, after, text: str, statement_id: str, note_ids: list[str], link: bool = True):
        super().__init__(db, after, text)
        self.statement_id, self.note_ids, self.link, self.changed = statement_id, note_ids, link, []

    def apply(self) -> None:
        if self.link:
            self.changed = fw_store.link_notes(self.db, self.statement_id, self.note_ids)
        else:
            self.changed = fw_store.unlink_notes(self.db, self.statement_id, self.note_ids)

    def revert(self) -> None:
        if self.link:
            fw_store.unlink_notes(self.db, self.statement_id, self.changed)
        else:
            fw_store.link_notes(self.db, self.statement_id, self.changed)


class DeleteFollowup(_Edit):
    def __init__(self, db, after, text: str, followup_id: str):
        super().__init__(db, after, text)
        self.followup_id, self.row = followup_id, {}

    def apply(self) -> None:
        self.row = debrief_store.delete_followup(self.db, self.followup_id)

    def revert(self) -> None:
        debrief_store.restore_followup(self.db, self.row)
