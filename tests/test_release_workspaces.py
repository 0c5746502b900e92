"""Workspace files saved by released versions open with today's code and keep every row.

``tests/fixtures/workspace-<version>.db`` is written once by that release's code
(``tests/fixtures/make_release_workspace.py``) with rows in every table, and never regenerated;
each later migration must carry its data forward. This complements ``test_storage.py``, which
rebuilds earlier stages from today's migration code and so cannot notice a migration that was
edited after release.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator.storage import open_workspace
from facilitator.storage.migrations import MIGRATION_NAMES

FIXTURES = Path(__file__).parent / "fixtures"
RELEASES = sorted(FIXTURES.glob("workspace-*.db"))


def _rows(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
    found = {t: [dict(r) for r in conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid")] for t in tables}
    conn.close()
    return found


def test_there_is_a_saved_workspace_for_the_first_release():
    assert [p.name for p in RELEASES][:1] == ["workspace-0.1.0.db"]


@pytest.mark.parametrize("saved", RELEASES, ids=lambda p: p.stem)
def test_a_released_workspace_opens_and_keeps_every_row(saved, tmp_path):
    copy = tmp_path / saved.name
    shutil.copyfile(saved, copy)
    before = _rows(copy)
    assert all(before[t] for t in before if t != "_sqlite_migrations"), "the fixture has a row in every table"

    db = open_workspace(copy, backup=False)
    applied = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()]
    assert applied == MIGRATION_NAMES
    hits = db.execute("SELECT COUNT(*) FROM notes_fts WHERE notes_fts MATCH '\"from\"'").fetchone()[0]
    db.close()
    assert hits == before["notes"].__len__(), "the search index still finds the saved notes"

    after = _rows(copy)
    for table, rows in before.items():
        if table == "_sqlite_migrations":
            continue
        assert table in after, f"{table} was dropped"
        kept = [{k: r[k] for k in rows[0]} for r in after[table]][:len(rows)] if rows else []
        assert kept == rows, f"rows of {table} changed"
