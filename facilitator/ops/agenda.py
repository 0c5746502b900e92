"""Series, sessions and agenda blocks: what the agenda editor, the series pages and
``facilitator series ...`` call.

Each operation validates and commits in one transaction (in ``facilitator.storage.series``)
and returns an ``Outcome`` whose ``undo`` is the operation that puts things back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlite_utils import Database

from facilitator.ops.changes import AGENDA, SERIES, SESSIONS, Changes, Outcome
from facilitator.plan.model import Block, Series, Session
from facilitator.storage import series as store
from facilitator.storage.series import (
    find_series,
    find_session,
    get_block,
    get_series,
    get_session,
    list_series,
    list_sessions,
    load_agenda,
)

__all__ = ["find_series", "find_session", "get_block", "get_series", "get_session", "list_series", "list_sessions",
           "load_agenda", "create_series", "update_series", "delete_series", "add_session", "update_session",
           "delete_session", "add_block", "update_block", "delete_block", "restore_blocks", "move_block",
           "session_changes"]


def session_changes(db: Database, session_id: str, *kinds: str) -> Changes:
    """Changes to ``kinds`` of one session, scoped to its series too."""
    series_id = get_session(db, session_id, with_blocks=False).series_id
    return Changes.of(*kinds, series_id=series_id, session_id=session_id)


# ---------------------------------------------------------------- series

def create_series(db: Database, *, title: str, **fields: Any) -> Outcome[Series]:
    series = store.create_series(db, title=title, **fields)
    return Outcome(Changes.of(SERIES, series_id=series.id), series, focus=series.id)


def update_series(db: Database, series_id: str, **changes: Any) -> Outcome[None]:
    old = store.update_series(db, series_id, **changes)
    return Outcome(Changes.of(SERIES, series_id=series_id), None, partial(update_series, series_id=series_id, **old))


def delete_series(db: Database, series_id: str) -> Outcome[None]:
    """Not undoable: the list asks before it deletes (a series holds a whole roster and its notes)."""
    store.delete_series(db, series_id)
    return Outcome(Changes.of(SERIES, SESSIONS, series_id=series_id))


# ---------------------------------------------------------------- sessions

def add_session(db: Database, series_id: str, *, title: str, number: int | None = None,
                **fields: Any) -> Outcome[Session]:
    session = store.add_session(db, series_id, title=title, number=number, **fields)
    return Outcome(Changes.of(SESSIONS, series_id=series_id, session_id=session.id), session, focus=session.id)


def update_session(db: Database, session_id: str, **changes: Any) -> Outcome[None]:
    old = store.update_session(db, session_id, **changes)
    return Outcome(session_changes(db, session_id, SESSIONS), None,
                   partial(update_session, session_id=session_id, **old), focus=session_id)


def delete_session(db: Database, session_id: str) -> Outcome[None]:
    """Not undoable: the overview asks first (a session holds its check-ins, groups and notes)."""
    changes = session_changes(db, session_id, SESSIONS, AGENDA)
    store.delete_session(db, session_id)
    return Outcome(changes)


# ---------------------------------------------------------------- blocks

def add_block(db: Database, session_id: str, *, title: str, parent_id: str | None = None,
              position: int | None = None, **fields: Any) -> Outcome[Block]:
    block = store.add_block(db, session_id, title=title, parent_id=parent_id, position=position, **fields)
    return Outcome(session_changes(db, session_id, AGENDA), block, partial(delete_block, block_id=block.id),
                   focus=block.id)


def update_block(db: Database, block_id: str, **changes: Any) -> Outcome[None]:
    old = store.update_block(db, block_id, **changes)
    session_id = get_block(db, block_id).session_id
    return Outcome(session_changes(db, session_id, AGENDA), None, partial(update_block, block_id=block_id, **old),
                   focus=block_id)


def delete_block(db: Database, block_id: str) -> Outcome[list[dict[str, Any]]]:
    """Deletes the block and its sub-blocks; undo puts them back with the same ids and place."""
    session_id = get_block(db, block_id).session_id
    rows = store.delete_block(db, block_id)
    return Outcome(session_changes(db, session_id, AGENDA), rows, partial(restore_blocks, rows=rows))


def restore_blocks(db: Database, rows: list[dict[str, Any]]) -> Outcome[None]:
    store.restore_blocks(db, rows)
    head = rows[0]["id"]
    return Outcome(session_changes(db, rows[0]["session_id"], AGENDA), None, partial(delete_block, block_id=head),
                   focus=head)


def move_block(db: Database, block_id: str, *, parent_id: str | None, position: int) -> Outcome[None]:
    old_parent, old_position = store.move_block(db, block_id, parent_id=parent_id, position=position)
    session_id = get_block(db, block_id).session_id
    return Outcome(session_changes(db, session_id, AGENDA), None,
                   partial(move_block, block_id=block_id, parent_id=old_parent, position=old_position),
                   focus=block_id)
