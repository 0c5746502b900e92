"""``facilitator groups solve``: the engine from the command line, no workspace needed."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from facilitator.cli import main


def test_json_gives_rounds_repeats_and_seconds():
    result = CliRunner().invoke(main, ["groups", "solve", "--people", "9", "--size", "3", "--rounds", "4",
                                       "--seed", "2", "--time-limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"rounds", "repeat_pairs", "seconds", "optimal", "lower_bound"}
    assert data["optimal"] is True and data["lower_bound"] == 0
    assert len(data["rounds"]) == 4
    for groups in data["rounds"]:
        assert sorted(p for g in groups for p in g) == list(range(9))
        assert all(len(g) == 3 for g in groups)
    assert data["repeat_pairs"] == 0


def test_plain_output_lists_each_round_and_the_repeats():
    result = CliRunner().invoke(main, ["groups", "solve", "--people", "7", "--size", "2", "--rounds", "2",
                                       "--time-limit", "1"])
    assert result.exit_code == 0, result.output
    assert "Round 1:" in result.output and "Round 2:" in result.output
    assert "Repeat pairs: 0 (optimal" in result.output


def test_a_plan_that_cannot_be_proven_says_it_is_the_best_found_and_the_bound():
    result = CliRunner().invoke(main, ["groups", "solve", "--people", "12", "--size", "3", "--rounds", "6",
                                       "--time-limit", "0.5"])
    assert result.exit_code == 0, result.output
    assert "best found in" in result.output and "no plan has fewer than" in result.output


def test_importing_the_command_line_loads_no_printing_spreadsheet_calendar_sync_name_or_solver_code():
    heavy = ("reportlab", "openpyxl", "icalendar", "pypdfium2", "pycrdt", "nameparser",
             "facilitator.groups.engine", "facilitator.groups", "facilitator.documents")
    code = f"import sys, facilitator.cli; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_group_of_one_is_refused():
    result = CliRunner().invoke(main, ["groups", "solve", "--people", "9", "--size", "1"])
    assert result.exit_code == 2
    assert "--size" in result.output
