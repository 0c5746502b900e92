"""Reviewing what leaves the team: each passage of an external summary is accepted as the
redaction left it, or in the facilitator's own wording, before it can be shared.

Printing itself is a read (``facilitator.documents.render``); these are the writes.
"""

from __future__ import annotations

from functools import partial

from sqlite_utils import Database

from facilitator import documents
from facilitator.ops.changes import REVIEWS, Changes, Outcome


def approve_passage(db: Database, series_id: str, passage: str, text: str, *, edited: bool = False) -> Outcome[None]:
    """Accept (``edited``: replace) the shareable text of one passage; undo puts back what was
    approved before, or makes the passage wait again."""
    before = documents.approve_passage(db, series_id, passage, text, edited=edited)
    return Outcome(Changes.of(REVIEWS, series_id=series_id), None,
                   partial(_withdraw, series_id=series_id, passage=passage, before=before, again=(text, edited)))


def _withdraw(db: Database, series_id: str, passage: str, before, again: tuple[str, bool]) -> Outcome[None]:
    documents.withdraw_passage(db, series_id, passage, before)
    return Outcome(Changes.of(REVIEWS, series_id=series_id), None,
                   partial(approve_passage, series_id=series_id, passage=passage, text=again[0], edited=again[1]))


def accept_all_passages(db: Database, series_id: str, session_id: str | None) -> Outcome[list]:
    """Accept the automatic redaction of every passage still waiting (not undone as a whole:
    each passage can be reviewed again)."""
    accepted = documents.accept_all_passages(db, series_id, session_id)
    return Outcome(Changes.of(REVIEWS, series_id=series_id), accepted)
