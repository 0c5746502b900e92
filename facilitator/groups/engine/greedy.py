"""One round at a time, each person to the group where they add least cost.

This is what a facilitator would do by hand, and what most tools do; the
benchmark compares against it, and the search starts from it so a solve is
never worse than this baseline for the same seed.  Given a guide (a design's
rounds, see `fitting.py`), the same placement follows the design wherever the
hard rules and the room's group sizes let it.
"""
from __future__ import annotations

import random

from .placement import place_round
from .problem import GroupingProblem


def greedy_rounds(problem: GroupingProblem, rng: random.Random, guide: list[list[int]] = ()) -> list[list[int]]:
    """Group-of rows for every planned round.

    guide[r][p] is the group a design puts p in for round r (-1: none, see `fitting.guide`).  In a
    guided round sitting with someone the design puts in the same group earns
    as much as sitting with anyone else costs (more than any diversity
    penalty), so joining one's design group beats an empty group, which beats
    a stranger; a repeat costs twice that, so the design is followed unless it
    would repeat a pair the history or the fit already used.
    """
    n = problem.n
    weight = problem.repeat_weight
    same = problem.same
    meet = [row[:] for row in problem.hist]
    price = [[(weight if meet[p][q] else 0) + same[p][q] for q in range(n)] for p in range(n)]
    out: list[list[int]] = []
    for r in range(problem.rounds):
        if r < len(guide):
            mates = guide[r]
            cost = [
                [
                    (2 * weight if meet[p][q] else 0) + (weight if mates[p] < 0 or mates[p] != mates[q] else -weight) + same[p][q]
                    for q in range(n)
                ]
                for p in range(n)
            ]
            row = place_round(problem, r, cost, rng, mates)
        else:
            row = place_round(problem, r, price, rng)
        out.append(row)
        groups: dict[int, list[int]] = {}
        for p, g in enumerate(row):
            groups.setdefault(g, []).append(p)
        for members in groups.values():
            for i, p in enumerate(members):
                for q in members[i + 1:]:
                    meet[p][q] += 1
                    meet[q][p] += 1
                    price[p][q] = price[q][p] = weight + same[p][q]
    return out
