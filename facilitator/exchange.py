"""Whole-series JSON export and import, so a plan moves between laptops losslessly.

Import always makes a new series with new ids: importing a file twice gives two copies,
never a silent overwrite. The file is checked in full first; one bad field rejects it and
changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from facilitator.errors import InvalidInput, Problem
from facilitator.model import Block, BlockKind, Format
from facilitator.storage import series as store

FORMAT_TAG = "facilitator.series"
FORMAT_VERSION = 1


def _block_dict(block: Block) -> dict[str, Any]:
    out = {k: v for k, v in asdict(block).items() if k not in ("session_id", "parent_id", "position", "children")}
    out["kind"] = block.kind.value
    out["children"] = [_block_dict(child) for child in block.children]
    return out


def export_series(db: Database, series_id: str) -> dict[str, Any]:
    series = store.get_series(db, series_id)
    data = {k: v for k, v in asdict(series).items() if k != "sessions"}
    data["format"] = series.format.value
    data["sessions"] = []
    for session in series.sessions:
        entry = {k: v for k, v in asdict(session).items() if k not in ("series_id", "blocks")}
        entry["format"] = session.format.value
        entry["blocks"] = [_block_dict(b) for b in session.blocks]
        data["sessions"].append(entry)
    return {"format": FORMAT_TAG, "version": FORMAT_VERSION, "series": data}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class _Validator:
    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.source, None, field, message))

    def obj(self, value: Any, field: str) -> dict:
        if not isinstance(value, dict):
            self.fail(field, "must be an object")
            return {}
        return value

    def text(self, table: dict, key: str, field: str, *, required: bool = False, nullable: bool = False) -> None:
        if key not in table:
            if required:
                self.fail(f"{field}.{key}", "is missing")
            return
        value = table[key]
        if value is None and nullable:
            return
        if not isinstance(value, str):
            self.fail(f"{field}.{key}", "must be text")
        elif required and not value.strip():
            self.fail(f"{field}.{key}", "cannot be empty")

    def texts(self, table: dict, key: str, field: str) -> None:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(f"{field}.{key}", "must be a list of texts")

    def count(self, table: dict, key: str, field: str) -> None:
        value = table.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.fail(f"{field}.{key}", "must be a whole number, 0 or more")

    def choice(self, table: dict, key: str, field: str, allowed: set[str]) -> None:
        if key in table and table[key] not in allowed:
            self.fail(f"{field}.{key}", f"must be one of {', '.join(sorted(allowed))}")


def _validate(data: Any, source: str) -> None:
    check = _Validator(source)
    root = check.obj(data, "(file)")
    if root and root.get("format") != FORMAT_TAG:
        check.fail("format", f"must be '{FORMAT_TAG}' (this is not a Facilitator series export)")
    if root and root.get("version") != FORMAT_VERSION:
        check.fail("version", f"must be {FORMAT_VERSION}")
    series = check.obj(root.get("series"), "series") if root else {}
    formats = {f.value for f in Format}
    kinds = {k.value for k in BlockKind}
    if series:
        check.text(series, "title", "series", required=True)
        for key in ("topic", "purpose", "timeline", "template_id"):
            check.text(series, key, "series")
        check.text(series, "start_date", "series", nullable=True)
        check.texts(series, "goals", "series")
        check.choice(series, "format", "series", formats)
        sessions = series.get("sessions", [])
        if not isinstance(sessions, list):
            check.fail("series.sessions", "must be a list")
            sessions = []
        numbers = set()
        for s_index, session in enumerate(sessions):
            where = f"series.sessions[{s_index}]"
            session = check.obj(session, where)
            if not session:
                continue
            check.text(session, "title", where, required=True)
            check.count(session, "number", where)
            check.count(session, "duration_minutes", where)
            check.choice(session, "format", where, formats)
            check.texts(session, "objectives", where)
            check.text(session, "date", where, nullable=True)
            for key in ("description", "start_time", "location", "audience", "language", "facilitator"):
                check.text(session, key, where)
            if session.get("number") in numbers:
                check.fail(f"{where}.number", f"session number {session.get('number')} appears twice")
            numbers.add(session.get("number"))
            for b_index, block in enumerate(session.get("blocks", []) or []):
                _validate_block(check, block, f"{where}.blocks[{b_index}]", kinds, depth=0)
    if check.problems:
        raise InvalidInput(check.problems)


def _validate_block(check: _Validator, block: Any, where: str, kinds: set[str], depth: int) -> None:
    block = check.obj(block, where)
    if not block:
        return
    check.text(block, "title", where, required=True)
    check.count(block, "minutes", where)
    check.choice(block, "kind", where, kinds)
    check.texts(block, "prompts", where)
    for key in ("notes", "materials"):
        check.text(block, key, where)
    children = block.get("children", []) or []
    if children and depth:
        check.fail(f"{where}.children", "sub-blocks cannot hold sub-blocks")
        return
    for c_index, child in enumerate(children):
        _validate_block(check, child, f"{where}.children[{c_index}]", kinds, depth + 1)


def load_file(path: Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput([Problem(str(path), None, None, "is not UTF-8 text")]) from None
    except json.JSONDecodeError as error:
        raise InvalidInput([Problem(str(path), error.lineno, None, f"is not valid JSON ({error.msg})")]) from None


def import_series(db: Database, data: Any, *, source: str = "import") -> str:
    """Create a new series from exported data; returns its id. All or nothing."""
    _validate(data, source)
    spec = data["series"]
    with db.atomic():
        series = store.create_series(
            db, title=spec["title"], topic=spec.get("topic", ""), purpose=spec.get("purpose", ""),
            goals=spec.get("goals", []), format=spec.get("format", "in_person"), timeline=spec.get("timeline", ""),
            template_id=spec.get("template_id", ""), start_date=spec.get("start_date"),
        )
        for session_spec in spec.get("sessions", []):
            fields = {k: session_spec[k] for k in store.SESSION_FIELDS if k in session_spec}
            session = store.add_session(db, series.id, **fields)
            for block_spec in session_spec.get("blocks", []) or []:
                parent = _import_block(db, session.id, block_spec, None)
                for child in block_spec.get("children", []) or []:
                    _import_block(db, session.id, child, parent)
    return series.id


def _import_block(db: Database, session_id: str, spec: dict, parent_id: str | None) -> str:
    fields = {k: spec[k] for k in store.BLOCK_FIELDS if k in spec}
    return store.add_block(db, session_id, parent_id=parent_id, **fields).id
