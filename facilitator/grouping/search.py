"""Tabu search over all planned rounds at once.

Planning every round together lets the search repair an early round to make
room in a later one, which is what a round-by-round tool cannot do.  Each
step takes a pair that costs something (a repeat, or a shared attribute
value), picks a round where they sit together, and makes the best swap of
either of them with someone in another group of that round, unless that swap
is tabu (conflict-directed tabu search after Dotú & Van Hentenryck's social
golfer work).  When the best plan has not improved for a while the search
returns to it and shakes it with random swaps.

Swaps only ever exchange two movable people of the same kind (anchor for
anchor), outside keep-together units and locks, and never into a keep-apart
clash, so every plan the search visits satisfies the hard constraints.
Whole keep-together units move by exchanging with as many loose people of
another group.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from .problem import Problem
from .schedule import Schedule

Progress = Callable[[float, int], None]


@dataclass
class Budget:
    """When to stop: a deadline on an injectable clock, or the caller saying so."""

    clock: Callable[[], float]
    started: float
    time_limit: float
    should_stop: Callable[[], bool] | None
    progress: Progress | None

    def over(self) -> bool:
        if self.clock() - self.started >= self.time_limit:
            return True
        return self.should_stop is not None and bool(self.should_stop())

    def fraction(self) -> float:
        if self.time_limit <= 0:
            return 1.0
        return min(1.0, (self.clock() - self.started) / self.time_limit)


class TabuSearch:
    def __init__(self, problem: Problem, start: list[list[int]], rng: random.Random) -> None:
        self.problem = problem
        self.rng = rng
        self.schedule = Schedule(problem, start)
        self.rounds = problem.rounds
        n = problem.n
        self.frozen = [problem.frozen(r) for r in range(problem.rounds)]
        self.kind = problem.anchor
        self.tabu = [[0] * n for _ in range(problem.rounds)]
        self.tenure = (max(2, n // 10), max(4, n // 4))
        self.unit_rounds = [
            [u for u, members in enumerate(problem.units) if len(members) > 1 and (r, u) not in problem.locks]
            for r in range(problem.rounds)
        ]
        self.best = self.schedule.snapshot()
        self.best_cost = self.schedule.cost

    def run(self, budget: Budget, lower_bound: int) -> None:
        sched = self.schedule
        rng = self.rng
        if self.best_cost <= lower_bound or not self._anything_moves():
            return
        stall_limit = 40 * self.problem.n
        shake = max(2, self.problem.n // 8)
        it = last_improvement = 0
        next_report = 0.0
        while not budget.over():
            it += 1
            if budget.progress is not None and budget.clock() >= next_report:
                budget.progress(budget.fraction(), self.best_cost // sched.weight)
                next_report = budget.clock() + 0.1
            if not self._step(it):
                if not self._shake(it, shake):
                    break
            if sched.cost < self.best_cost:
                self.best_cost = sched.cost
                self.best = sched.snapshot()
                last_improvement = it
                if self.best_cost <= lower_bound:
                    break
            elif it - last_improvement > stall_limit:
                sched.load(self.best)
                self._shake(it, shake)
                last_improvement = it
        if budget.progress is not None:
            budget.progress(budget.fraction(), self.best_cost // sched.weight)

    def _anything_moves(self) -> bool:
        return any(self.unit_rounds[r] or self._loose_pairs(r) for r in range(self.rounds))

    def _loose_pairs(self, r: int) -> bool:
        frozen = self.frozen[r]
        row = self.schedule.group_of[r]
        seen: dict[bool, int] = {}
        for p in range(self.problem.n):
            if not frozen[p]:
                g = seen.setdefault(self.kind[p], row[p])
                if g != row[p]:
                    return True
        return False

    def _step(self, it: int) -> bool:
        """Make the best non-tabu move around one costly pair; False if none exists."""
        sched = self.schedule
        rng = self.rng
        repeats, mixed = sched.repeats, sched.mixed
        if len(repeats) and (not len(mixed) or rng.random() < 0.8):
            key = repeats.choice(rng)
        elif len(mixed):
            key = mixed.choice(rng)
        else:
            return False
        p0, q0 = divmod(key, sched.n)
        together = [r for r, row in enumerate(sched.group_of) if row[p0] == row[q0]]
        r = together[rng.randrange(len(together))]
        frozen = self.frozen[r]
        if (frozen[p0] or frozen[q0]) and self.unit_rounds[r] and rng.random() < 0.5:
            unit = self.problem.unit_of[p0 if frozen[p0] else q0]
            if unit in self.unit_rounds[r]:
                return self._move_unit(r, unit)
        best_delta = None
        best_moves: list[tuple[int, int]] = []
        aspiration = self.best_cost - sched.cost
        tabu = self.tabu[r]
        for p in (p0, q0):
            if frozen[p]:
                continue
            for delta, q in self._swaps(r, p):
                if tabu[q] >= it or tabu[p] >= it:
                    if delta >= aspiration:
                        continue
                if best_delta is None or delta < best_delta:
                    best_delta = delta
                    best_moves = [(p, q)]
                elif delta == best_delta:
                    best_moves.append((p, q))
        if not best_moves:
            return bool(self.unit_rounds[r]) and self._move_unit(r, self.unit_rounds[r][rng.randrange(len(self.unit_rounds[r]))])
        p, q = best_moves[rng.randrange(len(best_moves))]
        sched.exchange(r, [p], [q])
        low, high = self.tenure
        tabu[p] = it + rng.randint(low, high)
        tabu[q] = it + rng.randint(low, high)
        return True

    def _swaps(self, r: int, p: int) -> list[tuple[int, int]]:
        """(cost change, partner) for every allowed swap of p in round r."""
        sched = self.schedule
        problem = self.problem
        row = sched.group_of[r]
        groups = sched.members[r]
        a = row[p]
        group_a = groups[a]
        add_price = sched.add_price
        remove_price = sched.remove_price
        add_p = add_price[p]
        leave_p = sum(map(remove_price[p].__getitem__, group_a))
        frozen = self.frozen[r]
        kind = self.kind[p]
        kinds = self.kind
        apart = problem.apart
        has_apart = problem.has_apart
        out = []
        for b, group_b in enumerate(groups):
            if b == a:
                continue
            join_p = sum(map(add_p.__getitem__, group_b)) - leave_p
            for q in group_b:
                if frozen[q] or kinds[q] != kind:
                    continue
                if has_apart[p] or has_apart[q]:
                    if any(apart[p][y] for y in group_b if y != q) or any(apart[q][x] for x in group_a if x != p):
                        continue
                add_q = add_price[q]
                delta = (
                    join_p
                    + sum(map(add_q.__getitem__, group_a))
                    - 2 * add_p[q]
                    - sum(map(remove_price[q].__getitem__, group_b))
                )
                out.append((delta, q))
        return out

    def _move_unit(self, r: int, unit: int) -> bool:
        """Trade a keep-together unit for loose people of another group; keep it if no worse."""
        sched = self.schedule
        problem = self.problem
        rng = self.rng
        members = problem.units[unit]
        row = sched.group_of[r]
        a = row[members[0]]
        frozen = self.frozen[r]
        kinds = self.kind
        need_anchors = sum(kinds[p] for p in members)
        b = rng.randrange(len(problem.sizes))
        if b == a:
            return False
        loose = [q for q in sched.members[r][b] if not frozen[q]]
        rng.shuffle(loose)
        anchors = [q for q in loose if kinds[q]][:need_anchors]
        others = [q for q in loose if not kinds[q]][: len(members) - need_anchors]
        arriving = anchors + others
        if len(anchors) < need_anchors or len(arriving) < len(members):
            return False
        stay_a = [x for x in sched.members[r][a] if x not in members]
        stay_b = [y for y in sched.members[r][b] if y not in arriving]
        apart = problem.apart
        if any(apart[p][y] for p in members for y in stay_b) or any(apart[q][x] for q in arriving for x in stay_a):
            return False
        before = sched.cost
        sched.exchange(r, list(members), arriving)
        if sched.cost > before:
            sched.exchange(r, arriving, list(members))
        return True

    def _shake(self, it: int, count: int) -> bool:
        """Random allowed swaps to leave a basin; False when nothing can move."""
        moved = False
        sched = self.schedule
        rng = self.rng
        problem = self.problem
        for _ in range(count * 4):
            if count <= 0:
                break
            r = rng.randrange(self.rounds)
            frozen = self.frozen[r]
            p = rng.randrange(problem.n)
            q = rng.randrange(problem.n)
            row = sched.group_of[r]
            if frozen[p] or frozen[q] or row[p] == row[q] or self.kind[p] != self.kind[q]:
                if self.unit_rounds[r] and rng.random() < 0.1:
                    moved |= self._move_unit(r, self.unit_rounds[r][rng.randrange(len(self.unit_rounds[r]))])
                continue
            if problem.has_apart[p] or problem.has_apart[q]:
                group_a = sched.members[r][row[p]]
                group_b = sched.members[r][row[q]]
                if any(problem.apart[p][y] for y in group_b if y != q) or any(
                    problem.apart[q][x] for x in group_a if x != p
                ):
                    continue
            sched.exchange(r, [p], [q])
            moved = True
            count -= 1
        for row in self.tabu:
            row[:] = [0] * len(row)
        return moved
