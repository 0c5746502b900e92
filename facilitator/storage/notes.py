"""Captured notes, the capture box's draft, and full-text search over a series' notes.

``add_note`` commits before it returns: the capture box clears only after that, so a note
the user saw disappear from the box is on disk. The draft is one row per session, written
by a debounced save, so a crash loses at most the last second of typing.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.notes import Note, NoteKind, fts_query

NOTE_FIELDS = ("kind", "text", "block_id", "block_title", "group_label", "perspective", "taker_id", "taker",
               "action_owner", "action_due")
_SELECT = """
    SELECT n.*, s.number AS session_number FROM notes n JOIN sessions s ON s.id = n.session_id
"""


def _note(row: dict) -> Note:
    return Note(
        id=row["id"], series_id=row["series_id"], session_id=row["session_id"], kind=NoteKind(row["kind"]),
        text=row["text"], block_id=row["block_id"], block_title=row["block_title"],
        group_label=row["group_label"], perspective=row["perspective"], offset_seconds=row["offset_seconds"],
        taker_id=row["taker_id"], taker=row["taker"], source=row["source"], created_at=row["created_at"],
        updated_at=row["updated_at"], session_number=row.get("session_number"),
        action_owner=row.get("action_owner") or "", action_due=row.get("action_due") or "",
    )


def _clean_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise FacilitatorError(t("A note cannot be empty."))
    return text


def add_note(db: Database, session_id: str, *, text: str, kind: NoteKind | str = NoteKind.NOTE,
             block_id: str | None = None, group_label: str = "", perspective: str = "",
             offset_seconds: float | None = None, taker_id: str | None = None, taker: str = "",
             source: str = "capture", clear_draft: bool = False, note_id: str | None = None,
             action_owner: str = "", action_due: str = "") -> Note:
    """Save one note and commit. ``clear_draft`` drops the session's draft in the same transaction,
    so after a crash the box never shows a draft of a note that was already saved.

    A quote keeps no speaker: only the perspective label, so it can be shared without ascribing it.
    """
    text = _clean_text(text)
    kind = NoteKind(kind)
    now = utc_now()
    with db.atomic():
        session = list(db.query("SELECT series_id FROM sessions WHERE id = ?", [session_id]))
        if not session:
            raise NotFound(t("That session no longer exists."))
        block_title = ""
        if block_id:
            block = list(db.query("SELECT title FROM blocks WHERE id = ? AND session_id = ?", [block_id, session_id]))
            if not block:
                raise NotFound(t("That agenda block is not part of this session."))
            block_title = block[0]["title"]
        row = {"id": note_id or new_id(), "series_id": session[0]["series_id"], "session_id": session_id,
               "block_id": block_id or None, "block_title": block_title, "group_label": group_label.strip(),
               "kind": kind.value, "text": text, "perspective": perspective.strip(),
               "offset_seconds": offset_seconds, "taker_id": taker_id or None, "taker": taker.strip(),
               "source": source, "created_at": now, "updated_at": now,
               "action_owner": action_owner.strip(), "action_due": action_due.strip()}
        db["notes"].insert(row)
        if clear_draft:
            db.execute("DELETE FROM note_drafts WHERE session_id = ?", [session_id])
    return get_note(db, row["id"])


def get_note(db: Database, note_id: str) -> Note:
    rows = list(db.query(_SELECT + " WHERE n.id = ?", [note_id]))
    if not rows:
        raise NotFound(t("That note no longer exists."))
    return _note(rows[0])


def recent_notes(db: Database, session_id: str, *, limit: int = 50) -> list[Note]:
    """The newest notes of a session first, for the capture pane's list."""
    rows = db.query(_SELECT + " WHERE n.session_id = ? ORDER BY n.seq DESC LIMIT ?", [session_id, limit])
    return [_note(r) for r in rows]


def group_labels(db: Database, series_id: str) -> list[str]:
    """Every breakout group label used on the series' notes, for filters."""
    rows = db.execute("SELECT DISTINCT group_label FROM notes WHERE series_id = ? AND group_label != '' "
                      "ORDER BY group_label", [series_id]).fetchall()
    return [r[0] for r in rows]


def list_notes(db: Database, series_id: str, *, session_id: str | None = None,
               kinds: list[str] | None = None) -> list[Note]:
    """Every note of a series (or one session) in the order they were taken."""
    where, args = ["n.series_id = ?"], [series_id]
    if session_id:
        where.append("n.session_id = ?")
        args.append(session_id)
    if kinds:
        where.append(f"n.kind IN ({','.join('?' * len(kinds))})")
        args.extend(NoteKind(k).value for k in kinds)
    rows = db.query(_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY s.number, n.seq", args)
    return [_note(r) for r in rows]


def update_note(db: Database, note_id: str, **changes: Any) -> dict[str, Any]:
    """Change a note; returns the previous values of what changed (for undo)."""
    unknown = set(changes) - set(NOTE_FIELDS)
    if unknown:
        raise ValueError(f"Cannot change {', '.join(sorted(unknown))} on a note")
    if "text" in changes:
        changes["text"] = _clean_text(changes["text"])
    if "kind" in changes:
        changes["kind"] = NoteKind(changes["kind"]).value
    with db.atomic():
        rows = list(db.query("SELECT * FROM notes WHERE id = ?", [note_id]))
        if not rows:
            raise NotFound(t("That note no longer exists."))
        old = {k: rows[0][k] for k in changes}
        db.execute(
            f"UPDATE notes SET {', '.join(f'{k} = ?' for k in changes)}, updated_at = ? WHERE id = ?",
            [*changes.values(), utc_now(), note_id])
    return old


def delete_note(db: Database, note_id: str) -> dict[str, Any]:
    """Delete a note; returns everything ``restore_note`` needs to put it back as it was."""
    with db.atomic():
        rows = list(db.query("SELECT * FROM notes WHERE id = ?", [note_id]))
        if not rows:
            raise NotFound(t("That note no longer exists."))
        themes = [dict(r) for r in db.query("SELECT * FROM note_themes WHERE note_id = ?", [note_id])]
        statements = [dict(r) for r in db.query("SELECT * FROM statement_notes WHERE note_id = ?", [note_id])]
        db.execute("DELETE FROM notes WHERE id = ?", [note_id])
    return {"note": dict(rows[0]), "themes": themes, "statements": statements}


def restore_note(db: Database, deleted: dict[str, Any]) -> None:
    """Undo ``delete_note``: same id, same place in the order, same themes."""
    with db.atomic():
        db["notes"].insert(deleted["note"])
        for row in deleted["themes"]:
            db.execute("INSERT OR IGNORE INTO note_themes (note_id, theme_id, illustrative, added_at) "
                       "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM themes WHERE id = ?)",
                       [row["note_id"], row["theme_id"], row["illustrative"], row["added_at"], row["theme_id"]])
        for row in deleted["statements"]:
            db.execute("INSERT OR IGNORE INTO statement_notes (statement_id, note_id) "
                       "SELECT ?, ? WHERE EXISTS (SELECT 1 FROM framework_statements WHERE id = ?)",
                       [row["statement_id"], row["note_id"], row["statement_id"]])


def quote_perspectives(db: Database, series_id: str) -> list[str]:
    """Labels a quote may carry: the series' perspectives, those of its roster, those already used."""
    sql = """
        SELECT label FROM (
            SELECT label, position AS o FROM perspectives WHERE series_id = ?
            UNION SELECT perspective, 1000 FROM participants WHERE series_id = ? AND perspective != ''
            UNION SELECT perspective, 2000 FROM notes WHERE series_id = ? AND perspective != ''
        ) GROUP BY label ORDER BY MIN(o), label
    """
    return [r[0] for r in db.execute(sql, [series_id, series_id, series_id]).fetchall()]


# ---------------------------------------------------------------- draft

def save_draft(db: Database, session_id: str, text: str) -> None:
    """Keep what is in the capture box; an empty box removes the draft."""
    with db.atomic():
        if text.strip():
            db.execute("INSERT INTO note_drafts (session_id, text, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(session_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                       [session_id, text, utc_now()])
        else:
            db.execute("DELETE FROM note_drafts WHERE session_id = ?", [session_id])


def load_draft(db: Database, session_id: str) -> str:
    row = db.execute("SELECT text FROM note_drafts WHERE session_id = ?", [session_id]).fetchone()
    return row[0] if row else ""


# ---------------------------------------------------------------- search

def search_notes(db: Database, series_id: str, query: str = "", *, kind: str | None = None,
                 session_id: str | None = None, block_id: str | None = None, group_label: str | None = None,
                 theme_id: str | None = None, untagged: bool = False, limit: int = 200) -> list[Note]:
    """Notes of a series matching every typed word (best first), narrowed by the filters.

    ``untagged`` keeps only notes on no theme yet: what is left to sort during synthesis.
    Whatever is typed is quoted before it reaches FTS5, so no input raises a syntax error.
    """
    where, args = ["n.series_id = ?"], [series_id]
    for column, value in (("n.kind", NoteKind(kind).value if kind else None), ("n.session_id", session_id),
                          ("n.block_id", block_id), ("n.group_label", group_label)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if theme_id:
        where.append("n.id IN (SELECT note_id FROM note_themes WHERE theme_id = ?)")
        args.append(theme_id)
    if untagged:
        where.append("NOT EXISTS (SELECT 1 FROM note_themes nt WHERE nt.note_id = n.id)")
    match = fts_query(query)
    if match:
        sql = (f"SELECT n.*, s.number AS session_number FROM notes_fts f "
               f"JOIN notes n ON n.seq = f.rowid JOIN sessions s ON s.id = n.session_id "
               f"WHERE notes_fts MATCH ? AND {' AND '.join(where)} ORDER BY f.rank LIMIT ?")
        rows = db.query(sql, [match, *args, limit])
    elif query.strip():
        return []
    else:
        rows = db.query(_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY n.seq DESC LIMIT ?", [*args, limit])
    return [_note(r) for r in rows]

