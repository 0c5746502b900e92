"""The grouping engine on the social-golfer sizes, against the round-by-round greedy baseline
and beside Good Enough Golfers (GEG), the tool facilitators usually reach for.

Targets: 0 repeats, proven optimal, within 10 s wherever a perfect schedule exists (the
issue's table: 20/4/5, 24/4/6, 18/3/8, 21/3/9, 28/4/7, 36/4/9, 40/5/7, 48/6/6, and
15/3/7, 25/5/6, 32/4/8, 32/4/9, and 30/5/6, which the issue left to the literature: the
rotation search finds one, 30 as Z_6 x 5); 32/4/10 as few as possible within 60 s; 150 people
in eights for 4 rounds under 2 s and 200 MB; never worse than greedy; re-solving one
round of 25 for changed attendance under 1 s; one balanced round for 24 under 1 s and
one round of 150 in eights under 2 s.  Seconds come from a run without tracemalloc
(which slows Python down); peak memory from a second, traced run.

GEG's figures are its published behaviour measured for the issue (5 seeds, 10 s each):
it plans one round at a time with a fixed budget and never says whether a better plan
exists.  The yardstick is ours: 0 repeats where a design exists, and "optimal" printed
only when the plan reaches the lower bound.

    python bench/bench_groups_engine.py [--without-constructions]

--without-constructions starts every search from the greedy plan instead of a
design, to show what the search alone reaches.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.groups.engine import (  # noqa: E402
    greedy_baseline,
    solve,
    solver,  # noqa: E402
)

GEG = {
    (20, 4, 5): "5 0 0 6 5", (24, 4, 6): "5 5 5 7 5", (18, 3, 8): "8 6 7 6 7", (21, 3, 9): "6 4 5 4 6",
    (28, 4, 7): "6 6 5 8 7", (36, 4, 9): "9 8 7 10 9", (40, 5, 7): "11 19 13 9 15", (48, 6, 6): "14 14 12 15 12",
    (30, 5, 6): "22 15 14 20 16",
}
CASES = [
    # people, size, rounds, time limit, repeats target (None: as few as possible), seconds target
    (20, 4, 5, 10, 0, 10),
    (24, 4, 6, 10, 0, 10),
    (18, 3, 8, 10, 0, 10),
    (21, 3, 9, 10, 0, 10),
    (28, 4, 7, 10, 0, 10),
    (36, 4, 9, 10, 0, 10),
    (40, 5, 7, 10, 0, 10),
    (48, 6, 6, 10, 0, 10),
    (30, 5, 6, 10, 0, 10),
    (15, 3, 7, 10, 0, 10),
    (25, 5, 6, 10, 0, 10),
    (32, 4, 8, 10, 0, 10),
    (32, 4, 9, 10, 0, 10),
    (32, 4, 10, 60, None, 60),
    (20, 2, 19, 10, 0, 10),
    (24, 4, 12, 10, None, 10),
    (150, 8, 4, 10, 0, 2),
]
MEMORY_TARGET_MB = 200
RESOLVE_SECONDS = 0.8
"""The time limit the app gives a re-solve (facilitator.groups.assign.RERUN_SECONDS)."""


def peak_mb(run) -> float:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def resolve_case():
    """25 people after three sessions in fives: two no-shows and a walk-in, one round planned again."""
    rng = random.Random(5)
    people = [f"p{i:02d}" for i in range(25)]
    history = []
    for _ in range(3):
        order = people[:]
        rng.shuffle(order)
        history.append([order[i:i + 5] for i in range(0, 25, 5)])
    present = [p for p in people if p not in ("p03", "p17")] + ["walk-in"]
    return lambda: solve(present, size=5, rounds=1, history=history, seed=1, time_limit=RESOLVE_SECONDS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without-constructions", action="store_true")
    args = parser.parse_args()
    if args.without_constructions:
        solver.designs_near = lambda *args: []
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (cpu s below 'seconds' means sharing)")
    header = (f"{'case':>16} {'repeats':>8} {'bound':>6} {'proven':>7} {'greedy':>7} {'GEG (5 seeds)':>15} "
              f"{'seconds':>8} {'cpu s':>6} {'peak MB':>8}  target")
    print(header)
    print("-" * len(header))
    all_met = True
    for n, size, rounds, limit, target, seconds_target in CASES:
        people = list(range(n))
        cpu = time.process_time()
        plan = solve(people, size=size, rounds=rounds, time_limit=limit)
        cpu = time.process_time() - cpu
        greedy = greedy_baseline(people, size=size, rounds=rounds)
        memory = peak_mb(lambda: solve(people, size=size, rounds=rounds, time_limit=min(limit, 2)))
        repeats = plan.quality.repeat_pairs
        met = (
            plan.quality.hard_violations == 0
            and (target != 0 or plan.quality.optimal)
            and repeats <= greedy.quality.repeat_pairs
            and (target is None or repeats <= target)
            and plan.quality.seconds <= seconds_target * 1.02
            and memory <= MEMORY_TARGET_MB
        )
        all_met &= met
        wanted = "fewest" if target is None else f"{target}"
        proven = "optimal" if plan.quality.optimal else "best"
        print(f"{f'{n}/{size}/{rounds}':>16} {repeats:8} {plan.quality.repeat_bound:6} {proven:>7} "
              f"{greedy.quality.repeat_pairs:7} {GEG.get((n, size, rounds), '-'):>15} "
              f"{plan.quality.seconds:8.2f} {cpu:6.2f} {memory:8.1f}  {wanted} in {seconds_target} s: "
              f"{'met' if met else 'MISSED'}")
    run = resolve_case()
    times, cpus = [], []
    for _ in range(3):
        started, cpu = time.perf_counter(), time.process_time()
        plan = run()
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    memory = peak_mb(run)
    met = max(times) < 1.0 and plan.quality.hard_violations == 0
    all_met &= met
    print(f"{'re-solve 25/5/1':>16} {plan.quality.repeat_pairs:8} {'':>7} {max(times):8.2f} {max(cpus):6.2f} {memory:8.1f}  "
          f"under 1 s (2 no-shows, 1 walk-in, 3 rounds of history): {'met' if met else 'MISSED'}")
    all_met &= one_round_cases()
    return 0 if all_met or args.without_constructions else 1


def one_round_cases() -> bool:
    """A room's one round: 24 people in fours and 150 in eights, balanced by perspective and
    organisation after a first round (so repeats count too); both return well before the limit."""
    rng = random.Random(3)
    attributes = {p: {"perspective": rng.randrange(6), "organization": rng.randrange(9)} for p in range(24)}
    history = [[list(range(i, i + 4)) for i in range(0, 24, 4)]]
    big = {p: {"perspective": rng.randrange(6), "organization": rng.randrange(40)} for p in range(150)}
    big_history = [[list(range(i, min(i + 8, 150))) for i in range(0, 150, 8)]]
    ok = True
    for label, run, target in (
        ("24/4/1 balanced", lambda: solve(list(range(24)), size=4, history=history, attributes=attributes,
                                          balance=["perspective", "organization"], time_limit=10), 1.0),
        ("150/8/1 balanced", lambda: solve(list(range(150)), size=8, history=big_history, attributes=big,
                                           balance=["perspective", "organization"], time_limit=10), 2.0),
    ):
        plan = run()
        met = plan.quality.seconds < target and plan.quality.hard_violations == 0
        ok &= met
        proven = "optimal" if plan.quality.optimal else "best"
        print(f"{label:>16} {plan.quality.repeat_pairs:8} {plan.quality.repeat_bound:6} {proven:>7} {'':>7} {'':>15} "
              f"{plan.quality.seconds:8.2f}  under {target:.0f} s of search: {'met' if met else 'MISSED'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
