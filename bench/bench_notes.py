"""Search speed over 20,000 notes of one series: p50 and p99 per kind of query (target < 50 ms),
and the per-theme counts the synthesis board shows (30 themes over ~17,000 links).

Run: .venv/bin/python bench/bench_notes.py  (also part of `make bench`)
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.ids import new_id, utc_now  # noqa: E402
from facilitator.notes import NoteKind  # noqa: E402
from facilitator.plan import templates  # noqa: E402
from facilitator.storage import notes as store  # noqa: E402
from facilitator.storage import open_workspace  # noqa: E402
from facilitator.storage import themes as theme_store  # noqa: E402

NOTES = 20_000
THEMES = 30
RUNS = 200
TARGET_MS = 50
COUNTS_TARGET_MS = 250
WORDS = ("trust families charter district funding access equity students teachers community voice "
         "accountability transparency enrollment lottery transportation bus special education choice "
         "neighborhood school board parents listen fear hope history closure budget authorizer "
         "innovation local control public private partnership respect relationships data outcomes").split()
QUERIES = {
    "common word": ["trust", "students", "school", "community"],
    "two words": ["trust families", "special education", "local control", "bus access"],
    "prefix while typing": ["tru", "equ", "tran", "acc"],
    "rare word": ["authorizer", "lottery", "closure"],
    "odd input": ['"trust', "AND OR", "bus -", "equity:*", "(("],
}


def build(path: Path) -> tuple:
    db = open_workspace(path)
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Bench")
    rng = random.Random(7)
    kinds = [k.value for k in NoteKind]
    now = utc_now()
    rows = []
    for i in range(NOTES):
        session = series.sessions[i % len(series.sessions)]
        rows.append({"id": new_id(), "series_id": series.id, "session_id": session.id,
                     "block_title": session.blocks[i % len(session.blocks)].title,
                     "group_label": f"Group {rng.choice('ABCDE')}", "kind": rng.choice(kinds),
                     "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))),
                     "created_at": now, "updated_at": now})
    with db.atomic():
        db["notes"].insert_all(rows, batch_size=1000)
    theme = theme_store.create_theme(db, series.id, "Trust")
    theme_store.tag_notes(db, theme["id"], [r["id"] for r in rows[::7]])
    for k in range(THEMES - 1):
        other = theme_store.create_theme(db, series.id, f"Theme {k}")
        theme_store.tag_notes(db, other["id"], [r["id"] for r in rows[k::40]])
    return db, series, theme["id"]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db, series, theme_id = build(Path(tmp) / "bench.db")
        filters = {
            "kind=quote": dict(kind="quote"),
            "session 2": dict(session_id=series.sessions[1].id),
            "group B": dict(group_label="Group B"),
            "theme": dict(theme_id=theme_id),
        }
        print(f"{NOTES} notes, {RUNS} runs per line, target p99 < {TARGET_MS} ms")
        print(f"{'query':<28}{'p50 ms':>9}{'p99 ms':>9}{'results':>9}")
        worst = 0.0
        lines = []
        for name, qs in QUERIES.items():
            lines.append((name, [lambda q=q: store.search_notes(db, series.id, q) for q in qs]))
        for name, f in filters.items():
            lines.append((f"'trust' + {name}", [lambda f=f: store.search_notes(db, series.id, "trust", **f)]))
            lines.append((f"(no words) + {name}", [lambda f=f: store.search_notes(db, series.id, "", **f)]))
        for name, fns in lines:
            times = [timed(fns[i % len(fns)]) for i in range(RUNS)]
            count = len(fns[0]())
            p50, p99 = statistics.median(times), percentile(times, 99)
            worst = max(worst, p99)
            print(f"{name:<28}{p50:>9.2f}{p99:>9.2f}{count:>9}")
        counts = [timed(lambda: theme_store.theme_counts(db, series.id)) for _ in range(RUNS // 10)]
        counts_p99 = percentile(counts, 99)
        print(f"{'theme counts, ' + str(THEMES) + ' themes':<28}{statistics.median(counts):>9.2f}{counts_p99:>9.2f}"
              f"{THEMES:>9}")
        db.close()
    ok = worst < TARGET_MS and counts_p99 < COUNTS_TARGET_MS
    print(f"worst search p99: {worst:.2f} ms (target {TARGET_MS}); theme counts p99: {counts_p99:.2f} ms "
          f"(target {COUNTS_TARGET_MS}, once per refresh of the board): {'ok' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
