"""How long the live view's repaint takes: one ``status()`` replays the whole event log.

The view repaints five times a second, so a status must stay far under 200 ms even for a
session with an unusually long log (thousands of actions).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from facilitator import templates
from facilitator.clock import FakeClock
from facilitator.live import LiveSession
from facilitator.storage import open_workspace
from facilitator.storage import series as store


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "bench.db")
        series = templates.create_series(db, templates.get_template("breakthrough"), title="Bench")
        session_id = store.list_sessions(db, series.id)[0].id
        clock = FakeClock()
        live = LiveSession(db, session_id, clock)
        live.start()
        print(f"{'events':>7}  {'status() ms':>11}  {'action ms':>9}")
        written = 1
        for target in (10, 100, 1000, 2000):
            while written < target:
                clock.advance(1)
                live.toggle()
                written += 1
            runs = 200
            began = time.perf_counter()
            for _ in range(runs):
                live.status()
            per_status = (time.perf_counter() - began) / runs * 1000
            began = time.perf_counter()
            live.toggle()
            written += 1
            per_action = (time.perf_counter() - began) * 1000
            print(f"{target:>7}  {per_status:>11.2f}  {per_action:>9.1f}")
        db.close()


if __name__ == "__main__":
    main()
