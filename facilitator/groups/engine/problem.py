"""Turns a caller's request into index-based tables the search can use.

Everything downstream works on person indices 0..n-1 and plain lists of ints, both
for speed and so that nothing depends on the hash order of caller ids.  The
obvious contradictions are caught here so the error can name the people
involved instead of reporting a failed search.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable, Mapping, Sequence

from facilitator.i18n import t

from .model import Constraints, GroupingError, PersonId, group_sizes


@dataclass
class GroupingProblem:
    ids: list[PersonId]
    rounds: int
    sizes: list[int]
    hist: list[list[int]]
    """Earlier meetings of each pair of present people."""
    same: list[list[int]]
    """Diversity penalty each time the pair shares a group."""
    repeat_weight: int
    """More than twice any total diversity penalty: repeats always come first, and
    a cost change splits uniquely into its repeat and diversity parts."""
    units: list[list[int]]
    """People who move together: keep-together and interpreter sets, merged."""
    unit_of: list[int]
    anchor: list[bool]
    apart: list[list[bool]]
    has_apart: list[bool]
    locks: dict[tuple[int, int], int]
    """(round, unit) -> group."""
    anchor_lo: int
    anchor_hi: int
    anchor_hi_slots: int
    """How many groups may hold anchor_hi anchors when that exceeds anchor_lo."""
    balanced: list[tuple[int, list[Hashable]]]
    """(weight, each person's value) per balanced attribute, heaviest first."""

    @property
    def n(self) -> int:
        return len(self.ids)

    def frozen(self, r: int) -> list[bool]:
        """Who a two-person swap must not move in round r."""
        out = [False] * self.n
        for u, members in enumerate(self.units):
            if len(members) > 1 or (r, u) in self.locks:
                for p in members:
                    out[p] = True
        return out

    def lower_bound(self) -> int:
        """A cost no plan can beat; reaching it ends the search early.

        Repeats: people kept together meet every round (forced repeats);
        the other meetings a plan must hold, beyond the pairs that have never
        met, are repeats too; and a person who has fewer unmet people left
        than the rounds' groups need meets someone again.
        """
        n, sizes, rounds = self.n, self.sizes, self.rounds
        if not sizes:
            return 0
        meetings = rounds * sum(s * (s - 1) // 2 for s in sizes)
        forced = kept_meetings = kept_unmet = 0
        for members in self.units:
            for i, p in enumerate(members):
                for q in members[i + 1:]:
                    forced += rounds - (0 if self.hist[p][q] else 1)
                    kept_meetings += rounds
                    kept_unmet += not self.hist[p][q]
        unmet_total = 0
        per_person = 0
        least = rounds * (min(sizes) - 1)
        for p in range(n):
            unmet = sum(1 for q in range(n) if q != p and not self.hist[p][q])
            unmet_total += unmet
            per_person += max(0, least - unmet)
        others = max(0, (meetings - kept_meetings) - (unmet_total // 2 - kept_unmet))
        repeats = max(forced + others, (per_person + 1) // 2, 0)
        return repeats * self.repeat_weight + rounds * self._diversity_floor()

    def _diversity_floor(self) -> int:
        """Same-value pairs per round if every value were spread perfectly."""
        floor = 0
        count = len(self.sizes)
        for weight, values in self.balanced:
            tally: dict[Hashable, int] = {}
            for v in values:
                if v is not None:
                    tally[v] = tally.get(v, 0) + 1
            for c in tally.values():
                q, rem = divmod(c, count)
                floor += weight * (rem * (q + 1) * q // 2 + (count - rem) * q * (q - 1) // 2)
        return floor


def _present_sets(sets: Iterable[Iterable[PersonId]], index: Mapping[PersonId, int]) -> list[list[int]]:
    out = []
    for s in sets:
        members = sorted({index[p] for p in s if p in index})
        if members:
            out.append(members)
    return out


def _names(ids: Sequence[PersonId], members: Iterable[int]) -> str:
    return ", ".join(str(ids[p]) for p in members)


def build_problem(
    people: Sequence[PersonId],
    *,
    size: int | None,
    groups: int | None,
    rounds: int,
    history: Iterable[Iterable[Iterable[PersonId]]],
    constraints: Constraints | None,
    attributes: Mapping[PersonId, Mapping[str, Hashable]] | None,
    balance: Sequence[str],
) -> GroupingProblem:
    ids = list(people)
    index = {p: i for i, p in enumerate(ids)}
    if len(index) != len(ids):
        seen: set = set()
        dup = next(p for p in ids if p in seen or seen.add(p))
        raise GroupingError(t("{person} is listed twice").format(person=dup))
    if rounds < 0:
        raise GroupingError(t("cannot plan {rounds} rounds").format(rounds=rounds))
    n = len(ids)
    sizes = group_sizes(n, size=size, groups=groups)
    c = constraints or Constraints()

    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    together = _present_sets(c.keep_together, index)
    for interpreter, needing in c.interpreters.items():
        together += _present_sets([[interpreter, *needing]], index)
    for members in together:
        for p in members[1:]:
            parent[find(p)] = find(members[0])
    roots: dict[int, int] = {}
    units: list[list[int]] = []
    unit_of = [0] * n
    for p in range(n):
        root = find(p)
        if root not in roots:
            roots[root] = len(units)
            units.append([])
        unit_of[p] = roots[root]
        units[unit_of[p]].append(p)
    biggest = max(sizes, default=0)
    for members in units:
        if len(members) > biggest:
            raise GroupingError(
                t("keep together / interpreter: {names} ({count} people) "
                  "cannot fit in groups of at most {biggest}").format(
                    names=_names(ids, members), count=len(members), biggest=biggest)
            )

    apart = [[False] * n for _ in range(n)]
    for members in _present_sets(c.keep_apart, index):
        if len(members) > len(sizes):
            raise GroupingError(
                t("keep apart: {names} are {count} people but there are only {groups} groups").format(
                    names=_names(ids, members), count=len(members), groups=len(sizes))
            )
        for i, p in enumerate(members):
            for q in members[i + 1:]:
                if unit_of[p] == unit_of[q]:
                    raise GroupingError(
                        t("{first} and {second} must be kept apart but also kept together "
                          "(directly or through an interpreter)").format(first=ids[p], second=ids[q])
                    )
                apart[p][q] = apart[q][p] = True
    has_apart = [any(row) for row in apart]
    smallest = min(sizes, default=0)
    for p, row in enumerate(apart):
        kept_from = sum(row)
        if n - 1 - kept_from < smallest - 1:
            raise GroupingError(
                t("{person} must be kept apart from {apart} of the other {others} people, "
                  "too few are left to make a group of {smallest}").format(
                    person=ids[p], apart=kept_from, others=n - 1, smallest=smallest)
            )

    anchor = [False] * n
    for a in c.anchors:
        if a in index:
            anchor[index[a]] = True
    n_anchors = sum(anchor)
    count = max(len(sizes), 1)
    lo, extra = divmod(n_anchors, count)
    hi = lo + (1 if extra else 0)
    for members in units:
        inside = [p for p in members if anchor[p]]
        if len(inside) > hi:
            raise GroupingError(
                t("anchors {names} are kept together, but with {anchors} anchors "
                  "in {groups} groups no group may have more than {most}").format(
                    names=_names(ids, inside), anchors=n_anchors, groups=count, most=hi)
            )

    locks: dict[tuple[int, int], int] = {}
    locker: dict[tuple[int, int], int] = {}
    for person, r, g in c.locks:
        if person not in index:
            continue
        p = index[person]
        if not 0 <= r < rounds:
            raise GroupingError(t("{person} is locked into round {round}, but only {rounds} are planned").format(
                person=person, round=r + 1, rounds=rounds))
        if not 0 <= g < len(sizes):
            raise GroupingError(t("{person} is locked into group {group}, but there are only {groups} groups").format(
                person=person, group=g + 1, groups=len(sizes)))
        key = (r, unit_of[p])
        if locks.get(key, g) != g:
            other = ids[locker[key]]
            raise GroupingError(
                t("{other} and {person} must be together but are locked into different groups "
                  "of round {round}").format(other=other, person=person, round=r + 1)
            )
        locks[key] = g
        locker[key] = p
    for r in range(rounds):
        by_group: dict[int, list[int]] = {}
        for (lr, u), g in locks.items():
            if lr == r:
                by_group.setdefault(g, []).extend(units[u])
        for g, members in sorted(by_group.items()):
            members.sort()
            where = t("group {group} of round {round}").format(group=g + 1, round=r + 1)
            if len(members) > sizes[g]:
                raise GroupingError(t("{names} are locked into {where}, which holds {size}").format(
                    names=_names(ids, members), where=where, size=sizes[g]))
            for i, p in enumerate(members):
                for q in members[i + 1:]:
                    if apart[p][q]:
                        raise GroupingError(
                            t("{first} and {second} must be kept apart but are both locked into {where}").format(
                                first=ids[p], second=ids[q], where=where))
            locked_anchors = [p for p in members if anchor[p]]
            if len(locked_anchors) > hi:
                raise GroupingError(
                    t("anchors {names} are locked into {where}, but with "
                      "{anchors} anchors in {groups} groups no group may have more than {most}").format(
                        names=_names(ids, locked_anchors), where=where, anchors=n_anchors, groups=count, most=hi)
                )

    hist = [[0] * n for _ in range(n)]
    for old_round in history:
        for group in old_round:
            members = sorted({index[p] for p in group if p in index})
            for i, p in enumerate(members):
                row = hist[p]
                for q in members[i + 1:]:
                    row[q] += 1
                    hist[q][p] += 1

    attrs = attributes or {}
    balanced = []
    for i, name in enumerate(balance):
        weight = len(balance) - i
        values = [attrs.get(p, {}).get(name) for p in ids]
        balanced.append((weight, values))
    same = [[0] * n for _ in range(n)]
    for weight, values in balanced:
        for p in range(n):
            vp = values[p]
            if vp is None:
                continue
            row = same[p]
            for q in range(n):
                if q != p and values[q] == vp:
                    row[q] += weight
    max_diversity = rounds * sum(s * (s - 1) // 2 for s in sizes) * sum(w for w, _ in balanced)

    return GroupingProblem(
        ids=ids,
        rounds=rounds,
        sizes=sizes,
        hist=hist,
        same=same,
        repeat_weight=2 * max_diversity + 1,
        units=units,
        unit_of=unit_of,
        anchor=anchor,
        apart=apart,
        has_apart=has_apart,
        locks=locks,
        anchor_lo=lo,
        anchor_hi=hi,
        anchor_hi_slots=extra if extra else count,
        balanced=balanced,
    )
