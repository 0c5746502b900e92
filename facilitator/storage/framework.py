"""The living values framework of a series, its numbered snapshots, and the notes behind it."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.synthesis.framework_diff import FIELDS


def add_statement(db: Database, series_id: str, statement: str, *, tensions: str = "", guardrails: str = "",
                  questions: str = "", statement_id: str | None = None) -> dict[str, Any]:
    statement = statement.strip()
    if not statement:
        raise FacilitatorError(t("A value statement cannot be empty."))
    now = utc_now()
    with db.atomic():
        position = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM framework_statements WHERE series_id = ?",
                              [series_id]).fetchone()[0]
        row = {"id": statement_id or new_id(), "series_id": series_id, "position": position, "statement": statement,
               "tensions": tensions, "guardrails": guardrails, "questions": questions,
               "created_at": now, "updated_at": now}
        db["framework_statements"].insert(row)
    return row


def statements(db: Database, series_id: str) -> list[dict[str, Any]]:
    """The framework as it stands, each statement with the ids of the notes that support it."""
    rows = [dict(r) for r in db.query(
        "SELECT * FROM framework_statements WHERE series_id = ? ORDER BY position", [series_id])]
    links: dict[str, list[str]] = {}
    for r in db.query("SELECT sn.statement_id, sn.note_id FROM statement_notes sn JOIN framework_statements f "
                      "ON f.id = sn.statement_id WHERE f.series_id = ?", [series_id]):
        links.setdefault(r["statement_id"], []).append(r["note_id"])
    for row in rows:
        row["note_ids"] = links.get(row["id"], [])
    return rows


def update_statement(db: Database, statement_id: str, **changes: Any) -> dict[str, Any]:
    """Returns the previous values (for undo)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"Cannot change {', '.join(sorted(unknown))} on a statement")
    if "statement" in changes and not changes["statement"].strip():
        raise FacilitatorError(t("A value statement cannot be empty."))
    with db.atomic():
        rows = list(db.query("SELECT * FROM framework_statements WHERE id = ?", [statement_id]))
        if not rows:
            raise NotFound(t("That value statement no longer exists."))
        old = {k: rows[0][k] for k in changes}
        db.execute(f"UPDATE framework_statements SET {', '.join(f'{k} = ?' for k in changes)}, updated_at = ? "
                   "WHERE id = ?", [*changes.values(), utc_now(), statement_id])
    return old


def delete_statement(db: Database, statement_id: str) -> dict[str, Any]:
    with db.atomic():
        rows = list(db.query("SELECT * FROM framework_statements WHERE id = ?", [statement_id]))
        if not rows:
            raise NotFound(t("That value statement no longer exists."))
        links = [r["note_id"] for r in db.query("SELECT note_id FROM statement_notes WHERE statement_id = ?",
                                                [statement_id])]
        db.execute("DELETE FROM framework_statements WHERE id = ?", [statement_id])
    return {"row": dict(rows[0]), "note_ids": links}


def restore_statement(db: Database, deleted: dict[str, Any]) -> None:
    with db.atomic():
        db["framework_statements"].insert(deleted["row"])
        link_notes(db, deleted["row"]["id"], deleted["note_ids"])


def link_notes(db: Database, statement_id: str, note_ids: list[str]) -> list[str]:
    """Record that notes support a statement; returns the newly linked ids."""
    added = []
    with db.atomic():
        for note_id in note_ids:
            if db.execute("INSERT OR IGNORE INTO statement_notes (statement_id, note_id) VALUES (?, ?)",
                          [statement_id, note_id]).rowcount:
                added.append(note_id)
    return added


def unlink_notes(db: Database, statement_id: str, note_ids: list[str]) -> list[str]:
    """Returns the ids that were linked and no longer are."""
    removed = []
    with db.atomic():
        for note_id in note_ids:
            if db.execute("DELETE FROM statement_notes WHERE statement_id = ? AND note_id = ?",
                          [statement_id, note_id]).rowcount:
                removed.append(note_id)
    return removed


def snapshot_framework(db: Database, series_id: str, *, label: str = "", session_id: str | None = None,
                       moment: str = "") -> dict[str, Any]:
    """Freeze the framework as version N+1 (``moment``: "before" or "after" the session)."""
    if moment not in ("", "before", "after"):
        raise FacilitatorError(t("A snapshot is taken before or after a session."))
    with db.atomic():
        current = [{k: s[k] for k in ("id", *FIELDS, "note_ids")} for s in statements(db, series_id)]
        number = db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM framework_versions WHERE series_id = ?",
                            [series_id]).fetchone()[0]
        row = {"id": new_id(), "series_id": series_id, "number": number, "label": label.strip() or f"v{number}",
               "session_id": session_id, "moment": moment, "statements": json.dumps(current, ensure_ascii=False),
               "created_at": utc_now()}
        db["framework_versions"].insert(row)
    return {**row, "statements": current}


def framework_versions(db: Database, series_id: str) -> list[dict[str, Any]]:
    """Every snapshot, oldest first, with its statements and the session it was taken around."""
    rows = db.query("SELECT v.*, s.number AS session FROM framework_versions v "
                    "LEFT JOIN sessions s ON s.id = v.session_id WHERE v.series_id = ? ORDER BY v.number", [series_id])
    return [{**dict(r), "statements": json.loads(r["statements"])} for r in rows]

