"""Synthesis across a series, as a facilitator scripts it: themes from the command line, the
trend table per stakeholder group, one summary for the whole series, surveys counted."""

from __future__ import annotations

import json

import pypdf
import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.errors import FacilitatorError
from facilitator.notes import capture
from facilitator.plan import templates
from facilitator.plan.model import Acknowledgement, AttendanceStatus
from facilitator.redaction.sharing import PLACEHOLDER
from facilitator.share import markdown_csv as export
from facilitator.share import messages
from facilitator.storage import notes as note_store
from facilitator.storage import roster
from facilitator.storage import themes as theme_store
from facilitator.synthesis import survey, themes, trends
from facilitator.synthesis.suggestions import suggest_themes


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def community(db):
    series = templates.create_series(db, templates.get_template("community"), title="Spring conversations")
    people = [roster.add_participant(db, series.id, name=name, acknowledgement=ack, organization=org)
              for name, ack, org in (("Zhang Wei", Acknowledgement.BY_NAME, ""),
                                     ("Ngozi Okafor", Acknowledgement.ANONYMOUS, ""),
                                     ("Дмитрий Соколов", Acknowledgement.ORGANIZATION, "Eastside Parents"),
                                     ("María José Núñez", Acknowledgement.UNKNOWN, ""))]
    for session, present in zip(series.sessions, (people[:2], people[1:3], people)):
        roster.set_attendance_many(db, session.id, [p.id for p in present], AttendanceStatus.PRESENT)
    return series


@pytest.fixture
def cli(db, db_path):
    runner = CliRunner()

    def invoke(*args, input=None):
        result = runner.invoke(main, ["--db", str(db_path), *args], input=input)
        return result

    return invoke


def test_scripted_end_to_end_trends_per_group_and_one_summary_for_the_series(community, cli, db, tmp_path):
    quotes = {1: "The late bus leaves before practice ends", 2: "Ngozi Okafor said our kids walk home in the dark",
              3: "Nobody on the east side can get to evening events"}
    ids = {}
    for session, text in quotes.items():
        result = cli("notes", "add", "Spring", str(session), "--kind", "quote", text)
        assert result.exit_code == 0, result.output
        ids[session] = result.output.strip()
    extra = cli("notes", "add", "Spring", "2", "--kind", "quote", "--perspective", "Parent",
                "Buses again: two changes to reach the school").output.strip()
    added = cli("themes", "add", "Spring", "Getting there", "--description", "Transport to school and events",
                "--note", ids[1])
    assert added.exit_code == 0, added.output
    linked = cli("themes", "link", "Spring", "getting", ids[2][:8], ids[3], extra)
    assert linked.exit_code == 0 and "3 note(s) added" in linked.output

    data = json.loads(cli("themes", "trends", "Spring", "--json").output)
    assert data["by"] == "audience"
    assert data["columns"] == ["Students", "Families", "Community members"]
    [row] = data["themes"]
    assert row["counts"] == {"Students": 1, "Families": 2, "Community members": 1}
    assert row["by_session"] == {"1": {"Students": 1}, "2": {"Families": 2}, "3": {"Community members": 1}}
    by_perspective = json.loads(cli("themes", "trends", "Spring", "--by", "perspective", "--json").output)
    assert by_perspective["themes"][0]["counts"] == {"Parent": 1, "Not recorded": 3}

    out = tmp_path / "series.pdf"
    refused = cli("print", "summary-external", "Spring", "-o", str(out))
    assert refused.exit_code == 2 and "wait for review" in refused.output  # nothing leaves unreviewed
    result = cli("print", "summary-external", "Spring", "--review", "-o", str(out), input="a\n" * 20)
    assert result.exit_code == 0, result.output
    text = " ".join(pdf_text(out).split())
    assert "Series summary" in text
    for session, quote in quotes.items():
        expected = quote.replace("Ngozi Okafor", PLACEHOLDER)
        assert expected in text, f"the quote from session {session} is missing"
    assert "Session 3 · Community members" in text
    assert "Ngozi" not in text and "Okafor" not in text  # names never reach the external summary
    assert "Zhang Wei" in text and "Eastside Parents" in text  # those who chose to be thanked
    assert "María" not in text
    # attendance as counts only: 2, 2 and 4 took part
    assert "Students 2" in text and "Community members 4" in text

    per_session = tmp_path / "s1.pdf"
    assert cli("print", "summary-external", "Spring", "--session", "1", "-o", str(per_session)).exit_code == 0
    one = pdf_text(per_session)
    assert "Session summary" in one and "east side" not in one


def test_a_theme_reference_that_fits_two_themes_is_refused_and_nothing_changes(community, cli, db):
    note = cli("notes", "add", "Spring", "1", "--kind", "quote", "We need safer crossings").output.strip()
    assert cli("themes", "add", "Spring", "Safety on the way").exit_code == 0
    assert cli("themes", "add", "Spring", "Safety at school").exit_code == 0
    result = cli("themes", "link", "Spring", "safety", note)
    assert result.exit_code == 2 and "Safety on the way; Safety at school" in result.output
    assert theme_store.themes_of_notes(db, community.id) == {}
    result = cli("themes", "add", "Spring", "safety AT school")
    assert result.exit_code == 2 and "already has a theme" in result.output
    result = cli("themes", "link", "Spring", "Safety on", "not-a-note")
    assert result.exit_code == 2 and "no note 'not-a-note'" in result.output
    assert cli("themes", "link", "Spring", "Safety on", note).exit_code == 0
    assert cli("themes", "unlink", "Spring", "Safety on", note).exit_code == 0
    assert theme_store.themes_of_notes(db, community.id) == {}


def test_the_trend_table_reads_perspectives_when_sessions_have_no_audience(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    theme = themes.add_theme(db, series.id, "Trust")
    for session, perspective in ((0, "Parent"), (1, "Parent"), (1, "Educator"), (2, "")):
        note = note_store.add_note(db, series.sessions[session].id, text="We need to trust each other",
                                   kind="quote", perspective=perspective)
        themes.link_notes(db, series.id, theme["id"], [note.id])
    table = trends.trend_table(db, series.id)
    assert table.by == "perspective"
    assert table.columns == ["Educator", "Parent", "Not recorded"]
    assert table.rows[0].by_column == {"Parent": 2, "Educator": 1, "Not recorded": 1}
    assert table.rows[0].by_session[2] == {"Parent": 1, "Educator": 1}
    with pytest.raises(FacilitatorError, match="not 'mood'"):
        trends.trend_table(db, series.id, "mood")


def test_a_theme_note_becomes_a_card_or_joins_the_theme_it_names(community, db):
    session = community.sessions[0].id
    note, filed = capture.save_note(db, session, text="Transport", kind="theme")
    assert filed["created"] and filed["theme"]["title"] == "Transport"
    second, filed = capture.save_note(db, session, text="transport: the bus stops at 4", kind="theme")
    assert not filed["created"] and filed["theme"]["id"] == theme_store.list_themes(db, community.id)[0]["id"]
    assert [n["id"] for n in theme_store.theme_notes(db, filed["theme"]["id"])] == [note.id, second.id]
    _, filed = capture.save_note(db, session, text="A quote", kind="quote")
    assert filed is None
    assert len(theme_store.list_themes(db, community.id)) == 1


def test_suggestions_explain_the_shared_words_and_assign_nothing(community, db):
    session = community.sessions[0].id
    theme = themes.add_theme(db, community.id, "Getting there", description="Buses and transport")
    on_theme = note_store.add_note(db, session, text="The late bus leaves too early", kind="quote")
    themes.link_notes(db, community.id, theme["id"], [on_theme.id])
    themes.add_theme(db, community.id, "Feeling heard")
    loose = note_store.add_note(db, session, text="Our bus is always late and nobody listens", kind="note")
    found = suggest_themes(db, loose.id)
    assert [s.title for s in found] == ["Getting there"]
    assert set(found[0].words) >= {"bus", "late"} and "“bus”" in found[0].reason and "1 note" in found[0].reason
    assert theme_store.themes_of_notes(db, community.id, [loose.id]) == {}
    unrelated = note_store.add_note(db, session, text="Childcare during meetings", kind="need")
    assert suggest_themes(db, unrelated.id) == []


def test_actions_go_into_what_happens_next_in_the_summary_and_the_thank_you(community, cli, db, tmp_path):
    result = cli("notes", "add", "Spring", "3", "--kind", "action",
                 "Post the summary on the district site; owner: Communications office; due: 2027-04-15")
    assert result.exit_code == 0, result.output
    [action] = note_store.list_notes(db, community.id, kinds=["action"])
    assert (action.text, action.action_owner, action.action_due) == (
        "Post the summary on the district site", "Communications office", "2027-04-15")
    bad = cli("notes", "add", "Spring", "3", "--kind", "action", "--due", "next week", "Call back")
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    out = tmp_path / "ext.pdf"
    assert cli("print", "summary-external", "Spring", "-o", str(out)).exit_code == 0
    text = " ".join(pdf_text(out).split())
    assert "What happens next" in text and "Communications office" in text and "2027-04-15" in text
    first = messages.messages_for(db, community.id, community.sessions[0].id, "thank-you")[0].body
    assert "Post the summary" not in first  # session 1 decided nothing
    series_wide = messages.messages_for(db, community.id, community.sessions[0].id, "thank-you",
                                        series_summary=True)[0].body
    assert "What happens next:" in series_wide and "Post the summary on the district site" in series_wide
    drafts = cli("messages", "Spring", "--session", "1", "--template", "thank-you", "--series-summary", "--json",
                 "-o", str(tmp_path / "drafts"))
    assert drafts.exit_code == 0, drafts.output
    assert "(Communications office, 2027-04-15)" in json.loads(drafts.output)[0]["body"]


def test_the_internal_summary_lists_notes_by_kind_with_perspective_and_group(community, cli, tmp_path):
    for kind, text, extra in (("quote", "We were never asked", ["--perspective", "Parent", "--group", "Table 2"]),
                              ("tension", "Speed against care", []), ("need", "Childcare", []),
                              ("offer", "Our church hall is free", []), ("request", "Spanish materials", []),
                              ("parking_lot", "Budget question for the board", [])):
        assert cli("notes", "add", "Spring", "2", "--kind", kind, *extra, text).exit_code == 0
    out = tmp_path / "internal.pdf"
    assert cli("print", "summary-internal", "Spring", "-o", str(out)).exit_code == 0
    text = pdf_text(out)
    headings = ["Quotes", "Tensions", "Needs", "Offers", "Requests", "Parking lot"]
    positions = [text.index(f"\n{h}\n") for h in headings]
    assert positions == sorted(positions)
    assert text.index("Speed against care") > positions[1] and text.index("Childcare") > positions[2]
    quote = " ".join(text[positions[0]:positions[1]].split())
    assert "We were never asked" in quote and "Parent" in quote and "Table 2" in quote
    assert "Ngozi Okafor" in text  # internal: names of who took part


def test_a_multi_select_column_is_counted_and_small_demographic_cells_print_as_under_5(community, cli, db,
                                                                                        tmp_path):
    path = tmp_path / "after.csv"
    rows = ["Timestamp,Your name,Race/ethnicity (select all that apply),Which topics matter most?,Anything else?,"
            "What would make this fairer for every race and gender?"]
    races = ["Black; White", "Asian", "Black", "Black;Latino", "Black", "Black", "White"]
    topics = ["Buses;Safety", "Buses", "Safety;Buses", "Buses", "Buses;Safety", "Buses", "Safety"]
    for i, (race, topic) in enumerate(zip(races, topics)):
        rows.append(f'2027-03-02,Person {i},"{race}","{topic}","Thank you, truly — number {i}",'
                    f'"Interpreters at every table and childcare in the next room, idea {i}"')
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = cli("survey", "import", "Spring", "2", str(path))
    assert result.exit_code == 0, result.output
    assert "Race/ethnicity (select all that apply): Black 5, White <5, Asian <5, Latino <5" in result.output
    assert "Which topics matter most?: Buses 6, Safety 4" in result.output  # not demographic: exact
    notes = note_store.list_notes(db, community.id, kinds=["survey"])
    assert len(notes) == 14 and sum(n.text.startswith("Thank you") for n in notes) == 7
    assert sum(n.block_title.startswith("What would make this fairer") for n in notes) == 7  # written answers
    assert not any("Black" in n.text or "Buses" in n.text for n in notes)
    out = tmp_path / "ext.pdf"
    assert cli("print", "summary-external", "Spring", "-o", str(out)).exit_code == 0
    text = " ".join(pdf_text(out).split())
    assert "Black 5, White <5" in text and "Person" not in text


def test_a_survey_from_excel_is_read_like_its_csv(community, db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Email", "Gender", "Age range", "What would you change?"])
    for i, (gender, age) in enumerate((("Woman", "25-34"), ("Man", "35-44"), ("Woman", "25-34"),
                                       ("Non-binary", "65+"), ("Woman", "25-34"), ("Woman", "35-44"),
                                       ("Woman", "25-34"))):
        sheet.append([f"p{i}@example.org", gender, age, f"Longer evenings, idea {i}"])
    path = tmp_path / "after.xlsx"
    book.save(path)
    result = survey.import_survey(db, community.sessions[0].id, path)
    assert result["responses"] == 7 and result["notes"] == 7 and result["skipped"] == ["Email"]
    assert result["choice_questions"]["Gender"] == {"Woman": 5, "Man": 1, "Non-binary": 1}
    assert survey.counts_line("Gender", result["choice_questions"]["Gender"]) == \
        "Gender: Woman 5, Man <5, Non-binary <5"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    before = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    with pytest.raises(FacilitatorError, match="broken.xlsx"):
        survey.import_survey(db, community.sessions[0].id, broken)
    assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == before


def test_framework_from_the_command_line(community, cli):
    assert cli("framework", "add", "Spring", "Every child can get to school safely").exit_code == 0
    assert cli("framework", "add", "Spring", "--kind", "tension", "Cost against reach").exit_code == 0
    assert cli("framework", "add", "Spring", "--kind", "guardrail", "--statement", "every child",
               "No route longer than 45 minutes").exit_code == 0
    assert cli("framework", "add", "Spring", "--kind", "question", "Who pays for late buses?").exit_code == 0
    snap = cli("framework", "snapshot", "Spring", "--label", "After the families", "--session", "2")
    assert snap.exit_code == 0 and "Version 1: After the families (1 statements)" in snap.output
    data = json.loads(cli("framework", "show", "Spring", "--json").output)
    [statement] = data["statements"]
    assert (statement["tensions"], statement["guardrails"], statement["questions"]) == (
        "Cost against reach", "No route longer than 45 minutes", "Who pays for late buses?")
    assert data["versions"][0]["session"] == 2 and data["versions"][0]["moment"] == "after"
    result = cli("framework", "add", "Spring", "--kind", "tension", "--statement", "9", "x")
    assert result.exit_code == 2 and "no value statement '9'" in result.output


def test_trends_in_the_csv_export_and_printed(community, db, tmp_path):
    theme = themes.add_theme(db, community.id, "Getting there")
    for session in community.sessions:
        note = note_store.add_note(db, session.id, text="The bus", kind="quote")
        themes.link_notes(db, community.id, theme["id"], [note.id])
    themes.add_theme(db, community.id, "Nothing yet")
    rows = export.series_tables(db, community.id)["trends.csv"]
    assert rows[0] == ["theme", "group", "session", "notes", "grouped_by"]
    assert ["Getting there", "Families", "2", "1", "audience"] in rows
    assert ["Nothing yet", "", "", "0", "audience"] in rows
    out = tmp_path / "trends.pdf"
    from facilitator import documents
    out.write_bytes(documents.render(db, "trends", community.id))
    text = pdf_text(out)
    assert "Trend analysis" in text and "Getting there" in text and "Community" in text


def test_synthesis_hours_recorded_and_shown(community, cli):
    result = cli("series", "synthesis-hours", "Spring", "--planned", "16", "--actual", "40")
    assert result.exit_code == 0 and "16 h planned, 40 h spent (24 h over the plan)" in result.output
    result = cli("series", "synthesis-hours", "Spring", "--actual", "twelve")
    assert result.exit_code == 2 and "not a number of hours" in result.output
    assert "40 h spent" in cli("series", "synthesis-hours", "Spring").output


def test_markup_and_scripts_typed_anywhere_print_as_typed(community, db, tmp_path):
    from facilitator import documents
    from facilitator.storage import series as series_store

    hostile = "<b>Bus & “rides”</b> <font size=40>"
    series_store.update_session(db, community.sessions[0].id, audience="Élèves <7e>")
    theme = themes.add_theme(db, community.id, hostile, description="a < b & c")
    quote = note_store.add_note(db, community.sessions[0].id, text="Ничего <i>не</i> αλλάζει & <br/>", kind="quote",
                                perspective="<Parent>", group_label="Table <3>")
    themes.link_notes(db, community.id, theme["id"], [quote.id])
    capture.save_note(db, community.sessions[0].id, text="Fix <u>it</u>; owner: A&B <Office>; due: 2027-05-01",
                      kind="action")
    for kind in ("summary-external", "summary-internal", "trends"):
        text = " ".join(pdf_text(_write(tmp_path / f"{kind}.pdf", documents.render(db, kind, community.id))).split())
        assert "<b>Bus & “rides”</b>" in text, kind
        assert "Élèves <7e>" in text, kind
        if kind != "trends":
            assert "Ничего <i>не</i> αλλάζει & <br/>" in text and "A&B <Office>" in text, kind


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
