"""``facilitator notes``, ``themes`` and ``survey`` as a user runs them."""

from __future__ import annotations

import json

import pytest

from facilitator.plan import templates
from facilitator.storage import themes as theme_store


@pytest.fixture(autouse=True)
def charter(db):
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")


def test_add_then_search_and_list_as_json(cli):
    added = cli("notes", "add", "Charter", "1", "--kind", "quote", "--block", "4.1", "--group", "Group A",
                "We want the same thing for our kids")
    assert added.exit_code == 0, added.output
    note_id = added.output.strip()
    cli("notes", "add", "Charter", "2", "Transport keeps coming up")
    found = json.loads(cli("notes", "search", "Charter", 'same "thing', "--json").output)
    assert [(n["id"], n["kind"], n["group"], n["session"]) for n in found] == [(note_id, "quote", "Group A", 1)]
    assert found[0]["block"]
    listed = json.loads(cli("notes", "list", "Charter", "--session", "2", "--json").output)
    assert [n["text"] for n in listed] == ["Transport keeps coming up"]
    assert json.loads(cli("notes", "search", "Charter", "kids", "--kind", "note", "--json").output) == []
    in_block = json.loads(cli("notes", "search", "Charter", "", "--session", "1", "--block", "4.1", "--json").output)
    assert [n["id"] for n in in_block] == [note_id]
    assert cli("notes", "search", "Charter", "", "--block", "2").exit_code == 2


def test_bad_block_and_session_are_clear_errors(cli):
    result = cli("notes", "add", "Charter", "1", "--block", "99", "text")
    assert result.exit_code == 2 and "no agenda block '99'" in result.output
    result = cli("notes", "add", "Charter", "7", "text")
    assert result.exit_code == 2 and "no session '7'" in result.output


def test_themes_list_shows_counts_and_illustrative_quotes(cli, db):
    note_id = cli("notes", "add", "Charter", "1", "--kind", "quote", "--perspective", "Parent",
                  "Nobody asked us").output.strip()
    series_id = db.execute("SELECT id FROM series").fetchone()[0]
    theme = theme_store.create_theme(db, series_id, "Being asked")
    theme_store.tag_notes(db, theme["id"], [note_id])
    theme_store.set_illustrative(db, theme["id"], note_id, True)
    data = json.loads(cli("themes", "list", "Charter", "--json").output)
    assert data[0]["title"] == "Being asked" and data[0]["by_session"] == {"1": 1}
    assert data[0]["illustrative_quotes"] == [{"text": "Nobody asked us", "perspective": "Parent", "session": 1}]
    assert "“Nobody asked us”  [Parent]" in cli("themes", "list", "Charter").output


def test_survey_import_reports_and_bad_file_exits_2(cli, tmp_path):
    good = tmp_path / "s1.csv"
    good.write_text("Rating,Comments\nGood,Loved the pairs\nGood,More breaks\nOkay,\n", encoding="utf-8")
    result = cli("survey", "import", "Charter", "1", str(good))
    assert result.exit_code == 0, result.output
    assert "3 responses, 2 written answers" in result.output and "Rating: Good 2, Okay 1" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("A,B\n1,2,3\n", encoding="utf-8")
    result = cli("survey", "import", "Charter", "1", str(bad))
    assert result.exit_code == 2 and "bad.csv, line 2" in result.output
