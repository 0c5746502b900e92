"""Bends a design made for a nearby size to the room: who is here, the group sizes, the rules.

A design rarely fits a real room: 25 people in fours are five fours and a
five, 23 people are one short of the 24 a design has, a facilitator anchors
each group.  The fit relabels the design's people at random, drops the design
people nobody stands for (the members of one group first, so that round just
loses a group) and leaves the people the design has no place for unguided;
the guided greedy placement then follows the design wherever the sizes and
hard rules allow, which merges, splits and shifts groups as needed.  The
search repairs whatever that breaks.
"""
from __future__ import annotations

import random

from .constructions import Rounds, perfect_rounds

SEARCH_SECONDS = 2.0
"""A design search may take a second or so once per size; with a shorter time limit than this
only the instant algebraic families are used."""


def designs_near(n: int, sizes: list[int], rounds: int, time_limit: float = SEARCH_SECONDS) -> list[Rounds]:
    """Repeat-free designs for the room's group sizes and a head count within one group of n."""
    out = []
    for size in sorted(set(sizes)):
        for total in sorted({size * (n // size), size * -(-n // size)}, key=lambda t: abs(t - n)):
            if total >= 2 * size:
                built = perfect_rounds(total, size, rounds, search=time_limit >= SEARCH_SECONDS)
                if len(built) > 1:
                    out.append(built)
    return out


def guide(built: Rounds, n: int, sizes: list[int], rng: random.Random) -> list[list[int]]:
    """Each person's group in each design round (-1: none), under a random relabelling.

    Design groups, largest first, are matched to the room's groups, largest first; members
    beyond a group's size, and whole design groups beyond the room's group count, get -1.
    """
    total = sum(len(group) for group in built[0])
    points = list(range(total))
    rng.shuffle(points)
    if total > n:
        first = built[0][rng.randrange(len(built[0]))]
        dropped = first + [x for x in points if x not in first]
        drop = set(dropped[: total - n])
        points = [x for x in points if x not in drop]
    person_of = {x: p for p, x in enumerate(points)}
    met_by_newcomers: set[int] = set()
    rows = []
    for groups in built:
        row = [-1] * n
        present = [[person_of[x] for x in members if x in person_of] for members in groups]
        # People the design has no place for will fill the biggest groups: give those the
        # design groups they have met least, so they meet new people round after round.
        present.sort(key=lambda members: (-len(members), len(met_by_newcomers.intersection(members))))
        for g, (members, room) in enumerate(zip(present, sizes)):
            for p in members[:room]:
                row[p] = g
            if room > len(members) and n > total:
                met_by_newcomers.update(members)
        rows.append(row)
    return rows
