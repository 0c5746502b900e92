"""Reading and writing series, sessions and agenda blocks.

Every public function here is one user action or one read, and commits before it returns,
so the GUI can say "saved" the moment a call comes back.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from facilitator.errors import Ambiguous, FacilitatorError, NotFound
from facilitator.i18n import t
from facilitator.ids import new_id, utc_now
from facilitator.plan.model import Block, BlockKind, Format, Series, Session

SERIES_FIELDS = ("title", "topic", "purpose", "goals", "format", "timeline", "template_id", "start_date")
SESSION_FIELDS = ("number", "title", "description", "objectives", "date", "start_time", "duration_minutes",
                  "format", "location", "audience", "language", "facilitator")
BLOCK_FIELDS = ("title", "minutes", "kind", "prompts", "notes", "materials", "fixed", "wrap_up_minutes")
_JSON_FIELDS = {"goals", "objectives", "prompts"}


def _to_row(values: dict[str, Any]) -> dict[str, Any]:
    row = {}
    for key, value in values.items():
        if key in _JSON_FIELDS:
            value = json.dumps(list(value), ensure_ascii=False)
        elif isinstance(value, (Format, BlockKind)):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        row[key] = value
    return row


def _series_from_row(row: dict) -> Series:
    return Series(
        id=row["id"], title=row["title"], topic=row["topic"], purpose=row["purpose"],
        goals=json.loads(row["goals"]), format=Format(row["format"]), timeline=row["timeline"],
        template_id=row["template_id"], start_date=row["start_date"],
    )


def _session_from_row(row: dict) -> Session:
    return Session(
        id=row["id"], series_id=row["series_id"], number=row["number"], title=row["title"],
        description=row["description"], objectives=json.loads(row["objectives"]), date=row["date"],
        start_time=row["start_time"], duration_minutes=row["duration_minutes"], format=Format(row["format"]),
        location=row["location"], audience=row["audience"], language=row["language"],
        facilitator=row["facilitator"],
    )


def _block_from_row(row: dict) -> Block:
    return Block(
        id=row["id"], session_id=row["session_id"], parent_id=row["parent_id"], position=row["position"],
        title=row["title"], minutes=row["minutes"], kind=BlockKind(row["kind"]),
        prompts=json.loads(row["prompts"]), notes=row["notes"], materials=row["materials"],
        fixed=bool(row["fixed"]), wrap_up_minutes=row.get("wrap_up_minutes"),
    )


# ---------------------------------------------------------------- series

def create_series(db: Database, *, title: str, **fields: Any) -> Series:
    title = title.strip()
    if not title:
        raise FacilitatorError(t("A series needs a title."))
    now = utc_now()
    row = {"id": new_id(), "title": title, "created_at": now, "updated_at": now}
    row.update(_to_row({k: v for k, v in fields.items() if k in SERIES_FIELDS}))
    with db.atomic():
        db["series"].insert(row)
    return get_series(db, row["id"], with_sessions=False)


def list_series(db: Database) -> list[dict[str, Any]]:
    """A summary row per series for lists: id, title, session count, first and last date."""
    sql = """
        SELECT s.id, s.title, s.topic, s.format, COUNT(x.id) AS sessions,
               MIN(x.date) AS first_date, MAX(x.date) AS last_date, s.updated_at
        FROM series s LEFT JOIN sessions x ON x.series_id = s.id
        GROUP BY s.id ORDER BY s.created_at, s.title
    """
    return [dict(r) for r in db.query(sql)]


def get_series(db: Database, series_id: str, *, with_sessions: bool = True) -> Series:
    rows = list(db.query("SELECT * FROM series WHERE id = ?", [series_id]))
    if not rows:
        raise NotFound(t("There is no series with id {id}.").format(id=series_id))
    series = _series_from_row(rows[0])
    if with_sessions:
        series.sessions = list_sessions(db, series_id, with_blocks=True)
    return series


def find_series(db: Database, ref: str) -> str:
    """Resolve what a person typed — an id or the start of a title — to one series id."""
    ref = ref.strip()
    if list(db.query("SELECT id FROM series WHERE id = ?", [ref])):
        return ref
    rows = list(db.query("SELECT id, title FROM series ORDER BY title"))
    exact = [r for r in rows if r["title"].casefold() == ref.casefold()]
    if len(exact) == 1:
        return exact[0]["id"]
    matches = [r for r in rows if r["title"].casefold().startswith(ref.casefold())]
    if not matches:
        raise NotFound(t("No series has the id or a title starting with '{ref}'.").format(ref=ref))
    if len(matches) > 1:
        titles = "; ".join(r["title"] for r in matches)
        raise Ambiguous(t("'{ref}' matches several series ({titles}); type more of the title or use the id.").format(
            ref=ref, titles=titles))
    return matches[0]["id"]


def update_series(db: Database, series_id: str, **changes: Any) -> dict[str, Any]:
    """Apply changes and return the previous values of the changed fields (for undo)."""
    return _update(db, "series", series_id, SERIES_FIELDS, changes)


def delete_series(db: Database, series_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM series WHERE id = ?", [series_id])


def _update(db: Database, table: str, row_id: str, allowed: tuple[str, ...], changes: dict) -> dict:
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValueError(f"Cannot change {', '.join(sorted(unknown))} on {table}")
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    if not rows:
        raise NotFound({"series": t("That series no longer exists."), "sessions": t("That session no longer exists."),
                        "blocks": t("That block no longer exists.")}[table])
    new = _to_row(changes)
    old = {k: rows[0][k] for k in new}
    if "title" in new and not str(new["title"]).strip():
        raise FacilitatorError(t("A title cannot be empty."))
    with db.atomic():
        db[table].update(row_id, {**new, "updated_at": utc_now()})
    return _from_stored(old)


def _from_stored(values: dict) -> dict:
    return {k: (json.loads(v) if k in _JSON_FIELDS else v) for k, v in values.items()}


# ---------------------------------------------------------------- sessions

def add_session(db: Database, series_id: str, *, title: str, number: int | None = None, **fields: Any) -> Session:
    now = utc_now()
    with db.atomic():
        if number is None:
            number = db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM sessions WHERE series_id = ?", [series_id]
            ).fetchone()[0]
        row = {"id": new_id(), "series_id": series_id, "number": number, "title": title,
               "created_at": now, "updated_at": now}
        row.update(_to_row({k: v for k, v in fields.items() if k in SESSION_FIELDS}))
        db["sessions"].insert(row)
    return get_session(db, row["id"], with_blocks=False)


def list_sessions(db: Database, series_id: str, *, with_blocks: bool = False) -> list[Session]:
    rows = db.query("SELECT * FROM sessions WHERE series_id = ? ORDER BY number", [series_id])
    sessions = [_session_from_row(r) for r in rows]
    if with_blocks:
        for session in sessions:
            session.blocks = load_agenda(db, session.id)
    return sessions


def get_session(db: Database, session_id: str, *, with_blocks: bool = True) -> Session:
    rows = list(db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
    if not rows:
        raise NotFound(t("There is no session with id {id}.").format(id=session_id))
    session = _session_from_row(rows[0])
    if with_blocks:
        session.blocks = load_agenda(db, session_id)
    return session


def find_session(db: Database, series_id: str, ref: str | int) -> str:
    """A session by its number within the series (1, 2, ...) or by its id."""
    ref = str(ref).strip()
    if ref.isdigit():
        rows = list(db.query("SELECT id FROM sessions WHERE series_id = ? AND number = ?", [series_id, int(ref)]))
    else:
        rows = list(db.query("SELECT id FROM sessions WHERE series_id = ? AND id = ?", [series_id, ref]))
    if not rows:
        count = db.execute("SELECT COUNT(*) FROM sessions WHERE series_id = ?", [series_id]).fetchone()[0]
        sentence = (t("This series has no session '{ref}' (it has {count} session).") if count == 1
                    else t("This series has no session '{ref}' (it has {count} sessions)."))
        raise NotFound(sentence.format(ref=ref, count=count))
    return rows[0]["id"]


def update_session(db: Database, session_id: str, **changes: Any) -> dict[str, Any]:
    return _update(db, "sessions", session_id, SESSION_FIELDS, changes)


def delete_session(db: Database, session_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM sessions WHERE id = ?", [session_id])


# ---------------------------------------------------------------- blocks

def load_agenda(db: Database, session_id: str) -> list[Block]:
    """Top-level blocks in order, each with its sub-blocks in order."""
    rows = [_block_from_row(r) for r in db.query(
        "SELECT * FROM blocks WHERE session_id = ? ORDER BY position", [session_id])]
    top = [b for b in rows if b.parent_id is None]
    by_id = {b.id: b for b in top}
    for block in rows:
        if block.parent_id is not None and block.parent_id in by_id:
            by_id[block.parent_id].children.append(block)
    return top


def get_block(db: Database, block_id: str) -> Block:
    rows = list(db.query("SELECT * FROM blocks WHERE id = ?", [block_id]))
    if not rows:
        raise NotFound(t("That agenda block no longer exists."))
    return _block_from_row(rows[0])


def _siblings(db: Database, session_id: str, parent_id: str | None) -> list[str]:
    if parent_id is None:
        rows = db.query("SELECT id FROM blocks WHERE session_id = ? AND parent_id IS NULL ORDER BY position",
                        [session_id])
    else:
        rows = db.query("SELECT id FROM blocks WHERE parent_id = ? ORDER BY position", [parent_id])
    return [r["id"] for r in rows]


def _renumber(db: Database, ids: list[str]) -> None:
    for position, block_id in enumerate(ids):
        db.execute("UPDATE blocks SET position = ? WHERE id = ?", [position, block_id])


def _check_parent(db: Database, session_id: str, parent_id: str | None) -> None:
    if parent_id is None:
        return
    parent = get_block(db, parent_id)
    if parent.session_id != session_id or parent.parent_id is not None:
        raise FacilitatorError(t("Sub-blocks go one level deep, under a block of the same session."))


def add_block(db: Database, session_id: str, *, title: str, minutes: int = 10, kind: BlockKind | str = BlockKind.OTHER,
              parent_id: str | None = None, position: int | None = None, block_id: str | None = None,
              **fields: Any) -> Block:
    """Insert a block at ``position`` among its siblings (default: at the end)."""
    if int(minutes) < 0:
        raise FacilitatorError(t("Minutes cannot be negative."))
    now = utc_now()
    with db.atomic():
        _check_parent(db, session_id, parent_id)
        siblings = _siblings(db, session_id, parent_id)
        position = len(siblings) if position is None else max(0, min(position, len(siblings)))
        row = {"id": block_id or new_id(), "session_id": session_id, "parent_id": parent_id, "position": position,
               "title": title, "minutes": int(minutes), "kind": BlockKind(kind).value, "created_at": now,
               "updated_at": now}
        row.update(_to_row({k: v for k, v in fields.items() if k in BLOCK_FIELDS}))
        db["blocks"].insert(row)
        siblings.insert(position, row["id"])
        _renumber(db, siblings)
    return get_block(db, row["id"])


def update_block(db: Database, block_id: str, **changes: Any) -> dict[str, Any]:
    if "minutes" in changes and int(changes["minutes"]) < 0:
        raise FacilitatorError(t("Minutes cannot be negative."))
    if "kind" in changes:
        changes["kind"] = BlockKind(changes["kind"])
    return _update(db, "blocks", block_id, BLOCK_FIELDS, changes)


def delete_block(db: Database, block_id: str) -> list[dict[str, Any]]:
    """Delete a block and its sub-blocks; returns the rows so ``restore_blocks`` can undo it."""
    with db.atomic():
        block = get_block(db, block_id)
        rows = [dict(r) for r in db.query(
            "SELECT * FROM blocks WHERE id = ? OR parent_id = ? ORDER BY parent_id IS NOT NULL, position",
            [block_id, block_id])]
        db.execute("DELETE FROM blocks WHERE id = ?", [block_id])
        _renumber(db, _siblings(db, block.session_id, block.parent_id))
    return rows


def restore_blocks(db: Database, rows: list[dict[str, Any]]) -> None:
    """Put back what ``delete_block`` removed, with the same ids and place."""
    with db.atomic():
        head = rows[0]
        siblings = _siblings(db, head["session_id"], head["parent_id"])
        siblings.insert(min(head["position"], len(siblings)), head["id"])
        db["blocks"].insert_all(rows)
        _renumber(db, siblings)


def move_block(db: Database, block_id: str, *, parent_id: str | None, position: int) -> tuple[str | None, int]:
    """Move a block to ``position`` under ``parent_id``; returns where it was (for undo)."""
    with db.atomic():
        block = get_block(db, block_id)
        if parent_id is not None:
            _check_parent(db, block.session_id, parent_id)
            if parent_id == block_id or _siblings(db, block.session_id, block_id):
                raise FacilitatorError(t("A block that holds sub-blocks cannot itself become a sub-block."))
        old = (block.parent_id, block.position)
        old_siblings = _siblings(db, block.session_id, block.parent_id)
        old_siblings.remove(block_id)
        _renumber(db, old_siblings)
        new_siblings = _siblings(db, block.session_id, parent_id)
        if block_id in new_siblings:
            new_siblings.remove(block_id)
        position = max(0, min(position, len(new_siblings)))
        new_siblings.insert(position, block_id)
        db.execute("UPDATE blocks SET parent_id = ?, updated_at = ? WHERE id = ?", [parent_id, utc_now(), block_id])
        _renumber(db, new_siblings)
    return old


def synthesis_hours(db: Database, series_id: str) -> tuple[float | None, float | None]:
    """(planned, actual) hours of synthesis recorded for a series; None where not recorded."""
    row = db.execute("SELECT synthesis_hours_planned, synthesis_hours_actual FROM series WHERE id = ?",
                     [series_id]).fetchone()
    if row is None:
        raise NotFound(t("That series no longer exists."))
    return row[0], row[1]


def set_synthesis_hours(db: Database, series_id: str, planned: float | None,
                        actual: float | None) -> tuple[float | None, float | None]:
    """Returns the previous (planned, actual), for undo."""
    with db.atomic():
        old = synthesis_hours(db, series_id)
        db.execute("UPDATE series SET synthesis_hours_planned = ?, synthesis_hours_actual = ?, updated_at = ? "
                   "WHERE id = ?", [planned, actual, utc_now(), series_id])
    return old


_OWNED_BY_A_SERIES = frozenset({"notes", "themes", "framework_statements", "followups", "participants"})


def series_of(db: Database, table: str, row_id: str) -> str | None:
    """The series a note, theme, statement, follow-up or participant belongs to (None once gone),
    so an operation can say which series it changed."""
    if table not in _OWNED_BY_A_SERIES:
        raise ValueError(f"{table} rows do not belong to a series")
    row = db.execute(f"SELECT series_id FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return row[0] if row else None
