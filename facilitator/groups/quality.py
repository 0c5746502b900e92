"""How good a saved round is, group by group: the badges on the board and the CLI's report.

Computed from the saved groups, not from the engine's figures, so hand edits on the board and
later attendance changes show up at once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Mapping, Sequence

from facilitator.groups.engine import Constraints
from facilitator.groups.engine.quality import hard_violations
from facilitator.groups.rounds import BreakoutRound
from facilitator.i18n import t
from facilitator.plan.model import Participant


@dataclass(frozen=True)
class GroupQuality:
    label: str
    size: int
    repeat_pairs: int
    """Pairs in this group who already sat together in another round of the series (pairs a
    keep-together rule or an interpreter binds are not counted: nobody can change them)."""
    same_org_pairs: int
    perspectives: int
    """Distinct perspectives among the members."""
    absent: int
    """Members placed here who are not in the room."""


@dataclass(frozen=True)
class RoundReport:
    round_id: str
    title: str
    groups: list[GroupQuality]
    repeat_pairs: int
    same_org_groups: int
    min_perspectives: int
    mean_perspectives: float
    hard_violations: int
    unplaced: list[str] = field(default_factory=list)
    """Present people in no group (a walk-in since the round was made)."""
    warnings: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    """Each hard rule the saved groups break, in words ("Keep apart: Ana and Bo are both in
    Group 2"), so "broken rules: 1" can say which."""

    def as_dict(self) -> dict:
        return {
            "repeat_pairs": self.repeat_pairs, "same_org_groups": self.same_org_groups,
            "min_perspectives": self.min_perspectives, "mean_perspectives": round(self.mean_perspectives, 2),
            "hard_violations": self.hard_violations, "broken_rules": self.broken, "unplaced": self.unplaced,
            "warnings": self.warnings,
            "groups": [{"label": g.label, "size": g.size, "repeat_pairs": g.repeat_pairs,
                        "same_org_pairs": g.same_org_pairs, "perspectives": g.perspectives, "absent": g.absent}
                       for g in self.groups],
        }


def _key(text: str) -> str:
    return text.strip().casefold()


def round_report(breakout: BreakoutRound, *, people: Mapping[str, Participant], present: Sequence[str],
                 history: Sequence[Sequence[Sequence[str]]], constraints: Constraints,
                 warnings: Sequence[str] = ()) -> RoundReport:
    bound = {pair for unit in [*constraints.keep_together,
                               *({i, *needing} for i, needing in constraints.interpreters.items())]
             for pair in combinations(sorted(unit), 2)}
    met: Counter = Counter()
    for groups in history:
        for group in groups:
            for a, b in combinations(sorted(group), 2):
                met[(a, b)] += 1
    in_room = set(present)
    rows = []
    for group in breakout.groups:
        ids = sorted(group.member_ids)
        pairs = list(combinations(ids, 2))
        orgs = [_key(people[a].organization) for a in ids if a in people]
        perspectives = {_key(people[a].perspective) for a in ids if a in people and people[a].perspective.strip()}
        rows.append(GroupQuality(
            label=group.label, size=len(ids), repeat_pairs=sum(1 for p in pairs if met[p] and p not in bound),
            same_org_pairs=sum(c * (c - 1) // 2 for org, c in Counter(orgs).items() if org),
            perspectives=len(perspectives), absent=sum(1 for a in ids if a not in in_room)))
    placed = {pid for g in breakout.groups for pid in g.member_ids}
    plan = [[[pid for pid in g.member_ids] for g in breakout.groups]]
    sizes = [len(g.members) for g in breakout.groups]
    distinct = [r.perspectives for r in rows]
    return RoundReport(
        round_id=breakout.id, title=breakout.title, groups=rows,
        repeat_pairs=sum(r.repeat_pairs for r in rows),
        same_org_groups=sum(1 for r in rows if r.same_org_pairs),
        min_perspectives=min(distinct, default=0),
        mean_perspectives=sum(distinct) / len(distinct) if distinct else 0.0,
        hard_violations=hard_violations(plan, list(in_room), sizes, constraints),
        unplaced=[people[pid].display_name for pid in present if pid not in placed and pid in people],
        warnings=list(warnings), broken=broken_rules(breakout, people, in_room, constraints))


def broken_rules(breakout: BreakoutRound, people: Mapping[str, Participant], present: set[str],
                 constraints: Constraints) -> list[str]:
    """The hard rules the saved groups break (after a hand move or a change of attendance), named."""
    where = {pid: g.label for g in breakout.groups for pid in g.member_ids}

    def name(pid: str) -> str:
        return people[pid].display_name if pid in people else pid

    def names(ids) -> str:
        return ", ".join(sorted((name(p) for p in ids), key=str.casefold))

    found = []
    for unit in constraints.keep_apart:
        by_group: dict[str, list[str]] = {}
        for pid in set(unit) & present:
            if pid in where:
                by_group.setdefault(where[pid], []).append(pid)
        for label, ids in sorted(by_group.items()):
            if len(ids) > 1:
                found.append(t("Keep apart: {names} are all in {group}").format(names=names(ids), group=label))
    for unit in constraints.keep_together:
        ids = set(unit) & present
        if len({where.get(p) for p in ids}) > 1:
            found.append(t("Keep together: {names} are split up").format(names=names(ids)))
    for interpreter, needing in constraints.interpreters.items():
        if interpreter not in present:
            continue
        apart = [p for p in needing if p in present and where.get(p) != where.get(interpreter)]
        if apart:
            found.append(t("Interpreter: {names} not in {interpreter}'s group").format(
                names=names(apart), interpreter=name(interpreter)))
    for person, round_index, group_index in constraints.locks:
        if person in present and round_index == 0 and 0 <= group_index < len(breakout.groups):
            label = breakout.groups[group_index].label
            if where.get(person) != label:
                found.append(t("Locked: {name} belongs in {group}").format(name=name(person), group=label))
    return found
