"""Keeping the workspace tables and the team document in step.

SQLite stays the app's store: every screen, search and document reads the tables as before.
Before a merge, ``capture`` puts into the document what changed in the tables since the last
merge (found by comparing each row with a fingerprint taken then, the ``baseline``); after the
merge, ``apply`` writes into the tables every row the document holds differently. Rows keep
their UUIDs, so a note merged from another laptop is the same row everywhere.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from facilitator.notes import NoteKind
from facilitator.plan.model import AttendanceStatus
from facilitator.storage import team as store
from facilitator.team.document import TeamDocument, canonical
from facilitator.team.tables import DELETED, ORIGIN, PLAN, SHARED, TABLES, TableSpec

Rows = dict[str, dict[str, dict[str, Any]]]

# Stamps every edit changes: two laptops always differ here, which says nothing to a facilitator.
_BOOKKEEPING = {"updated_at"}

# Values the app's screens rely on; a row carrying anything else is not written.
_ALLOWED = {("notes", "kind"): {k.value for k in NoteKind},
            ("attendance", "status"): {s.value for s in AttendanceStatus}}


def read_tables(db: Database, series_id: str) -> Rows:
    return {spec.name: store.read_rows(db, spec.name, spec.scope, series_id, spec.key, spec.local)
            for spec in TABLES}


def fingerprint(row: dict[str, Any]) -> str:
    """Of a row as ``read_tables`` gives it (columns always in the table's order)."""
    flat = repr([canonical(v) for v in row.values()])
    return hashlib.blake2b(flat.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def baseline_of(tables: Rows) -> dict[str, dict[str, str]]:
    return {name: {key: fingerprint(row) for key, row in rows.items()} for name, rows in tables.items()}


@dataclass
class Capture:
    added: int = 0
    changed: int = 0
    deleted: int = 0
    plan_kept: int = 0  # a note-taker's edits or deletions of the lead's plan, not shared
    people_removed: int = 0  # their details must leave the stored history too


def capture(db: Database, document: TeamDocument, tables: Rows, baseline: dict[str, dict[str, str]], *,
            device_id: str, is_lead: bool) -> Capture:
    """Put this workspace's changes since the last merge into the document."""
    done = Capture()
    with document.doc.transaction():
        for spec in TABLES:
            rows, before = tables[spec.name], baseline.get(spec.name, {})
            for key, row in rows.items():
                if before.get(key) == fingerprint(row):
                    continue
                _capture_row(document, spec, key, row, device_id=device_id, is_lead=is_lead, done=done)
            for key in before:
                if key in rows or not document.has(spec.name, key):
                    continue
                if spec.side == PLAN and not is_lead:
                    done.plan_kept += 1
                    continue
                if not _parents_here(db, spec, document.row(spec.name, key) or {}):
                    continue  # gone with a parent (a session, a theme): not a deletion of its own
                if not (document.row(spec.name, key) or {}).get(DELETED):
                    _delete(document, spec, key, device_id)
                    done.deleted += 1
                    done.people_removed += spec.name == "participants"
    return done


def _capture_row(document: TeamDocument, spec: TableSpec, key: str, row: dict[str, Any], *, device_id: str,
                 is_lead: bool, done: Capture) -> None:
    shared_row = document.row(spec.name, key)
    if shared_row is None:
        if spec.side == PLAN and not (is_lead or spec.members_may_add):
            done.plan_kept += 1
            return
        document.add_row(spec.name, key, row, device_id)
        if len(spec.key) > 1 and spec.side == SHARED:
            # Two laptops may create the same row (one person checked in twice): one map wins
            # whole, so keep this side's values in the log where the other side can see them.
            document.log_edit(spec.name, key, "*", row, device_id)
        done.added += 1
        return
    if spec.side == PLAN and not is_lead:
        done.plan_kept += 1
        return
    if shared_row.get(DELETED):
        document.mark_deleted(spec.name, key, False)
        document.log_edit(spec.name, key, DELETED, False, device_id)
    changed = False
    for column, value in row.items():
        if canonical(shared_row.get(column)) == canonical(value):
            continue
        document.set_field(spec.name, key, column, value)
        if spec.side == SHARED and column not in _BOOKKEEPING:
            document.log_edit(spec.name, key, column, value, device_id)
        changed = True
    done.changed += changed


def _delete(document: TeamDocument, spec: TableSpec, key: str, device_id: str) -> None:
    if spec.name == "participants":
        # A person erased or removed: their details leave the document too, not only the tables.
        row = document.row(spec.name, key) or {}
        for column in row:
            if column not in spec.key and column not in (ORIGIN, DELETED, "series_id", "created_at",
                                                         "updated_at", "role"):
                document.set_field(spec.name, key, column, "" if isinstance(row[column], str) else None)
    document.mark_deleted(spec.name, key)
    if spec.side == SHARED:
        document.log_edit(spec.name, key, DELETED, True, device_id)


def _parents_here(db: Database, spec: TableSpec, row: dict[str, Any]) -> bool:
    for column, parent, parent_column in store.cascade_parents(db, spec.name):
        if row.get(column) is not None and not store.exists(db, parent, parent_column, row[column]):
            return False
    return True


@dataclass
class Applied:
    written: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)  # rows that could not be written, in words
    dropped: int = 0  # rows whose parent this workspace does not hold


def apply(db: Database, document: TeamDocument, tables: Rows) -> Applied:
    """Write the document into the tables (inside the caller's transaction)."""
    done = Applied()
    store.defer_foreign_keys(db)
    shared = {spec.name: document.rows(spec.name) for spec in TABLES}
    for spec in reversed(TABLES):
        for key, row in shared[spec.name].items():
            if isinstance(row, dict) and row.get(DELETED) and key in tables[spec.name]:
                store.delete_row(db, spec.name, spec.key, tables[spec.name][key])
                done.removed[spec.name] = done.removed.get(spec.name, 0) + 1
    for spec in TABLES:
        columns = [c for c in store.columns(db, spec.name) if c.name not in spec.local]
        pending = []
        for key, row in shared[spec.name].items():
            if not isinstance(row, dict):
                done.refused.append(f"{spec.name}: an entry that is not a row")
                continue
            if row.get(DELETED):
                continue
            values = {c.name: row[c.name] for c in columns if c.name in row}
            here = tables[spec.name].get(key)
            if here is not None and all(canonical(here.get(c)) == canonical(v) for c, v in values.items()):
                continue
            problem = _problem(spec, columns, values, here is None)
            if problem:
                done.refused.append(problem)
                continue
            pending.append((values, here is None))
        pending.sort(key=lambda item: str(item[0].get("created_at") or item[0].get("wall") or ""))
        for column in spec.unique:  # sessions 1 and 2 swapped elsewhere: no moment may hold two 1s
            store.move_aside(db, spec.name, spec.key, column, [
                values for values, new in pending
                if not new and column in values and values[column] != tables[spec.name][_key(spec, values)][column]])
        store.insert_rows(db, spec.name, [values for values, new in pending if new])
        for values, new in pending:
            if not new:
                store.write_row(db, spec.name, spec.key, values)
        if pending:
            done.written[spec.name] = len(pending)
    done.dropped = len(store.drop_dangling(db))
    return done


def _key(spec: TableSpec, values: dict[str, Any]) -> str:
    return store.key_of(values, spec.key)


def _problem(spec: TableSpec, columns: list[store.TableColumn], values: dict[str, Any], new: bool) -> str | None:
    missing = [c.name for c in columns if c.required and values.get(c.name) is None and (new or c.name in values)]
    if missing:
        return f"{spec.name}: a row without {', '.join(missing)}"
    odd = [c for c, v in values.items() if v is not None and not isinstance(v, (str, int, float))]
    if odd:
        return f"{spec.name}: {', '.join(odd)} holding something that is not a value"
    for (table, column), allowed in _ALLOWED.items():
        if table == spec.name and column in values and values[column] not in allowed:
            return f"{spec.name}: unknown {column} '{values[column]}'"
    return None
