"""The person's review of external passages (migration m0014): accepted or edited text per
passage fingerprint, per series (the same passage in a session's and the series' summary is
reviewed once)."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.ids import utc_now


def approvals(db: Database, series_id: str) -> dict[str, tuple[str, bool]]:
    """Passage fingerprint → (approved text, whether the person edited it)."""
    return {row["passage"]: (row["text"], bool(row["edited"])) for row in db.query(
        "SELECT passage, text, edited FROM external_reviews WHERE series_id = ?", [series_id])}


def approve(db: Database, series_id: str, passage: str, text: str, *, edited: bool) -> tuple[str, bool] | None:
    """Keep the approved text of one passage; returns what was approved before (for undo)."""
    before = approvals(db, series_id).get(passage)
    with db.atomic():
        db.execute("INSERT INTO external_reviews (series_id, passage, text, edited, reviewed_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (series_id, passage) DO UPDATE SET text = excluded.text, edited = excluded.edited, "
                   "reviewed_at = excluded.reviewed_at", [series_id, passage, text, int(edited), utc_now()])
    return before


def withdraw(db: Database, series_id: str, passage: str) -> None:
    """The passage waits for review again (undo of an approval)."""
    with db.atomic():
        db.execute("DELETE FROM external_reviews WHERE series_id = ? AND passage = ?", [series_id, passage])
