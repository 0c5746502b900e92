"""``facilitator groups solve``: the engine from the command line, no workspace needed."""

from __future__ import annotations

import json

from click.testing import CliRunner

from facilitator.cli import main


def test_json_gives_rounds_repeats_and_seconds():
    result = CliRunner().invoke(main, ["groups", "solve", "--people", "9", "--size", "3", "--rounds", "4",
                                       "--seed", "2", "--time-limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"rounds", "repeat_pairs", "seconds"}
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
    assert "Repeat pairs: 0" in result.output


def test_a_group_of_one_is_refused():
    result = CliRunner().invoke(main, ["groups", "solve", "--people", "9", "--size", "1"])
    assert result.exit_code == 2
    assert "--size" in result.output
