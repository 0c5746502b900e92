"""What a captured note is, and the typing scheme that picks its kind.

A note-taker in a live room cannot reach for the mouse: the kind is chosen by a leading
slash shortcut (``/q`` for a quote, ``/t`` for a theme, ...) typed before the text. The
parsing here is pure string work, cheap enough to run on every keystroke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any


class NoteKind(str, Enum):
    NOTE = "note"
    QUOTE = "quote"
    THEME = "theme"
    TENSION = "tension"
    QUESTION = "question"
    AHA = "aha"
    NEED = "need"
    OFFER = "offer"
    REQUEST = "request"
    PARKING_LOT = "parking_lot"
    ACTION = "action"
    SURVEY = "survey"

    @property
    def label(self) -> str:
        return {"aha": "Aha", "parking_lot": "Parking lot"}.get(self.value, self.value.capitalize())


# The short key for each kind a note-taker can type; full names (``/quote``) work too.
SHORTCUTS: dict[str, NoteKind] = {
    "n": NoteKind.NOTE,
    "q": NoteKind.QUOTE,
    "t": NoteKind.THEME,
    "x": NoteKind.TENSION,
    "?": NoteKind.QUESTION,
    "!": NoteKind.AHA,
    "ne": NoteKind.NEED,
    "o": NoteKind.OFFER,
    "r": NoteKind.REQUEST,
    "p": NoteKind.PARKING_LOT,
    "a": NoteKind.ACTION,
}
CAPTURE_KINDS = [kind for kind in NoteKind if kind is not NoteKind.SURVEY]
_BY_WORD = {**{k.value: k for k in NoteKind}, "parking": NoteKind.PARKING_LOT, **SHORTCUTS}
_PREFIX = re.compile(r"^\s*/(\S+)(?:\s+|$)")


def shortcut_of(kind: NoteKind) -> str:
    for key, value in SHORTCUTS.items():
        if value is kind:
            return "/" + key
    return ""


def parse_capture(text: str, default: NoteKind = NoteKind.NOTE) -> tuple[NoteKind, str]:
    """Split a typed line into its kind and its text: ``"/q We all want..."`` is a quote.

    An unknown ``/word`` is left in the text, so a note that starts with a path or a fraction
    is not eaten.
    """
    match = _PREFIX.match(text)
    if match:
        kind = _BY_WORD.get(match.group(1).casefold())
        if kind is not None:
            return kind, text[match.end():].strip()
    return default, text.strip()


@dataclass
class Note:
    id: str
    series_id: str
    session_id: str
    kind: NoteKind
    text: str
    block_id: str | None = None
    block_title: str = ""
    group_label: str = ""
    perspective: str = ""  # quotes only: never a person, at most the perspective they spoke from
    offset_seconds: float | None = None
    taker_id: str | None = None
    taker: str = ""
    source: str = "capture"
    created_at: str = ""
    updated_at: str = ""
    session_number: int | None = None
    action_owner: str = ""  # actions only: who follows it up
    action_due: str = ""  # actions only: ISO date it is due


def fts_query(typed: str) -> str:
    """Turn whatever a person typed into a safe FTS5 query: every word must appear.

    Each word is quoted (so ``AND``, ``-``, ``"`` or ``:`` are plain text, never syntax) and
    the last one matches as a prefix, so results follow the typing.
    """
    words = [w for w in re.split(r"\s+", typed.strip()) if w]
    parts = []
    for i, word in enumerate(words):
        # A word of punctuation only would be an empty phrase, which matches nothing.
        if not re.search(r"\w", word):
            continue
        quoted = '"' + word.replace('"', '""') + '"'
        parts.append(quoted + ("*" if i == len(words) - 1 else ""))
    return " ".join(parts)


def note_json(note: Note) -> dict[str, Any]:
    return {"id": note.id, "session": note.session_number, "session_id": note.session_id,
            "kind": note.kind.value, "text": note.text, "block": note.block_title, "block_id": note.block_id,
            "group": note.group_label, "perspective": note.perspective, "offset_seconds": note.offset_seconds,
            "taker": note.taker, "source": note.source, "created_at": note.created_at,
            "owner": note.action_owner, "due": note.action_due}
