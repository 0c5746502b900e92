"""The person's review of external passages (migration m0014): accepted or edited text per
passage fingerprint, per session."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.ids import utc_now


def approvals(db: Database, session_id: str) -> dict[str, tuple[str, bool]]:
    """Passage fingerprint → (approved text, whether the person edited it)."""
    return {row["passage"]: (row["text"], bool(row["edited"])) for row in db.query(
        "SELECT passage, text, edited FROM external_reviews WHERE session_id = ?", [session_id])}


def approve(db: Database, session_id: str, passage: str, text: str, *, edited: bool) -> tuple[str, bool] | None:
    """Keep the approved text of one passage; returns what was approved before (for undo)."""
    before = approvals(db, session_id).get(passage)
    with db.atomic():
        db.execute("INSERT INTO external_reviews (session_id, passage, text, edited, reviewed_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (session_id, passage) DO UPDATE SET text = excluded.text, edited = excluded.edited, "
                   "reviewed_at = excluded.reviewed_at", [session_id, passage, text, int(edited), utc_now()])
    return before


def withdraw(db: Database, session_id: str, passage: str) -> None:
    """The passage waits for review again (undo of an approval)."""
    with db.atomic():
        db.execute("DELETE FROM external_reviews WHERE session_id = ? AND passage = ?", [session_id, passage])
