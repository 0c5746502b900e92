"""Themes of a series and which notes carry them.

A note may carry several themes; on each theme a note may be marked illustrative (the
quotes a summary shows). Merge and split keep every note's other themes untouched.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now


def create_theme(db: Database, series_id: str, title: str, *, description: str = "",
                 theme_id: str | None = None) -> dict[str, Any]:
    title = title.strip()
    if not title:
        raise FacilitatorError(t("A theme needs a title."))
    now = utc_now()
    with db.atomic():
        position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM themes WHERE series_id = ?",
                              [series_id]).fetchone()[0]
        row = {"id": theme_id or new_id(), "series_id": series_id, "title": title, "description": description,
               "position": position, "created_at": now, "updated_at": now}
        db["themes"].insert(row)
    return row


def rename_theme(db: Database, theme_id: str, title: str) -> str:
    """Returns the previous title (for undo)."""
    title = title.strip()
    if not title:
        raise FacilitatorError(t("A theme needs a title."))
    with db.atomic():
        old = _theme(db, theme_id)["title"]
        db.execute("UPDATE themes SET title = ?, updated_at = ? WHERE id = ?", [title, utc_now(), theme_id])
    return old


def _theme(db: Database, theme_id: str) -> dict:
    rows = list(db.query("SELECT * FROM themes WHERE id = ?", [theme_id]))
    if not rows:
        raise NotFound(t("That theme no longer exists."))
    return dict(rows[0])


def delete_theme(db: Database, theme_id: str) -> dict[str, Any]:
    """Returns the theme and its links so ``restore_theme`` can undo."""
    with db.atomic():
        theme = _theme(db, theme_id)
        links = [dict(r) for r in db.query("SELECT * FROM note_themes WHERE theme_id = ?", [theme_id])]
        db.execute("DELETE FROM themes WHERE id = ?", [theme_id])
    return {"theme": theme, "links": links}


def restore_theme(db: Database, deleted: dict[str, Any]) -> None:
    with db.atomic():
        db["themes"].insert(deleted["theme"])
        for link in deleted["links"]:
            db.execute("INSERT OR IGNORE INTO note_themes (note_id, theme_id, illustrative, added_at) "
                       "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM notes WHERE id = ?)",
                       [link["note_id"], link["theme_id"], link["illustrative"], link["added_at"], link["note_id"]])


def list_themes(db: Database, series_id: str) -> list[dict[str, Any]]:
    """Themes in board order with how many notes and illustrative quotes each carries."""
    sql = """
        SELECT t.id, t.title, t.description, t.position,
               COUNT(nt.note_id) AS notes, COALESCE(SUM(nt.illustrative), 0) AS illustrative
        FROM themes t LEFT JOIN note_themes nt ON nt.theme_id = t.id
        WHERE t.series_id = ? GROUP BY t.id ORDER BY t.position, t.title
    """
    return [dict(r) for r in db.query(sql, [series_id])]


def tag_notes(db: Database, theme_id: str, note_ids: list[str]) -> list[str]:
    """Put notes on a theme; returns the ids that were newly added (undo removes only those)."""
    added = []
    now = utc_now()
    with db.atomic():
        _theme(db, theme_id)
        for note_id in note_ids:
            cursor = db.execute("INSERT OR IGNORE INTO note_themes (note_id, theme_id, added_at) VALUES (?, ?, ?)",
                                [note_id, theme_id, now])
            if cursor.rowcount:
                added.append(note_id)
    return added


def untag_notes(db: Database, theme_id: str, note_ids: list[str]) -> list[dict[str, Any]]:
    """Take notes off a theme; returns the removed links (with their illustrative mark) for undo."""
    with db.atomic():
        marks = ",".join("?" * len(note_ids))
        removed = [dict(r) for r in db.query(
            f"SELECT * FROM note_themes WHERE theme_id = ? AND note_id IN ({marks})", [theme_id, *note_ids])]
        db.execute(f"DELETE FROM note_themes WHERE theme_id = ? AND note_id IN ({marks})", [theme_id, *note_ids])
    return removed


def relink(db: Database, links: list[dict[str, Any]]) -> None:
    """Put back links returned by ``untag_notes``."""
    with db.atomic():
        for link in links:
            db.execute("INSERT OR REPLACE INTO note_themes (note_id, theme_id, illustrative, added_at) "
                       "VALUES (?, ?, ?, ?)", [link["note_id"], link["theme_id"], link["illustrative"],
                                               link["added_at"]])


def set_illustrative(db: Database, theme_id: str, note_id: str, illustrative: bool) -> bool:
    """Mark or unmark a note as an illustrative quote of a theme; returns the previous mark."""
    with db.atomic():
        row = db.execute("SELECT illustrative FROM note_themes WHERE theme_id = ? AND note_id = ?",
                         [theme_id, note_id]).fetchone()
        if row is None:
            raise FacilitatorError(t("Put the note on the theme before marking it illustrative."))
        db.execute("UPDATE note_themes SET illustrative = ? WHERE theme_id = ? AND note_id = ?",
                   [int(illustrative), theme_id, note_id])
    return bool(row[0])


def theme_notes(db: Database, theme_id: str) -> list[dict[str, Any]]:
    """The notes on a theme, illustrative ones first, each with its session number and kind."""
    sql = """
        SELECT n.id, n.kind, n.text, n.perspective, n.group_label, n.block_title, s.number AS session,
               s.audience, nt.illustrative
        FROM note_themes nt JOIN notes n ON n.id = nt.note_id JOIN sessions s ON s.id = n.session_id
        WHERE nt.theme_id = ? ORDER BY nt.illustrative DESC, s.number, n.seq
    """
    return [dict(r) for r in db.query(sql, [theme_id])]


def themes_of_notes(db: Database, series_id: str, note_ids: list[str] | None = None) -> dict[str, list[str]]:
    """note id -> theme titles, for showing tags next to notes (only ``note_ids`` when given)."""
    sql = """
        SELECT nt.note_id, t.title FROM note_themes nt JOIN themes t ON t.id = nt.theme_id
        WHERE t.series_id = ? ORDER BY t.position
    """
    wanted = set(note_ids) if note_ids is not None else None
    out: dict[str, list[str]] = {}
    for note_id, title in db.execute(sql, [series_id]).fetchall():
        if wanted is None or note_id in wanted:
            out.setdefault(note_id, []).append(title)
    return out


def first_quotes(db: Database, series_id: str) -> dict[str, str]:
    """theme id -> the text of its first illustrative note, for the theme cards."""
    sql = """
        SELECT nt.theme_id, n.text FROM note_themes nt JOIN themes t ON t.id = nt.theme_id
        JOIN notes n ON n.id = nt.note_id
        WHERE t.series_id = ? AND nt.illustrative = 1 ORDER BY n.seq DESC
    """
    return {theme_id: text for theme_id, text in db.execute(sql, [series_id]).fetchall()}


def merge_themes(db: Database, source_id: str, target_id: str) -> dict[str, Any]:
    """Fold one theme into another: its notes move over (an illustrative mark wins), then it goes.

    Returns what ``unmerge_themes`` needs to undo it.
    """
    if source_id == target_id:
        raise FacilitatorError(t("A theme cannot be merged into itself."))
    with db.atomic():
        _theme(db, target_id)
        target_before = [dict(r) for r in db.query("SELECT * FROM note_themes WHERE theme_id = ?", [target_id])]
        deleted = delete_theme(db, source_id)
        for link in deleted["links"]:
            db.execute(
                "INSERT INTO note_themes (note_id, theme_id, illustrative, added_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(note_id, theme_id) DO UPDATE SET illustrative = MAX(illustrative, excluded.illustrative)",
                [link["note_id"], target_id, link["illustrative"], link["added_at"]])
    return {"source": deleted, "target_id": target_id, "target_before": target_before}


def unmerge_themes(db: Database, merged: dict[str, Any]) -> None:
    with db.atomic():
        db.execute("DELETE FROM note_themes WHERE theme_id = ?", [merged["target_id"]])
        relink(db, merged["target_before"])
        restore_theme(db, merged["source"])


def split_theme(db: Database, theme_id: str, note_ids: list[str], new_title: str) -> dict[str, Any]:
    """Move some notes of a theme onto a new theme; returns the new theme (undo: ``unsplit_theme``)."""
    if not note_ids:
        raise FacilitatorError(t("Choose the notes that go to the new theme."))
    with db.atomic():
        source = _theme(db, theme_id)
        new = create_theme(db, source["series_id"], new_title)
        moved = untag_notes(db, theme_id, note_ids)
        relink(db, [{**link, "theme_id": new["id"]} for link in moved])
    return {"theme": new, "moved": moved}


def unsplit_theme(db: Database, split: dict[str, Any]) -> None:
    with db.atomic():
        db.execute("DELETE FROM themes WHERE id = ?", [split["theme"]["id"]])
        relink(db, split["moved"])


def theme_counts(db: Database, series_id: str) -> list[dict[str, Any]]:
    """Per theme, how many notes carry it in each session and in each breakout group.

    Sessions are keyed by number; ``audience`` per session lets a district read the counts per
    stakeholder group across its community conversations.
    """
    # The covering index (m0009) halves the time on a large series; the planner does not pick it alone.
    sql = """
        SELECT nt.theme_id, n.session_id, n.group_label, COUNT(*)
        FROM note_themes nt JOIN themes t ON t.id = nt.theme_id
        JOIN notes n INDEXED BY idx_notes_theme_counts ON n.id = nt.note_id
        WHERE t.series_id = ? GROUP BY nt.theme_id, n.session_id, n.group_label
    """
    sessions = {r[0]: (r[1], r[2] or "") for r in db.execute(
        "SELECT id, number, audience FROM sessions WHERE series_id = ?", [series_id]).fetchall()}
    themes = {t["id"]: {**t, "by_session": {}, "by_audience": {}, "by_group": {}} for t in list_themes(db, series_id)}
    for theme_id, session_id, group_label, count in db.execute(sql, [series_id]).fetchall():
        theme = themes[theme_id]
        number, audience = sessions[session_id]
        theme["by_session"][number] = theme["by_session"].get(number, 0) + count
        theme["by_audience"][audience] = theme["by_audience"].get(audience, 0) + count
        if group_label:
            theme["by_group"][group_label] = theme["by_group"].get(group_label, 0) + count
    return list(themes.values())


def illustrative_quotes(db: Database, theme_id: str) -> list[dict[str, Any]]:
    """The notes marked illustrative on a theme: text, kind, perspective label and session number.

    No speaker is ever stored on a note, so these can go into a shared summary as they are.
    """
    return [n for n in theme_notes(db, theme_id) if n["illustrative"]]


def theme_note_facets(db: Database, series_id: str) -> list[dict[str, Any]]:
    """Per theme, the notes counted by session, the session's audience, the note's perspective
    label and its breakout group: the cells a trend table is summed from."""
    # Starting from the series' notes and adding the session afterwards is three times quicker
    # on a large series than joining sessions into the grouping.
    sql = """
        SELECT nt.theme_id, n.session_id, n.perspective, n.group_label, COUNT(*) AS notes
        FROM notes n JOIN note_themes nt ON nt.note_id = n.id
        WHERE n.series_id = ? GROUP BY nt.theme_id, n.session_id, n.perspective, n.group_label
    """
    sessions = {r[0]: (r[1], r[2] or "") for r in db.execute(
        "SELECT id, number, audience FROM sessions WHERE series_id = ?", [series_id]).fetchall()}
    return [{"theme_id": theme_id, "session": sessions[session_id][0], "audience": sessions[session_id][1],
             "perspective": perspective, "group_label": group_label, "notes": count}
            for theme_id, session_id, perspective, group_label, count in db.execute(sql, [series_id]).fetchall()]


def themed_notes_matching(db: Database, series_id: str, match: str, *, exclude_note: str,
                          limit: int = 200) -> list[dict[str, Any]]:
    """Notes already on a theme whose text matches an FTS5 query, with the theme they are on;
    the newest first (ranking every match of a common word costs more than it tells)."""
    sql = """
        SELECT nt.theme_id, n.id AS note_id, n.text FROM notes_fts f JOIN notes n ON n.seq = f.rowid
        JOIN note_themes nt ON nt.note_id = n.id
        WHERE notes_fts MATCH ? AND n.series_id = ? AND n.id != ? ORDER BY f.rowid DESC LIMIT ?
    """
    return [dict(r) for r in db.query(sql, [match, series_id, exclude_note, limit])]


def themes_of_note(db: Database, note_id: str) -> list[str]:
    """The ids of the themes one note is on."""
    return [r[0] for r in db.execute("SELECT theme_id FROM note_themes WHERE note_id = ?", [note_id]).fetchall()]


def note_series(db: Database, note_ids: list[str]) -> dict[str, tuple[str, str]]:
    """note id -> (series id, kind), for the ids that exist."""
    if not note_ids:
        return {}
    marks = ",".join("?" * len(note_ids))
    return {r[0]: (r[1], r[2]) for r in db.execute(f"SELECT id, series_id, kind FROM notes WHERE id IN ({marks})",
                                                   note_ids).fetchall()}


def note_ids_with_prefix(db: Database, series_id: str, prefix: str) -> list[str]:
    rows = db.execute("SELECT id FROM notes WHERE series_id = ? AND id >= ? AND id < ? LIMIT 3",
                      [series_id, prefix, prefix + "\uffff"]).fetchall()
    return [r[0] for r in rows]


def mark_illustrative(db: Database, theme_id: str, note_ids: list[str]) -> None:
    with db.atomic():
        for note_id in note_ids:
            db.execute("UPDATE note_themes SET illustrative = 1 WHERE theme_id = ? AND note_id = ?",
                       [theme_id, note_id])
