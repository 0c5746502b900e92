"""``facilitator groups assign`` and ``groups show`` over a workspace file."""

from __future__ import annotations

import json

from facilitator.demo.roster import add_sample_roster
from facilitator.plan import templates
from facilitator.storage import open_workspace


def _setup(db_path):
    db = open_workspace(db_path)
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    people = add_sample_roster(db, series.id)
    db.close()
    return people


def test_assign_saves_rounds_and_show_reads_them_back(db_path, cli):
    people = _setup(db_path)
    result = cli("groups", "assign", "Charter", "1", "--groups", "5", "--rounds", "2", "--time-limit", "1", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["rounds"]) == 2
    for round_ in data["rounds"]:
        assert sorted(m["id"] for g in round_["groups"] for m in g["members"]) == sorted(p.id for p in people)
        assert round_["quality"]["hard_violations"] == 0
    shown = cli("groups", "show", "Charter", "1")
    assert shown.exit_code == 0
    assert "Amara Okafor" in shown.output and "repeat pairs" in shown.output.lower()


def test_assign_needs_one_of_size_or_groups_and_reports_impossible_requests(db_path, cli):
    _setup(db_path)
    both = cli("groups", "assign", "Charter", "1", "--size", "3", "--groups", "4")
    assert both.exit_code == 2 and "exactly one" in both.output
    many = cli("groups", "assign", "Charter", "1", "--groups", "30", "--time-limit", "1")
    assert many.exit_code == 2 and "cannot be made" in many.output


def test_rules_added_on_the_command_line_hold_in_every_round(db_path, cli):
    _setup(db_path)
    added = cli("groups", "rule", "add", "Charter", "--apart", "Amara Okafor", "Jonah Feld", "--note", "Same network")
    assert added.exit_code == 0, added.output
    listed = json.loads(cli("groups", "rule", "list", "Charter", "--json").output)
    assert [p["name"] for p in listed[0]["people"]] == ["Amara Okafor", "Jonah Feld"]
    result = json.loads(cli("groups", "assign", "Charter", "1", "--groups", "3", "--rounds", "3", "--time-limit", "1",
                            "--json").output)
    for round_ in result["rounds"]:
        for group in round_["groups"]:
            assert not {"Amara Okafor", "Jonah Feld"} <= {m["name"] for m in group["members"]}
    unknown = cli("groups", "rule", "add", "Charter", "--together", "Amara Okafor", "Nobody Here")
    assert unknown.exit_code == 2 and "Nobody Here" in unknown.output
    removed = cli("groups", "rule", "remove", "Charter", listed[0]["id"])
    assert removed.exit_code == 0
    assert "No grouping rules" in cli("groups", "rule", "list", "Charter").output
