"""Post-session survey CSV files: choice questions are counted, written answers become notes.

A column is a choice question when its answers are short and few distinct values repeat;
every other column is free text, and each answer becomes a note of kind ``survey`` that can
be themed like any captured note. Columns that identify people (name, e-mail, phone) and
timestamps are skipped, so no respondent ends up in a note.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from facilitator.errors import InvalidInput, Problem
from facilitator.storage import surveys as store

MAX_CHOICES = 8
MAX_CHOICE_LENGTH = 40
_IDENTIFYING = re.compile(r"\b(name|e-?mail|phone|timestamp|submitted|date)\b", re.IGNORECASE)


@dataclass
class SurveyTable:
    file_name: str
    responses: int
    choice_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (question, answer)
    skipped: list[str] = field(default_factory=list)


def read_survey(path: Path) -> SurveyTable:
    """Parse and classify a survey file, or raise InvalidInput naming file, line and field."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput([Problem(name, None, None, f"cannot be read ({error.strerror or error}).")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise InvalidInput([Problem(name, line, None, "is not UTF-8 text; save it as CSV UTF-8 and try again.")])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput([Problem(name, None, None, "is empty; it needs a header row of questions.")])
    problems: list[Problem] = []
    header = [h.strip() for h in header]
    seen: set[str] = set()
    for column, title in enumerate(header, start=1):
        if not title:
            problems.append(Problem(name, 1, f"column {column}", "has no question title."))
        elif title in seen:
            problems.append(Problem(name, 1, title, "appears twice in the header."))
        seen.add(title)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                problems.append(Problem(name, reader.line_num, f"column {len(header) + 1}",
                                        f"has {len(row)} values but the header has {len(header)} questions."))
                continue
            rows.append([cell.strip() for cell in row] + [""] * (len(header) - len(row)))
    except csv.Error as error:
        problems.append(Problem(name, reader.line_num, None, f"is not valid CSV ({error})."))
    if problems:
        raise InvalidInput(problems)
    if not rows:
        raise InvalidInput([Problem(name, 2, None, "holds no answers below the header.")])
    table = SurveyTable(file_name=name, responses=len(rows))
    for column, question in enumerate(header):
        values = [row[column] for row in rows if row[column]]
        if _IDENTIFYING.search(question):
            table.skipped.append(question)
        elif _is_choice(values):
            counts: dict[str, int] = {}
            for value in values:
                counts[value] = counts.get(value, 0) + 1
            table.choice_counts[question] = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        else:
            table.answers.extend((question, value) for value in values)
    return table


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
            "choice_questions": table.choice_counts, "notes": len(table.answers), "skipped": table.skipped}
