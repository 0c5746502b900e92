"""A participant can see everything held about them and have it erased: their roster row,
attendance and group history go; notes they took stay, with no link back to them."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner

from facilitator.cli import main
from facilitator.errors import Ambiguous, NotFound
from facilitator.ids import new_id, utc_now
from facilitator.plan import templates
from facilitator.roster import personal_data
from facilitator.storage import open_workspace, roster
from facilitator.storage import series as store

EMAIL = "amara.okafor@example.org"


def _add_note(db, series_id, session_id, text, taker_id, taker):
    if "notes" not in db.table_names():  # the notes feature's table, as far as this test needs it
        db.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, series_id TEXT NOT NULL, session_id TEXT NOT NULL, "
                   "text TEXT NOT NULL, taker_id TEXT REFERENCES participants(id) ON DELETE SET NULL, "
                   "taker TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
    now = utc_now()
    db["notes"].insert({"id": new_id(), "series_id": series_id, "session_id": session_id, "text": text,
                        "taker_id": taker_id, "taker": taker, "created_at": now, "updated_at": now})


@pytest.fixture
def series_with_people(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    amara = roster.add_participant(db, series.id, name="Amara Okafor", email=EMAIL, perspective="Parent",
                                   dietary="vegetarian", role="note_taker")
    ben = roster.add_participant(db, series.id, name="Ben Ruiz", email="ben@example.org")
    roster.set_attendance(db, series.sessions[0].id, amara.id, "present")
    roster.set_attendance(db, series.sessions[1].id, amara.id, "absent")
    roster.set_attendance(db, series.sessions[0].id, ben.id, "present")
    # a table added by a later feature, pointing at participants: found by its foreign key
    db.execute("CREATE TABLE IF NOT EXISTS seat_history (id TEXT PRIMARY KEY, "
               "participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE, seat TEXT)")
    db["seat_history"].insert({"id": new_id(), "participant_id": amara.id, "seat": "Inner circle"})
    _add_note(db, series.id, series.sessions[0].id, "Trust came up in every group.", amara.id, "Amara Okafor")
    _add_note(db, series.id, series.sessions[0].id, "Ben's table wanted more time.", ben.id, "Ben Ruiz")
    return series, amara, ben


@pytest.mark.parametrize("ref", ["Amara Okafor", EMAIL.upper(), "id"])
def test_export_gathers_everything_about_them(db, series_with_people, ref):
    series, amara, _ben = series_with_people
    data = personal_data.export_participant(db, series.id, amara.id if ref == "id" else ref)
    assert data["participant"]["email"] == EMAIL and data["participant"]["dietary"] == "vegetarian"
    assert [(a["session_number"], a["status"]) for a in data["attendance"]] == [(1, "present"), (2, "absent")]
    assert [n["text"] for n in data["notes_taken"]] == ["Trust came up in every group."]
    assert [r["seat"] for r in data["groups"]["seat_history"]] == ["Inner circle"]
    assert "Ben Ruiz" not in json.dumps(data)


def test_erase_removes_them_and_unlinks_their_notes(db, db_path, series_with_people):
    series, amara, ben = series_with_people
    result = personal_data.erase_participant(db, series.id, EMAIL)
    assert result["name"] == "Amara Okafor"
    assert [p.name for p in roster.list_participants(db, series.id)] == ["Ben Ruiz"]
    assert db.execute("SELECT COUNT(*) FROM attendance WHERE participant_id = ?", [amara.id]).fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM seat_history").fetchone()[0] == 0
    notes = {r["text"]: r for r in db.query("SELECT * FROM notes")}
    kept = notes["Trust came up in every group."]
    assert kept["taker_id"] is None and kept["taker"] == ""
    assert notes["Ben's table wanted more time."]["taker_id"] == ben.id
    # nothing in the file links back to them, not even freed pages
    db.close()
    raw = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                  if db_path.with_name(db_path.name + "-wal").exists() else b"")
    assert EMAIL.encode() not in raw and amara.id.encode() not in raw


def test_unknown_and_ambiguous_people_are_named(db, series_with_people):
    series, _amara, _ben = series_with_people
    with pytest.raises(NotFound, match="'Nobody Here'"):
        personal_data.export_participant(db, series.id, "Nobody Here")
    roster.add_participant(db, series.id, name="Ben Ruiz")
    with pytest.raises(Ambiguous, match="use their email or id"):
        personal_data.erase_participant(db, series.id, "Ben Ruiz")


def test_cli_exports_to_an_owner_only_file_and_erases(db, db_path, series_with_people, tmp_path):
    series, amara, _ben = series_with_people
    db.close()
    out = tmp_path / "amara.json"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(db_path), "participant", "export", "Charter", EMAIL, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["participant"]["id"] == amara.id
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    result = runner.invoke(main, ["--db", str(db_path), "participant", "erase", "Charter", "Amara Okafor"], input="n\n")
    assert result.exit_code != 0  # declined
    result = runner.invoke(main, ["--db", str(db_path), "participant", "erase", "Charter", "Amara Okafor", "--yes"])
    assert result.exit_code == 0 and "Erased Amara Okafor" in result.output
    result = runner.invoke(main, ["--db", str(db_path), "participant", "export", "Charter", EMAIL])
    assert result.exit_code == 2 and "Nobody on this roster" in result.output


def test_erase_reaches_groups_rules_fishbowls_and_followups(db, series_with_people):
    from facilitator.clock import FakeClock
    from facilitator.storage import debrief, fishbowls
    from facilitator.storage import groups as breakouts

    series, amara, ben = series_with_people
    cleo = roster.add_participant(db, series.id, name="Cleo Park")
    dan = roster.add_participant(db, series.id, name="Dan Wu")
    session_id = series.sessions[0].id
    breakouts.save_round(db, series_id=series.id, session_id=session_id,
                         groups=[[amara.id, ben.id], [cleo.id, dan.id]], facilitators=[amara.id, None])
    breakouts.add_rule(db, series.id, "apart", [amara.id, ben.id])  # says nothing without her
    breakouts.add_rule(db, series.id, "together", [amara.id, cleo.id, dan.id])
    bowl = fishbowls.create_fishbowl(db, session_id)
    clock = FakeClock()
    fishbowls.record(db, bowl.id, clock, "seats", seat=4)
    fishbowls.record(db, bowl.id, clock, "sit", participant_id=amara.id, seat=0)
    clock.advance(30)
    fishbowls.record(db, bowl.id, clock, "speak", participant_id=amara.id)
    clock.advance(45)
    fishbowls.record(db, bowl.id, clock, "stop")
    debrief.add_followup(db, series.id, person="Amara Okafor", reason="Seemed upset", participant_id=amara.id)

    exported = personal_data.export_participant(db, series.id, EMAIL)
    assert {"breakout_members", "breakout_groups", "fishbowl_events", "grouping_rules"} <= set(exported["groups"])
    assert [f["reason"] for f in exported["other"]["followups"]] == ["Seemed upset"]

    personal_data.erase_participant(db, series.id, EMAIL)
    members = {r["participant_id"] for r in db.query("SELECT participant_id FROM breakout_members")}
    assert members == {ben.id, cleo.id, dan.id}
    assert [r["facilitator_id"] for r in db.query("SELECT facilitator_id FROM breakout_groups")] == [None, None]
    rules = [sorted(json.loads(r["participant_ids"])) for r in db.query("SELECT participant_ids FROM grouping_rules")]
    assert rules == [sorted([cleo.id, dan.id])]
    assert db.execute("SELECT COUNT(*) FROM followups").fetchone()[0] == 0
    state = fishbowls.load_state(db, bowl.id)  # the log still replays, with nobody linked to her
    assert amara.id not in state.spoken and sum(state.spoken.values()) == pytest.approx(45)
