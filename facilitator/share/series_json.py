"""Whole-series JSON export and import, so a plan moves between laptops losslessly.

Import always makes a new series with new ids: importing a file twice gives two copies,
never a silent overwrite. The file is checked in full first; one bad field rejects it and
changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from facilitator.errors import InvalidInput, Problem
from facilitator.files import read_text
from facilitator.i18n import t
from facilitator.json_lines import line_of, value_lines
from facilitator.plan.model import Block, BlockKind, Format
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


MAX_MINUTES = 24 * 60
MAX_SESSIONS = 1000
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def _valid_unicode(text: str) -> bool:
    """False for lone surrogates (JSON allows ``"\\ud800"``; no file or database can store it)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Validator:
    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.source, None, field, message))

    def obj(self, value: Any, field: str) -> dict | None:
        if not isinstance(value, dict):
            self.fail(field, t("must be an object"))
            return None
        return value

    def items(self, table: dict, key: str, field: str) -> list:
        value = table.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"{field}.{key}", t("must be a list"))
            return []
        return value

    def text(self, table: dict, key: str, field: str, *, required: bool = False, nullable: bool = False,
             pattern: re.Pattern[str] | None = None, example: str = "") -> None:
        if key not in table:
            if required:
                self.fail(f"{field}.{key}", t("is missing"))
            return
        value = table[key]
        if value is None and nullable:
            return
        if not isinstance(value, str):
            self.fail(f"{field}.{key}", t("must be text"))
        elif not _valid_unicode(value):
            self.fail(f"{field}.{key}", t("holds characters that are not valid Unicode"))
        elif required and not value.strip():
            self.fail(f"{field}.{key}", t("cannot be empty"))
        elif pattern is not None and not pattern.fullmatch(value):
            self.fail(f"{field}.{key}", t("must look like {example}").format(example=example))

    def texts(self, table: dict, key: str, field: str) -> None:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and _valid_unicode(v) for v in value):
            self.fail(f"{field}.{key}", t("must be a list of texts"))

    def count(self, table: dict, key: str, field: str, maximum: int) -> None:
        value = table.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= maximum:
            self.fail(f"{field}.{key}", t("must be a whole number from 0 to {most}").format(most=maximum))

    def choice(self, table: dict, key: str, field: str, allowed: set[str]) -> None:
        if key in table and (not isinstance(table[key], str) or table[key] not in allowed):
            self.fail(f"{field}.{key}", t("must be one of {choices}").format(choices=", ".join(sorted(allowed))))


def _validate(data: Any, source: str) -> None:
    check = _Validator(source)
    root = check.obj(data, "(file)")
    series = None
    if root is not None:
        if root.get("format") != FORMAT_TAG:
            check.fail("format", t("must be '{tag}' (this is not a Facilitator series export)").format(tag=FORMAT_TAG))
        if root.get("version") != FORMAT_VERSION:
            check.fail("version", t("must be {version}").format(version=FORMAT_VERSION))
        series = check.obj(root.get("series"), "series")
    formats = {f.value for f in Format}
    kinds = {k.value for k in BlockKind}
    if series is not None:
        check.text(series, "title", "series", required=True)
        for key in ("topic", "purpose", "timeline", "template_id"):
            check.text(series, key, "series")
        check.text(series, "start_date", "series", nullable=True, pattern=_DATE, example="2026-06-01")
        check.texts(series, "goals", "series")
        check.choice(series, "format", "series", formats)
        numbers = set()
        for s_index, session in enumerate(check.items(series, "sessions", "series")):
            where = f"series.sessions[{s_index}]"
            session = check.obj(session, where)
            if session is None:
                continue
            check.text(session, "title", where, required=True)
            check.count(session, "number", where, MAX_SESSIONS)
            check.count(session, "duration_minutes", where, MAX_MINUTES)
            check.choice(session, "format", where, formats)
            check.texts(session, "objectives", where)
            check.text(session, "date", where, nullable=True, pattern=_DATE, example="2026-06-01")
            check.text(session, "start_time", where, pattern=_CLOCK, example="09:30")
            for key in ("description", "location", "audience", "language", "facilitator"):
                check.text(session, key, where)
            number = session.get("number")
            if isinstance(number, int) and number in numbers:
                check.fail(f"{where}.number", t("session number {number} appears twice").format(number=number))
            if isinstance(number, int):
                numbers.add(number)
            for b_index, block in enumerate(check.items(session, "blocks", where)):
                _validate_block(check, block, f"{where}.blocks[{b_index}]", kinds, depth=0)
    if check.problems:
        raise InvalidInput(_with_lines(check.problems, source))


def _with_lines(problems: list[Problem], source: str) -> list[Problem]:
    """Add the line of each bad field when the data came from a file we can read again."""
    try:
        text = read_text(Path(source)) if Path(source).is_file() else ""
    except (OSError, ValueError, InvalidInput):
        text = ""
    lines = value_lines(text) if text else {}
    if not lines:
        return problems
    return [Problem(p.file, p.line if p.line is not None else line_of(lines, _json_field(p.field)), p.field, p.message)
            for p in problems]


def _json_field(field: str | None) -> str:
    """Our field names start at the document root; "(file)" is the root itself."""
    return "" if not field or field == "(file)" else field


def _validate_block(check: _Validator, block: Any, where: str, kinds: set[str], depth: int) -> None:
    block = check.obj(block, where)
    if block is None:
        return
    check.text(block, "title", where, required=True)
    check.count(block, "minutes", where, MAX_MINUTES)
    if block.get("wrap_up_minutes") is not None:
        check.count(block, "wrap_up_minutes", where, MAX_MINUTES)
    check.choice(block, "kind", where, kinds)
    check.texts(block, "prompts", where)
    if "fixed" in block and not isinstance(block["fixed"], bool):
        check.fail(f"{where}.fixed", t("must be true or false"))
    for key in ("notes", "materials"):
        check.text(block, key, where)
    children = check.items(block, "children", where)
    if children and depth:
        check.fail(f"{where}.children", t("sub-blocks cannot hold sub-blocks"))
        return
    for c_index, child in enumerate(children):
        _validate_block(check, child, f"{where}.children[{c_index}]", kinds, depth + 1)


def load_file(path: Path) -> Any:
    text = read_text(Path(path))
    try:
        return json.loads(text)
    except RecursionError:
        raise InvalidInput([Problem(str(path), None, "(file)",
                                    t("is nested too deeply to be a series export"))]) from None
    except json.JSONDecodeError as error:
        raise InvalidInput([Problem(str(path), error.lineno, None,
                                    t("is not valid JSON ({error})").format(error=error.msg))]) from None


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
