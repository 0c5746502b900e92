"""How quickly the agenda editor answers on a long agenda: opening a session, one edit
(command → SQLite commit → reload), and one undo. Prints a table; run by `make bench`."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.storage import series as store  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.workspace import Workspace  # noqa: E402

HEADINGS = 30  # each with 3 sub-blocks: 120 rows, far more than any real session
ROUNDS = 30
TARGET_MS = {"open a 120-row agenda": 250, "edit minutes (commit + reload)": 100, "undo that edit": 100}
"""Medians a facilitator would still call instant (a tenth of a second for an edit), on the shared build machine."""


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    app = make_application([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FACILITATOR_DATA_DIR"] = folder
        workspace = Workspace(Path(folder) / "bench.db")
        series = store.create_series(workspace.db, title="Bench")
        session = store.add_session(workspace.db, series.id, title="Long day", duration_minutes=600)
        for h in range(HEADINGS):
            head = store.add_block(workspace.db, session.id, title=f"Part {h}", minutes=0)
            for c in range(3):
                store.add_block(workspace.db, session.id, title=f"Step {h}.{c}", minutes=5, parent_id=head.id)
        window = MainWindow(workspace)
        window.show()
        editor = window.agenda_editor
        opening = [timed(lambda: window.open_session(series.id, session.id)) for _ in range(5)]
        ids = editor.model.block_ids()
        edits, undos = [], []
        for n in range(ROUNDS):
            block_id = ids[1 + 4 * (n % HEADINGS)]
            edits.append(timed(lambda: editor._on_edit_requested(block_id, {"minutes": 6 + n % 4})))
            undos.append(timed(window.undo_action.trigger))
        app.processEvents()
        rows = [("open a 120-row agenda", opening), ("edit minutes (commit + reload)", edits),
                ("undo that edit", undos)]
        print(f"{'action':34} {'median ms':>10} {'max ms':>8}  target")
        met = True
        for name, values in rows:
            ok = statistics.median(values) < TARGET_MS[name]
            met &= ok
            print(f"{name:34} {statistics.median(values):10.1f} {max(values):8.1f}  "
                  f"median < {TARGET_MS[name]} ms: {'met' if ok else 'MISSED'}")
        window.close()
        workspace.close()
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
