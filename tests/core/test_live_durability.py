"""The live log survives a hard kill, and the command line shares it with the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from facilitator.clock import FakeClock
from facilitator.live import LiveSession
from facilitator.plan import templates
from facilitator.storage import open_workspace
from facilitator.storage import series as store

START = datetime(2026, 6, 1, 13, 0, tzinfo=timezone.utc)

RUN_THEN_HANG = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timezone
    from facilitator.clock import FakeClock
    from facilitator.live import LiveSession
    from facilitator.storage import open_workspace

    db = open_workspace(sys.argv[1])
    clock = FakeClock(datetime(2026, 6, 1, 13, 0, tzinfo=timezone.utc))
    live = LiveSession(db, sys.argv[2], clock)
    live.start()
    clock.advance(120)
    live.next()
    clock.advance(200)
    live.extend(1)
    print("mid-block", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def first_session(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    return store.list_sessions(db, series.id)[0].id


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_run_killed_mid_block_resumes_in_the_same_block(db_path, first_session):
    child = subprocess.Popen([sys.executable, "-c", RUN_THEN_HANG, str(db_path), first_session],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "mid-block"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    reopened = open_workspace(db_path)
    # Reopened 45 seconds of wall time after the last action; the timer kept running meanwhile.
    clock = FakeClock(START + timedelta(seconds=320 + 45))
    status = LiveSession(reopened, first_session, clock).status()
    assert status.running
    assert status.current.block.title == "Reflection & Sharing: Why are you here?"
    assert status.remaining_seconds == 15 * 60 + 60 - 200 - 45
    assert status.last_event.kind == "adjust"


def test_the_command_line_drives_the_same_log(db, cli, first_session):
    assert cli("live", "start", "Charter", "1").returncode == 0
    assert cli("live", "next", "Charter", "1").returncode == 0
    assert cli("live", "extend", "Charter", "1", "-5").returncode == 0
    done = cli("live", "status", "Charter", "1", "--json")
    data = json.loads(done.stdout)
    assert data["running"] is True
    assert (data["block_index"], data["block_title"]) == (1, "Reflection & Sharing: Why are you here?")
    assert 590 <= data["remaining_seconds"] <= 600 and data["overtime_seconds"] == 0
    datetime.fromisoformat(data["projected_end"])

    # What the command wrote, the app's own handle reads.
    status = LiveSession(db, first_session).status()
    assert status.current.index == 1 and status.allotted_seconds == 600

    refused = cli("live", "resume", "Charter", "1")
    assert refused.returncode == 2 and "not paused" in refused.stderr


def test_the_debrief_report_lists_planned_and_actual_minutes(db, db_path, first_session):
    from click.testing import CliRunner

    from facilitator.cli import main

    clock = FakeClock(START)
    live = LiveSession(db, first_session, clock)
    live.start()
    clock.advance(17 * 60 + 30)
    live.next()
    live.skip(6)
    result = CliRunner().invoke(main, ["--db", str(db_path), "live", "report", "Charter", "1", "--json"])
    rows = json.loads(result.output)
    assert (rows[0]["planned_minutes"], rows[0]["actual_minutes"]) == (15, 17.5)
    assert rows[5]["skipped"] and not rows[4]["skipped"]
    text = CliRunner().invoke(main, ["--db", str(db_path), "live", "report", "Charter", "1"]).output
    assert "17.5  Welcome & Context Setting" in text and "Large Group Reflection  (skipped)" in text
