"""Scores a finished plan from the caller's ids alone.

Deliberately independent of the search's internal tables: the hard
constraints are re-checked here from scratch, so a bug in the search shows
up as hard_violations > 0 rather than as a silently broken plan.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Hashable, Iterable, Mapping, Sequence

from .model import AttributeSpread, Constraints, PersonId, Quality, Round


def pair_meetings(rounds: Iterable[Iterable[Iterable[PersonId]]], present: set[PersonId]) -> Counter:
    """How often each pair of present people shared a group, keyed by a frozenset."""
    meetings: Counter = Counter()
    for groups in rounds:
        for group in groups:
            members = [p for p in group if p in present]
            for a, b in combinations(members, 2):
                meetings[frozenset((a, b))] += 1
    return meetings


def repeats_added(plan: Sequence[Round], history: Sequence[Round], present: set[PersonId]) -> int:
    before = pair_meetings(history, present)
    after = before + pair_meetings(plan, present)
    return sum(m - 1 for m in after.values() if m > 1) - sum(m - 1 for m in before.values() if m > 1)


def hard_violations(
    plan: Sequence[Round], people: Sequence[PersonId], sizes: Sequence[int], constraints: Constraints
) -> int:
    present = set(people)
    bad = 0
    anchors = [a for a in constraints.anchors if a in present]
    together = [set(s) & present for s in constraints.keep_together]
    together += [({i, *needing}) & present for i, needing in constraints.interpreters.items()]
    apart = [set(s) & present for s in constraints.keep_apart]
    for groups in plan:
        seen = Counter(p for group in groups for p in group)
        bad += sum(1 for p in present if seen[p] != 1) + sum(1 for p in seen if p not in present)
        bad += sorted(map(len, groups)) != sorted(sizes)
        where = {p: g for g, group in enumerate(groups) for p in group}
        bad += sum(1 for s in together if len({where.get(p) for p in s}) > 1)
        for group in groups:
            bad += sum(1 for s in apart if len(s.intersection(group)) > 1)
        if groups:
            counts = [sum(1 for p in group if p in anchors) for group in groups]
            bad += max(counts) - min(counts) > 1
    for person, r, g in constraints.locks:
        if person in present and 0 <= r < len(plan):
            bad += not (0 <= g < len(plan[r]) and person in plan[r][g])
    return bad


def spread(
    plan: Sequence[Round], attributes: Mapping[PersonId, Mapping[str, Hashable]], name: str
) -> AttributeSpread:
    same = 0
    distinct = []
    for groups in plan:
        for group in groups:
            values = [attributes.get(p, {}).get(name) for p in group]
            values = [v for v in values if v is not None]
            same += len(set(values)) < len(values)
            distinct.append(len(set(values)))
    if not distinct:
        return AttributeSpread(0, 0, 0.0)
    return AttributeSpread(same, min(distinct), sum(distinct) / len(distinct))


def assess(
    plan: Sequence[Round],
    *,
    people: Sequence[PersonId],
    sizes: Sequence[int],
    history: Sequence[Round],
    constraints: Constraints,
    attributes: Mapping[PersonId, Mapping[str, Hashable]],
    balance: Sequence[str],
    seconds: float,
) -> Quality:
    spreads = {name: spread(plan, attributes, name) for name in balance}
    return Quality(
        repeat_pairs=repeats_added(plan, history, set(people)),
        same_org_groups=sum(s.same_value_groups for s in spreads.values()),
        min_distinct=min((s.min_distinct for s in spreads.values()), default=0),
        mean_distinct=(sum(s.mean_distinct for s in spreads.values()) / len(spreads)) if spreads else 0.0,
        hard_violations=hard_violations(plan, people, sizes, constraints),
        seconds=seconds,
        spread=spreads,
    )
