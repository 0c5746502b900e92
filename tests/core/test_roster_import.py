"""Importing rosters from the files organisers really have, and exporting them back."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from facilitator.errors import FacilitatorError, InvalidInput
from facilitator.plan.model import Acknowledgement, Role
from facilitator.roster.columns import defuse, undefuse
from facilitator.roster.spreadsheets import (
    export_csv,
    import_file,
    import_table,
    plan_import,
    read_table,
    undo_import,
)
from facilitator.storage import roster as store
from facilitator.storage import series as series_store

NAMES = ["Nguyễn Thị Minh Khai", "Дмитрий Соколов", "Αλέξανδρος", "Smith & Sons <Learning>"]


@pytest.fixture
def series_id(db):
    return series_store.create_series(db, title="Charter conversations").id


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def people(db, series_id):
    return {p.name: p for p in store.list_participants(db, series_id)}


def test_utf8_with_bom_and_names_in_any_script(db, series_id, tmp_path):
    rows = "\n".join(f'"{n}",p{i}@example.org' for i, n in enumerate(NAMES))
    path = write(tmp_path / "r.csv", "Full Name,E-mail\n" + rows + "\n", "utf-8-sig")
    result = import_file(db, series_id, path)
    assert result.plan.counts() == {"added": 4, "updated": 0, "unchanged": 0, "rejected": 0}
    assert sorted(people(db, series_id)) == sorted(NAMES)


def test_semicolons_and_quoted_commas(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv", 'Name;Organisation;Dietary\n"Okafor, Amara";"Parents, United";"nuts; shellfish"\n')
    import_file(db, series_id, path)
    person = people(db, series_id)["Okafor, Amara"]
    assert (person.organization, person.dietary) == ("Parents, United", "nuts; shellfish")


def test_quoted_comma_in_a_comma_separated_file(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv", 'name,org\n"Cohen, David","Metro Trust, Inc."\n')
    import_file(db, series_id, path)
    assert people(db, series_id)["Cohen, David"].organization == "Metro Trust, Inc."


def test_cp1252_file_from_old_excel(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv", "Name,Organization\nSofía Delgado,Padres en Acción – Norte\n", "cp1252")
    import_file(db, series_id, path)
    assert people(db, series_id)["Sofía Delgado"].organization == "Padres en Acción – Norte"


def test_first_and_last_name_columns_and_synonyms(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv",
                 "First Name,Last Name,Mobile,Stakeholder group,Interpreter language,Access needs,Consent,"
                 "Credit,Stipend,Favourite colour\n"
                 "Grace,Mbeki,555-0111,School leader,Zulu,Ramp,Yes,organisation only,$150.00,green\n")
    import_file(db, series_id, path)
    grace = people(db, series_id)["Grace Mbeki"]
    assert (grace.phone, grace.perspective, grace.interpretation, grace.accessibility) == \
        ("555-0111", "School leader", "Zulu", "Ramp")
    assert grace.consent_recorded is True
    assert grace.acknowledgement is Acknowledgement.ORGANIZATION
    assert grace.stipend_amount == 150.0
    assert grace.custom == {"Favourite colour": "green"}
    assert store.list_perspectives(db, series_id) == ["School leader"]


def test_xlsx_with_numbers_typed_as_numbers(db, series_id, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Email", "Phone", "Stipend", "Team role"])
    sheet.append(["Αλέξανδρος", "alex@example.org", 5550105, 100, "Note taker"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Дмитрий Соколов", "bad-address", None, None, None])
    path = tmp_path / "r.xlsx"
    book.save(path)
    with pytest.raises(InvalidInput) as rejected:
        import_file(db, series_id, path)
    assert [(p.file, p.line, p.field) for p in rejected.value.problems] == [("r.xlsx", 4, "Email")]
    import_file(db, series_id, path, skip_invalid=True)
    alex = people(db, series_id)["Αλέξανδρος"]
    assert (alex.phone, alex.stipend_amount, alex.role) == ("5550105", 100.0, Role.NOTE_TAKER)


BAD = ("Name,Email,Consent\n"
       "Amara Okafor,amara@example.org,yes\n"
       ",nobody@example.org,yes\n"
       "Luis Hernández,luis@example,yes\n"
       '"Keisha\nWashington",keisha@example.org,maybe\n'
       "Marcus Reyes,marcus@example.org,no\n")


def test_one_bad_line_rejects_the_file_naming_every_line_and_field(db, db_path, series_id, tmp_path):
    path = write(tmp_path / "bad.csv", BAD)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(InvalidInput) as rejected:
        import_file(db, series_id, path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    problems = [(p.file, p.line, p.field) for p in rejected.value.problems]
    # The quoted two-line name is one spreadsheet row: Marcus is on row 6, not line 7.
    assert problems == [("bad.csv", 3, "Name"), ("bad.csv", 4, "Email"), ("bad.csv", 5, "Consent to record")]
    assert "bad.csv, line 4, field 'Email'" in str(rejected.value)
    assert store.list_participants(db, series_id) == []


def test_skip_invalid_imports_the_good_rows_and_reports_the_rest(db, series_id, tmp_path):
    result = import_file(db, series_id, write(tmp_path / "bad.csv", BAD), skip_invalid=True)
    assert result.plan.counts() == {"added": 2, "updated": 0, "unchanged": 0, "rejected": 3}
    assert sorted(people(db, series_id)) == ["Amara Okafor", "Marcus Reyes"]


def test_reimport_changes_nothing_and_matches_by_email_then_name(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv", "Name,Email,Dietary\nAmara Okafor,Amara@Example.org,vegetarian\n"
                                     "Walk In,,\n")
    import_file(db, series_id, path)
    again = import_file(db, series_id, path)
    assert again.plan.counts() == {"added": 0, "updated": 0, "unchanged": 2, "rejected": 0}
    changed = write(tmp_path / "r2.csv", "Name,E-mail,Dietary,Pronouns\nAmara N. Okafor,amara@example.org,,she/her\n"
                                         "walk  in,walkin@example.org,vegan,\n")
    plan = import_file(db, series_id, changed).plan
    assert plan.counts() == {"added": 0, "updated": 2, "unchanged": 0, "rejected": 0}
    amara = people(db, series_id)["Amara N. Okafor"]
    assert (amara.dietary, amara.pronouns) == ("vegetarian", "she/her")  # a blank cell keeps what was there
    assert people(db, series_id)["walk in"].email == "walkin@example.org"


def test_the_same_person_twice_in_one_file_is_an_error(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv", "Name,Email\nA One,a@example.org\nA Again,A@example.org\n")
    with pytest.raises(InvalidInput) as rejected:
        import_file(db, series_id, path)
    assert [(p.line, p.field) for p in rejected.value.problems] == [(3, "Email")]
    assert "line 2" in rejected.value.problems[0].message


def test_export_then_import_round_trips_unchanged(db, series_id, tmp_path):
    source = write(tmp_path / "r.csv",
                   "Name,Preferred name,Email,Consent,Acknowledgement,Stipend,Stipend status,Committed,Team role,T-shirt\n"
                   + "".join(f'"{n}",,p{i}@example.org,no,anonymous,75.5,pending,yes,facilitator,M\n'
                             for i, n in enumerate(NAMES)))
    import_file(db, series_id, source)
    before = store.list_participants(db, series_id)
    out = tmp_path / "out.csv"
    assert export_csv(db, series_id, out) == 4
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600  # emails, phones and access needs
    other = series_store.create_series(db, title="Copy").id
    import_file(db, other, out)
    copied = store.list_participants(db, other)
    strip = lambda ps: [{**p.__dict__, "id": None, "series_id": None} for p in ps]  # noqa: E731
    assert strip(copied) == strip(before)
    assert import_file(db, series_id, out).plan.counts()["unchanged"] == 4


def test_plan_writes_nothing_and_a_changed_mapping_is_used(db, series_id, tmp_path):
    table = read_table(write(tmp_path / "r.csv", "Who,Where\nRosa Quispe,Neighbors\n"))
    plan = plan_import(db, series_id, table)
    assert plan.mapping == ["custom:Who", "custom:Where"]
    assert plan.fatal and "no column holds names" in str(plan.problems[0])
    with pytest.raises(InvalidInput, match="no column holds names"):
        import_table(db, series_id, table, skip_invalid=True)
    result = import_table(db, series_id, table, ["name", "organization"])
    assert people(db, series_id)["Rosa Quispe"].organization == "Neighbors"
    undo_import(db, result)
    assert store.list_participants(db, series_id) == []


def test_cli_import_reports_counts_and_exits_2_on_bad_lines(db, db_path, cli, series_id, tmp_path):
    bad = write(tmp_path / "bad.csv", BAD)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    refused = cli("roster", "import", "Charter", str(bad))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert refused.returncode == 2
    assert "bad.csv, line 5, field 'Consent to record'" in refused.stderr
    assert "Nothing was imported" in refused.stderr
    skipped = cli("roster", "import", "Charter", str(bad), "--skip-invalid", "--json")
    assert skipped.returncode == 0, skipped.stderr
    data = json.loads(skipped.stdout)
    assert (data["added"], data["rejected"], data["applied"]) == (2, 3, True)
    again = cli("roster", "import", "Charter", str(bad), "--skip-invalid", "--dry-run")
    assert "0 added, 0 updated, 2 unchanged, 3 rejected" in again.stdout
    listed = json.loads(cli("roster", "list", "Charter", "--json").stdout)
    assert [p["name"] for p in listed] == ["Amara Okafor", "Marcus Reyes"]
    out = tmp_path / "out.csv"
    assert cli("roster", "export", "Charter", "-o", str(out)).returncode == 0
    assert "Marcus Reyes" in out.read_text(encoding="utf-8-sig")


def test_a_file_of_emails_and_one_new_column_updates_people_it_knows(db, series_id, tmp_path):
    import_file(db, series_id, write(tmp_path / "r.csv", "Name,Email\nGrace Mbeki,gmbeki@example.org\n"))
    sizes = write(tmp_path / "sizes.csv", "Email,T-shirt size\nGMBEKI@example.org,M\nstranger@example.org,S\n")
    with pytest.raises(InvalidInput) as rejected:
        import_file(db, series_id, sizes)
    assert [(p.line, p.field) for p in rejected.value.problems] == [(3, "Name")]
    result = import_file(db, series_id, sizes, skip_invalid=True)
    assert [r.name for r in result.plan.updated] == ["Grace Mbeki"]
    assert people(db, series_id)["Grace Mbeki"].custom == {"T-shirt size": "M"}


def test_excel_sep_hint_line_counts_as_a_line(db, series_id, tmp_path):
    path = write(tmp_path / "r.csv", "sep=;\nName;Email\nAmara Okafor;amara@example.org\nBad;nope\n")
    with pytest.raises(InvalidInput) as rejected:
        import_file(db, series_id, path)
    assert [(p.line, p.field) for p in rejected.value.problems] == [(4, "Email")]


def test_old_excel_files_get_a_clear_message(db, series_id, tmp_path):
    path = write(tmp_path / "r.xls", "whatever")
    with pytest.raises(FacilitatorError, match="save it as .xlsx or CSV"):
        import_file(db, series_id, path)


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n"), max_size=30).map(str.strip)
NAME = TEXT.map(lambda t: " ".join(t.split())).filter(bool)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=NAME, organization=TEXT, dietary=TEXT, custom=TEXT, stipend=st.none() | st.integers(0, 10**6))
def test_any_text_survives_export_and_import(db, tmp_path, name, organization, dietary, custom, stipend):
    series_id = series_store.create_series(db, title="Round trip").id
    store.add_participant(db, series_id, name=name, organization=organization, dietary=dietary,
                          stipend_amount=None if stipend is None else stipend / 100,
                          custom={"Note": custom} if custom else {})
    out = tmp_path / f"{series_id}.csv"
    export_csv(db, series_id, out)
    copy = series_store.create_series(db, title="Copy").id
    import_file(db, copy, out)
    [before], [after] = store.list_participants(db, series_id), store.list_participants(db, copy)
    assert {**before.__dict__, "id": 0, "series_id": 0} == {**after.__dict__, "id": 0, "series_id": 0}


def test_formulas_are_defused_in_the_export_and_restored_on_import(db, series_id, tmp_path):
    store.add_participant(db, series_id, name='=HYPERLINK("http://x","y")', phone="+1 555 0101")
    out = tmp_path / "out.csv"
    export_csv(db, series_id, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ",+1 555 0101," in text
    copy = series_store.create_series(db, title="Copy").id
    import_file(db, copy, out)
    assert store.list_participants(db, copy)[0].name == '=HYPERLINK("http://x","y")'


@pytest.mark.parametrize("text", ["'=a", "'hello", "''", "=1+2", "-x", "+44 20 7946 0000", "@home"])
def test_defuse_is_undone_exactly(text):
    assert undefuse(defuse(text)) == text


def test_long_form_questions_as_headers_are_understood():
    from facilitator.roster.columns import detect_mapping

    headers = ["Timestamp", "Your name", "Email Address", "I am a...", "Do you need an interpreter? If so, which language?",
               "Any dietary restrictions?", "May we record the conversation?", "Student record number", "Mobile"]
    assert detect_mapping(headers) == [
        "custom:Timestamp", "name", "email", "perspective", "interpretation", "dietary", "consent_recorded",
        "custom:Student record number", "phone"]


@pytest.mark.parametrize("key, text, value", [
    ("consent_recorded", "Yes, audio only", True),
    ("consent_recorded", "No thank you", False),
    ("email", "Ana López <ana@example.org>", "ana@example.org"),
    ("acknowledgement", "Organisation only, please", Acknowledgement.ORGANIZATION),
    ("acknowledgement", "Anonymous please", Acknowledgement.ANONYMOUS),
    ("stipend_amount", "$1,250.50", 1250.5),
    ("role", "Co-facilitator", Role.FACILITATOR),
])
def test_answers_as_sign_up_forms_write_them(key, text, value):
    from facilitator.roster.columns import parse_cell

    assert parse_cell(key, text) == value


@pytest.mark.parametrize("key, text", [("consent_recorded", "maybe later"), ("email", "ana@"),
                                       ("email", "a@b.org; c@d.org"), ("stipend_amount", "a lot"),
                                       ("acknowledgement", "whatever")])
def test_unreadable_answers_are_errors(key, text):
    from facilitator.roster.columns import CellError, parse_cell

    with pytest.raises(CellError):
        parse_cell(key, text)
