"""One round at a time, each person to the group where they add least cost.

This is what a facilitator would do by hand, and what most tools do; the
benchmark compares against it, and the search starts from it so a solve is
never worse than this baseline for the same seed.
"""
from __future__ import annotations

import random

from .placement import place_round
from .problem import Problem


def greedy_rounds(problem: Problem, rng: random.Random, fixed: list[list[int]] = ()) -> list[list[int]]:
    """Group-of rows for every planned round, keeping the `fixed` leading rounds as given."""
    n = problem.n
    weight = problem.repeat_weight
    meet = [row[:] for row in problem.hist]
    price = [[(weight if meet[p][q] else 0) + problem.same[p][q] for q in range(n)] for p in range(n)]
    out: list[list[int]] = []
    for r in range(problem.rounds):
        row = list(fixed[r]) if r < len(fixed) else place_round(problem, r, price, rng)
        out.append(row)
        groups: dict[int, list[int]] = {}
        for p, g in enumerate(row):
            groups.setdefault(g, []).append(p)
        for members in groups.values():
            for i, p in enumerate(members):
                for q in members[i + 1:]:
                    meet[p][q] += 1
                    meet[q][p] += 1
                    price[p][q] = price[q][p] = weight + problem.same[p][q]
    return out
