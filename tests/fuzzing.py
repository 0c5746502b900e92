"""Shared pieces of the property and fuzz suites: a count of inputs tried per importer (printed
at the end of the run), a snapshot of everything a workspace holds, and the rule every
importer must keep."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from pathlib import Path

from facilitator.errors import FacilitatorError, InvalidInput

TRIED: Counter[str] = Counter()
OUTCOMES: Counter[str] = Counter()


def snapshot(db_path: Path) -> str:
    """A digest of every schema entry and row in the workspace, read through SQLite.

    Reading the file's bytes directly while the test holds a connection would drop that
    connection's locks (see ``facilitator/storage/connection.py``), so the dump goes through a
    connection of its own.
    """
    digest = hashlib.sha256()
    conn = sqlite3.connect(db_path)
    try:
        for line in conn.iterdump():
            digest.update(line.encode("utf-8"))
    finally:
        conn.close()
    return digest.hexdigest()


def check_rejection(importer: str, error: FacilitatorError, source: str, before: str, db_path: Path) -> None:
    """A rejection names the file and where in it, and leaves the workspace as it was."""
    OUTCOMES[f"{importer}: rejected"] += 1
    assert isinstance(error, InvalidInput), f"{importer}: expected InvalidInput, got {type(error).__name__}: {error}"
    assert error.problems, "a rejection lists at least one problem"
    for problem in error.problems:
        assert problem.file in (source, Path(source).name), problem
        assert problem.message.strip(), problem
        if problem.line is None and not problem.field:
            # A problem with the whole file (not a workbook, empty): it names the file and says why.
            OUTCOMES[f"{importer}: rejected as a whole file"] += 1
    assert snapshot(db_path) == before, f"{importer}: the workspace changed although the input was rejected"


def accepted(importer: str) -> None:
    OUTCOMES[f"{importer}: imported"] += 1
