"""The search prices moves incrementally; those prices must match a recount from scratch."""
from __future__ import annotations

import random
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.groups.engine.problem import build_problem
from facilitator.groups.engine.schedule import Schedule


def recount(problem, group_of):
    """Repeats (weighted) plus same-value pairs, from the definition."""
    n = problem.n
    meet = [row[:] for row in problem.hist]
    diversity = 0
    for row in group_of:
        for p, q in combinations(range(n), 2):
            if row[p] == row[q]:
                meet[p][q] += 1
                diversity += problem.same[p][q]
    added = sum(max(0, meet[p][q] - 1) - max(0, problem.hist[p][q] - 1) for p, q in combinations(range(n), 2))
    return added * problem.repeat_weight + diversity


@settings(max_examples=40, deadline=None)
@given(n=st.integers(4, 18), size=st.integers(2, 4), rounds=st.integers(1, 4), seed=st.integers(0, 10**6))
def test_swap_prices_and_running_cost_match_a_recount(n, size, rounds, seed):
    rng = random.Random(seed)
    people = list(range(n))
    history = [[people[i:i + 3] for i in range(0, n, 3)]]
    attributes = {p: {"org": rng.randrange(3), "view": rng.choice(["a", "b", None])} for p in people}
    problem = build_problem(people, size=size, groups=None, rounds=rounds, history=history, constraints=None,
                            attributes=attributes, balance=["org", "view"])
    group_of = []
    for _ in range(rounds):
        order = people[:]
        rng.shuffle(order)
        row = [0] * n
        start = 0
        for g, s in enumerate(problem.sizes):
            for p in order[start:start + s]:
                row[p] = g
            start += s
        group_of.append(row)
    schedule = Schedule(problem, group_of)
    assert schedule.cost == recount(problem, schedule.group_of)
    for _ in range(30):
        r = rng.randrange(rounds)
        p, q = rng.sample(people, 2)
        row = schedule.group_of[r]
        if row[p] == row[q]:
            continue
        before = schedule.cost
        priced = schedule.swap_delta(schedule.members[r][row[p]], p, schedule.members[r][row[q]], q)
        schedule.exchange(r, [p], [q])
        assert schedule.cost - before == priced
        assert schedule.cost == recount(problem, schedule.group_of)
