"""Synthesis across a series of 20,000 notes (30 themes over ~17,000 links, the bench_notes
workspace): the trend table the heat table and `themes trends` read (target p99 < 250 ms, once
per refresh of the board), a theme suggestion for the selected note (target p99 < 100 ms, on
every selection), and the series-wide external summary PDF with 300 illustrative quotes
(target < 8 s: a print preview, built in a worker).

Run: .venv/bin/python bench/bench_synthesis.py  (also part of `make bench`)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_notes import build, percentile, timed  # noqa: E402

from facilitator import documents  # noqa: E402
from facilitator.storage import themes as theme_store  # noqa: E402
from facilitator.synthesis.suggestions import suggest_themes  # noqa: E402
from facilitator.synthesis.trends import trend_table  # noqa: E402

TRENDS_TARGET_MS = 250
SUGGEST_TARGET_MS = 100
SUMMARY_TARGET_S = 8.0
RUNS = 40


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db, series, theme_id = build(Path(tmp) / "bench.db")
        for theme in theme_store.list_themes(db, series.id):
            theme_store.mark_illustrative(db, theme["id"], [n["id"] for n in theme_store.theme_notes(db, theme["id"])][:10])
        untagged = [r[0] for r in db.execute(
            "SELECT id FROM notes n WHERE NOT EXISTS (SELECT 1 FROM note_themes WHERE note_id = n.id) LIMIT ?",
            [RUNS]).fetchall()]
        trends = [timed(lambda: trend_table(db, series.id)) for _ in range(RUNS)]
        suggest = [timed(lambda i=i: suggest_themes(db, untagged[i % len(untagged)])) for i in range(RUNS)]
        start = time.perf_counter()
        pdf = documents.render(db, "summary-external", series.id)
        summary_s = time.perf_counter() - start
        db.close()
    rows = [("trend table (by perspective)", trends, TRENDS_TARGET_MS),
            ("theme suggestion for a note", suggest, SUGGEST_TARGET_MS)]
    ok = True
    print(f"{'what':<32}{'p50 ms':>9}{'p99 ms':>9}{'target':>9}")
    for name, times, target in rows:
        p99 = percentile(times, 99)
        ok &= p99 < target
        print(f"{name:<32}{statistics.median(times):>9.2f}{p99:>9.2f}{target:>9}")
    ok &= summary_s < SUMMARY_TARGET_S
    print(f"series-wide external summary: {summary_s:.2f} s, {len(pdf) // 1024} KiB (target {SUMMARY_TARGET_S} s)")
    print("ok" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
