"""Perfect schedules from the design families, checked by reading the schedule itself.

Every check recounts the meetings from the rounds handed back (never the engine's own count),
so a construction that is wrong, or one that silently stops applying, fails here.
"""
from __future__ import annotations

from itertools import combinations

import pytest

from facilitator.groups.engine import solve
from facilitator.groups.engine.constructions import (
    most_rounds,
    perfect_rounds,
    round_robin,
    subspace_cosets,
    transversal,
)
from facilitator.groups.engine.design_search import rotated, triple_system
from facilitator.groups.engine.fields import field


def assert_repeat_free(rounds, n, size):
    """Every round seats everyone once in groups of `size`, and no pair meets twice."""
    met = set()
    for groups in rounds:
        assert sorted(p for g in groups for p in g) == list(range(n))
        assert all(len(g) == size for g in groups)
        for g in groups:
            for pair in combinations(sorted(g), 2):
                assert pair not in met, f"{pair} meet twice"
                met.add(pair)


def recounted_repeats(rounds):
    seen = {}
    for groups in rounds:
        for g in groups:
            for pair in combinations(sorted(g), 2):
                seen[pair] = seen.get(pair, 0) + 1
    return sum(m - 1 for m in seen.values())


@pytest.mark.parametrize("q", [2, 3, 4, 5, 7, 8, 9, 16, 25, 27, 32, 49, 64])
def test_field_tables_are_a_field(q):
    add, mul = field(q)
    for a in range(q):
        assert sorted(add[a]) == list(range(q))
        if a:
            assert sorted(mul[a]) == list(range(q))
        for b in range(q):
            for c in (0, 1, q - 1):
                assert mul[a][add[b][c]] == add[mul[a][b]][mul[a][c]]


def test_sizes_that_are_not_fields_have_none():
    assert field(6) is None and field(12) is None and field(81) is None


@pytest.mark.parametrize("q,k", [(q, k) for q in (3, 4, 5, 7, 8, 9, 11, 13, 16) for k in range(2, q + 1)])
def test_transversal_designs_for_every_prime_power_group_count(q, k):
    rounds = transversal(q, k)
    assert len(rounds) == (q + 1 if k == q else q)
    assert_repeat_free(rounds, q * k, k)


@pytest.mark.parametrize("n", [2, 4, 10, 20, 31 + 1])
def test_round_robin(n):
    rounds = round_robin(n)
    assert len(rounds) == n - 1
    assert_repeat_free(rounds, n, 2)


@pytest.mark.parametrize("n,size,rounds", [(27, 3, 13), (32, 4, 9), (64, 8, 9), (16, 4, 5), (81, 9, 10)])
def test_affine_geometry(n, size, rounds):
    built = subspace_cosets(n, size, rounds)
    assert len(built) == rounds
    assert_repeat_free(built, n, size)


@pytest.mark.parametrize("m,rounds", [(3, 4), (7, 10), (8, 11), (9, 13), (11, 16), (14, 20)])
def test_kirkman_and_nearly_kirkman_triple_systems(m, rounds):
    built = triple_system(m)
    assert len(built) == rounds
    assert_repeat_free(built, 3 * m, 3)


@pytest.mark.parametrize("n,size,rounds", [(15, 3, 7), (18, 3, 8), (24, 3, 11), (24, 4, 7), (30, 5, 6)])
def test_rotated_base_rounds(n, size, rounds):
    built = rotated(n, size, rounds)
    assert len(built) == rounds
    assert_repeat_free(built, n, size)


@pytest.mark.parametrize("n,size,wanted", [(9, 3, 4), (15, 3, 7), (21, 3, 10), (27, 3, 13), (18, 3, 8), (20, 4, 5),
                                           (25, 5, 6), (28, 4, 7), (36, 4, 9), (40, 5, 8), (48, 6, 8), (49, 7, 8),
                                           (32, 4, 9), (24, 4, 7), (20, 2, 19)])
def test_every_family_member_gives_its_full_schedule(n, size, wanted):
    assert wanted <= most_rounds(n, size)
    built = perfect_rounds(n, size, wanted)
    assert len(built) == wanted
    assert_repeat_free(built, n, size)


PERFECT = ["20/4/5", "24/4/6", "18/3/8", "21/3/9", "28/4/7", "36/4/9", "40/5/7", "48/6/6",
           "9/3/4", "15/3/7", "21/3/10", "27/3/13", "25/5/6", "32/4/9", "49/7/8", "44/4/11", "24/3/11", "30/5/6"]


@pytest.mark.parametrize("case", PERFECT)
def test_solve_finds_the_perfect_schedule_and_says_it_is_optimal(case):
    n, size, rounds = map(int, case.split("/"))
    plan = solve(list(range(n)), size=size, rounds=rounds, seed=1, time_limit=10)
    assert len(plan.rounds) == rounds
    assert_repeat_free(plan.rounds, n, size)
    assert plan.quality.optimal and plan.quality.repeat_pairs == 0


@pytest.mark.parametrize("n,size,rounds", [(23, 4, 6), (17, 3, 8), (35, 4, 9)])
def test_a_room_one_short_of_a_design_still_gets_no_repeats(n, size, rounds):
    plan = solve(list(range(n)), size=size, rounds=rounds, seed=0, time_limit=10)
    assert recounted_repeats(plan.rounds) == 0
    assert plan.quality.hard_violations == 0


def test_a_room_one_over_a_design_starts_close_and_reports_how_far_from_proven():
    plan = solve(list(range(25)), size=4, rounds=6, seed=0, time_limit=3)
    assert recounted_repeats(plan.rounds) == plan.quality.repeat_pairs <= 4
    assert plan.quality.repeat_bound == 0
    assert plan.quality.optimal == (plan.quality.repeat_pairs == 0)
