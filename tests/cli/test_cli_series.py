"""The command line, run as a user would: in-process through the shared ``cli`` fixture, and
once as a real ``python -m facilitator`` process (the smoke test that the entry point works)."""

from __future__ import annotations

import json
import subprocess
import sys


def run(db_path, *args):
    return subprocess.run([sys.executable, "-m", "facilitator", "--db", str(db_path), *args],
                          capture_output=True, text=True)


def test_new_series_from_the_breakthrough_template_shows_its_agendas(db_path, cli):
    made = run(db_path, "series", "new", "--template", "breakthrough", "--title", "Charter talks",
               "--start", "2026-06-01")
    assert made.returncode == 0, made.stderr
    series_id = made.stdout.strip()
    shown = cli("series", "show", series_id, "--json")
    data = json.loads(shown.stdout)
    assert [sum(b["minutes"] for b in s["blocks"]) for s in data["sessions"]] == [135, 120, 420, 120]
    first = data["sessions"][0]["blocks"]
    assert [b["start"] for b in first[:3]] == ["13:00", "13:15", "13:30"]
    assert [c["start"] for c in first[3]["children"]] == ["13:45", "14:20", "14:40"]
    by_prefix = json.loads(cli("series", "show", "Char", "--json").stdout)
    assert by_prefix["id"] == series_id


def test_unknown_series_is_a_sentence_and_status_2(cli):
    result = cli("series", "show", "Nope")
    assert result.exit_code == 2
    assert "No series has the id or a title starting with 'Nope'" in result.output


def test_ambiguous_prefix_names_the_candidates(cli):
    cli("series", "new", "--title", "Spring talks")
    cli("series", "new", "--title", "Spring walks")
    result = cli("series", "show", "Spring")
    assert result.exit_code == 2 and "Spring talks" in result.output and "Spring walks" in result.output


def test_unknown_template_lists_the_available_ones(cli):
    result = cli("series", "new", "--template", "nope", "--title", "X")
    assert result.exit_code == 2 and "breakthrough" in result.output


def test_templates_and_series_list(cli):
    assert "community" in cli("templates").output
    cli("series", "new", "--template", "community", "--title", "District")
    rows = json.loads(cli("series", "list", "--json").output)
    assert [(r["title"], r["sessions"]) for r in rows] == [("District", 3)]


def _without_ids(value):
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def test_export_import_export_is_the_same_apart_from_ids(cli, tmp_path):
    series_id = cli("series", "new", "--template", "breakthrough", "--title", "Round trip",
                    "--start", "2026-06-01").output.strip()
    first = tmp_path / "first.json"
    cli("export", series_id, "--format", "json", "-o", str(first))
    new_id = cli("import", str(first)).output.strip()
    assert new_id != series_id
    second = json.loads(cli("export", new_id, "--format", "json").output)
    original = json.loads(first.read_text(encoding="utf-8"))
    assert _without_ids(second) == _without_ids(original)
    assert second["series"]["sessions"][0]["blocks"][3]["children"]


def test_a_bad_import_names_the_field_and_changes_nothing(cli, tmp_path, db_path):
    cli("series", "new", "--template", "breakthrough", "--title", "Keep")
    exported = json.loads(cli("export", "Keep").output)
    exported["series"]["sessions"][1]["blocks"][2]["minutes"] = "forty"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(exported), encoding="utf-8")
    before = db_path.read_bytes()
    result = cli("import", str(bad))
    assert result.exit_code == 2
    assert "bad.json, line 1, field 'series.sessions[1].blocks[2].minutes'" in result.output
    assert len(json.loads(cli("series", "list", "--json").output)) == 1
    assert db_path.read_bytes() == before


def test_invalid_json_names_the_line(cli, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{\n  "format": "facilitator.series",\n  oops\n}', encoding="utf-8")
    result = cli("import", str(bad))
    assert result.exit_code == 2 and "broken.json, line 3" in result.output
