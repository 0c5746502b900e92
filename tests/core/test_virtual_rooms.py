"""A round as Zoom breakout rooms (pre-assignment CSV) or a list for Teams."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from facilitator.cli import main
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import roster


def test_zoom_csv_has_a_room_per_group_and_names_who_has_no_email(db, db_path, tmp_path):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Virtual talks")
    for i in range(11):
        roster.add_participant(db, series.id, name=f"Person {i}", email=f"p{i}@example.org" if i else "",
                               perspective=["Student", "Parent"][i % 2])
    breakout = assign.assign_groups(db, series.sessions[1].id, size=4, time_limit=0.3).rounds[0]
    out = tmp_path / "rooms.csv"
    result = CliRunner().invoke(main, ["--db", str(db_path), "groups", "export", series.id, "2", "--zoom",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["Pre-assign Room Name", "Email Address"]
    assert {r["Pre-assign Room Name"] for r in rows} == {g.label for g in breakout.groups}
    assert len(rows) == 10 and "p0@example.org" not in out.read_text(encoding="utf-8")
    assert "Warning: no e-mail for Person 0" in result.output
    teams = tmp_path / "rooms.txt"
    result = CliRunner().invoke(main, ["--db", str(db_path), "groups", "export", series.id, "2", "--teams",
                                       "-o", str(teams)])
    assert result.exit_code == 0 and "Person 0\n" in teams.read_text(encoding="utf-8")
