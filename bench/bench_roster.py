"""Roster speed: importing, re-importing and exporting a large sign-up sheet, and refreshing
the check-in list. Targets: a 2,000-row file plans in under a second; a check-in refresh on
500 people stays under 50 ms (it runs on every keystroke-driven change at the door)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.roster import attendance as att  # noqa: E402
from facilitator.roster.spreadsheets import Table, export_csv, import_table, plan_import, read_table  # noqa: E402
from facilitator.storage import open_workspace  # noqa: E402
from facilitator.storage import series as series_store  # noqa: E402

PERSPECTIVES = ["Student", "Parent/caregiver", "Educator", "Organizer", "Funder"]


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, (time.perf_counter() - start) * 1000


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = open_workspace(folder / "bench.db")
        series_id = series_store.create_series(db, title="Bench").id
        session = series_store.add_session(db, series_id, title="One")
        source = folder / "big.csv"
        lines = ["Name;E-mail;Organisation;Stakeholder group;Dietary;Consent;Stipend"]
        lines += [f"Person Nguyễn {i};p{i}@example.org;Org {i % 40};{PERSPECTIVES[i % 5]};;yes;150" for i in range(2000)]
        source.write_text("\n".join(lines), encoding="utf-8-sig")
        table, ms = timed(read_table, source)
        rows.append(("read 2,000-row CSV", ms, 200))
        _, ms = timed(plan_import, db, series_id, table)
        rows.append(("plan import (2,000 new)", ms, 1000))
        _, ms = timed(import_table, db, series_id, table)
        rows.append(("apply import (2,000 new)", ms, 3000))
        _, ms = timed(import_table, db, series_id, table)
        rows.append(("re-import (2,000 unchanged)", ms, 1000))
        _, ms = timed(export_csv, db, series_id, folder / "out.csv")
        rows.append(("export 2,000 to CSV", ms, 500))
        small = series_store.create_series(db, title="Door").id
        door = series_store.add_session(db, small, title="One")
        import_table(db, small, Table(table.file, table.headers, table.rows[:500]))
        _, ms = timed(lambda: att.counts(att.session_attendance(db, door.id)))
        rows.append(("check-in refresh (500 people)", ms, 50))
        _, ms = timed(att.present_participants, db, session.id)
        rows.append(("present participants (2,000)", ms, 200))
        db.close()
    print(f"{'what':34} {'ms':>8} {'target':>8}")
    failed = False
    for what, ms, target in rows:
        mark = "" if ms <= target else "  SLOW"
        failed |= ms > target
        print(f"{what:34} {ms:8.1f} {target:8}{mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
