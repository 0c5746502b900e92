"""Themes, debriefs, follow-ups, framework versions and survey import."""

from __future__ import annotations

import pytest

from facilitator.errors import FacilitatorError, InvalidInput
from facilitator.plan import templates
from facilitator.storage import debrief as debrief_store
from facilitator.storage import framework as fw
from facilitator.storage import notes as store
from facilitator.storage import series as series_store
from facilitator.storage import surveys as survey_store
from facilitator.storage import themes as theme_store
from facilitator.synthesis import framework_diff as framework
from facilitator.synthesis import survey


@pytest.fixture
def series(db):
    return templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")


def _notes(db, session_id, *texts, **kw):
    return [store.add_note(db, session_id, text=t, **kw).id for t in texts]


def test_counts_per_theme_per_session_audience_and_group(db, series):
    s1, s2 = series.sessions[0].id, series.sessions[1].id
    series_store.update_session(db, s1, audience="Families")
    series_store.update_session(db, s2, audience="Students")
    a = _notes(db, s1, "bus", "late bus", group_label="Group A")
    b = _notes(db, s2, "no bus on Saturdays", group_label="Group B")
    theme = theme_store.create_theme(db, series.id, "Getting there")
    assert theme_store.tag_notes(db, theme["id"], a + b + a) == a + b  # a repeat changes nothing
    counts = theme_store.theme_counts(db, series.id)[0]
    assert counts["notes"] == 3
    assert counts["by_session"] == {1: 2, 2: 1}
    assert counts["by_audience"] == {"Families": 2, "Students": 1}
    assert counts["by_group"] == {"Group A": 2, "Group B": 1}


def test_a_note_can_carry_several_themes(db, series):
    [note] = _notes(db, series.sessions[0].id, "Trust and money")
    t1 = theme_store.create_theme(db, series.id, "Trust")
    t2 = theme_store.create_theme(db, series.id, "Money")
    theme_store.tag_notes(db, t1["id"], [note])
    theme_store.tag_notes(db, t2["id"], [note])
    assert theme_store.themes_of_notes(db, series.id) == {note: ["Trust", "Money"]}


def test_merge_moves_notes_keeps_marks_and_undoes(db, series):
    n = _notes(db, series.sessions[0].id, "one", "two", "three")
    keep = theme_store.create_theme(db, series.id, "Belonging")
    gone = theme_store.create_theme(db, series.id, "Being welcome")
    theme_store.tag_notes(db, keep["id"], n[:2])
    theme_store.tag_notes(db, gone["id"], n[1:])
    theme_store.set_illustrative(db, gone["id"], n[2], True)
    merged = theme_store.merge_themes(db, gone["id"], keep["id"])
    assert [t["title"] for t in theme_store.list_themes(db, series.id)] == ["Belonging"]
    assert {x["id"] for x in theme_store.theme_notes(db, keep["id"])} == set(n)
    assert [q["id"] for q in theme_store.illustrative_quotes(db, keep["id"])] == [n[2]]
    theme_store.unmerge_themes(db, merged)
    assert {t["title"]: t["notes"] for t in theme_store.list_themes(db, series.id)} == {
        "Belonging": 2, "Being welcome": 2}
    assert theme_store.illustrative_quotes(db, keep["id"]) == []


def test_split_moves_chosen_notes_to_a_new_theme_and_undoes(db, series):
    n = _notes(db, series.sessions[0].id, "fees", "buses", "lunch")
    theme = theme_store.create_theme(db, series.id, "Costs")
    theme_store.tag_notes(db, theme["id"], n)
    split = theme_store.split_theme(db, theme["id"], [n[1]], "Transport")
    assert {t["title"]: t["notes"] for t in theme_store.list_themes(db, series.id)} == {"Costs": 2, "Transport": 1}
    theme_store.unsplit_theme(db, split)
    assert {t["title"]: t["notes"] for t in theme_store.list_themes(db, series.id)} == {"Costs": 3}
    with pytest.raises(FacilitatorError):
        theme_store.merge_themes(db, theme["id"], theme["id"])


def test_debrief_checklist_and_followups(db, series):
    session_id = series.sessions[0].id
    items = debrief_store.debrief(db, session_id)
    assert len(items) == 5 and not any(i["done"] for i in items)
    old = debrief_store.answer_debrief(db, session_id, "went_well", answer="Pairs ran long", done=True)
    assert old == {"answer": "", "done": False}
    assert debrief_store.debrief(db, session_id)[0] == {**items[0], "answer": "Pairs ran long", "done": True}
    call = debrief_store.add_followup(db, series.id, person="Ana", reason="Quiet in the fishbowl", owner="Jo",
                                      session_id=session_id)
    done = debrief_store.add_followup(db, series.id, person="Ben")
    debrief_store.update_followup(db, done["id"], status="done")
    debrief_store.update_followup(db, call["id"], status="called")
    assert [(f["person"], f["status"], f["session"]) for f in debrief_store.followups(db, series.id)] == [
        ("Ana", "called", 1), ("Ben", "done", None)]


def test_framework_versions_diff_word_by_word(db, series):
    trust = fw.add_statement(db, series.id, "Every family deserves a good public school nearby",
                             tensions="choice vs neighbourhood")
    fw.add_statement(db, series.id, "Decisions are made in the open")
    v1 = fw.snapshot_framework(db, series.id, session_id=series.sessions[2].id, moment="before")
    fw.update_statement(db, trust["id"], statement="Every family deserves a great public school close to home")
    removed = fw.statements(db, series.id)[1]
    fw.delete_statement(db, removed["id"])
    fw.add_statement(db, series.id, "Students are heard in decisions about them")
    v2 = fw.snapshot_framework(db, series.id, session_id=series.sessions[2].id, moment="after")
    assert [v["label"] for v in fw.framework_versions(db, series.id)] == ["v1", "v2"]

    diffs = framework.diff_versions(v1["statements"], v2["statements"])
    assert framework.summary(diffs) == {"added": 1, "removed": 1, "changed": 1, "same": 0}
    changed = next(d for d in diffs if d.status == "changed")
    ops = [(w.op, w.text) for w in changed.words["statement"]]
    assert ("delete", "good") in ops and ("insert", "great") in ops
    assert ("delete", "nearby") in ops and ("insert", "close to home") in ops
    assert "tensions" not in changed.words


def test_statements_link_supporting_notes(db, series):
    n = _notes(db, series.sessions[0].id, "open meetings please")
    s = fw.add_statement(db, series.id, "Decisions are made in the open")
    fw.link_notes(db, s["id"], n)
    assert fw.statements(db, series.id)[0]["note_ids"] == n


def test_survey_counts_choices_and_turns_answers_into_notes(db, series, tmp_path):
    path = tmp_path / "after_s1.csv"
    path.write_text(
        "Timestamp,Your name,How useful was today?,What should we change?,Would you come again?\n"
        "2026-06-01,Ana Ruiz,Very,More time in pairs,Yes\n"
        "2026-06-01,Ben Oduya,Somewhat,\"Less talk from the front,\nmore listening\",Yes\n"
        "2026-06-01,Cy,Very,Snacks that fit Ramadan,No\n", encoding="utf-8")
    result = survey.import_survey(db, series.sessions[0].id, path)
    assert result["responses"] == 3 and result["notes"] == 3
    assert result["choice_questions"] == {"How useful was today?": {"Very": 2, "Somewhat": 1},
                                          "Would you come again?": {"Yes": 2, "No": 1}}
    notes = store.list_notes(db, series.id, kinds=["survey"])
    assert [n.text for n in notes][0] == "More time in pairs"
    assert not any("Ana" in n.text or "Ruiz" in n.text for n in notes)
    assert survey_store.survey_imports(db, series.sessions[0].id)[0]["responses"] == 3


@pytest.mark.parametrize("content, where", [
    (b"", "empty.csv: is empty"),
    (b"Q1,Q1\na,b\n", "bad.csv, line 1, field 'Q1'"),
    (b"Q1,Q2\na,b\nc,d,e\n", "bad.csv, line 3, field 'column 3'"),
    (b"Q1\nok\n\xff\xfe broken\n", "bad.csv, line 3"),
])
def test_a_bad_survey_names_file_line_and_field_and_changes_nothing(db, series, tmp_path, content, where):
    path = tmp_path / ("empty.csv" if not content else "bad.csv")
    path.write_bytes(content)
    before = db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    with pytest.raises(InvalidInput) as error:
        survey.import_survey(db, series.sessions[0].id, path)
    assert str(error.value).startswith(where)
    assert db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == before
    assert db.execute("SELECT COUNT(*) FROM survey_imports").fetchone()[0] == 0


def test_erasing_a_participant_removes_the_calls_about_them(db, series):
    from facilitator.roster import personal_data
    from facilitator.storage import roster

    ana = roster.add_participant(db, series.id, name="Ana Ruiz")
    debrief_store.add_followup(db, series.id, person="Ana Ruiz", participant_id=ana.id, reason="Left early")
    debrief_store.add_followup(db, series.id, person="Ben", reason="Wants the data")
    personal_data.erase_participant(db, series.id, ana.id)
    assert [f["person"] for f in debrief_store.followups(db, series.id)] == ["Ben"]
