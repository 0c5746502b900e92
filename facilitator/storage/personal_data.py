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
from typing import Any, Callable

from sqlite_utils import Database

from facilitator.errors import NotFound
from facilitator.i18n import t
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


def participant_row(db: Database, participant_id: str) -> dict[str, Any]:
    """A person's roster row as stored (find them first with ``storage.roster.find_participant``)."""
    rows = [dict(r) for r in db.query("SELECT * FROM participants WHERE id = ?", [participant_id])]
    if not rows:
        raise NotFound(t("That participant is no longer on the roster."))
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


def erase(db: Database, person: dict[str, Any], clean: Callable[[str], str] | None = None) -> dict[str, int]:
    """Remove the person's roster row and every trace that points at them, in one transaction.

    Rows that exist only because of them (attendance, group seats) go; rows that hold other
    people's work (notes, groups they facilitated, an event log) stay with the link cleared, and
    with ``clean`` (which takes their names out of a text) their names are redacted from what
    the team wrote (``redact_text``). ``secure_delete`` overwrites the freed bytes so the file
    keeps no copy of them.
    """
    counts: dict[str, int] = {}
    db.conn.execute("PRAGMA secure_delete = ON")
    try:
        with db.atomic():
            if clean is not None:
                counts.update({f"redacted {k}": n for k, n in redact_text(db, person["series_id"], clean).items()})
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


_IN_SERIES = "series_id = ?"
_IN_SESSIONS = "session_id IN (SELECT id FROM sessions WHERE series_id = ?)"
_IN_FISHBOWLS = f"fishbowl_id IN (SELECT id FROM fishbowls WHERE {_IN_SESSIONS})"

# Text the team typed that may name a person, and which rows of it belong to one series: when a
# person is erased their names are taken out of it (a JSON column has its strings redacted).
NAMED_IN_TEXT = (
    ("notes", ("text",), _IN_SERIES),
    ("themes", ("title", "description"), _IN_SERIES),
    ("framework_statements", ("statement", "tensions", "guardrails", "questions"), _IN_SERIES),
    ("framework_versions", ("label", "statements"), _IN_SERIES),
    ("followups", ("reason",), _IN_SERIES),
    ("grouping_rules", ("note",), _IN_SERIES),
    ("sessions", ("facilitator", "description"), _IN_SERIES),
    ("blocks", ("notes", "prompts"), _IN_SESSIONS),
    ("debrief_answers", ("answer",), _IN_SESSIONS),
    ("note_drafts", ("text",), _IN_SESSIONS),
    ("external_reviews", ("text",), _IN_SERIES),
    ("fishbowl_events", ("text",), _IN_FISHBOWLS),
)


def _clean_value(value: str, clean: Callable[[str], str]) -> str:
    """``clean`` applied to a text, or to every string inside it when it holds JSON."""
    if value[:1] in "[{":
        try:
            data = json.loads(value)
        except ValueError:
            return clean(value)
        return json.dumps(_clean_json(data, clean), ensure_ascii=False)
    return clean(value)


def _clean_json(data: Any, clean: Callable[[str], str]) -> Any:
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, list):
        return [_clean_json(item, clean) for item in data]
    if isinstance(data, dict):
        return {key: _clean_json(item, clean) for key, item in data.items()}
    return data


def redact_text(db: Database, series_id: str, clean: Callable[[str], str]) -> dict[str, int]:
    """Rewrite every text of the series that ``clean`` changes (``NAMED_IN_TEXT``), then rebuild
    the notes' search index so no old word stays findable; rows changed per column. Call inside
    a transaction."""
    tables = set(db.table_names())
    counts: dict[str, int] = {}
    for table, columns, scope in NAMED_IN_TEXT:
        present = [c for c in columns if table in tables and c in _columns(db, table)]
        if not present:
            continue
        args = [series_id] * scope.count("?")
        for row in db.execute(f"SELECT rowid, {', '.join(f'[{c}]' for c in present)} FROM [{table}] WHERE {scope}",
                              args).fetchall():
            for column, value in zip(present, row[1:]):
                if not isinstance(value, str) or not value:
                    continue
                cleaned = _clean_value(value, clean)
                if cleaned != value:
                    db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE rowid = ?", [cleaned, row[0]])
                    counts[f"{table}.{column}"] = counts.get(f"{table}.{column}", 0) + 1
    if "notes_fts" in tables:
        db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
    return counts


def text_holding(db: Database, found: Callable[[str], bool]) -> dict[str, int]:
    """Every text column of every table (search-index internals aside) with the number of rows
    in which ``found`` is true: what still names someone, and where."""
    out: dict[str, int] = {}
    for table in db.table_names():
        if table.startswith(("notes_fts", "sqlite_", "_sqlite")):
            continue
        columns = [r[1] for r in db.execute(f"PRAGMA table_info([{table}])").fetchall()
                   if (r[2] or "").upper() in ("TEXT", "") and not _machine_column(r[1])]
        for column in columns:
            hits = 0
            for (value,) in db.execute(f"SELECT [{column}] FROM [{table}]").fetchall():
                if isinstance(value, str) and value and found(_json_text(value)):
                    hits += 1
            if hits:
                out[f"{table}.{column}"] = hits
    return out


def _machine_column(column: str) -> bool:
    """Ids and timestamps, which never hold a name."""
    return column == "id" or column.endswith(("_id", "_ids", "_at"))


def _json_text(value: str) -> str:
    """A JSON column's strings as plain text (stored JSON may escape every accented letter)."""
    if value[:1] in "[{":
        try:
            strings: list[str] = []
            _clean_json(json.loads(value), lambda s: strings.append(s) or s)
            return "\n".join(strings)
        except ValueError:
            pass
    return value


def team_document_updates(db: Database, series_id: str) -> int:
    """How many stored updates of the series' team document (migration m0013) there are: binary
    Yjs history, which ``text_holding`` cannot read."""
    if "team_updates" not in db.table_names():
        return 0
    return db.execute("SELECT COUNT(*) FROM team_updates WHERE series_id = ?", [series_id]).fetchone()[0]
