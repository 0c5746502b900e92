"""The engine's entry points: plan breakout rounds, or the greedy baseline.

A solve is deterministic for a seed as long as it ends by reaching the best
possible cost (or running out of moves); when the time limit or should_stop
cuts it short, how far it got depends on the machine's speed.
"""
from __future__ import annotations

import random
import time
from dataclasses import replace
from typing import Callable, Hashable, Iterable, Mapping, Sequence

from .fitting import designs_near, guide
from .greedy import greedy_rounds
from .model import Constraints, PersonId, Plan, Round
from .problem import GroupingProblem, build_problem
from .quality import assess
from .schedule import Schedule
from .search import Annealer, Budget, Progress

History = Iterable[Iterable[Iterable[PersonId]]]


def solve(
    people: Sequence[PersonId],
    *,
    size: int | None = None,
    groups: int | None = None,
    rounds: int = 1,
    history: History = (),
    constraints: Constraints | None = None,
    attributes: Mapping[PersonId, Mapping[str, Hashable]] | None = None,
    balance: Sequence[str] = (),
    seed: int = 0,
    time_limit: float = 10.0,
    should_stop: Callable[[], bool] | None = None,
    progress: Progress | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Plan:
    """Plan `rounds` rounds for `people`, all together, in at most `time_limit` seconds.

    The search stops as soon as it reaches a lower bound on the cost (the plan
    is then optimal), or once it has stopped improving for a while; the time
    limit is only a ceiling.

    Hard constraints always hold (GroupingError says which ones clash when
    they cannot); then repeat pairings against `history` and within the plan
    are minimised; then same-value pairs on the `balance` attributes (earlier
    names weigh more).  progress(fraction of time used, best repeats so far)
    is called a few times a second; should_stop() ends the search early with
    the best plan found so far.
    """
    started = clock()
    past = _rounds_list(history)
    problem = build_problem(
        people, size=size, groups=groups, rounds=rounds, history=past,
        constraints=constraints, attributes=attributes, balance=balance,
    )
    bound = problem.lower_bound()
    if problem.n and rounds:
        search = Annealer(problem, lambda start_seed: _start(problem, start_seed, time_limit), seed)
        search.run(Budget(clock, started, time_limit, should_stop, progress), bound)
        best, optimal = search.best, search.best_cost <= bound
    else:
        best, optimal = [[] for _ in range(rounds)], True
    plan = _plan(problem, best, past, constraints, attributes, balance, clock() - started)
    quality = replace(plan.quality, optimal=optimal, repeat_bound=bound // problem.repeat_weight)
    return Plan(rounds=plan.rounds, quality=quality)


def greedy_baseline(
    people: Sequence[PersonId],
    *,
    size: int | None = None,
    groups: int | None = None,
    rounds: int = 1,
    history: History = (),
    constraints: Constraints | None = None,
    attributes: Mapping[PersonId, Mapping[str, Hashable]] | None = None,
    balance: Sequence[str] = (),
    seed: int = 0,
    clock: Callable[[], float] = time.monotonic,
) -> Plan:
    """Round by round greedy placement, for comparison with `solve`."""
    started = clock()
    past = _rounds_list(history)
    problem = build_problem(
        people, size=size, groups=groups, rounds=rounds, history=past,
        constraints=constraints, attributes=attributes, balance=balance,
    )
    rows = greedy_rounds(problem, random.Random(seed)) if problem.n else [[] for _ in range(rounds)]
    return _plan(problem, rows, past, constraints, attributes, balance, clock() - started)


def solve_anonymous(n: int, size: int, rounds: int, seed: int = 0, time_limit: float = 10.0) -> dict:
    """People 0..n-1 with no constraints, as printed by `facilitator groups solve --json`."""
    plan = solve(list(range(n)), size=size, rounds=rounds, seed=seed, time_limit=time_limit)
    quality = plan.quality
    return {"rounds": plan.rounds, "repeat_pairs": quality.repeat_pairs, "seconds": quality.seconds,
            "optimal": quality.optimal, "lower_bound": quality.repeat_bound}


def _rounds_list(history: History) -> list[Round]:
    return [[list(group) for group in groups] for groups in history]


def _start(problem: GroupingProblem, seed: int, time_limit: float) -> tuple[list[list[int]], bool]:
    """The greedy plan, or the plan fitted from a nearby design when that is cheaper; and whether
    it was a design.  A single round gains nothing from a design, and neither does a greedy plan
    that already reaches the lower bound.  Nor do people kept together or locked in place: in
    trials on the sample roster (an interpreter with two people) the design's start led the
    search into a worse plan than the greedy one."""
    if not problem.n:
        return [[] for _ in range(problem.rounds)], False
    best = greedy_rounds(problem, random.Random(seed))
    if problem.rounds < 2 or problem.locks or any(len(members) > 1 for members in problem.units):
        return best, False
    best_cost = Schedule(problem, best).cost
    constructed = False
    if best_cost <= problem.lower_bound():
        return best, False
    for built in designs_near(problem.n, problem.sizes, problem.rounds, time_limit):
        rng = random.Random(seed)
        rows = greedy_rounds(problem, rng, guide(built, problem.n, problem.sizes, rng))
        cost = Schedule(problem, rows).cost
        if cost < best_cost:
            best, best_cost, constructed = rows, cost, True
    return best, constructed


def _plan(problem, rows, past, constraints, attributes, balance, seconds) -> Plan:
    plan = []
    for row in rows:
        groups: list[list[PersonId]] = [[] for _ in problem.sizes]
        for p, g in enumerate(row):
            groups[g].append(problem.ids[p])
        plan.append(groups)
    quality = assess(
        plan, people=problem.ids, sizes=problem.sizes, history=past,
        constraints=constraints or Constraints(), attributes=attributes or {},
        balance=balance, seconds=seconds,
    )
    return Plan(rounds=plan, quality=quality)
