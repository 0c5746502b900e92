"""SQL for teams: the document's update log, this device's place in a team, other devices'
files as last merged, and reading and writing the shared tables' rows by their natural keys.

Rows are written by key with plain UPDATE-then-INSERT, so the tables' own triggers (the notes'
full-text index) run as for any other edit, and a row merged from elsewhere keeps its UUID.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from sqlite_utils import Database

from facilitator.ids import utc_now

KEY_SEPARATOR = "\x1f"


def key_of(row: dict[str, Any], key_columns: tuple[str, ...]) -> str:
    return KEY_SEPARATOR.join(repr(row[c]) if isinstance(row[c], float) else str(row[c]) for c in key_columns)


@dataclass(frozen=True)
class TableColumn:
    name: str
    required: bool  # NOT NULL without a default: a row lacking it cannot be written


def columns(db: Database, table: str) -> list[TableColumn]:
    return [TableColumn(r[1], bool(r[3]) and r[4] is None and not r[5])
            for r in db.execute(f"PRAGMA table_info({table})").fetchall()]


def read_rows(db: Database, table: str, scope: str, series_id: str, key_columns: tuple[str, ...],
              local: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Every row of ``table`` that belongs to the series, by key, without the local columns."""
    cursor = db.execute(f"SELECT * FROM {table} WHERE {scope}", {"series": series_id})
    names = [d[0] for d in cursor.description]
    out = {}
    for values in cursor.fetchall():
        row = {n: v for n, v in zip(names, values) if n not in local}
        out[key_of(row, key_columns)] = row
    return out


def insert_rows(db: Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Rows known to be new here, in this order (rows of one table may lack different columns)."""
    batches: dict[tuple[str, ...], list[list[Any]]] = {}
    for row in rows:
        batches.setdefault(tuple(row), []).append(list(row.values()))
    for names, values in batches.items():
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                            values)


def write_row(db: Database, table: str, key_columns: tuple[str, ...], row: dict[str, Any]) -> None:
    """Update the row with this key, or insert it when there is none."""
    where = " AND ".join(f"{c} IS ?" for c in key_columns)
    keys = [row[c] for c in key_columns]
    others = [c for c in row if c not in key_columns]
    if others:
        cursor = db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in others)} WHERE {where}",
                            [row[c] for c in others] + keys)
        if cursor.rowcount:
            return
    elif db.execute(f"SELECT 1 FROM {table} WHERE {where}", keys).fetchone():
        return
    names = list(row)
    db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
               [row[n] for n in names])


def move_aside(db: Database, table: str, key_columns: tuple[str, ...], column: str,
               rows: list[dict[str, Any]]) -> None:
    """Give rows about to take new values of a unique column a value no row uses (negative)."""
    where = " AND ".join(f"{c} IS ?" for c in key_columns)
    for offset, row in enumerate(rows, start=1):
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {where}",
                   [-1_000_000 - offset, *[row[c] for c in key_columns]])


def delete_row(db: Database, table: str, key_columns: tuple[str, ...], row: dict[str, Any]) -> None:
    db.execute(f"DELETE FROM {table} WHERE {' AND '.join(f'{c} IS ?' for c in key_columns)}",
               [row[c] for c in key_columns])


def cascade_parents(db: Database, table: str) -> list[tuple[str, str, str]]:
    """(column, parent table, parent column) of each reference whose deletion takes this row along."""
    return [(r[3], r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            if r[6].upper() == "CASCADE"]


def exists(db: Database, table: str, column: str, value: Any) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [value]).fetchone() is not None


def defer_foreign_keys(db: Database) -> None:
    """Inside a transaction: check references at commit, so rows may arrive in any order."""
    db.execute("PRAGMA defer_foreign_keys = ON")


def drop_dangling(db: Database) -> list[tuple[str, int]]:
    """Rows pointing at something this workspace does not hold: a nullable reference is cleared
    (as SQLite does when the target is deleted), any other such row is removed. Returns what was
    removed, as (table, rowid)."""
    removed: list[tuple[str, int]] = []
    for _ in range(10):
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            break
        for table, rowid, _parent, fk_id in problems:
            reference = [r for r in db.execute(f"PRAGMA foreign_key_list({table})").fetchall() if r[0] == fk_id]
            column = reference[0][3]
            nullable = not [c for c in db.execute(f"PRAGMA table_info({table})").fetchall()
                            if c[1] == column and c[3]]
            if nullable:
                db.execute(f"UPDATE {table} SET {column} = NULL WHERE rowid = ?", [rowid])
            else:
                db.execute(f"DELETE FROM {table} WHERE rowid = ?", [rowid])
                removed.append((table, rowid))
    return removed


# ---------------------------------------------------------------- the update log

def load_updates(db: Database, series_id: str) -> list[bytes]:
    return [r[0] for r in db.execute("SELECT update_bytes FROM team_updates WHERE series_id = ? ORDER BY seq",
                                     [series_id]).fetchall()]


def append_update(db: Database, series_id: str, update: bytes) -> int:
    """Add one update; returns how many the series now has."""
    db.execute("INSERT INTO team_updates (series_id, update_bytes, at) VALUES (?, ?, ?)",
               [series_id, update, utc_now()])
    return db.execute("SELECT COUNT(*) FROM team_updates WHERE series_id = ?", [series_id]).fetchone()[0]


def replace_updates(db: Database, series_id: str, whole: bytes) -> None:
    """Compaction: the whole document as one update instead of the many that built it."""
    db.execute("DELETE FROM team_updates WHERE series_id = ?", [series_id])
    append_update(db, series_id, whole)


# ---------------------------------------------------------------- this device and its peers

def team_state(db: Database, series_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM team_state WHERE series_id = ?", [series_id]))
    if not rows:
        return None
    state = dict(rows[0])
    state["baseline"] = json.loads(state["baseline"])
    return state


def save_team_state(db: Database, series_id: str, **fields: Any) -> None:
    if "baseline" in fields:
        fields["baseline"] = json.dumps(fields["baseline"], separators=(",", ":"))
    if team_state(db, series_id) is None:
        db["team_state"].insert({"series_id": series_id, "created_at": utc_now(), **fields})
    else:
        db.execute(f"UPDATE team_state SET {', '.join(f'{k} = ?' for k in fields)} WHERE series_id = ?",
                   [*fields.values(), series_id])


def team_series(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT series_id FROM team_state").fetchall()]


def peers(db: Database, series_id: str) -> dict[str, dict[str, Any]]:
    return {r["device_id"]: dict(r) for r in db.query("SELECT * FROM team_peers WHERE series_id = ?", [series_id])}


def save_peers(db: Database, series_id: str, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        db.execute("INSERT INTO team_peers (series_id, device_id, device_name, file_name, digest, written_at, "
                   "merged_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(series_id, device_id) DO UPDATE SET "
                   "device_name = excluded.device_name, file_name = excluded.file_name, digest = excluded.digest, "
                   "written_at = excluded.written_at, merged_at = excluded.merged_at",
                   [series_id, row["device_id"], row["device_name"], row["file_name"], row["digest"],
                    row["written_at"], row["merged_at"]])
