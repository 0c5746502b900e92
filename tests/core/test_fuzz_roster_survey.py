"""Hostile and broken rosters (CSV and XLSX) and survey files (CSV and XLSX): each imports or is rejected
naming the file and where, and a rejection leaves the workspace byte-for-byte unchanged."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from fuzzing import TRIED, accepted, check_rejection, snapshot
from hypothesis import example, given, settings
from hypothesis import strategies as st

from facilitator.errors import FacilitatorError
from facilitator.plan import templates
from facilitator.roster import spreadsheets as roster_import
from facilitator.roster.columns import COLUMNS
from facilitator.storage import notes as note_store
from facilitator.storage import roster as roster_store
from facilitator.synthesis import survey

pytestmark = pytest.mark.fuzz

HEADERS = [c.header for c in COLUMNS] + [s for c in COLUMNS for s in c.synonyms[:1]] + [
    "Notes", "", "Name", "custom: T-shirt", "=cmd|' /C calc'!A0", "Email "]
CELL = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "yes", "no", "x", "by_name", "anonymous", "organization", "25", "25.50", "-3", "1e9",
                     "amara@example.org", "not an email", "AMARA@EXAMPLE.ORG", "=HYPERLINK(\"http://x\")",
                     "+1 555 0100", "@SUM(A1)", "Zoë Ñúñez", "محمد", "张伟", "\u202e", "note_taker", "facilitator",
                     "a" * 3000, "\x00", "'=1+1", "1/2/2026", "2026-02-30"]),
)
XLSX_CELL = st.one_of(CELL, st.none(), st.booleans(), st.integers(-10**12, 10**12),
                      st.floats(allow_nan=False, allow_infinity=False),
                      st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
                      st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)))
ROWS = st.lists(st.lists(CELL, max_size=8), max_size=12)
# Each example writes a file and plans against the roster: keep `make test` quick.
FILE_EXAMPLES = settings(max_examples=max(10, settings().max_examples // 2))


@pytest.fixture
def series_id(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Roster fuzz")
    roster_store.add_participant(db, series.id, name="Amara Okafor", email="amara@example.org",
                                 accessibility="Step-free access")
    return series.id


def _import_roster(db, db_path, series_id, path, importer):
    TRIED[importer] += 1
    before = snapshot(db_path)
    people = len(roster_store.list_participants(db, series_id))
    try:
        result = roster_import.import_file(db, series_id, path)
    except FacilitatorError as error:
        check_rejection(importer, error, str(path), before, db_path)
        assert len(roster_store.list_participants(db, series_id)) == people
        return None
    accepted(importer)
    kept = {p.email.lower(): p for p in roster_store.list_participants(db, series_id)}
    # a blank cell never erases what was typed by hand (a filled one may replace it)
    assert kept["amara@example.org"].accessibility.strip()
    return result


def _csv_text(rows, delimiter=","):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


@FILE_EXAMPLES
@given(raw=st.binary(max_size=300))
@example(raw=b"\xfe\xff\x00")  # a UTF-16 mark, then half a character: once a crash
@example(raw=b"\xef\xbb\xbfName\n\xff")  # a UTF-8 mark, then bytes that are not UTF-8
def test_roster_csv_random_bytes(db, db_path, tmp_path, series_id, raw):
    path = tmp_path / "roster.csv"
    path.write_bytes(raw)
    _import_roster(db, db_path, series_id, path, "roster CSV")


@FILE_EXAMPLES
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8), rows=ROWS,
       delimiter=st.sampled_from([",", ";", "\t"]), bom=st.booleans())
def test_roster_csv_shaped_like_a_sign_up_sheet(db, db_path, tmp_path, series_id, header, rows, delimiter, bom):
    path = tmp_path / "roster.csv"
    text = _csv_text([header] + rows, delimiter)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8", "surrogatepass"))
    _import_roster(db, db_path, series_id, path, "roster CSV")


@FILE_EXAMPLES
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
       rows=st.lists(st.lists(XLSX_CELL, max_size=6), max_size=8))
def test_roster_xlsx_any_cells(db, db_path, tmp_path, series_id, header, rows):
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook()
    sheet = workbook.active
    try:
        for row in [header] + rows:
            sheet.append(row)
    except (IllegalCharacterError, ValueError):
        return  # Excel itself cannot hold it (control characters): no workbook could carry it
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    _import_roster(db, db_path, series_id, path, "roster XLSX")


@FILE_EXAMPLES
@given(raw=st.binary(min_size=0, max_size=300), zip_header=st.booleans())
def test_roster_xlsx_broken_workbooks(db, db_path, tmp_path, series_id, raw, zip_header):
    path = tmp_path / "roster.xlsx"
    path.write_bytes((b"PK\x03\x04" if zip_header else b"") + raw)
    _import_roster(db, db_path, series_id, path, "roster XLSX")


FREE_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=60).filter(
    lambda t: t.strip())
# A leading apostrophe marks a cell our own export defused ("'=SUM" → "=SUM"); the roster's tests
# cover that round trip, so typed text here does not start with one.
TYPED_CELL = FREE_TEXT.filter(lambda t: not t.lstrip().startswith("'"))


@FILE_EXAMPLES
@given(people=st.lists(st.tuples(TYPED_CELL, st.emails().filter(lambda e: not e.startswith("'")), TYPED_CELL,
                                 TYPED_CELL, st.sampled_from(["yes", "no", ""])),
                       min_size=1, max_size=10, unique_by=lambda p: p[1].lower()))
def test_roster_csv_valid_rows_with_hostile_text_import_unchanged(db, db_path, tmp_path, series_id, people):
    rows = [["Name", "Email", "Organization", "Access needs", "Consent to record"]]
    rows += [[name, email, org, access, consent] for name, email, org, access, consent in people]
    path = tmp_path / "roster.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    result = _import_roster(db, db_path, series_id, path, "roster CSV")
    if result is None:
        return
    stored = {p.email.lower(): p for p in roster_store.list_participants(db, series_id)}
    for _name, email, org, _access, _consent in people:
        if email.lower() == "amara@example.org":
            continue
        assert stored[email.lower()].organization == org.strip(), "typed text is stored as typed"


def _import_survey(db, db_path, session_id, path, importer="survey CSV"):
    TRIED[importer] += 1
    before = snapshot(db_path)
    try:
        result = survey.import_survey(db, session_id, path)
    except FacilitatorError as error:
        check_rejection(importer, error, str(path), before, db_path)
        return None
    accepted(importer)
    return result


@FILE_EXAMPLES
@given(raw=st.binary(max_size=300))
def test_survey_random_bytes(db, db_path, tmp_path, raw):
    series = templates.create_series(db, templates.get_template("blank"), title="S")
    path = tmp_path / "survey.csv"
    path.write_bytes(raw)
    _import_survey(db, db_path, series.sessions[0].id, path)


@FILE_EXAMPLES
@given(header=st.lists(st.sampled_from(["What stayed with you?", "Name", "Email", "Rate the session", "",
                                        "Timestamp", "What would you change?", "How did you hear of it?",
                                        "Race (select all that apply)", "Gender"]),
                       min_size=1, max_size=5, unique=True),
       rows=st.lists(st.lists(st.one_of(FREE_TEXT, st.sampled_from(["Good", "Very good", "Poor", ""])),
                              min_size=1, max_size=5), min_size=1, max_size=12))
def test_survey_shaped_like_a_form_export(db, db_path, tmp_path, header, rows):
    series = templates.create_series(db, templates.get_template("blank"), title="S")
    path = tmp_path / "survey.csv"
    path.write_text(_csv_text([header] + rows), encoding="utf-8", errors="surrogatepass")
    result = _import_survey(db, db_path, series.sessions[0].id, path)
    if result is not None:
        identifying = {"Name", "Email", "Timestamp"} & set(header)
        assert identifying <= set(result["skipped"]), "no respondent's name or email becomes a note"
        demographic = {"Race (select all that apply)", "Gender"} & set(header)
        as_notes = {n.block_title for n in note_store.list_notes(db, series.id, kinds=["survey"])}
        assert not demographic & as_notes, "a demographic answer is counted, never kept as a note"


@FILE_EXAMPLES
@given(header=st.lists(st.sampled_from(["What stayed with you?", "Email", "Race (select all that apply)",
                                        "Rate the session", ""]), min_size=2, max_size=4, unique=True),
       rows=st.lists(st.lists(XLSX_CELL, max_size=3), max_size=8))
def test_survey_xlsx_any_cells(db, db_path, tmp_path, header, rows):
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    series = templates.create_series(db, templates.get_template("blank"), title="S")
    workbook = Workbook()
    sheet = workbook.active
    try:
        for row in [header] + rows:
            sheet.append(row)
    except (IllegalCharacterError, ValueError):
        return  # no workbook could carry it
    path = tmp_path / "survey.xlsx"
    workbook.save(path)
    _import_survey(db, db_path, series.sessions[0].id, path, "survey XLSX")


@FILE_EXAMPLES
@given(raw=st.binary(min_size=0, max_size=300))
def test_survey_xlsx_broken_workbooks(db, db_path, tmp_path, raw):
    series = templates.create_series(db, templates.get_template("blank"), title="S")
    path = tmp_path / "survey.xlsx"
    path.write_bytes(b"PK\x03\x04" + raw)
    _import_survey(db, db_path, series.sessions[0].id, path, "survey XLSX")
