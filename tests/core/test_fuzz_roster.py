"""Hostile and broken roster files: each either imports (and importing it again changes
nothing) or is rejected with every problem naming the file and where, and the workspace is
byte-for-byte unchanged."""

from __future__ import annotations

import csv
import io

import pytest
from fuzzing import TRIED, accepted, check_rejection, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.errors import FacilitatorError
from facilitator.roster.columns import COLUMNS
from facilitator.roster.spreadsheets import import_file
from facilitator.storage import series as series_store

pytestmark = pytest.mark.fuzz
SETTINGS = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HEADERS = st.sampled_from([c.header for c in COLUMNS] + [s for c in COLUMNS for s in c.synonyms]) | st.text(max_size=15)
CELLS = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40) | st.sampled_from([
    "yes", "no", "maybe", "by name", "anonymous", "$150", "-5", "=1+2", "@SUM(A1)", "ana@example.org", "ana@",
    "Nguyễn Thị Minh Khai", "Smith & Sons <Learning>", "\u202eevil\u202c", "a" * 5000, "line\nbreak",
])


@pytest.fixture
def series_id(db):
    return series_store.create_series(db, title="Fuzz").id


def attempt(db, db_path, series_id, path, importer):
    TRIED[importer] += 1
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(db_path)
    try:
        result = import_file(db, series_id, path)
    except FacilitatorError as error:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        check_rejection(importer, error, path.name, before, db_path)
        return
    accepted(importer)
    again = import_file(db, series_id, path)
    assert again.plan.counts()["added"] == again.plan.counts()["updated"] == 0, "a second import changed something"
    assert result.plan.counts()["rejected"] == 0


@SETTINGS
@given(raw=st.binary(max_size=600))
def test_roster_random_bytes_as_csv(db, db_path, tmp_path, series_id, raw):
    path = tmp_path / "roster.csv"
    path.write_bytes(raw)
    attempt(db, db_path, series_id, path, "roster csv")


@SETTINGS
@given(raw=st.binary(max_size=600))
def test_roster_random_bytes_as_xlsx(db, db_path, tmp_path, series_id, raw):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(raw)
    attempt(db, db_path, series_id, path, "roster xlsx")


@SETTINGS
@given(headers=st.lists(HEADERS, min_size=1, max_size=8),
       rows=st.lists(st.lists(CELLS, max_size=9), max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_roster_plausible_sheets_with_hostile_cells(db, db_path, tmp_path, series_id, headers, rows, delimiter,
                                                   encoding):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(rows)
    path = tmp_path / "roster.csv"
    path.write_bytes(buffer.getvalue().encode(encoding))
    attempt(db, db_path, series_id, path, "roster sheet")


@SETTINGS
@given(raw=st.binary(max_size=400), encoding=st.sampled_from(["utf-8", "cp1252"]))
def test_roster_random_bytes_under_a_good_header(db, db_path, tmp_path, series_id, raw, encoding):
    path = tmp_path / "roster.csv"
    path.write_bytes("Name;E-mail;Organisation\n".encode(encoding) + raw)
    attempt(db, db_path, series_id, path, "roster csv body")
