"""Notes taken during a session: capture, edit, delete, and the capture box's draft.

For the capture pane, the synthesis screens and ``facilitator notes ...``. A deleted note comes
back with its id, its place in the order and its themes and statements.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlite_utils import Database

from facilitator.notes import Note, capture
from facilitator.ops.changes import NOTES, THEMES, Changes, Outcome
from facilitator.storage import notes as store
from facilitator.storage.notes import (
    get_note,
    group_labels,
    list_notes,
    load_draft,
    quote_perspectives,
    recent_notes,
    search_notes,
)

__all__ = ["get_note", "group_labels", "list_notes", "load_draft", "quote_perspectives", "recent_notes",
           "search_notes", "save_note", "update_note", "delete_note", "restore_note", "save_draft"]


def _changes(note: Note) -> Changes:
    return Changes.of(NOTES, series_id=note.series_id, session_id=note.session_id)


def save_note(db: Database, session_id: str, *, text: str,
              **fields: Any) -> Outcome[tuple[Note, dict[str, Any] | None]]:
    """Capture one note the way the app and ``notes add`` both do (``synthesis.capture.save_note``:
    an action's owner and due date read from its text, a theme note filed on its theme card).
    The value is ``(note, filed)``; ``filed`` names the theme a theme note joined or made.
    Not undoable: the capture pane edits or deletes a note once it is saved."""
    note, filed = capture.save_note(db, session_id, text=text, **fields)
    changes = (_changes(note) | Changes.of(THEMES, series_id=note.series_id)) if filed else _changes(note)
    return Outcome(changes, (note, filed), focus=note.id)


def update_note(db: Database, note_id: str, **changes: Any) -> Outcome[None]:
    old = store.update_note(db, note_id, **changes)
    return Outcome(_changes(get_note(db, note_id)), None, partial(update_note, note_id=note_id, **old),
                   focus=note_id)


def delete_note(db: Database, note_id: str) -> Outcome[dict[str, Any]]:
    note = get_note(db, note_id)
    deleted = store.delete_note(db, note_id)
    return Outcome(_changes(note), deleted, partial(restore_note, deleted=deleted))


def restore_note(db: Database, deleted: dict[str, Any]) -> Outcome[None]:
    store.restore_note(db, deleted)
    note_id = deleted["note"]["id"]
    return Outcome(_changes(get_note(db, note_id)), None, partial(delete_note, note_id=note_id), focus=note_id)


def save_draft(db: Database, session_id: str, text: str) -> Outcome[None]:
    """The capture box's unsaved text, kept so a crash loses nothing; not an undoable edit."""
    store.save_draft(db, session_id, text)
    return Outcome(Changes.nothing())
