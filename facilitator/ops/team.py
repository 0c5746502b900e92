"""Several laptops on one series (``facilitator.team``): pack, join, sync and bring back a note
deleted in the team, for the Team menu and ``facilitator team ...``.

A sync can touch anything the team edits, so its change is every kind of data of the series;
none of these is undoable (the team's history is the CRDT document, not an undo stack).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from facilitator import team
from facilitator.ops.changes import ALL_KINDS, NOTES, Changes, Outcome
from facilitator.team import SyncReport, deleted_notes, folder_news, meetings, status, team_of

__all__ = ["SyncReport", "deleted_notes", "folder_news", "meetings", "status", "team_of", "pack", "join", "sync",
           "restore_deleted_note"]


def _whole_series(series_id: str) -> Changes:
    return Changes(ALL_KINDS, series_id=series_id)


def pack(db: Database, series_id: str, out: Path, *, device: str = "lead") -> Outcome[Path]:
    """Write the file note-takers join from (the first pack makes this laptop the lead)."""
    written = team.pack(db, series_id, out, device=device)
    return Outcome(_whole_series(series_id), written)


def join(db: Database, pack_path: Path, *, device: str) -> Outcome[str]:
    """The packed series, with the same ids, created here; the value is its id."""
    series_id = team.join(db, pack_path, device=device)
    return Outcome(_whole_series(series_id), series_id, focus=series_id)


def sync(db: Database, series_id: str, folder: Path) -> Outcome[SyncReport]:
    """Merge the other laptops' files in ``folder``, then write this laptop's own."""
    return Outcome(_whole_series(series_id), team.sync(db, series_id, folder))


def restore_deleted_note(db: Database, series_id: str, note_id: str) -> Outcome[None]:
    team.restore_deleted_note(db, series_id, note_id)
    return Outcome(Changes.of(NOTES, series_id=series_id), None, focus=note_id)
