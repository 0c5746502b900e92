"""Speed of breakout assignment on a 25-person series (target: re-solving one round for
changed attendance, history kept, in under 1 s)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.demo.roster import add_sample_roster  # noqa: E402
from facilitator.groups import assign  # noqa: E402
from facilitator.plan import templates  # noqa: E402
from facilitator.plan.model import AttendanceStatus  # noqa: E402
from facilitator.storage import groups as breakouts  # noqa: E402
from facilitator.storage import open_workspace
from facilitator.storage.roster import add_participant, set_attendance  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "bench.db")
        series = templates.create_series(db, templates.get_template("breakthrough"), title="Bench")
        people = add_sample_roster(db, series.id)
        for name in ("Walker Ames", "Yara Costa", "Zoe Lindqvist"):
            people.append(add_participant(db, series.id, name=name, perspective="Parent or caregiver",
                                          organization="Parents for Public Schools"))
        s1 = series.sessions[0]
        rows = []
        one = assign.assign_groups(db, s1.id, size=4, rounds=1, seed=1, time_limit=10)
        rows.append(("one balanced round (perspective, organisation), 25 people", one.seconds,
                     sum(r.repeat_pairs for r in one.reports)))
        bound = []
        real_solve = assign.solve
        assign.solve = lambda *a, **k: bound.append(real_solve(*a, **k)) or bound[-1]
        planned = assign.assign_groups(db, s1.id, size=4, rounds=6, seed=1, time_limit=10)
        assign.solve = real_solve
        quality = bound[-1].quality
        rows.append(("plan 6 rounds ahead (all breakout blocks), 25 people", planned.seconds,
                     quality.repeat_pairs))
        target = planned.rounds[1]
        no_shows = {target.groups[0].members[0].participant_id, target.groups[1].members[0].participant_id}
        for p in people:
            if p.id not in no_shows:
                set_attendance(db, s1.id, p.id, AttendanceStatus.PRESENT)
        walk_in = add_participant(db, series.id, name="Ada Walk-in", perspective="Student")
        set_attendance(db, s1.id, walk_in.id, AttendanceStatus.PRESENT)
        breakouts.set_locked(db, target.id, target.groups[2].members[0].participant_id, True)
        times = []
        for seed in range(5):
            started = time.perf_counter()
            result = assign.rerun_round(db, target.id, seed=seed)
            times.append(time.perf_counter() - started)
            assert result.reports[0].hard_violations == 0
        rows.append(("re-solve one round: 2 no-shows, 1 walk-in, 1 lock (worst of 5)", max(times),
                     result.reports[0].repeat_pairs))
        started = time.perf_counter()
        report = assign.report_for(db, result.rounds[0])
        rows.append(("quality badges for one round", time.perf_counter() - started, report.repeat_pairs))
        db.close()
    print(f"{'case':68} {'seconds':>8} {'repeats':>8}")
    for name, seconds, repeats in rows:
        print(f"{name:68} {seconds:8.3f} {repeats:8}")
    print(f"6-round plan: {quality.repeat_pairs} repeats, lower bound {quality.repeat_bound} "
          f"({'optimal' if quality.optimal else f'best found in {quality.seconds:.1f} s'}). The bound counts the "
          "repeats the rules force (an interpreter sits with the two people they interpret for in every "
          "round: 3 pairs x 5 rounds = 15); whether the rest of the gap can be closed is not proven either "
          "way: counting cannot see the anchors spread one to a group or the five and four sizes.")
    ok = rows[2][1] < 1.0 and rows[0][1] < 1.0 and quality.seconds <= 10.2
    print("targets re-solve < 1 s, one balanced round < 1 s of search, 6-round plan within 10 s:",
          "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
