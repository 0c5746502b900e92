"""Build a large workspace for speed checks: 2,000 participants, 40 series, 200 sessions and
100,000 notes (notes once the notes table exists).

    python bench/make_scale_workspace.py OUT.db [--participants N --series N --notes N]

Uses the same core functions as the app for series and sessions, and bulk inserts for the
many small rows, so building it takes seconds, not minutes.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.ids import new_id, utc_now  # noqa: E402
from facilitator.plan import templates  # noqa: E402
from facilitator.storage import open_workspace  # noqa: E402
from facilitator.storage import series as store  # noqa: E402

FIRST = ["Amara", "Ben", "Chen", "Dolores", "Emeka", "Fatima", "Gus", "Hana", "Iñaki", "Jo", "Kwame", "Lena",
         "Marisol", "Nguyen", "Olu", "Priya", "Quinn", "Rosa", "Sione", "Tariq", "Uma", "Vera", "Wen", "Ximena"]
LAST = ["Okafor", "Ruiz", "Wei", "Haddad", "Schmidt", "Mensah", "Kowalski", "Tanaka", "Begay", "O'Neil"]
PERSPECTIVES = ["Parent", "Teacher", "Student", "Charter leader", "District staff", "Neighbour", "Union"]
WORDS = ("trust listening enrolment funding fairness neighbourhood school bus charter district teacher "
         "parent student budget history promise worry hope evidence story values respect choice").split()


def make_scale_workspace(path: Path, *, participants: int = 2000, series_count: int = 40,
                         sessions_per_series: int = 5, notes: int = 100_000, seed: int = 7) -> dict[str, int]:
    """Create the workspace at ``path`` (which must not exist); returns what it holds."""
    rng = random.Random(seed)
    db = open_workspace(path)
    template = templates.get_template("breakthrough")
    per_series = participants // series_count
    notes_per_series = notes // series_count
    has_notes = "notes" in db.table_names()
    note_columns = set(db["notes"].columns_dict) if has_notes else set()
    made = {"series": 0, "sessions": 0, "participants": 0, "attendance": 0, "notes": 0}
    for index in range(series_count):
        start = date(2026, 1, 5) + timedelta(days=7 * index)
        series = templates.create_series(db, template, title=f"Series {index + 1:02d}: {rng.choice(WORDS)}",
                                         start=start)
        sessions = list(series.sessions)
        while len(sessions) < sessions_per_series:
            sessions.append(store.add_session(db, series.id, title="Follow-up gathering",
                                              date=(start + timedelta(days=70)).isoformat()))
        now = utc_now()
        people = [{"id": new_id(), "series_id": series.id,
                   "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}-{n}",
                   "email": f"p{index}-{n}@example.org", "perspective": rng.choice(PERSPECTIVES),
                   "created_at": now, "updated_at": now} for n in range(per_series)]
        rows = [{"session_id": s.id, "participant_id": p["id"], "status": rng.choice(["present", "absent"]),
                 "updated_at": now} for s in sessions for p in people]
        with db.atomic():
            db["participants"].insert_all(people, batch_size=500)
            db["attendance"].insert_all(rows, batch_size=500)
            if has_notes:
                db["notes"].insert_all(
                    (_note(rng, series.id, sessions, people, now, note_columns) for _ in range(notes_per_series)),
                    batch_size=1000)
        made["series"] += 1
        made["sessions"] += len(sessions)
        made["participants"] += len(people)
        made["attendance"] += len(rows)
        made["notes"] += notes_per_series if has_notes else 0
    db.close()
    return made


def _note(rng, series_id, sessions, people, now, columns):
    session = rng.choice(sessions)
    taker = rng.choice(people)
    row = {"id": new_id(), "series_id": series_id, "session_id": session.id, "kind": "note",
           "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))),
           "perspective": rng.choice(PERSPECTIVES), "taker_id": taker["id"], "taker": taker["name"],
           "source": "capture", "created_at": now, "updated_at": now}
    return {k: v for k, v in row.items() if k in columns}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--series", type=int, default=40)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new file")
    made = make_scale_workspace(args.out, participants=args.participants, series_count=args.series, notes=args.notes)
    print(", ".join(f"{v} {k}" for k, v in made.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
