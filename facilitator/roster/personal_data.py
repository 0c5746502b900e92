"""A participant's rights over what a series holds about them: see all of it, and have it erased.

``export_participant`` gathers their roster row, attendance, group history and any notes
they took; ``erase_participant`` removes them so that nothing in the workspace links back to
them or names them — their names are redacted from notes, themes, the framework and the rest
of what the team wrote, and the search index is rebuilt — while the notes and groups other
people made stay. Backups taken before an erasure still hold the person: the result says which
and where, and ``backups="rewrite"`` erases them there too, ``"delete"`` removes those copies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils import Database

from facilitator.ids import utc_now
from facilitator.redaction import Redactor
from facilitator.storage import backup as backup_store
from facilitator.storage import personal_data as store
from facilitator.storage import series as series_store
from facilitator.storage.connection import connect
from facilitator.storage.roster import find_participant, participant_from_row

BACKUP_CHOICES = ("report", "rewrite", "delete")

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


def _redactor(person: dict[str, Any]) -> Redactor:
    """Takes out this one person's names (every form) and their own e-mail and phone."""
    return Redactor([participant_from_row(person)], everyone=False)


def _names_in(redactor: Redactor):
    return lambda text: redactor.may_find(text) and bool(redactor.redact(text).replacements)


def _without_names(redactor: Redactor):
    return lambda text: redactor.redact(text).text if redactor.may_find(text) else text


def erase_participant(db: Database, series_id: str, person_ref: str, *, backups: str = "report") -> dict[str, Any]:
    """Erase one person from a series and redact their names from everything the team wrote.

    Returns who it was, how many rows referred to them (``cleared``), which texts were redacted
    (``redacted``), where the workspace still names them (``remaining``: expected empty, bar
    everyday words used as words), how many updates of a team document may hold them in its
    history (``team_document_updates``; the next merge carries the redacted texts) and, per backup that held them, what it holds and what was
    done (``backups``: "report" lists, "rewrite" erases them in the copy, "delete" removes it)."""
    if backups not in BACKUP_CHOICES:
        raise ValueError(backups)
    person = find_person(db, series_id, person_ref)
    redactor = _redactor(person)
    counts = store.erase(db, person, clean=_without_names(redactor))
    return {"id": person["id"], "name": person["name"],
            "cleared": {k: n for k, n in counts.items() if not k.startswith("redacted ")},
            "redacted": {k.removeprefix("redacted "): n for k, n in counts.items() if k.startswith("redacted ")},
            "remaining": store.text_holding(db, _names_in(redactor)),
            "team_document_updates": store.team_document_updates(db, series_id),
            "backups": _backups_holding(db, person, redactor, backups)}


def _backups_holding(db: Database, person: dict[str, Any], redactor: Redactor, action: str) -> list[dict[str, Any]]:
    path = getattr(db, "path", None)
    if not path:
        return []
    passphrase = getattr(db, "passphrase", None)
    found = []
    for backup in backup_store.backup_paths(Path(path)):
        try:
            copy = connect(backup, passphrase=passphrase, read_only=action == "report")
        except Exception:  # a copy that cannot be opened is reported, never silently skipped
            found.append({"file": str(backup), "holds": None, "action": "unreadable"})
            continue
        try:
            holds = store.text_holding(copy, _names_in(redactor))
            if holds and action == "rewrite":
                _erase_in_copy(copy, person, redactor)
                holds_after = store.text_holding(copy, _names_in(redactor))
        finally:
            copy.close()
        if not holds:
            continue
        if action == "delete":
            backup.unlink()
            found.append({"file": str(backup), "holds": holds, "action": "deleted"})
        elif action == "rewrite":
            found.append({"file": str(backup), "holds": holds_after, "action": "rewritten"})
        else:
            found.append({"file": str(backup), "holds": holds, "action": "kept"})
    return found


def _erase_in_copy(copy: Database, person: dict[str, Any], redactor: Redactor) -> None:
    """The same erasure inside a backup, then VACUUM so the copy keeps no freed page of them."""
    rows = [dict(r) for r in copy.query("SELECT * FROM participants WHERE id = ?", [person["id"]])]
    clean = _without_names(redactor)
    if rows:
        store.erase(copy, rows[0], clean=clean)
    else:
        with copy.atomic():
            store.redact_text(copy, person["series_id"], clean)
    copy.execute("VACUUM")
