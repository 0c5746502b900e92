"""Bringing a roster in from a spreadsheet, and writing it back out.

Import is two steps so the GUI's mapping dialog previews exactly what the command line does:
``plan_import`` reads, validates and compares with the roster without writing anything;
``import_table`` plans again inside one transaction and applies it. One bad row rejects the
whole file unless the caller asks to skip bad rows.

A row matches an existing participant by email (ignoring case); a row without an email
matches by name. A blank cell never erases what the roster already holds, so importing a
partial sign-up sheet cannot wipe access needs typed in by hand, and importing the same file
twice changes nothing the second time.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from facilitator.errors import FacilitatorError, InvalidInput, Problem
from facilitator.files import write_private_bytes
from facilitator.i18n import t
from facilitator.plan.model import Participant
from facilitator.redaction.sharing import internal_label, is_internal_label
from facilitator.roster.columns import (
    CUSTOM_PREFIX,
    FIRST_NAME,
    IGNORE,
    LAST_NAME,
    CellError,
    detect_mapping,
    export_headers,
    export_row,
    label_of,
    parse_cell,
    undefuse,
)
from facilitator.roster.interpretation import CAPTIONS, NeedError, need_from_cell
from facilitator.storage import roster as store

DELIMITERS = ",;\t"


@dataclass
class Table:
    """A file's cells as text; ``rows`` pairs each row with its number as a spreadsheet shows it."""

    file: str
    headers: list[str]
    rows: list[tuple[int, list[str]]]


@dataclass
class RowPlan:
    line: int
    name: str
    values: dict[str, Any]  # everything the row says (for a new participant)
    participant_id: str | None = None  # the participant it updates, if any
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportPlan:
    series_id: str
    file: str
    mapping: list[str]
    added: list[RowPlan] = field(default_factory=list)
    updated: list[RowPlan] = field(default_factory=list)
    unchanged: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """A problem with the whole file (not one row): nothing can be imported."""
        return any(p.line is None for p in self.problems)

    @property
    def rejected_lines(self) -> list[int]:
        return sorted({p.line for p in self.problems if p.line is not None})

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "updated": len(self.updated), "unchanged": len(self.unchanged),
                "rejected": len(self.rejected_lines)}


# ---------------------------------------------------------------- reading files

def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 as Excel saves them; otherwise Windows' cp1252.
    A file whose mark says UTF-8 or UTF-16 and whose bytes are not is refused, not guessed at."""
    marked = "utf-8" if data.startswith(b"\xef\xbb\xbf") else (
        "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else None)
    if marked:
        try:
            return data.decode("utf-8-sig" if marked == "utf-8" else marked)
        except UnicodeDecodeError as error:
            raise InvalidInput([Problem(
                name, None, None, t("the file begins with the mark of {encoding} text, but byte "
                                    "{byte} is not {encoding}; the file may be cut short. Save it again as "
                                    "CSV UTF-8 and import that.").format(
                    encoding=marked.upper(), byte=error.start + 1))]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator the header line uses most: Excel in much of Europe saves with semicolons."""
    header = text.split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _table(file: str, records: list[tuple[int, list[str]]]) -> Table:
    filled = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not filled:
        raise InvalidInput([Problem(file, 1, None, t("the file is empty: it has no header row and no people"))])
    headers = filled[0][1]
    rows = [(line, [undefuse(c) for c in cells]) for line, cells in filled[1:]]
    return Table(file, [undefuse(h.strip()) for h in headers], rows)


def read_csv_text(text: str, file: str) -> Table:
    first = 1
    if is_internal_label(text.split("\n", 1)[0]):  # our own export: the label line is not the header
        text, first = (text.split("\n", 1) + [""])[1], 2
    first_line = text.split("\n", 1)[0].strip()
    hinted = first_line.lower().startswith("sep=") and len(first_line) == 5  # Excel's "sep=;" line
    delimiter = first_line[4] if hinted else _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [(number, row) for number, row in enumerate(reader, start=first) if not (hinted and number == first)]
    except csv.Error as error:
        raise InvalidInput([Problem(file, reader.line_num, None, t("the file cannot be read as CSV ({error})").format(error=error))])
    return _table(file, records)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers and amounts typed as numbers
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged or mislabelled file
        raise InvalidInput([Problem(path.name, None, "(whole file)",
                                    t("this is not a readable Excel workbook ({error})").format(error=error))])
    try:
        sheet = workbook.worksheets[0]
        records = [(number, [_cell_text(value) for value in row])
                   for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    finally:
        workbook.close()
    return _table(path.name, records)


def read_table(path: str | Path) -> Table:
    path = Path(path)
    if path.suffix.lower() in (".xls", ".ods", ".numbers"):
        raise FacilitatorError(t("{name}: this kind of spreadsheet cannot be read; "
                                 "save it as .xlsx or CSV and import that.").format(name=path.name))
    try:
        data = path.read_bytes()
        if path.suffix.lower() in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
            return read_xlsx(path)
        return read_csv_text(_decode(data, path.name), path.name)
    except OSError as error:
        raise FacilitatorError(t("Cannot read {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from None


# ---------------------------------------------------------------- planning

def _norm_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _read_row(table: Table, mapping: list[str], line: int, cells: list[str],
              problems: list[Problem]) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    custom: dict[str, str] = {}
    before = len(problems)
    extra = [c for c in cells[len(mapping):] if c.strip()]
    if extra:
        problems.append(Problem(table.file, line, None, t("has {cells} cells but the header has {columns} columns (an unquoted comma?)").format(
                                        cells=len(cells), columns=len(mapping))))
    for key, text in zip(mapping, cells):
        if key == IGNORE or not text.strip():
            continue
        if key.startswith(CUSTOM_PREFIX):
            custom[key.removeprefix(CUSTOM_PREFIX)] = text.strip()
            continue
        try:
            values[key] = parse_cell(key, text)
        except CellError as error:
            problems.append(Problem(table.file, line, label_of(key), str(error)))
    if "interpretation" in values:
        try:
            need = need_from_cell(values["interpretation"], values.get("languages", ""))
        except NeedError as error:
            problems.append(Problem(table.file, line, label_of("interpretation"), str(error)))
        else:
            values["interpretation"] = need.language
            if need.captions:
                values["accessibility"] = "; ".join(filter(None, (values.get("accessibility", ""), CAPTIONS)))
    first, last = values.pop(FIRST_NAME, ""), values.pop(LAST_NAME, "")
    if not values.get("name") and (first or last):
        values["name"] = f"{first} {last}".strip()
    if not values.get("name") and not values.get("email"):
        problems.append(Problem(table.file, line, "Name", t("a row needs a name")))
    if custom:
        values["custom"] = custom
    return values if len(problems) == before else None


def _changes(existing: Participant, values: dict[str, Any]) -> dict[str, Any]:
    changes = {}
    for key, value in values.items():
        if key == "custom":
            merged = {**existing.custom, **value}
            if merged != existing.custom:
                changes["custom"] = merged
        elif getattr(existing, key) != value:
            changes[key] = value
    return changes


def mapping_problems(file: str, mapping: list[str]) -> list[Problem]:
    """What is wrong with a column mapping as a whole (no line to point at)."""
    keys = [k for k in mapping if k != IGNORE]
    problems = [Problem(file, None, label_of(k), t("two columns are mapped to this field; choose one"))
                for k in sorted(set(keys)) if keys.count(k) > 1]
    if not {"name", FIRST_NAME, LAST_NAME, "email"} & set(keys):
        problems.append(Problem(file, None, "Name", t("no column holds names; choose which one does")))
    return problems


def plan_import(db: Database, series_id: str, table: Table, mapping: list[str] | None = None) -> ImportPlan:
    """What importing ``table`` would do, without writing anything."""
    mapping = list(mapping) if mapping is not None else detect_mapping(table.headers)
    plan = ImportPlan(series_id, table.file, mapping, problems=mapping_problems(table.file, mapping))
    if plan.problems:
        return plan
    people = store.list_participants(db, series_id)
    by_email = {p.email.casefold(): p for p in people if p.email}
    by_name: dict[str, list[Participant]] = {}
    for person in people:
        by_name.setdefault(_norm_name(person.name), []).append(person)
    claimed: dict[str, int] = {}  # participant id or new person's email/name → line
    for line, cells in table.rows:
        values = _read_row(table, mapping, line, cells, plan.problems)
        if values is None:
            continue
        name, email = values.get("name", ""), values.get("email", "")
        match = by_email.get(email.casefold()) if email else None
        if match is None and not name:
            plan.problems.append(Problem(table.file, line, "Name", t("a row needs a name (nobody on the roster "
                                                                     "has this email)")))
            continue
        if match is None:
            namesakes = [p for p in by_name.get(_norm_name(name), []) if not (email and p.email)]
            if len(namesakes) > 1:
                plan.problems.append(Problem(table.file, line, "Name", t("several people on the roster are called '{name}'; add their email to tell "
                                                                         "them apart").format(name=name)))
                continue
            match = namesakes[0] if namesakes else None
        identity = match.id if match else (email.casefold() or _norm_name(name))
        if identity in claimed:
            plan.problems.append(Problem(table.file, line, "Email" if email else "Name",
                                         t("the same person as line {line}").format(line=claimed[identity])))
            continue
        claimed[identity] = line
        row = RowPlan(line, name or match.name, values, match.id if match else None)
        if match is None:
            plan.added.append(row)
        else:
            row.changes = _changes(match, values)
            (plan.updated if row.changes else plan.unchanged).append(row)
    return plan


# ---------------------------------------------------------------- applying

@dataclass
class ImportResult:
    """What an applied import did, with what undo needs to take it back."""

    plan: ImportPlan
    added_ids: list[str]
    previous: dict[str, dict[str, Any]]  # participant id → values before the update
    perspectives_before: list[str]


def import_table(db: Database, series_id: str, table: Table, mapping: list[str] | None = None, *,
                 skip_invalid: bool = False) -> ImportResult:
    """Plan and apply in one transaction; raises InvalidInput (changing nothing) on a bad row
    unless ``skip_invalid``."""
    with db.atomic():
        plan = plan_import(db, series_id, table, mapping)
        if plan.fatal or (plan.problems and not skip_invalid):
            raise InvalidInput(plan.problems)
        perspectives_before = store.list_perspectives(db, series_id)
        added_ids = store.insert_participants(db, series_id, [row.values for row in plan.added])
        previous = {row.participant_id: store.update_participant(db, row.participant_id, **row.changes)
                    for row in plan.updated}
        store.add_missing_perspectives(db, series_id, [row.values.get("perspective", "")
                                                       for row in plan.added + plan.updated])
    return ImportResult(plan, added_ids, previous, perspectives_before)


def import_file(db: Database, series_id: str, path: str | Path, *, skip_invalid: bool = False) -> ImportResult:
    return import_table(db, series_id, read_table(path), skip_invalid=skip_invalid)


def undo_import(db: Database, result: ImportResult) -> None:
    """Take an import back: remove the people it added, restore the values it changed."""
    with db.atomic():
        for participant_id in result.added_ids:
            store.delete_participant(db, participant_id)
        for participant_id, values in result.previous.items():
            store.update_participant(db, participant_id, **values)
        store.set_perspectives(db, result.plan.series_id, result.perspectives_before)


# ---------------------------------------------------------------- export

def export_csv(db: Database, series_id: str, path: str | Path) -> int:
    """Write the roster as UTF-8 CSV (with a BOM so Excel shows every script), owner-only like
    every export of personal data; returns the count."""
    people = store.list_participants(db, series_id)
    custom_keys = sorted({key for p in people for key in p.custom}, key=str.casefold)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([internal_label()])
    writer.writerow(export_headers(custom_keys))
    for person in people:
        writer.writerow(export_row(person, custom_keys))
    try:
        write_private_bytes(Path(path), buffer.getvalue().encode("utf-8-sig"))
    except OSError as error:
        raise FacilitatorError(t("Cannot write {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from None
    return len(people)
