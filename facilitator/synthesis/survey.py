"""Post-session survey files (CSV or XLSX): choice questions are counted, written answers
become notes.

A column is a choice question when its answers are short and few distinct values repeat; a
multi-select column (answers like "Black; White", as form tools export "select all that
apply") is counted per option. Demographic questions (race, gender, age, ...) are always
counted, never kept as text, and are reported with small cells suppressed: fewer than 5
prints as "<5", so a count cannot single anyone out. Every other column is free text, and
each answer becomes a note of kind ``survey`` that can be themed like any captured note.
Columns that identify people (name, e-mail, phone) and timestamps are skipped, so no
respondent ends up in a note.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from facilitator.errors import InvalidInput, Problem
from facilitator.i18n import t
from facilitator.roster import spreadsheets as roster_import
from facilitator.storage import surveys as store

MAX_CHOICES = 8
MAX_OPTIONS = 16  # a multi-select question offers more options than a single choice
MAX_CHOICE_LENGTH = 40
SMALL_CELL = 5
MAX_DEMOGRAPHIC_LENGTH = 60
_IDENTIFYING = re.compile(r"\b(name|e-?mail|phone|timestamp|submitted|date)\b", re.IGNORECASE)
_DEMOGRAPHIC = re.compile(r"\b(race|racial|ethnicity|ethnic|gender|sex|sexual|age|ages|income|disability|"
                          r"religion|zip|postal|raza|etnia|género|genero|edad|ingresos)\b", re.IGNORECASE)
_SELECT_ALL = re.compile(r"select all|check all|all that apply|todas las que|todos los que", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[;|]\s*")
_COMMA = re.compile(r"\s*,\s*")


@dataclass
class SurveyTable:
    file_name: str
    responses: int
    choice_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer)
    skipped: list[str] = field(default_factory=list)
    multi_select: list[str] = field(default_factory=list)  # counted per option


def read_survey(path: Path) -> SurveyTable:
    """Parse and classify a survey file, or raise InvalidInput naming file, line and field."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput([Problem(name, None, None, t("cannot be read ({reason}).").format(
            reason=error.strerror or error))])
    if path.suffix.lower() in (".xlsx", ".xlsm") or raw.startswith(b"PK\x03\x04"):
        return _classify(name, *_xlsx_rows(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise InvalidInput([Problem(name, line, None, t("is not UTF-8 text; save it as CSV UTF-8 and try again."))])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput([Problem(name, None, None, t("is empty; it needs a header row of questions."))])
    records: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            records.append((reader.line_num, row))
    except csv.Error as error:
        raise InvalidInput([Problem(name, reader.line_num, None, t("is not valid CSV ({error}).").format(error=error))])
    return _classify(name, header, records)


def _xlsx_rows(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The first sheet's header and rows as text, numbered as Excel shows them."""
    sheet = roster_import.read_xlsx(path)  # raises InvalidInput for a damaged or empty workbook
    return sheet.headers, sheet.rows


def _classify(name: str, header: list[str], records: list[tuple[int, list[str]]]) -> SurveyTable:
    problems: list[Problem] = []
    header = [h.strip() for h in header]
    seen: set[str] = set()
    for column, title in enumerate(header, start=1):
        if not title:
            problems.append(Problem(name, 1, t("column {number}").format(number=column), t("has no question title.")))
        elif title in seen:
            problems.append(Problem(name, 1, title, t("appears twice in the header.")))
        seen.add(title)
    rows: list[list[str]] = []
    for line, row in records:
        if not any(cell.strip() for cell in row):
            continue
        while len(row) > len(header) and not row[-1].strip():
            row = row[:-1]  # a spreadsheet's empty trailing cells
        if len(row) > len(header):
            problems.append(Problem(name, line, t("column {number}").format(number=len(header) + 1),
                                    t("has {values} values but the header has {questions} questions.").format(
                                        values=len(row), questions=len(header))))
            continue
        rows.append([cell.strip() for cell in row] + [""] * (len(header) - len(row)))
    if problems:
        raise InvalidInput(problems)
    if not rows:
        raise InvalidInput([Problem(name, 2, None, t("holds no answers below the header."))])
    table = SurveyTable(file_name=name, responses=len(rows))
    for column, question in enumerate(header):
        values = [row[column] for row in rows if row[column]]
        if _IDENTIFYING.search(question) and not is_demographic(question):
            table.skipped.append(question)
        elif (options := _multi_select(question, values)) is not None:
            table.choice_counts[question] = _counted(options)
            table.multi_select.append(question)
        elif _is_choice(values) or (is_demographic(question) and _short(values)):
            table.choice_counts[question] = _counted(values)
        else:
            table.answers.extend((question, value) for value in values)
    return table


def _counted(values: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _short(values: list[str]) -> bool:
    """Answers a demographic question gets ("Black", "35-44"); a column of sentences that only
    mentions race or gender ("What would make this fairer for every race?") is written text."""
    return all(len(v) <= MAX_DEMOGRAPHIC_LENGTH for v in values)


def is_demographic(question: str) -> bool:
    return bool(_DEMOGRAPHIC.search(question))


def _multi_select(question: str, values: list[str]) -> list[str] | None:
    """Every option ticked in a multi-select column, or None when the column is not one.

    Semicolons and bars always separate options; commas only where the question says it is a
    demographic or "select all" question, since written answers are full of commas.
    """
    if not values:
        return None
    splitters = [_SEPARATORS] + ([_COMMA] if _SELECT_ALL.search(question) or is_demographic(question) else [])
    for splitter in splitters:
        if not any(splitter.search(v) for v in values):
            continue
        options = [o for v in values for o in splitter.split(v) if o]
        distinct = set(options)
        repeated = sum(1 for o in options if options.count(o) > 1)
        if (len(distinct) <= MAX_OPTIONS and max(len(o) for o in distinct) <= MAX_CHOICE_LENGTH
                and (repeated * 2 >= len(options) or _SELECT_ALL.search(question) or is_demographic(question))):
            return options
    return None


def shown_count(question: str, count: int) -> str:
    """A count as it may be reported: demographic cells under 5 print as "<5"."""
    return f"<{SMALL_CELL}" if is_demographic(question) and 0 < count < SMALL_CELL else str(count)


def reported_counts(question: str, counts: dict[str, int]) -> dict[str, str]:
    """A counted question's answers as they may be shown or printed (small cells suppressed)."""
    return {answer: shown_count(question, count) for answer, count in counts.items()}


def counts_line(question: str, counts: dict[str, int]) -> str:
    """"Useful?: Yes 2, No 1", for the command line and the debrief tab."""
    return f"{question}: " + ", ".join(f"{a} {c}" for a, c in reported_counts(question, counts).items())


def _is_choice(values: list[str]) -> bool:
    if not values:
        return True
    distinct = set(values)
    return (len(distinct) <= MAX_CHOICES and len(distinct) < len(values)
            and max(len(v) for v in distinct) <= MAX_CHOICE_LENGTH)


def import_survey(db: Database, session_id: str, path: Path) -> dict:
    """Attach a survey file to a session in one transaction; returns what was imported."""
    table = read_survey(Path(path))
    import_id = store.save_survey(db, session_id, file_name=table.file_name, responses=table.responses,
                                  choice_counts=table.choice_counts, answers=table.answers)
    return {"id": import_id, "file": table.file_name, "responses": table.responses,
            "choice_questions": table.choice_counts, "notes": len(table.answers), "skipped": table.skipped,
            "multi_select": table.multi_select}
