"""What a facilitator notices about planned rounds: few repeats, mixed groups, a plan on time."""
from __future__ import annotations

import itertools
from itertools import combinations

from clocks import ticking
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.groups.engine import greedy_baseline, solve, solve_anonymous


def fake_clock(step=0.01):
    ticks = itertools.count()
    return lambda: next(ticks) * step


def meetings(rounds):
    seen = {}
    for groups in rounds:
        for group in groups:
            for pair in combinations(sorted(group), 2):
                seen[pair] = seen.get(pair, 0) + 1
    return seen


def test_same_seed_same_plan_and_another_seed_another_plan():
    people = [f"p{i}" for i in range(22)]
    first = solve(people, size=3, rounds=3, seed=7, time_limit=5)
    again = solve(people, size=3, rounds=3, seed=7, time_limit=5)
    other = solve(people, size=3, rounds=3, seed=8, time_limit=5)
    assert first.rounds == again.rounds
    assert other.rounds != first.rounds


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 1000))
def test_pairs_that_met_before_do_not_meet_again(seed):
    plan = solve([0, 1, 2, 3], size=2, history=[[[0, 1], [2, 3]]], seed=seed, time_limit=1)
    assert [0, 1] not in plan.rounds[0] and [2, 3] not in plan.rounds[0]
    assert plan.quality.repeat_pairs == 0


def test_history_with_absent_people_and_a_walk_in():
    history = [[["ana", "ben", "absent"], ["cy", "dee", "eve"]], [["ana", "cy"], ["ben", "dee"], ["eve", "absent"]]]
    plan = solve(["ana", "ben", "cy", "dee", "eve", "walk-in"], size=2, history=history, time_limit=1)
    met = {frozenset(p) for groups in history for g in groups for p in combinations(g, 2)}
    assert not any(frozenset(g) in met for g in plan.rounds[0])


def test_no_group_shares_an_organisation_when_that_can_be_avoided():
    people = list(range(12))
    attributes = {p: {"organization": "school" if p < 6 else "clinic"} for p in people}
    plan = solve(people, size=2, rounds=3, attributes=attributes, balance=["organization"], time_limit=2)
    for groups in plan.rounds:
        for a, b in groups:
            assert attributes[a]["organization"] != attributes[b]["organization"]
    assert plan.quality.same_org_groups == 0
    assert plan.quality.min_distinct == 2


def test_perspectives_are_spread_but_never_at_the_cost_of_a_repeat():
    people = list(range(16))
    attributes = {p: {"perspective": p % 4} for p in people}
    plan = solve(people, size=4, rounds=5, attributes=attributes, balance=["perspective"], time_limit=1)
    assert plan.quality.repeat_pairs == 0
    assert plan.quality.spread["perspective"].mean_distinct > 2.5


def test_kirkman_schoolgirls_meet_nobody_twice():
    plan = solve(list(range(15)), size=3, rounds=7, time_limit=3)
    assert plan.quality.repeat_pairs == 0
    assert max(meetings(plan.rounds).values()) == 1
    assert len(meetings(plan.rounds)) == 105


def test_pairs_with_an_odd_count_get_one_triad_and_rotate_fairly():
    plan = solve(list(range(11)), size=2, rounds=3, time_limit=2)
    for groups in plan.rounds:
        assert sorted(map(len, groups)) == [2, 2, 2, 2, 3]
    assert plan.quality.repeat_pairs == 0


@settings(max_examples=15, deadline=None)
@given(n=st.integers(4, 26), size=st.integers(2, 5), rounds=st.integers(1, 6), seed=st.integers(0, 50))
def test_never_worse_than_greedy_one_round_at_a_time(n, size, rounds, seed):
    history = [[list(range(i, min(i + 3, n))) for i in range(0, n, 3)]]
    kwargs = dict(size=size, rounds=rounds, history=history, seed=seed)
    planned = solve(list(range(n)), time_limit=1.0, clock=fake_clock(), **kwargs)
    greedy = greedy_baseline(list(range(n)), **kwargs)
    assert planned.quality.repeat_pairs <= greedy.quality.repeat_pairs
    assert planned.quality.hard_violations == 0


def test_planning_rounds_together_beats_greedy_on_a_tight_schedule():
    # 75,000 readings of the injected clock: the search a laptop makes in about 1.5 s.
    planned = solve(list(range(24)), size=4, rounds=6, time_limit=1.5, seed=1, clock=ticking(0.00002))
    greedy = greedy_baseline(list(range(24)), size=4, rounds=6, seed=1)
    assert planned.quality.repeat_pairs < greedy.quality.repeat_pairs


def test_stop_request_returns_the_best_plan_so_far_quickly():
    asked = []

    def should_stop():
        asked.append(1)
        return len(asked) > 50

    # The injected clock never reaches the time limit, so only the stop request can end the search.
    plan = solve(list(range(32)), size=4, rounds=10, history=[[[0, 1, 2, 3]]], should_stop=should_stop,
                 time_limit=60, clock=fake_clock(step=0.0001))
    assert len(asked) == 51  # the first "yes" ends it: the engine never asks again
    assert plan.quality.seconds < 60
    assert len(plan.rounds) == 10 and plan.quality.hard_violations == 0


def test_time_limit_is_read_from_the_injected_clock_and_progress_is_reported():
    reports = []
    plan = solve(list(range(32)), size=4, rounds=10, time_limit=0.3, clock=fake_clock(step=0.01),
                 progress=lambda fraction, repeats: reports.append((fraction, repeats)))
    assert 0.3 <= plan.quality.seconds < 0.5
    assert reports and reports[-1][0] == 1.0
    assert all(0.0 <= f <= 1.0 for f, _ in reports)
    best = [r for _, r in reports]
    assert best == sorted(best, reverse=True)
    assert best[-1] == plan.quality.repeat_pairs


def test_a_settled_search_stops_long_before_its_time_limit():
    attributes = {p: {"organization": p % 5, "perspective": p % 7} for p in range(24)}
    plan = solve(list(range(24)), size=4, history=[[list(range(i, i + 4)) for i in range(0, 24, 4)]],
                 attributes=attributes, balance=["perspective", "organization"], time_limit=3600,
                 clock=fake_clock(step=0.0001))
    assert plan.quality.seconds < 60
    assert plan.quality.hard_violations == 0 and plan.quality.repeat_pairs == 0


def test_anonymous_solve_reports_rounds_repeats_and_time():
    result = solve_anonymous(12, 3, 2, seed=3, time_limit=2)
    assert set(result) == {"rounds", "repeat_pairs", "seconds", "optimal", "lower_bound"}
    assert len(result["rounds"]) == 2
    for groups in result["rounds"]:
        assert sorted(p for g in groups for p in g) == list(range(12))
    assert result["repeat_pairs"] == 0


def test_nobody_present_or_no_rounds_gives_an_empty_plan():
    assert solve([], size=3, rounds=2).rounds == [[], []]
    assert solve([1, 2, 3], size=3, rounds=0).rounds == []
