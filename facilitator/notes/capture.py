"""Saving a captured note so it is ready for synthesis: a theme note (``/t``) lands on the
theme board, an action note (``/a``) keeps who follows it up and by when.

The capture pane and ``facilitator notes add`` both save through ``save_note``; the note and
what it files commit together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError
from facilitator.i18n import t
from facilitator.notes import Note, NoteKind
from facilitator.storage import notes as store
from facilitator.synthesis.themes import file_theme_note

_FIELD = re.compile(r"(?:^|[;,(]|\s)\s*(owner|who|responsable|due|by|para)\s*:\s*", re.IGNORECASE)
_OWNER_WORDS = {"owner", "who", "responsable"}


@dataclass(frozen=True)
class Action:
    text: str
    owner: str = ""
    due: str = ""


def parse_action(typed: str) -> Action:
    """Read "Share the summary online; owner: Communications; due: 2027-01-15".

    ``owner:`` (or ``who:``) and ``due:`` (or ``by:``) may come in any order after the text. A
    due date that is not a date (YYYY-MM-DD) is left in the text rather than guessed at.
    """
    matches = list(_FIELD.finditer(typed))
    if not matches:
        return Action(typed.strip())
    owner = due = ""
    kept = typed[:matches[0].start()]
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(typed)
        value = typed[match.end():end].strip().rstrip(";,)").strip()
        if match.group(1).casefold() in _OWNER_WORDS:
            owner = value
        elif _is_date(value):
            due = value
        else:
            kept += typed[match.start():end]
    return Action(kept.strip().rstrip(";,").strip() or typed.strip(), owner, due)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def check_due(value: str) -> str:
    """A due date typed on the command line or in a form: YYYY-MM-DD or nothing."""
    value = value.strip()
    if value and not _is_date(value):
        raise FacilitatorError(t("The due date '{value}' is not a date; write it as YYYY-MM-DD.").format(value=value))
    return value


def save_note(db: Database, session_id: str, *, text: str, kind: NoteKind | str = NoteKind.NOTE,
              owner: str = "", due: str = "", **fields: Any) -> tuple[Note, dict[str, Any] | None]:
    """Save a note; returns it and, for a theme note, the theme it joined or made.

    For an action typed without ``owner``/``due``, they are read from its text.
    """
    kind = NoteKind(kind)
    if kind is NoteKind.ACTION and not (owner or due):
        action = parse_action(text)
        text, owner, due = action.text, action.owner, action.due
    due = check_due(due)
    with db.atomic():
        note = store.add_note(db, session_id, text=text, kind=kind, action_owner=owner, action_due=due, **fields)
        filed = file_theme_note(db, note)
    return note, filed
