"""The vocabulary shared by the engine and its callers.

People are any hashable ids (strings in the app, ints in the bare mode).  A
round is a list of groups, a group a list of ids; a plan is a list of rounds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Hashable, Mapping, Sequence

from facilitator.errors import FacilitatorError
from facilitator.i18n import t

PersonId = Hashable
Round = list[list[PersonId]]


class GroupingError(FacilitatorError, ValueError):
    """Raised when the request cannot be met; the message names the conflict."""


@dataclass(frozen=True)
class Constraints:
    """Hard rules that every planned round obeys.

    Rules that mention people who are not present are applied to those who
    are, so a saved rule set survives no-shows and walk-ins unchanged.

    keep_apart: sets of people of whom no two may share a group.
    keep_together: sets of people who always share a group.
    anchors: facilitators or note-takers; each group gets its even share
        (every group has one when there are at least as many anchors as
        groups, and no group has two while another has none).
    interpreters: interpreter id -> the people who need that interpreter;
        they sit in the interpreter's group.
    locks: (person, round index, group index) triples pinning a person into
        one group of one planned round; group indices follow `group_sizes`.
    """

    keep_apart: Sequence[Collection[PersonId]] = ()
    keep_together: Sequence[Collection[PersonId]] = ()
    anchors: Collection[PersonId] = ()
    interpreters: Mapping[PersonId, Collection[PersonId]] = field(default_factory=dict)
    locks: Collection[tuple[PersonId, int, int]] = ()


@dataclass(frozen=True)
class AttributeSpread:
    """How well one balanced attribute is spread over the planned groups."""

    same_value_groups: int
    min_distinct: int
    mean_distinct: float


@dataclass(frozen=True)
class Quality:
    """What a facilitator checks before trusting a plan.

    repeat_pairs counts the repeats the plan adds to the series: for every
    pair, (meetings - 1) over history plus plan, minus the same over the
    history alone.  The attribute figures sum or pool over the balanced
    attributes (`spread` has them one by one): same_org_groups counts groups
    in which two members share a value, min/mean_distinct the distinct
    values per group.  hard_violations is recounted from the finished plan
    and must be 0.  optimal says the search proved no plan can do better
    (it reached the lower bound on repeats and same-value pairs); otherwise
    the plan is the best found in `seconds`.  repeat_bound is the fewest
    repeats any plan could have, by counting.
    """

    repeat_pairs: int
    same_org_groups: int
    min_distinct: int
    mean_distinct: float
    hard_violations: int
    seconds: float
    spread: Mapping[str, AttributeSpread] = field(default_factory=dict)
    optimal: bool = False
    repeat_bound: int = 0


@dataclass(frozen=True)
class Plan:
    rounds: list[Round]
    quality: Quality


def group_sizes(n: int, size: int | None = None, groups: int | None = None) -> list[int]:
    """Split n people into groups whose sizes differ by at most one.

    With `size`, the count of groups is n / size rounded down or up,
    whichever keeps the largest gap from the asked size smaller, then
    leaves fewer people in a group of another size (ties go to the bigger
    groups), and never a group of one: 15 in sixes gives three fives, not an
    eight and a seven; 25 in fours gives five
    fours and a five, 24 in fives four fives and a four, 21 in pairs nine
    pairs and a triad.  With `groups`, the count is lowered when it would
    leave someone alone (3 people asked for 2 groups get one group of 3).
    Larger groups come first.
    """
    if (size is None) == (groups is None):
        raise GroupingError(t("give exactly one of a group size or a number of groups"))
    if n < 0:
        raise GroupingError(t("cannot group {count} people").format(count=n))
    if n == 0:
        return []
    if size is not None:
        if size < 2:
            raise GroupingError(t("groups need at least 2 people, not {size}").format(size=size))
        options = {max(1, n // size), -(-n // size)}
        count = min(
            (c for c in options if c == 1 or n // c >= 2),
            key=lambda c: (max(abs(s - size) for s in _split(n, c)), sum(abs(s - size) for s in _split(n, c)), c),
        )
    else:
        if groups < 1:
            raise GroupingError(t("need at least one group, not {groups}").format(groups=groups))
        count = max(1, min(groups, n // 2))
    return _split(n, count)


def _split(n: int, count: int) -> list[int]:
    base, extra = divmod(n, count)
    return [base + 1] * extra + [base] * (count - extra)
