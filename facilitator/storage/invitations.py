"""The explicit guest list of a session (empty: the session's audience decides)."""

from __future__ import annotations

from typing import Iterable

from sqlite_utils import Database


def invited_ids(db: Database, session_id: str) -> list[str]:
    return [row["participant_id"] for row in db.query(
        "SELECT participant_id FROM session_invitations WHERE session_id = ? ORDER BY participant_id", [session_id])]


def set_invited_ids(db: Database, session_id: str, participant_ids: Iterable[str]) -> list[str]:
    """Replace the guest list in one transaction; returns the previous one, for undo."""
    before = invited_ids(db, session_id)
    with db.atomic():
        db.execute("DELETE FROM session_invitations WHERE session_id = ?", [session_id])
        for pid in dict.fromkeys(participant_ids):
            db.execute("INSERT INTO session_invitations (session_id, participant_id) VALUES (?, ?)", [session_id, pid])
    return before
