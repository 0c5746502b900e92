"""A plan under construction, with its cost kept up to date move by move.

The cost of a plan is a sum over pairs, so a swap only touches the pairs of
the two groups involved.  Meeting counts, and the price of adding or removing
one meeting of each pair, live in per-person rows of plain ints so that the
search can price a swap with a few C-level `sum(map(...))` calls.
"""
from __future__ import annotations

import random

from .problem import GroupingProblem


class PairSet:
    """Pairs that currently cost something, with O(1) add, remove and random pick."""

    def __init__(self) -> None:
        self.items: list[int] = []
        self.where: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.items)

    def add(self, key: int) -> None:
        if key not in self.where:
            self.where[key] = len(self.items)
            self.items.append(key)

    def discard(self, key: int) -> None:
        i = self.where.pop(key, None)
        if i is None:
            return
        last = self.items.pop()
        if i < len(self.items):
            self.items[i] = last
            self.where[last] = i

    def choice(self, rng: random.Random) -> int:
        return self.items[rng.randrange(len(self.items))]


class Schedule:
    """Group assignments for every planned round plus the derived pair tables.

    cost = repeat_weight * (repeats added by the plan) + diversity penalty,
    so any drop in repeats outweighs every diversity concern.
    """

    def __init__(self, problem: GroupingProblem, group_of: list[list[int]]) -> None:
        self.problem = problem
        n = problem.n
        self.n = n
        self.weight = problem.repeat_weight
        self.hist = problem.hist
        self.same = problem.same
        self.group_of: list[list[int]] = []
        self.members: list[list[list[int]]] = []
        self.meet = [row[:] for row in problem.hist]
        self.add_price = [[0] * n for _ in range(n)]
        self.remove_price = [[0] * n for _ in range(n)]
        self.repeats = PairSet()
        self.mixed = PairSet()
        """Pairs sharing a balanced attribute value in some planned group.  Pairs kept together
        are in neither set: they cost what they cost in every plan, and a search step spent on
        them is wasted (in a room with an interpreter it was most of the steps)."""
        self.unit_of = problem.unit_of
        self.cost = 0
        for p in range(n):
            for q in range(n):
                if p != q:
                    self._reprice(p, q)
        self.load(group_of)

    def load(self, group_of: list[list[int]]) -> None:
        """Replace every planned round, e.g. to go back to the best plan seen."""
        for members in self.members:
            for group in members:
                for i, p in enumerate(group):
                    for q in group[i + 1:]:
                        self._bump(p, q, -1)
        count = len(self.problem.sizes)
        self.group_of = [list(row) for row in group_of]
        self.members = []
        for row in self.group_of:
            groups: list[list[int]] = [[] for _ in range(count)]
            for p, g in enumerate(row):
                groups[g].append(p)
            self.members.append(groups)
            for group in groups:
                for i, p in enumerate(group):
                    for q in group[i + 1:]:
                        self._bump(p, q, +1)

    def _reprice(self, p: int, q: int) -> None:
        t = self.meet[p][q]
        s = self.same[p][q]
        w = self.weight
        self.add_price[p][q] = (w if t >= 1 else 0) + s
        self.remove_price[p][q] = (w if t >= 2 else 0) + s

    def _bump(self, p: int, q: int, step: int) -> None:
        meet_p = self.meet[p]
        before = meet_p[q]
        s = self.same[p][q]
        if step > 0:
            self.cost += (self.weight if before >= 1 else 0) + s
        else:
            self.cost -= (self.weight if before >= 2 else 0) + s
        t = before + step
        meet_p[q] = t
        self.meet[q][p] = t
        w = self.weight
        add = (w if t >= 1 else 0) + s
        remove = (w if t >= 2 else 0) + s
        self.add_price[p][q] = self.add_price[q][p] = add
        self.remove_price[p][q] = self.remove_price[q][p] = remove
        if self.unit_of[p] == self.unit_of[q]:
            return
        key = p * self.n + q if p < q else q * self.n + p
        planned = t - self.hist[p][q]
        if planned >= 1 and t >= 2:
            self.repeats.add(key)
        else:
            self.repeats.discard(key)
        if planned >= 1 and s:
            self.mixed.add(key)
        else:
            self.mixed.discard(key)

    def swap_delta(self, group_a: list[int], p: int, group_b: list[int], q: int) -> int:
        """Cost change if p (in group_a) and q (in group_b) traded places.

        Self-pairs price 0, so whole groups can be summed; the p-q pair is
        neither made nor broken, so the two times it was counted come off.
        """
        add_p = self.add_price[p]
        add_q = self.add_price[q]
        return (
            sum(map(add_p.__getitem__, group_b))
            + sum(map(add_q.__getitem__, group_a))
            - 2 * add_p[q]
            - sum(map(self.remove_price[p].__getitem__, group_a))
            - sum(map(self.remove_price[q].__getitem__, group_b))
        )

    def exchange(self, r: int, leaving: list[int], arriving: list[int]) -> None:
        """Swap the people `leaving` one group of round r with `arriving` from another."""
        row = self.group_of[r]
        a = row[leaving[0]]
        b = row[arriving[0]]
        group_a = self.members[r][a]
        group_b = self.members[r][b]
        stay_a = [x for x in group_a if x not in leaving]
        stay_b = [y for y in group_b if y not in arriving]
        for p in leaving:
            for x in stay_a:
                self._bump(p, x, -1)
            for y in stay_b:
                self._bump(p, y, +1)
            row[p] = b
        for q in arriving:
            for y in stay_b:
                self._bump(q, y, -1)
            for x in stay_a:
                self._bump(q, x, +1)
            row[q] = a
        group_a[:] = stay_a + arriving
        group_b[:] = stay_b + leaving

    def snapshot(self) -> list[list[int]]:
        return [row[:] for row in self.group_of]
