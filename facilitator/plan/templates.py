"""Series templates: TOML files shipped in ``resources/templates`` or saved by the user.

A template is checked in full before anything is written, and each problem names the file,
the line and the field, so a hand-edited template is easy to fix. Templates in the user's
folder replace a built-in one with the same id.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import tomli_w
from sqlite_utils import Database

from facilitator import paths
from facilitator.errors import FacilitatorError, InvalidInput, NotFound, Problem
from facilitator.files import read_text
from facilitator.i18n import t
from facilitator.plan.model import BlockKind, Format, Series, Session
from facilitator.storage import series as store

BLANK_ID = "blank"


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    summary: str
    credit: str
    path: Path | None
    data: dict[str, Any]
    language: str = "en"

    @property
    def sessions(self) -> list[dict[str, Any]]:
        return self.data.get("sessions", [])


BLANK = Template(BLANK_ID, "Blank series", "Start from nothing: one empty session.", "", None,
                 {"series": {}, "sessions": [{"number": 1, "title": "Session 1", "duration_minutes": 120,
                                              "blocks": []}]})


class _Checker:
    """Collects problems in a parsed template, with line numbers found in the source text."""

    def __init__(self, path: Path, text: str):
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[Problem] = []

    def line_of(self, key_path: list[Any]) -> int | None:
        """Best-effort line of a key such as ['sessions', 2, 'blocks', 0, 'minutes']."""
        start = 0
        header = ""
        for index, part in enumerate(key_path):
            if isinstance(part, int):
                header = ".".join(p for p in key_path[:index] if isinstance(p, str))
                pattern = re.compile(r"^\s*\[\[\s*" + re.escape(header) + r"\s*\]\]")
                seen = -1
                for number in range(start, len(self.lines)):
                    if pattern.match(self.lines[number]):
                        seen += 1
                        if seen == part:
                            start = number + 1
                            break
                else:
                    return None
        key = key_path[-1]
        if isinstance(key, str):
            pattern = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
            for number in range(start, len(self.lines)):
                if pattern.match(self.lines[number]):
                    return number + 1
                if number > start and self.lines[number].lstrip().startswith("[") and start:
                    break
        return start or None

    def add(self, key_path: list[Any], message: str) -> None:
        field = ".".join(f"[{p + 1}]" if isinstance(p, int) else p for p in key_path).replace(".[", "[")
        self.problems.append(Problem(str(self.path), self.line_of(key_path), field, message))

    def text(self, table: dict, key: str, where: list[Any], *, required: bool = False) -> None:
        if key not in table:
            if required:
                self.add(where + [key], t("is required"))
            return
        if not isinstance(table[key], str):
            self.add(where + [key], t("must be text in quotes"))

    def text_list(self, table: dict, key: str, where: list[Any]) -> None:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(where + [key], t("must be a list of texts, like [\"a\", \"b\"]"))

    def minutes(self, table: dict, key: str, where: list[Any]) -> None:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 24 * 60:
            self.add(where + [key], t("must be a whole number of minutes, from 0 to 1440"))

    def choice(self, table: dict, key: str, where: list[Any], allowed: list[str]) -> None:
        if key in table and table[key] not in allowed:
            self.add(where + [key], t("must be one of {choices}").format(choices=", ".join(allowed)))


def _tables(check: _Checker, table: dict, key: str, where: list[Any]) -> list[dict]:
    """The [[key]] tables under ``table``; anything else is reported and skipped."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        check.add(where + [key], t("must be [[...{key}]] tables").format(key=key))
        return []
    return value


def _check(path: Path, text: str, data: dict) -> None:
    check = _Checker(path, text)
    meta = data.get("template")
    if not isinstance(meta, dict):
        check.add(["template"], t("a [template] table with id and name is required"))
    else:
        check.text(meta, "id", ["template"], required=True)
        check.text(meta, "name", ["template"], required=True)
        if isinstance(meta.get("id"), str) and not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", meta["id"]):
            check.add(["template", "id"], t("must be lower-case letters, digits, - or _"))
    series = data.get("series", {})
    if not isinstance(series, dict):
        check.add(["series"], t("must be a [series] table"))
        series = {}
    for key in ("title", "topic", "purpose", "timeline"):
        check.text(series, key, ["series"])
    check.text_list(series, "goals", ["series"])
    formats = [f.value for f in Format]
    kinds = [k.value for k in BlockKind]
    check.choice(series, "format", ["series"], formats)
    sessions = data.get("sessions")
    if not isinstance(sessions, list) or not sessions:
        check.add(["sessions"], t("a template needs at least one [[sessions]] table"))
        sessions = []
    for s_index, session in enumerate(sessions):
        where = ["sessions", s_index]
        if not isinstance(session, dict):
            check.add(where, t("must be a [[sessions]] table"))
            continue
        check.text(session, "title", where, required=True)
        check.minutes(session, "duration_minutes", where)
        check.choice(session, "format", where, formats)
        check.text_list(session, "objectives", where)
        if "start_time" in session and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", str(session["start_time"])):
            check.add(where + ["start_time"], t("must be a time like 09:30"))
        if "offset_days" in session and (not isinstance(session["offset_days"], int)
                                         or isinstance(session["offset_days"], bool)
                                         or not 0 <= session["offset_days"] <= 3650):
            check.add(where + ["offset_days"], t("must be a whole number of days from 0 to 3650"))
        total = 0
        for b_index, block in enumerate(_tables(check, session, "blocks", where)):
            b_where = where + ["blocks", b_index]
            check.text(block, "title", b_where, required=True)
            check.choice(block, "kind", b_where, kinds)
            check.text_list(block, "prompts", b_where)
            children = _tables(check, block, "children", b_where)
            if children:
                for c_index, child in enumerate(children):
                    c_where = b_where + ["children", c_index]
                    check.text(child, "title", c_where, required=True)
                    check.minutes(child, "minutes", c_where)
                    check.choice(child, "kind", c_where, kinds)
                    check.text_list(child, "prompts", c_where)
                    if child.get("children"):
                        check.add(c_where + ["children"], t("sub-blocks cannot hold sub-blocks"))
                    total += child.get("minutes", 0) if isinstance(child.get("minutes"), int) else 0
            else:
                check.minutes(block, "minutes", b_where)
                total += block.get("minutes", 0) if isinstance(block.get("minutes"), int) else 0
        duration = session.get("duration_minutes")
        if session.get("blocks") and isinstance(duration, int) and total != duration:
            check.add(where + ["duration_minutes"],
                      t("is {duration} but the blocks add up to {total} minutes").format(
                          duration=duration, total=total))
    if check.problems:
        raise InvalidInput(check.problems)


def _toml_problem(path: Path, text: str, error: tomllib.TOMLDecodeError) -> Problem:
    """Python 3.11's TOML errors carry the place only in their message: "(at line 3, column 7)"."""
    message = str(error)
    line = getattr(error, "lineno", None)
    where = re.search(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)", message)
    if where:
        if line is None:
            line = int(where.group(1)) if where.group(1) else max(1, len(text.splitlines()))
        message = message[:where.start()] + message[where.end():]
    return Problem(str(path), line, None, t("not valid TOML ({error})").format(error=message.strip()))


_PARSED: dict[tuple[str, int, int], Template] = {}
"""Templates already read, by file, modification time and size: the new-series dialog, the
CLI and the demo read every template many times a session, and an edited file reads afresh."""


def load_template(path: Path) -> Template:
    """The template in ``path``; its ``data`` is shared between callers, so nothing changes it."""
    try:
        stat = path.stat()
    except OSError:
        stat = None
    key = (str(path), stat.st_mtime_ns, stat.st_size) if stat else None
    if key in _PARSED:
        return _PARSED[key]
    template = _parse_template(path)
    if key:
        _PARSED[key] = template
    return template


def _parse_template(path: Path) -> Template:
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput([_toml_problem(path, text, error)]) from None
    _check(path, text, data)
    meta = data["template"]
    return Template(meta["id"], meta["name"], meta.get("summary", ""), meta.get("credit", ""), path, data,
                    meta.get("language", "en"))


def template_dirs() -> list[Path]:
    return [paths.resource("templates"), paths.user_templates_dir()]


def load_templates(language: str = "en") -> tuple[list[Template], list[InvalidInput]]:
    """Every usable template in ``language`` (English where no translation exists), and the
    errors of any that are broken (shown, never fatal)."""
    found: dict[tuple[str, str], Template] = {}
    broken: list[InvalidInput] = []
    for folder in template_dirs():
        for path in sorted(folder.glob("*.toml")):
            try:
                template = load_template(path)
            except InvalidInput as error:
                broken.append(error)
                continue
            found[(template.id, template.language)] = template
    chosen: dict[str, Template] = {}
    for (template_id, template_language), template in found.items():
        if template_language == language or (template_language == "en" and template_id not in chosen):
            chosen[template_id] = template
    return [*chosen.values(), BLANK], broken


def get_template(template_id: str, language: str = "en") -> Template:
    templates, _broken = load_templates(language)
    for template in templates:
        if template.id == template_id:
            return template
    names = ", ".join(t.id for t in templates)
    raise NotFound(t("There is no template '{name}'. Available: {names}.").format(name=template_id, names=names))


def create_series(db: Database, template: Template, *, title: str | None = None,
                  start: date | None = None) -> Series:
    """A new series from a template, in one transaction; session dates follow ``start``."""
    spec = template.data.get("series", {})
    with db.atomic():
        series = store.create_series(
            db, title=title or spec.get("title") or template.name, topic=spec.get("topic", ""),
            purpose=spec.get("purpose", ""), goals=spec.get("goals", []),
            format=spec.get("format", Format.IN_PERSON.value), timeline=spec.get("timeline", ""),
            template_id=template.id, start_date=start.isoformat() if start else None,
        )
        for number, session_spec in enumerate(template.sessions, start=1):
            add_session_from_spec(db, series.id, session_spec, number=number, start=start)
    return store.get_series(db, series.id)


def add_session_from_spec(db: Database, series_id: str, spec: dict, *, number: int | None = None,
                          start: date | None = None) -> Session:
    when = None
    if start is not None:
        when = (start + timedelta(days=int(spec.get("offset_days", 0)))).isoformat()
    session = store.add_session(
        db, series_id, number=number, title=spec["title"], description=spec.get("description", ""),
        objectives=spec.get("objectives", []), date=when, start_time=spec.get("start_time", "09:00"),
        duration_minutes=spec.get("duration_minutes", 120), format=spec.get("format", Format.IN_PERSON.value),
        location=spec.get("location", ""), audience=spec.get("audience", ""), language=spec.get("language", ""),
        facilitator=spec.get("facilitator", ""),
    )
    for block_spec in spec.get("blocks", []):
        parent = _add_block_from_spec(db, session.id, block_spec, None)
        for child_spec in block_spec.get("children", []):
            _add_block_from_spec(db, session.id, child_spec, parent)
    return session


def _add_block_from_spec(db: Database, session_id: str, spec: dict, parent_id: str | None) -> str:
    minutes = spec.get("minutes", 0)
    if spec.get("children"):
        minutes = sum(child.get("minutes", 0) for child in spec["children"])
    block = store.add_block(
        db, session_id, parent_id=parent_id, title=spec["title"], minutes=minutes,
        kind=spec.get("kind", BlockKind.OTHER.value), prompts=spec.get("prompts", []), notes=spec.get("notes", ""),
        materials=spec.get("materials", ""), fixed=bool(spec.get("fixed", False)),
        **({"wrap_up_minutes": spec["wrap_up_minutes"]} if "wrap_up_minutes" in spec else {}),
    )
    return block.id


def _block_spec(block) -> dict[str, Any]:
    spec: dict[str, Any] = {"title": block.title, "minutes": block.effective_minutes, "kind": block.kind.value}
    for key in ("notes", "materials"):
        if getattr(block, key):
            spec[key] = getattr(block, key)
    if block.prompts:
        spec["prompts"] = list(block.prompts)
    if block.fixed:
        spec["fixed"] = True
    if block.wrap_up_minutes is not None:
        spec["wrap_up_minutes"] = block.wrap_up_minutes
    if block.children:
        spec["children"] = [_block_spec(child) for child in block.children]
    return spec


def save_session_as_template(session: Session, *, template_id: str, name: str, folder: Path | None = None) -> Path:
    """Write one session as a one-session template into the user's templates folder."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", template_id):
        raise FacilitatorError(t("A template id uses lower-case letters, digits, - or _ (for example 'my-workshop')."))
    session_spec: dict[str, Any] = {
        "number": 1, "title": session.title, "description": session.description,
        "objectives": list(session.objectives), "start_time": session.start_time,
        "duration_minutes": sum(b.effective_minutes for b in session.blocks) or session.duration_minutes,
        "format": session.format.value, "blocks": [_block_spec(b) for b in session.blocks],
    }
    for key in ("location", "audience", "language", "facilitator"):
        if getattr(session, key):
            session_spec[key] = getattr(session, key)
    data = {"template": {"id": template_id, "name": name, "summary": session.description},
            "series": {"title": name}, "sessions": [session_spec]}
    path = (folder or paths.user_templates_dir()) / f"{template_id}.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    load_template(path)  # what we write must load back
    return path
