"""Several laptops, one series: note-takers capture offline and everything merges.

Each series shared with a team has a CRDT document (pycrdt, the Yjs engine) holding what the
team edits; SQLite stays the app's store and is kept in step with it (``bridge``). Laptops
exchange their whole state as one file each in a shared folder or on a USB stick (``files``);
``exchange`` holds the actions: pack, join, sync, status.
"""

from facilitator.team.files import TeamFileError
from facilitator.team.sync import (
    SyncReport,
    deleted_notes,
    folder_news,
    join,
    meetings,
    pack,
    restore_deleted_note,
    status,
    sync,
    team_of,
)

__all__ = ["SyncReport", "TeamFileError", "deleted_notes", "folder_news", "join", "meetings", "pack",
           "restore_deleted_note", "status", "sync", "team_of"]
