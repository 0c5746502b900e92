"""``facilitator team`` as a lead and a note-taker run it, each on their own workspace file."""

from __future__ import annotations

import json
import os

from click.testing import CliRunner

from facilitator.cli import main
from facilitator.plan import templates
from facilitator.storage import open_workspace


def run(db_path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *args])


def test_pack_join_capture_sync_and_status(tmp_path):
    lead, laptop, folder = tmp_path / "lead.db", tmp_path / "table3.db", tmp_path / "Shared drive"
    db = open_workspace(lead, backup=False)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    db.close()
    packed = run(lead, "team", "pack", "Charter", "-o", str(tmp_path / "charter.fteam"))
    assert packed.exit_code == 0, packed.output
    joined = run(laptop, "team", "join", str(tmp_path / "charter.fteam"), "--device", "Mesa 3 — Ana")
    assert joined.exit_code == 0, joined.output
    assert run(laptop, "notes", "add", "Charter", "1", "--kind", "quote", "Nadie nos preguntó").exit_code == 0
    folder.mkdir()
    synced = run(laptop, "team", "sync", "Charter", str(folder))
    assert synced.exit_code == 0 and "Wrote" in synced.output
    first = json.loads(run(lead, "team", "sync", "Charter", str(folder), "--json").output)
    assert first["merged"] == ["Mesa 3 — Ana"] and first["received"]["written"] == {"notes": 1}
    notes = json.loads(run(lead, "notes", "list", "Charter", "--json").output)
    assert [n["text"] for n in notes] == ["Nadie nos preguntó"]
    state = json.loads(run(lead, "team", "status", "Charter", "--json").output)
    assert {d["device"]: d["notes"] for d in state["devices"]} == {"lead": 0, "Mesa 3 — Ana": 1}
    assert state["role"] == "lead" and state["news"] == []
    assert "Mesa 3 — Ana: note-taker, 1 notes" in run(lead, "team", "status", "Charter").output


def test_a_damaged_file_is_named_and_the_sync_goes_on(tmp_path):
    lead, folder = tmp_path / "lead.db", tmp_path / "usb"
    db = open_workspace(lead, backup=False)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    db.close()
    run(lead, "team", "pack", "Charter", "-o", str(tmp_path / "p.fteam"))
    folder.mkdir()
    (folder / "table-1-0badf00d.fteam").write_bytes(os.urandom(500))
    result = run(lead, "team", "sync", "Charter", str(folder))
    assert result.exit_code == 0
    assert "Skipped table-1-0badf00d.fteam: table-1-0badf00d.fteam is not a Facilitator team file." in result.output


def test_sync_of_a_series_nobody_packed_is_a_clear_error(tmp_path):
    lead = tmp_path / "lead.db"
    db = open_workspace(lead, backup=False)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    db.close()
    result = run(lead, "team", "sync", "Charter", str(tmp_path))
    assert result.exit_code == 2 and "not shared with a team yet" in result.output
    assert run(lead, "team", "join", str(tmp_path / "missing.fteam"), "--device", "x").exit_code == 2



def test_a_stick_that_fills_up_is_one_sentence_and_the_merge_is_kept(tmp_path, monkeypatch):
    import errno

    from facilitator.team import files

    lead, folder = tmp_path / "lead.db", tmp_path / "stick"
    db = open_workspace(lead, backup=False)
    templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    db.close()
    run(lead, "team", "pack", "Charter", "-o", str(tmp_path / "p.fteam"))
    folder.mkdir()

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full)
    result = run(lead, "team", "sync", "Charter", str(folder))
    assert result.exit_code == 2 and "Could not write" in result.output and "No space left" in result.output
    assert list(folder.iterdir()) == []  # no temporary file left behind
    monkeypatch.undo()
    status = json.loads(run(lead, "team", "status", "Charter", "--json").output)
    assert status["last_sync"] and status["folder"] == str(folder)  # the merge itself was saved
