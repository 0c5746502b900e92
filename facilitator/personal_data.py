"""A participant's rights over what a series holds about them: see all of it, and have it erased.

``export_participant`` gathers their roster row, attendance, group history and any notes
they took; ``erase_participant`` removes them so that nothing in the workspace links back to
them, while the notes and groups other people made stay. Backups taken before an erasure
still hold the person until rotation removes them; the result says so.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from facilitator.ids import utc_now
from facilitator.storage import privacy as store
from facilitator.storage import series as series_store
from facilitator.storage.roster import find_participant

EXPORT_FORMAT = "facilitator.participant"
EXPORT_VERSION = 1


def find_person(db: Database, series_id: str, person_ref: str) -> dict[str, Any]:
    """The roster row of the one person ``person_ref`` names (id, email or name, matched as
    everywhere else: ``storage.roster.find_participant``)."""
    return store.participant_row(db, find_participant(db, series_id, person_ref))


def export_participant(db: Database, series_id: str, person_ref: str) -> dict[str, Any]:
    """Everything held about one person, as plain JSON-ready data."""
    series = series_store.get_series(db, series_id, with_sessions=False)
    person = find_person(db, series_id, person_ref)
    records = store.records_about(db, person)
    records.pop("attendance", None)  # given below with session numbers and titles
    notes = records.pop("notes", [])
    group_tables = {t: rows for t, rows in records.items() if t.startswith(("breakout", "group", "fishbowl", "seat"))}
    other = {t: rows for t, rows in records.items() if t not in group_tables}
    return {
        "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": utc_now(),
        "series": {"id": series.id, "title": series.title},
        "participant": person,
        "attendance": store.attendance_history(db, person["id"]),
        "groups": group_tables,
        "notes_taken": notes,
        "other": other,
    }


def erase_participant(db: Database, series_id: str, person_ref: str) -> dict[str, Any]:
    """Erase one person from a series; returns who it was and how many rows referred to them."""
    person = find_person(db, series_id, person_ref)
    counts = store.erase(db, person)
    return {"id": person["id"], "name": person["name"], "cleared": counts}
