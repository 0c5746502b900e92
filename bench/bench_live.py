"""How long the live view's repaint takes: one ``status()`` replays the whole event log; and
how long a foot pedal's ``facilitator live toggle`` takes as a whole process.

Targets: a status far under 200 ms (the view repaints five times a second) even for a log of
2,000 actions, an action under 250 ms, and ``live toggle`` within 2x the wall time of
``python -c "import sqlite_utils, click"`` (the floor for any command), measured in turn in
this run (median of 9 pairs, so a busy machine slows both).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.clock import FakeClock
from facilitator.live import LiveSession
from facilitator.plan import templates
from facilitator.storage import open_workspace
from facilitator.storage import series as store

STATUS_MS = 200 / 4
ACTION_MS = 250
TOGGLE_RATIO = 2.0
RUNS = 9


def toggle_ratio(folder: Path) -> tuple[float, float, float]:
    """Median wall seconds of `facilitator live toggle` and of the bare import, and their ratio."""
    env = dict(os.environ, FACILITATOR_DB=str(folder / "toggle.db"), FACILITATOR_DATA_DIR=str(folder / "data"))
    cli = [str(Path(sys.executable).parent / "facilitator")]
    subprocess.run(cli + ["series", "new", "--template", "breakthrough", "--title", "Pedal"], env=env,
                   check=True, capture_output=True)
    toggle = cli + ["live", "toggle", "Pedal", "1"]
    bare = [sys.executable, "-c", "import sqlite_utils, click"]
    pedal, floor = [], []
    for _ in range(RUNS):
        for command, times in ((toggle, pedal), (bare, floor)):
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    a, b = statistics.median(pedal), statistics.median(floor)
    return a, b, a / b


def main() -> int:
    worst_status = worst_action = 0.0
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
            worst_status, worst_action = max(worst_status, per_status), max(worst_action, per_action)
        db.close()
        pedal, floor, ratio = toggle_ratio(Path(folder))
    print(f"live toggle {pedal * 1000:.0f} ms, python -c 'import sqlite_utils, click' {floor * 1000:.0f} ms: "
          f"{ratio:.2f}x (medians of {RUNS})")
    met = worst_status < STATUS_MS and worst_action < ACTION_MS and ratio <= TOGGLE_RATIO
    print(f"targets status < {STATUS_MS:.0f} ms, action < {ACTION_MS} ms, toggle within {TOGGLE_RATIO:.0f}x:",
          "met" if met else "MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
