"""Known repeat-free schedules used as starting points for the search.

Some sizes have perfect schedules that local search finds slowly or never
(25 in fives for 6 rounds is the classic hard case), while algebra gives them
outright.  Each function returns rounds over people 0..n-1 with no pair
meeting twice, or as many such rounds as the construction holds; the caller
fills any further rounds and the search takes it from there.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

Rounds = list[list[list[int]]]

SUBSPACE_LIMIT = 50_000
"""Spanning sets tried when listing subspaces; keeps the look-up instant."""
NODE_LIMIT = 20_000


def perfect_rounds(n: int, size: int, rounds: int) -> Rounds:
    """The longest repeat-free prefix (at most `rounds`) a construction gives; [] if none applies."""
    return [[group[:] for group in groups] for groups in _perfect_rounds(n, size, rounds)]


@lru_cache(maxsize=32)
def _perfect_rounds(n: int, size: int, rounds: int) -> Rounds:
    if size < 2 or n % size or rounds < 1:
        return []
    if size == 2:
        return round_robin(n)[:rounds]
    if (n, size) == (15, 3):
        return kirkman_15()[:rounds]
    return subspace_cosets(n, size, rounds)


def round_robin(n: int) -> Rounds:
    """Circle method: n - 1 rounds of pairs in which everybody meets everybody once."""
    if n % 2:
        return []
    out = []
    ring = list(range(1, n))
    for _ in range(n - 1):
        line = [0] + ring
        out.append([[line[i], line[n - 1 - i]] for i in range(n // 2)])
        ring = ring[-1:] + ring[:-1]
    return out


def _prime_power(x: int) -> tuple[int, int] | None:
    for p in range(2, x + 1):
        if x % p == 0:
            e = 0
            while x % p == 0:
                x //= p
                e += 1
            return (p, e) if x == 1 else None
    return None


def _vector_add(u: int, v: int, p: int, m: int) -> int:
    out, scale = 0, 1
    for _ in range(m):
        out += ((u % p + v % p) % p) * scale
        u //= p
        v //= p
        scale *= p
    return out


def _vector_scale(c: int, u: int, p: int, m: int) -> int:
    out, scale = 0, 1
    for _ in range(m):
        out += ((c * (u % p)) % p) * scale
        u //= p
        scale *= p
    return out


def _span(basis: tuple[int, ...], p: int, m: int) -> frozenset[int]:
    span = {0}
    if p == 2:
        for b in basis:
            span |= {s ^ b for s in span}
        return frozenset(span)
    for b in basis:
        span = {_vector_add(s, _vector_scale(c, b, p, m), p, m) for s in span for c in range(p)}
    return frozenset(span)


def subspace_cosets(n: int, size: int, rounds: int) -> Rounds:
    """Rounds whose groups are the cosets of subspaces of GF(p)^m meeting only in 0.

    People are the p^m vectors and a group of size p^d is a coset of a
    d-dimensional subspace; two people share a group in the rounds whose
    subspace contains their difference, so subspaces that pairwise share
    only the zero vector (a partial spread) never repeat a pair.  This gives
    25 in fives for 6 rounds (the affine plane of order 5) and 32 in fours
    for 9 rounds, among others.
    """
    pn, ps = _prime_power(n), _prime_power(size)
    if pn is None or ps is None or pn[0] != ps[0] or ps[1] >= pn[1]:
        return []
    p, m = pn
    d = ps[1]
    subspaces: list[frozenset[int]] = []
    seen: set[frozenset[int]] = set()
    for tried, basis in enumerate(combinations(range(1, n), d)):
        if tried >= SUBSPACE_LIMIT:
            break
        span = _span(basis, p, m)
        if len(span) == size and span not in seen:
            seen.add(span)
            subspaces.append(span)
    chosen = _disjoint_choice([s - {0} for s in subspaces], rounds)
    out = []
    for i in chosen:
        space = subspaces[i]
        left = set(range(n))
        groups = []
        while left:
            x = min(left)
            coset = sorted(_vector_add(x, s, p, m) for s in space)
            left.difference_update(coset)
            groups.append(coset)
        out.append(groups)
    return out


def _disjoint_choice(sets: list[frozenset[int]], wanted: int) -> list[int]:
    """Indices of up to `wanted` pairwise disjoint sets: depth-first, best found within a node budget."""
    best: list[int] = []
    chosen: list[int] = []
    used: set[int] = set()
    nodes = 0

    def extend(start: int) -> bool:
        nonlocal best, nodes
        if len(chosen) > len(best):
            best = chosen[:]
        if len(chosen) == wanted:
            return True
        for i in range(start, len(sets)):
            nodes += 1
            if nodes > NODE_LIMIT:
                return True
            if used.isdisjoint(sets[i]):
                chosen.append(i)
                used.update(sets[i])
                if extend(i + 1):
                    return True
                chosen.pop()
                used.difference_update(sets[i])
        return False

    extend(0)
    return best


def kirkman_15() -> Rounds:
    """Kirkman's schoolgirls from a packing of PG(3,2) into seven spreads.

    The 15 points are the nonzero vectors of GF(2)^4, the lines the triples
    {a, b, a^b}; a spread is five disjoint lines (one round) and seven
    spreads that share no line form the 7-round repeat-free schedule.
    """
    points = range(1, 16)
    lines = sorted({tuple(sorted((a, b, a ^ b))) for a in points for b in points if a < b})
    spreads: list[tuple[int, ...]] = []

    def cover(chosen: list[int], used: set[int]) -> None:
        if len(used) == 15:
            spreads.append(tuple(chosen))
            return
        first = min(set(points) - used)
        for i, line in enumerate(lines):
            if first in line and used.isdisjoint(line):
                cover(chosen + [i], used | set(line))

    cover([], set())
    packing = _disjoint_choice([frozenset(s) for s in spreads], 7)
    return [[[x - 1 for x in lines[i]] for i in spreads[s]] for s in packing]
