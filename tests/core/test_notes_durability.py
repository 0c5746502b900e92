"""Nothing lost: a process killed with SIGKILL keeps every note it reported saved, and its draft."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from facilitator.plan import templates
from facilitator.storage import notes as store
from facilitator.storage import open_workspace

WRITER = textwrap.dedent("""
    import sys
    from facilitator.storage import open_workspace
    from facilitator.storage import notes as store
    db = open_workspace(sys.argv[1])
    session_id = sys.argv[2]
    i = 0
    while True:
        i += 1
        store.save_draft(db, session_id, f"draft {i}")
        note = store.add_note(db, session_id, text=f"note number {i}", clear_draft=(i % 2 == 0))
        print(note.id, i, flush=True)
""")


@pytest.fixture
def session_id(db):
    return templates.create_series(db, templates.get_template("breakthrough"), title="Kill").sessions[0].id


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_loses_no_reported_note_and_saves_none_twice(db, db_path, session_id, seed):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), session_id],
                            stdout=subprocess.PIPE, text=True)
    reported = [proc.stdout.readline()]  # it is writing once the first line arrives
    time.sleep(random.Random(seed).uniform(0.05, 0.6))
    os.kill(proc.pid, signal.SIGKILL)
    reported += proc.stdout.readlines()
    proc.wait()
    reported_ids = [line.split()[0] for line in reported if line.strip()]
    assert len(reported_ids) > 5

    reopened = open_workspace(db_path)
    rows = reopened.execute("SELECT id, text FROM notes WHERE session_id = ?", [session_id]).fetchall()
    stored_ids = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    assert set(reported_ids) <= set(stored_ids)
    assert len(texts) == len(set(texts))
    # at most one note past the last report: the one committed just before the kill
    assert len(stored_ids) - len(reported_ids) in (0, 1)
    # the search index agrees with the table
    assert len(store.search_notes(reopened, reopened.execute("SELECT series_id FROM sessions WHERE id = ?",
                                                             [session_id]).fetchone()[0], "number",
                                  limit=100000)) == len(stored_ids)
    reopened.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_saved_draft_survives_a_kill(db, db_path, session_id):
    script = textwrap.dedent("""
        import sys, time
        from facilitator.storage import open_workspace
        from facilitator.storage import notes as store
        db = open_workspace(sys.argv[1])
        store.save_draft(db, sys.argv[2], "The young people said the bus\\nis the real barrier")
        print("saved", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script, str(db_path), session_id], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "saved"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reopened = open_workspace(db_path)
    assert store.load_draft(reopened, session_id) == "The young people said the bus\nis the real barrier"
    reopened.close()
