"""Many `facilitator` processes on one workspace at once, as a foot pedal, scripts and the app do.

Targets (the workspace-integrity issue's acceptance): 90 `notes add` in three bursts of 30
simultaneous processes — 0 failures, 0 duplicates, all 90 present; 20 simultaneous openings of a
changed file — no traceback. Exits 1 when a target is missed. Figures include the seconds each
burst took, which depend on the machine (each process starts Python and the command line).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from facilitator.plan import templates
from facilitator.storage import notes as note_store
from facilitator.storage import open_workspace
from facilitator.storage import series as store

COMMAND = [sys.executable, "-m", "facilitator"]


def _burst(commands: list[list[str]]) -> tuple[list[subprocess.CompletedProcess], float]:
    began = time.perf_counter()
    running = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in commands]
    done = []
    for process in running:
        out, err = process.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return done, time.perf_counter() - began


def main() -> int:
    missed = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shared.db"
        db = open_workspace(path)
        series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
        db.close()
        failed = 0
        for burst in range(3):
            results, seconds = _burst([COMMAND + ["--db", str(path), "notes", "add", "Charter", "1",
                                                  f"burst {burst} note {i}"] for i in range(30)])
            bad = [r for r in results if r.returncode != 0]
            failed += len(bad)
            print(f"notes add burst {burst + 1}: 30 processes, {len(bad)} failed, {seconds:.1f} s")
            for r in bad[:3]:
                print("   ", r.stderr.strip().splitlines()[-1:])
        db = open_workspace(path)
        texts = [n.text for n in note_store.list_notes(db, series.id)]
        store.create_series(db, title="A change, so every opening below wants a backup")
        db.close()
        duplicates = len(texts) - len(set(texts))
        print(f"notes present: {len(texts)} of 90, duplicates: {duplicates}")
        if failed or duplicates or len(texts) != 90:
            missed.append("90 concurrent notes add")
        results, seconds = _burst([COMMAND + ["--db", str(path), "series", "list"] for _ in range(20)])
        tracebacks = [r for r in results if "Traceback" in r.stderr or r.returncode != 0]
        print(f"20 simultaneous openings: {len(tracebacks)} failed, {seconds:.1f} s")
        if tracebacks:
            missed.append("20 simultaneous openings")
    if missed:
        print("Missed:", ", ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
