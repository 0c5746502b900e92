"""Logistics from the roster: childcare, dietary and access needs read from a sign-up export,
counted per session (and per table) on a one-page sheet, with the stipends to hand out."""

from __future__ import annotations

import io

import pypdf
import pytest
from click.testing import CliRunner

from facilitator import documents
from facilitator.cli import main
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.plan.logistics import needs_of, session_logistics
from facilitator.plan.model import AttendanceStatus, Role
from facilitator.roster.spreadsheets import export_csv, import_file
from facilitator.storage import roster, seating

SIGNUP = """Full name,Email,Dietary restrictions,Accessibility needs,Childcare needed?,Language,Needs interpretation,Honorarium
José Hernández,jose@example.org,Vegetarian,,2 children (4 and 7),Spanish,yes,50
Nguyễn Văn An,an@example.org,Halal; nut allergy,wheelchair space,,Vietnamese,yes,50
Дмитрий Соколов,dmitri@example.org,none,captions,,Russian,,
Amara Okafor,amara@example.org,vegetarian,,no,English,,50
Siobhán Walsh,siobhan@example.org,,,,English,,
"""


@pytest.fixture
def series(db, tmp_path):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="District talks")
    path = tmp_path / "signup.csv"
    path.write_text(SIGNUP, encoding="utf-8")
    import_file(db, series.id, path)
    roster.add_participant(db, series.id, name="Lina Haddad", role=Role.INTERPRETER, languages="English, Spanish",
                           dietary="vegan")
    return series


def test_needs_split_and_none_is_no_need():
    assert needs_of("Halal; nut allergy") == ["Halal", "nut allergy"]
    assert needs_of("none") == [] and needs_of("N/A") == []


def test_the_sheet_counts_what_the_session_needs(db, series, tmp_path):
    session = series.sessions[0]
    people = {p.name: p for p in roster.list_participants(db, series.id)}
    assert people["José Hernández"].childcare == "2 children (4 and 7)"
    roster.set_attendance(db, session.id, people["Siobhán Walsh"].id, AttendanceStatus.ABSENT)
    sheet = session_logistics(db, session.id)
    assert sheet.people == 5  # the interpreter eats too; the absent person does not
    assert dict(sheet.meals) == {"Vegetarian": 2, "Halal": 1, "Nut allergy": 1, "Vegan": 1}
    assert sheet.keep_free == 1 and ("Captions", 1) in sheet.access
    assert sheet.childcare == [("José Hernández", "2 children (4 and 7)")]
    assert any(line.startswith("Spanish: 1") and "Lina Haddad" in line for line in sheet.languages)
    assert any(line.startswith("Vietnamese: 1") and "no interpreter" in line for line in sheet.languages)
    assert [s.name for s in sheet.stipends] == ["Amara Okafor", "José Hernández", "Nguyễn Văn An"]
    assert sheet.stipend_total == 150
    roster.update_participant(db, people["Amara Okafor"].id, stipend_status="paid")
    assert len(session_logistics(db, session.id).stipends) == 2
    export_csv(db, series.id, tmp_path / "out.csv")
    label, header = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()[:2]
    assert label.startswith("INTERNAL") and "Childcare" in header  # the roster export says it is internal


def test_print_logistics_one_page_per_session_with_tables(db, db_path, series, tmp_path):
    session = series.sessions[0]
    result = assign.assign_groups(db, session.id, size=3, time_limit=0.3)
    seating.seat_round(db, result.rounds[0].id)
    pdf = documents.render(db, "logistics", series.id, session.id)
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 1
    assert "Food for 6 people" in pages[0] and "Table 1" in pages[0] and "Handed out" in pages[0]
    assert "Table Table" not in pages[0]
    assert "Keep 1 wheelchair place clear" in pages[0] and "2 children (4 and 7)" in pages[0]
    out = tmp_path / "logistics.pdf"
    run = CliRunner().invoke(main, ["--db", str(db_path), "print", "logistics", series.id, "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert len(pypdf.PdfReader(out).pages) == len(series.sessions)
