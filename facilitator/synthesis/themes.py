"""Making themes and putting notes on them, from the app or the command line.

A theme is named by its id or by the start of its title, as long as only one title starts
that way; a note by its id or the first characters of it (the CLI prints eight).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from facilitator.errors import Ambiguous, FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.notes import Note, NoteKind
from facilitator.storage import themes as store

TITLE_LIMIT = 80


def find_theme(db: Database, series_id: str, ref: str) -> dict[str, Any]:
    """A theme of the series by id, exact title or unambiguous title prefix (any case)."""
    wanted = ref.strip().casefold()
    themes = store.list_themes(db, series_id)
    for theme in themes:
        if theme["id"] == ref.strip() or theme["title"].casefold() == wanted:
            return theme
    matches = [theme for theme in themes if wanted and theme["title"].casefold().startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise Ambiguous(t("'{ref}' could be any of these themes: {titles}. Type more of the title.").format(
            ref=ref, titles="; ".join(m["title"] for m in matches)))
    raise NotFound(t("This series has no theme '{ref}'.").format(ref=ref))


def find_notes(db: Database, series_id: str, refs: list[str]) -> list[str]:
    """Note ids of this series from full ids or unambiguous starts of them, in the order given."""
    out: list[str] = []
    for ref in refs:
        ref = ref.strip()
        found = store.note_ids_with_prefix(db, series_id, ref) if ref else []
        exact = [note_id for note_id in found if note_id == ref]
        if exact or len(found) == 1:
            note_id = (exact or found)[0]
            if note_id not in out:
                out.append(note_id)
        elif found:
            raise Ambiguous(t("More than one note starts with '{ref}'; give more of its id.").format(ref=ref))
        else:
            raise NotFound(t("This series has no note '{ref}'.").format(ref=ref))
    return out


def add_theme(db: Database, series_id: str, title: str, *, description: str = "",
              note_ids: list[str] = (), theme_id: str | None = None) -> dict[str, Any]:
    """Make a theme with the notes it was made from (the quotes among them become its
    illustrative quotes, as ``link_notes`` does). One transaction: a theme never exists half-linked.
    """
    note_ids = list(note_ids)
    _check_notes(db, series_id, note_ids)
    wanted = title.strip().casefold()
    if any(theme["title"].casefold() == wanted for theme in store.list_themes(db, series_id)):
        raise FacilitatorError(t("This series already has a theme “{title}”: put the notes on it instead.").format(
            title=title.strip()))
    with db.atomic():
        theme = store.create_theme(db, series_id, title, description=description, theme_id=theme_id)
        link_notes(db, series_id, theme["id"], note_ids)
    return {**theme, "note_ids": note_ids}


def remove_theme(db: Database, theme_id: str) -> dict[str, Any]:
    """Undo of ``add_theme`` (the theme and its links go)."""
    return store.delete_theme(db, theme_id)


def link_notes(db: Database, series_id: str, theme_id: str, note_ids: list[str], *,
               illustrative: bool | None = None) -> list[str]:
    """Put notes on a theme; returns the ids newly linked (undo takes off only those).

    Quotes newly linked become illustrative quotes of the theme (a quote is captured to be
    quoted; the facilitator can uncheck it), other notes do not; ``illustrative`` True or
    False decides for all of them instead.
    """
    kinds = _check_notes(db, series_id, note_ids)
    with db.atomic():
        added = store.tag_notes(db, theme_id, note_ids)
        if illustrative is None:
            store.mark_illustrative(db, theme_id, [n for n in added if kinds[n] == NoteKind.QUOTE.value])
        elif illustrative:
            store.mark_illustrative(db, theme_id, note_ids)
    return added


def unlink_notes(db: Database, theme_id: str, note_ids: list[str]) -> list[dict[str, Any]]:
    """Take notes off a theme; returns the links removed (with their illustrative mark) for undo."""
    return store.untag_notes(db, theme_id, note_ids) if note_ids else []


def _check_notes(db: Database, series_id: str, note_ids: list[str]) -> dict[str, str]:
    """note id -> kind, once every note is known to belong to the series."""
    owners = store.note_series(db, note_ids)
    for note_id in note_ids:
        if owners.get(note_id, ("", ""))[0] != series_id:
            raise NotFound(t("Note {id} is not a note of this series.").format(id=note_id[:8]))
    return {note_id: owners[note_id][1] for note_id in note_ids}


def file_theme_note(db: Database, note: Note) -> dict[str, Any] | None:
    """A theme note (``/t``) joins the theme it names, or becomes a new theme card.

    It names a theme when its text is the title, or starts with the title followed by a colon
    or a dash ("Transport: buses stop at 4"). Returns the theme and whether it was made now;
    None for any other kind of note.
    """
    if note.kind is not NoteKind.THEME:
        return None
    text = note.text.strip()
    for theme in store.list_themes(db, note.series_id):
        title = theme["title"].casefold()
        rest = text.casefold()[len(title):].lstrip()
        if text.casefold().startswith(title) and (not rest or rest[0] in ":-–—"):
            store.tag_notes(db, theme["id"], [note.id])
            return {"theme": theme, "created": False}
    first_line = text.splitlines()[0]
    title = first_line if len(first_line) <= TITLE_LIMIT else first_line[:TITLE_LIMIT - 1].rstrip() + "…"
    description = text if title != text else ""
    with db.atomic():  # the facilitator's own wording: on the theme, not one of its quotes
        theme = store.create_theme(db, note.series_id, title, description=description)
        store.tag_notes(db, theme["id"], [note.id])
    return {"theme": theme, "created": True}
