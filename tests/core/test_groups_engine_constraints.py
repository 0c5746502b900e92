"""Hard constraints hold in every planned round, and impossible ones are named."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.groups.engine import Constraints, GroupingError, group_sizes, solve


def fake_clock(step=0.01):
    """A clock that moves on by `step` every time it is read, so a search stops after a bounded number of reads."""
    ticks = itertools.count()
    return lambda: next(ticks) * step


@st.composite
def satisfiable(draw):
    """A request plus a template grouping that satisfies its constraints, so it is known to be feasible."""
    n = draw(st.integers(2, 30))
    size = draw(st.integers(2, 6))
    rounds = draw(st.integers(1, 3))
    mode = draw(st.sampled_from(["size", "groups"]))
    sizes = group_sizes(n, **{mode: size})
    people = [f"p{i}" for i in range(n)]
    order = draw(st.permutations(people))
    template, start = [], 0
    for s in sizes:
        template.append(list(order[start:start + s]))
        start += s
    count = len(template)
    group_index = st.integers(0, count - 1)
    together = []
    for g in draw(st.lists(group_index, max_size=2)):
        k = draw(st.integers(2, min(3, len(template[g])))) if len(template[g]) >= 2 else 0
        if k:
            together.append(template[g][-k:])
    interpreters = {}
    for g in draw(st.lists(group_index, max_size=2, unique=True)):
        if len(template[g]) >= 2:
            interpreters[template[g][0]] = template[g][1:1 + draw(st.integers(1, min(2, len(template[g]) - 1)))]
    apart = []
    if count >= 2:
        for _ in range(draw(st.integers(0, 3))):
            chosen = draw(st.lists(group_index, min_size=2, max_size=min(3, count), unique=True))
            apart.append([draw(st.sampled_from(template[g])) for g in chosen])
    anchors = []
    for i in range(draw(st.integers(0, min(n, 2 * count)))):
        group = template[i % count]
        taken = sum(1 for a in anchors if a in group)
        if taken < len(group):
            anchors.append(group[taken])
    if max(sum(a in g for a in anchors) for g in template) - min(sum(a in g for a in anchors) for g in template) > 1:
        anchors = []
    locks = []
    for person in draw(st.lists(st.sampled_from(people), max_size=4, unique=True)):
        r = draw(st.integers(0, rounds - 1))
        locks.append((person, r, next(g for g, members in enumerate(template) if person in members)))
    constraints = Constraints(keep_apart=apart, keep_together=together, anchors=anchors,
                              interpreters=interpreters, locks=locks)
    return people, {mode: size}, rounds, constraints


def check_round(groups, people, mode, c: Constraints, r: int):
    placed = [p for g in groups for p in g]
    assert sorted(placed) == sorted(people), "everyone present exactly once"
    assert sorted(map(len, groups)) == sorted(group_sizes(len(people), **mode))
    where = {p: g for g, members in enumerate(groups) for p in members}
    for members in c.keep_apart:
        assert len({where[p] for p in members}) == len(members), f"kept apart: {members}"
    for members in c.keep_together:
        assert len({where[p] for p in members}) == 1, f"kept together: {members}"
    for interpreter, needing in c.interpreters.items():
        assert {where[p] for p in needing} == {where[interpreter]}, "interpreted people sit with their interpreter"
    counts = [sum(1 for a in c.anchors if a in g) for g in groups]
    assert max(counts) - min(counts) <= 1, f"anchors spread evenly: {counts}"
    for person, lr, g in c.locks:
        if lr == r:
            assert person in groups[g], f"{person} locked into group {g}"


@settings(deadline=None)
@given(satisfiable(), st.integers(0, 3))
def test_hard_constraints_hold_in_every_round(request, seed):
    people, mode, rounds, constraints = request
    plan = solve(people, rounds=rounds, constraints=constraints, seed=seed, time_limit=1.0, clock=fake_clock(), **mode)
    assert len(plan.rounds) == rounds
    for r, groups in enumerate(plan.rounds):
        check_round(groups, people, mode, constraints, r)
    assert plan.quality.hard_violations == 0


def test_every_group_gets_an_anchor_when_there_are_enough():
    people = list(range(24))
    anchors = [0, 1, 2, 3, 4, 5, 6]
    plan = solve(people, size=4, rounds=3, constraints=Constraints(anchors=anchors), time_limit=0.5)
    for groups in plan.rounds:
        assert all(any(a in g for a in anchors) for g in groups)
        assert sum(1 for g in groups if len(set(anchors) & set(g)) == 2) == 1


def test_a_few_anchors_never_share_a_group():
    plan = solve(list(range(20)), size=4, rounds=4, constraints=Constraints(anchors=[0, 1, 2]), time_limit=0.5)
    for groups in plan.rounds:
        assert all(len({0, 1, 2} & set(g)) <= 1 for g in groups)


def test_rules_about_absent_people_apply_to_those_present():
    c = Constraints(keep_apart=[["ana", "ben", "absent"]], keep_together=[["cy", "absent"]],
                    locks=[("absent", 0, 0)])
    plan = solve(["ana", "ben", "cy", "dee"], size=2, constraints=c, time_limit=0.2)
    assert not any({"ana", "ben"} <= set(g) for g in plan.rounds[0])


@pytest.mark.parametrize(
    "people, size, constraints, named",
    [
        (range(12), 4, Constraints(keep_together=[[0, 1, 2, 3, 4]]), ["0, 1, 2, 3, 4", "at most 4"]),
        (range(8), 4, Constraints(keep_apart=[[0, 1, 2]]), ["keep apart", "only 2 groups"]),
        (range(8), 4, Constraints(keep_apart=[[0, 1]], keep_together=[[1, 0]]), ["0 and 1", "kept apart"]),
        (range(8), 4, Constraints(keep_apart=[[0, 1]], interpreters={0: [1]}), ["0 and 1", "interpreter"]),
        (range(8), 4, Constraints(keep_apart=[[0, 5]], locks=[(0, 0, 1), (5, 0, 1)]), ["0 and 5", "locked"]),
        (range(8), 4, Constraints(keep_together=[[0, 1]], locks=[(0, 0, 0), (1, 0, 1)]), ["0 and 1", "locked"]),
        (range(8), 4, Constraints(anchors=[0, 1], keep_together=[[0, 1]]), ["anchors 0, 1", "more than 1"]),
        (range(8), 4, Constraints(locks=[(0, 0, 5)]), ["0 is locked into group 6"]),
        (range(8), 4, Constraints(locks=[(0, 3, 0)]), ["0 is locked into round 4"]),
        (range(8), 4, Constraints(locks=[(i, 0, 0) for i in range(5)]), ["locked into group 1", "holds 4"]),
    ],
)
def test_impossible_constraints_are_refused_naming_the_conflict(people, size, constraints, named):
    with pytest.raises(GroupingError) as error:
        solve(list(people), size=size, constraints=constraints, time_limit=0.1)
    for words in named:
        assert words in str(error.value)


def test_someone_kept_apart_from_nearly_everyone_is_named():
    c = Constraints(keep_apart=[[0, i] for i in range(1, 22)])
    with pytest.raises(GroupingError, match="0 must be kept apart from 21 of the other 24 people"):
        solve(list(range(25)), size=5, constraints=c, time_limit=0.1)


def test_a_conflict_only_a_search_can_find_is_still_refused_clearly():
    # Anchors 0 and 1 must lead the two groups, but 2 may sit with neither.
    c = Constraints(anchors=[0, 1], keep_apart=[[0, 2], [1, 2]])
    with pytest.raises(GroupingError, match="round 1"):
        solve([0, 1, 2, 3, 4, 5], size=3, constraints=c, time_limit=0.1)


def test_listing_someone_twice_is_refused():
    with pytest.raises(GroupingError, match="ana is listed twice"):
        solve(["ana", "ben", "ana"], size=2)
