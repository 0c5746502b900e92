"""Fills one round so that every hard constraint holds.

A depth-first search over keep-together units whose first descent is a greedy
fill: each unit goes to the feasible group where it adds least cost.  It only
backtracks when the greedy choice paints itself into a corner (anchors short,
a keep-apart clash, a unit that no longer fits), so it doubles as the greedy
baseline and as the feasibility check the search starts from.
"""
from __future__ import annotations

import random

from facilitator.i18n import t

from .model import GroupingError
from .problem import GroupingProblem

NODE_LIMIT = 50_000


def place_round(problem: GroupingProblem, r: int, cost: list[list[int]] | None, rng: random.Random,
                preferred: list[int] | None = None) -> list[int]:
    """Return each person's group in round r; `cost[p][q]` prices p joining q (None: random).

    preferred[p], when given, is the group a design puts p in (-1: none): among units equally
    hard to place, those with a preferred group go first, group by group, and among equally
    priced groups a unit takes its preferred one."""
    wish = [-1] * problem.n if preferred is None else preferred
    sizes = problem.sizes
    count = len(sizes)
    units = problem.units
    anchor = problem.anchor
    apart = problem.apart
    lo, hi, hi_slots = problem.anchor_lo, problem.anchor_hi, problem.anchor_hi_slots
    unit_anchors = [sum(anchor[p] for p in members) for members in units]
    unit_apart = [any(problem.has_apart[p] for p in members) for members in units]

    def difficulty(u: int) -> tuple:
        return (
            (r, u) not in problem.locks,
            -len(units[u]),
            not unit_apart[u],
            -unit_anchors[u],
            min(wish[p] if wish[p] >= 0 else problem.n for p in units[u]),
            rng.random(),
        )

    order = sorted(range(len(units)), key=difficulty)
    members_of: list[list[int]] = [[] for _ in range(count)]
    fill = [0] * count
    anchors_in = [0] * count
    state = {"at_hi": 0, "deficit": lo * count, "anchors_left": sum(unit_anchors)}

    def candidates(u: int) -> list[int]:
        members = units[u]
        need = len(members)
        a = unit_anchors[u]
        locked = problem.locks.get((r, u))
        options = []
        empty_sizes_seen = set()
        wanted = wish[members[0]]
        for g in range(count) if locked is None else (locked,):
            room = sizes[g] - fill[g] - need
            if room < 0:
                continue
            if not fill[g]:
                # Empty groups of one size are interchangeable (locked people are placed
                # first), so trying more than one of them only repeats the same search.
                if sizes[g] in empty_sizes_seen and g != wanted:
                    continue
                empty_sizes_seen.add(sizes[g])
            now = anchors_in[g] + a
            if now > hi:
                continue
            if hi > lo and now == hi and anchors_in[g] < hi and state["at_hi"] >= hi_slots:
                continue
            deficit_g = max(0, lo - now)
            if room < deficit_g:
                continue
            deficit = state["deficit"] - max(0, lo - anchors_in[g]) + deficit_g
            if deficit > state["anchors_left"] - a:
                continue
            if unit_apart[u] and any(apart[p][q] for p in members for q in members_of[g]):
                continue
            if cost is None:
                price = 0
            else:
                price = sum(cost[p][q] for p in members for q in members_of[g])
            options.append((price, g != wanted, rng.random(), g))
        options.sort()
        return [g for *_, g in options]

    def move(u: int, g: int, sign: int) -> None:
        a = unit_anchors[u]
        before = anchors_in[g]
        after = before + sign * a
        if hi > lo:
            state["at_hi"] += (after == hi) - (before == hi)
        state["deficit"] += max(0, lo - after) - max(0, lo - before)
        state["anchors_left"] -= sign * a
        anchors_in[g] = after
        fill[g] += sign * len(units[u])
        if sign > 0:
            members_of[g].extend(units[u])
        else:
            del members_of[g][-len(units[u]):]

    total = len(order)
    options: list[list[int] | None] = [None] * total
    tried = [0] * total
    placed = [-1] * total
    i = nodes = 0
    while 0 <= i < total:
        u = order[i]
        if options[i] is None:
            options[i] = candidates(u)
            tried[i] = 0
        if placed[i] >= 0:
            move(u, placed[i], -1)
            placed[i] = -1
        if tried[i] < len(options[i]):
            g = options[i][tried[i]]
            tried[i] += 1
            move(u, g, +1)
            placed[i] = g
            i += 1
            nodes += 1
            if nodes > NODE_LIMIT:
                raise GroupingError(
                    t("could not find groups for round {round} that satisfy every constraint "
                      "(the constraints are too tight to check exhaustively; try relaxing some)").format(round=r + 1)
                )
        else:
            options[i] = None
            i -= 1
    if i < 0:
        raise GroupingError(
            t("no grouping of round {round} satisfies every constraint together "
              "(keep apart, keep together, anchors, interpreters and locks conflict)").format(round=r + 1)
        )
    group_of = [0] * problem.n
    for g, members in enumerate(members_of):
        for p in members:
            group_of[p] = g
    return group_of
