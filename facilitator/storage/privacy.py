"""Everything held about one participant, found by following the schema itself.

Tables that point at ``participants`` with a foreign key are found with
``PRAGMA foreign_key_list``, so a table added by a later migration is exported and erased
without a change here. A few columns refer to a person without a foreign key (an event log
that must outlive the roster, a JSON list of ids, a name typed as text); they are listed in
``LOOSE_REFERENCES`` and used only when the table and column exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from facilitator.errors import Ambiguous, NotFound
from facilitator.ids import new_id


@dataclass(frozen=True)
class LooseReference:
    """A column that points at a person without (or beyond) a foreign key, and what erasing does.

    ``kind``: "pseudonym" — their id in an event log that must still replay: replaced by one
    random id with no link to them; "id_list" — a JSON list of ids: they are taken out;
    "name" — their name typed as text: cleared; "delete" — rows that are about them
    (a follow-up call to them): removed.
    """

    table: str
    column: str
    kind: str


LOOSE_REFERENCES = (
    LooseReference("fishbowl_events", "participant_id", "pseudonym"),
    LooseReference("grouping_rules", "participant_ids", "id_list"),
    LooseReference("notes", "taker", "name"),
    LooseReference("notes", "action_owner", "name"),
    LooseReference("followups", "participant_id", "delete"),
)


def find_participant(db: Database, series_id: str, ref: str) -> dict[str, Any]:
    """A roster row by id, email (any case) or exact name within one series."""
    ref = ref.strip()
    rows = [dict(r) for r in db.query(
        "SELECT * FROM participants WHERE series_id = ? AND (id = ? OR (email != '' AND lower(email) = lower(?)))",
        [series_id, ref, ref])]
    if not rows:
        rows = [dict(r) for r in db.query(
            "SELECT * FROM participants WHERE series_id = ? AND (name = ? OR (preferred_name != '' AND preferred_name = ?))",
            [series_id, ref, ref])]
    if not rows:
        raise NotFound(f"Nobody on this series' roster has the id, email or name '{ref}'.")
    if len(rows) > 1:
        raise Ambiguous(f"{len(rows)} people on this roster match '{ref}'; use their email or id.")
    return rows[0]


def _columns(db: Database, table: str) -> set[str]:
    return {r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()}


def referencing_columns(db: Database) -> list[tuple[str, str, str]]:
    """(table, column, on_delete) for every foreign key that points at ``participants``."""
    found = []
    for table in db.table_names():
        if table == "participants":
            continue
        for row in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if row[2] == "participants":
                found.append((table, row[3], row[6]))
    return sorted(found)


def _loose(db: Database) -> list[LooseReference]:
    tables = set(db.table_names())
    return [ref for ref in LOOSE_REFERENCES if ref.table in tables and ref.column in _columns(db, ref.table)]


def _loose_rows(db: Database, ref: LooseReference, person: dict[str, Any]) -> list[dict[str, Any]]:
    if ref.kind in ("pseudonym", "delete"):
        sql, args = f"SELECT * FROM [{ref.table}] WHERE [{ref.column}] = ?", [person["id"]]
    elif ref.kind == "id_list":
        sql = (f"SELECT * FROM [{ref.table}] WHERE EXISTS "
               f"(SELECT 1 FROM json_each([{ref.table}].[{ref.column}]) WHERE value = ?)")
        args = [person["id"]]
    else:
        sql, args = f"SELECT * FROM [{ref.table}] WHERE [{ref.column}] != '' AND [{ref.column}] IN (?, ?)", \
            [person["name"], person["preferred_name"] or person["name"]]
    return [dict(r) for r in db.query(sql, args)]


def records_about(db: Database, person: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every row in every table that refers to this person, by table name."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table, column, _on_delete in referencing_columns(db):
        rows = [dict(r) for r in db.query(f"SELECT * FROM [{table}] WHERE [{column}] = ?", [person["id"]])]
        if rows:
            out.setdefault(table, []).extend(rows)
    for ref in _loose(db):
        rows = [r for r in _loose_rows(db, ref, person) if r not in out.get(ref.table, [])]
        if rows:
            out.setdefault(ref.table, []).extend(rows)
    return out


def attendance_history(db: Database, participant_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT s.number AS session_number, s.title AS session_title, s.date, a.status, a.checked_in_at "
        "FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.participant_id = ? ORDER BY s.number",
        [participant_id])]


def erase(db: Database, person: dict[str, Any]) -> dict[str, int]:
    """Remove the person's roster row and every trace that points at them, in one transaction.

    Rows that exist only because of them (attendance, group seats) go; rows that hold other
    people's work (notes, groups they facilitated, an event log) stay with the link cleared.
    ``secure_delete`` overwrites the freed bytes so the file keeps no copy of them.
    """
    counts: dict[str, int] = {}
    db.conn.execute("PRAGMA secure_delete = ON")
    try:
        with db.atomic():
            for ref in _loose(db):
                rows = _loose_rows(db, ref, person)
                if not rows:
                    continue
                counts[f"{ref.table}.{ref.column}"] = len(rows)
                if ref.kind == "pseudonym":
                    db.execute(f"UPDATE [{ref.table}] SET [{ref.column}] = ? WHERE [{ref.column}] = ?",
                               [f"erased-{new_id()}", person["id"]])
                elif ref.kind == "delete":
                    db.execute(f"DELETE FROM [{ref.table}] WHERE [{ref.column}] = ?", [person["id"]])
                elif ref.kind == "name":
                    db.execute(f"UPDATE [{ref.table}] SET [{ref.column}] = '' WHERE [{ref.column}] IN (?, ?)",
                               [person["name"], person["preferred_name"] or person["name"]])
                else:
                    _drop_from_lists(db, ref, person["id"], rows)
            for table, column, on_delete in referencing_columns(db):
                hits = db.execute(f"SELECT COUNT(*) FROM [{table}] WHERE [{column}] = ?", [person["id"]]).fetchone()[0]
                if hits:
                    counts[f"{table}.{column}"] = counts.get(f"{table}.{column}", 0) + hits
                if on_delete.upper() not in ("CASCADE", "SET NULL"):
                    db.execute(f"DELETE FROM [{table}] WHERE [{column}] = ?", [person["id"]])
            db.execute("DELETE FROM participants WHERE id = ?", [person["id"]])
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.conn.execute("PRAGMA secure_delete = OFF")
    return counts


def _drop_from_lists(db: Database, ref: LooseReference, participant_id: str, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        ids = [i for i in json.loads(row[ref.column]) if i != participant_id]
        if len(ids) < 2:  # a rule about fewer than two people says nothing any more
            db.execute(f"DELETE FROM [{ref.table}] WHERE id = ?", [row["id"]])
        else:
            db.execute(f"UPDATE [{ref.table}] SET [{ref.column}] = ? WHERE id = ?", [json.dumps(ids), row["id"]])
