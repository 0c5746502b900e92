"""Simulated annealing over all planned rounds at once.

Planning every round together lets the search repair an early round to make
room in a later one, which is what a round-by-round tool cannot do.  Each
step takes a pair that costs something (a repeat, or a shared attribute
value), picks a round where they sit together and proposes swapping one of
them with a random person in another group of that round.  Pricing a swap
touches only the two groups, so a step costs a few microseconds; in trials
on the social golfer sizes these cheap conflict-directed steps beat a tabu
search that priced every swap of a conflict, because they make a hundred
times more steps in the same time.  When a run stalls it goes back to its
best plan and shakes it; when it has converged a fresh run starts, at the
other temperature.

Swaps only exchange two movable people of the same kind (anchor for anchor),
outside keep-together units and locks, and never into a keep-apart clash, so
every plan the search visits satisfies the hard constraints.  Whole
keep-together units move by exchanging with as many loose people of another
group.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Callable

from .problem import GroupingProblem
from .schedule import Schedule

Progress = Callable[[float, int], None]
Starts = Callable[[int], tuple[list[list[int]], bool]]
"""Seed -> a starting plan, and whether it came from a construction."""

REPEAT_TEMPERATURES = (0.2, 0.4)
"""Temperatures in repeats that successive runs alternate between: at 0.2 one
extra repeat is accepted with probability e^-5, at 0.4 with e^-2.5.  A greedy
start does best cooled (0.2 first); a near-perfect constructed start needs the
heat to rearrange its rounds (0.4 first; this is what takes 32 in fours to 10
repeat-free rounds).  Tuned on the social golfer sizes in the benchmark."""
DIVERSITY_TEMPERATURE = 0.3
RANDOM_STEP = 0.05
"""Share of steps that ignore conflicts, so conflicts among locked people cannot stall the search."""
REPORT_EVERY = 0.1
STALL_STEPS = 2000
"""Steps per person and round without a new best before going back to the run's best plan and shaking it."""
SHAKE = 1
"""Random swaps per person in a shake."""
CONVERGED_STEPS = 3000
CONVERGED_FACTOR = 20
"""A run has converged once it has gone twenty times as long as it took to find
its best plan (and at least CONVERGED_STEPS per person and round); the search
then starts a fresh run from a new starting plan."""
QUIET_STEPS = 3000
QUIET_BALANCE_STEPS = 500
QUIET_FACTOR = 2
"""The search stops on its own once the best plan has not improved for twice
as many steps as it took to find it, and for QUIET_STEPS per person and round
while it still has more repeats than the lower bound (a plateau there often
ends in a sudden drop: 32 in fours for 10 rounds sits at 16 repeats, then
falls to 0), or QUIET_BALANCE_STEPS once only the balance of attributes is
left to improve (its bound is rarely reachable, and a room waiting for one
round should not wait for a proof).  A search that keeps improving keeps
going; the time limit is only a ceiling.  Counting steps rather than seconds
keeps the result the same on a busy machine."""


@dataclass
class Budget:
    """When to stop: a deadline on an injectable clock, or the caller saying so."""

    clock: Callable[[], float]
    started: float
    time_limit: float
    should_stop: Callable[[], bool] | None
    progress: Progress | None

    def elapsed(self) -> float:
        return self.clock() - self.started

    def over(self) -> bool:
        if self.elapsed() >= self.time_limit:
            return True
        return self.should_stop is not None and bool(self.should_stop())

    def report(self, best_repeats: int) -> None:
        if self.progress is not None:
            fraction = 1.0 if self.time_limit <= 0 else min(1.0, self.elapsed() / self.time_limit)
            self.progress(fraction, best_repeats)


class Annealer:
    def __init__(self, problem: GroupingProblem, starts: Starts, seed: int) -> None:
        """The first run starts from starts(seed), as the greedy baseline does, so a solve never ends worse."""
        self.problem = problem
        self.rng = random.Random(seed)
        self.starts = starts
        start, constructed = starts(seed)
        self.schedule = Schedule(problem, start)
        self.frozen = [problem.frozen(r) for r in range(problem.rounds)]
        kind = problem.anchor
        self.loose = [
            {k: [p for p in range(problem.n) if not frozen[p] and kind[p] == k] for k in (False, True)}
            for frozen in self.frozen
        ]
        self.loose_rounds = [r for r in range(problem.rounds) if any(len(v) > 1 for v in self.loose[r].values())]
        self.units = [
            [u for u, members in enumerate(problem.units) if len(members) > 1 and (r, u) not in problem.locks]
            for r in range(problem.rounds)
        ]
        self.best = self.schedule.snapshot()
        self.best_cost = self.schedule.cost
        self.temperatures = REPEAT_TEMPERATURES[::-1] if constructed else REPEAT_TEMPERATURES
        self.temperature = self.temperatures[0]

    def run(self, budget: Budget, lower_bound: int) -> None:
        sched = self.schedule
        weight = sched.weight
        if self.best_cost <= lower_bound or not (self.loose_rounds or any(self.units)):
            return
        next_report = budget.elapsed()
        size = self.problem.n * self.problem.rounds
        patience = STALL_STEPS * size
        run_best, run_cost = sched.snapshot(), sched.cost
        step = since_best = found_at = runs = total = 0
        bound_repeats = lower_bound // weight

        def patience_left_after(improved_at: int) -> int:
            quiet = QUIET_STEPS if self.best_cost // weight > bound_repeats else QUIET_BALANCE_STEPS
            return improved_at + max(quiet * size, QUIET_FACTOR * improved_at)

        give_up_at = patience_left_after(0)
        while not budget.over() and total < give_up_at:
            if budget.elapsed() >= next_report:
                budget.report(self.best_cost // weight)
                next_report += REPORT_EVERY
            self._step()
            step += 1
            total += 1
            since_best += 1
            if sched.cost < run_cost:
                run_cost = sched.cost
                run_best = sched.snapshot()
                since_best = 0
                found_at = step
                if run_cost < self.best_cost:
                    self.best_cost, self.best = run_cost, run_best
                    give_up_at = patience_left_after(total)
                    if run_cost <= lower_bound:
                        break
            elif since_best > patience:
                since_best = 0
                if step > max(CONVERGED_STEPS * size, CONVERGED_FACTOR * found_at):
                    sched.load(self.starts(self.rng.randrange(2**32))[0])
                    run_best, run_cost = sched.snapshot(), sched.cost
                    step = found_at = 0
                    runs += 1
                    self.temperature = self.temperatures[runs % len(self.temperatures)]
                else:
                    sched.load(run_best)
                    self._shake()
        budget.report(self.best_cost // weight)

    def _shake(self) -> None:
        """Random swaps anywhere, to leave a basin the annealing keeps falling back into."""
        for _ in range(SHAKE * self.problem.n):
            self._step(blind=True)

    def _accept(self, delta: int) -> bool:
        if delta <= 0:
            return True
        weight = self.schedule.weight
        repeats = (delta + weight // 2) // weight
        diversity = delta - repeats * weight
        exponent = repeats / self.temperature + diversity / DIVERSITY_TEMPERATURE
        return exponent < 50 and self.rng.random() < math.exp(-exponent)

    def _step(self, blind: bool = False) -> None:
        sched = self.schedule
        rng = self.rng
        repeats, mixed = sched.repeats, sched.mixed
        if blind or rng.random() < RANDOM_STEP or not (len(repeats) or len(mixed)):
            if not self.loose_rounds:
                r = rng.randrange(self.problem.rounds)
                if self.units[r]:
                    self._move_unit(r, self.units[r][rng.randrange(len(self.units[r]))])
                return
            r = self.loose_rounds[rng.randrange(len(self.loose_rounds))]
            kinds = [k for k, people in self.loose[r].items() if len(people) > 1]
            people = self.loose[r][kinds[rng.randrange(len(kinds))]]
            self._try_swap(r, people[rng.randrange(len(people))], blind)
            return
        if len(repeats) and (not len(mixed) or rng.random() < 0.8):
            key = repeats.choice(rng)
        else:
            key = mixed.choice(rng)
        p, q = divmod(key, sched.n)
        if rng.random() < 0.5:
            p, q = q, p
        together = [r for r, row in enumerate(sched.group_of) if row[p] == row[q]]
        r = together[rng.randrange(len(together))]
        frozen = self.frozen[r]
        if frozen[p]:
            p, q = q, p
        if not frozen[p]:
            self._try_swap(r, p)
        elif self.units[r]:
            unit = self.problem.unit_of[p]
            if unit in self.units[r]:
                self._move_unit(r, unit)

    def _try_swap(self, r: int, p: int, blind: bool = False) -> None:
        sched = self.schedule
        problem = self.problem
        partners = self.loose[r][problem.anchor[p]]
        q = partners[self.rng.randrange(len(partners))]
        row = sched.group_of[r]
        if row[q] == row[p]:
            return
        group_a = sched.members[r][row[p]]
        group_b = sched.members[r][row[q]]
        if problem.has_apart[p] or problem.has_apart[q]:
            apart = problem.apart
            if any(apart[p][y] for y in group_b if y != q) or any(apart[q][x] for x in group_a if x != p):
                return
        if blind or self._accept(sched.swap_delta(group_a, p, group_b, q)):
            sched.exchange(r, [p], [q])

    def _move_unit(self, r: int, unit: int) -> None:
        """Trade a keep-together unit for as many loose people of another group, anchors for anchors."""
        sched = self.schedule
        problem = self.problem
        rng = self.rng
        members = problem.units[unit]
        a = sched.group_of[r][members[0]]
        b = rng.randrange(len(problem.sizes))
        if b == a:
            return
        frozen = self.frozen[r]
        kinds = problem.anchor
        need_anchors = sum(kinds[p] for p in members)
        loose = [q for q in sched.members[r][b] if not frozen[q]]
        rng.shuffle(loose)
        anchors = [q for q in loose if kinds[q]][:need_anchors]
        others = [q for q in loose if not kinds[q]][: len(members) - need_anchors]
        arriving = anchors + others
        if len(anchors) < need_anchors or len(arriving) < len(members):
            return
        stay_a = [x for x in sched.members[r][a] if x not in members]
        stay_b = [y for y in sched.members[r][b] if y not in arriving]
        apart = problem.apart
        if any(apart[p][y] for p in members for y in stay_b) or any(apart[q][x] for q in arriving for x in stay_a):
            return
        before = sched.cost
        sched.exchange(r, list(members), arriving)
        if not self._accept(sched.cost - before):
            sched.exchange(r, arriving, list(members))
