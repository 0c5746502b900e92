"""Repeat-free schedules from the design families, used as starting points for the search.

Local search finds some perfect schedules slowly or never (25 in fives for 6
rounds is the classic hard case), while design theory gives them outright.
Each family below returns rounds over people 0..n-1 in which no pair meets
twice; `perfect_rounds` picks the family that covers the most of the rounds
asked for, and `fitting.py` bends a design of a nearby size to the room.

- round robin (pairs): everybody meets everybody once in n - 1 rounds;
- transversal designs over GF(q): q groups of k <= q for q rounds (q + 1 when
  k = q: the affine plane), whenever the number of groups is a prime power;
- affine geometry: n = p^m in groups of p^d, cosets of subspaces;
- Kirkman and nearly Kirkman triple systems on Z_m x 3 (n = 3m), with
  (m - 1) / 2 rounds fixed by the rotation and one round turned m times;
- designs turned by a rotation: people Z_m x c plus a few fixed people, base
  rounds found by a short depth-first search and rotated m times (this gives
  18 in triads for 8 rounds, 24 in fours for 7, 30 in fives for 6, ...).

The last two are searches (`design_search.py`); the others are instant.  A
projective plane is not resolvable (its lines cannot be split into rounds),
so it has no place here; its affine part is the transversal design with k = q.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from .design_search import quick_rotated, rotated, triple_systems
from .fields import field, prime_power

Rounds = list[list[list[int]]]

SUBSPACE_LIMIT = 50_000
"""Spanning sets tried when listing subspaces; keeps the look-up instant."""
NODE_LIMIT = 20_000
"""Choices tried when picking disjoint subspaces."""


def most_rounds(n: int, size: int) -> int:
    """Each round a person meets size - 1 new people, so no schedule is repeat-free for longer."""
    return (n - 1) // (size - 1) if size > 1 else 0


def perfect_rounds(n: int, size: int, rounds: int, search: bool = True) -> Rounds:
    """The longest repeat-free prefix (at most `rounds`) a family gives for n people in groups of
    `size`; [] if none applies.  search=False keeps to the instant algebraic families."""
    return [[group[:] for group in groups] for groups in _perfect_rounds(n, size, rounds, search)]


@lru_cache(maxsize=64)
def _perfect_rounds(n: int, size: int, rounds: int, search: bool) -> Rounds:
    if size < 2 or n % size or rounds < 1:
        return []
    wanted = min(rounds, most_rounds(n, size))
    best: Rounds = []
    for family in _FAMILIES if search else _FAMILIES[:3]:
        built = family(n, size, wanted)
        if len(built) > len(best):
            best = built
        if len(best) >= wanted:
            break
    return best[:wanted]


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


def transversal(q: int, k: int) -> Rounds:
    """q groups of k (k <= q, q a prime power) for q rounds, q + 1 when k = q.

    Person (i, x), numbered i*q + x, is row i < k and field element x.  In
    round m group b is {(i, m*i + b)}: two people of rows i != j share a group
    in the one round m with m*(i - j) = x - y, and people of one row never
    do.  With k = q the rows themselves are a last round (the affine plane).
    """
    tables = field(q)
    if tables is None or not 2 <= k <= q:
        return []
    add, mul = tables
    out = [[[i * q + add[mul[m][i]][b] for i in range(k)] for b in range(q)] for m in range(q)]
    if k == q:
        out.append([[i * q + x for x in range(q)] for i in range(k)])
    return out


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
    27 in triads for 13 rounds and 32 in fours for 9 rounds, among others.
    """
    pn, ps = prime_power(n), prime_power(size)
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


def _round_robin(n: int, size: int, wanted: int) -> Rounds:
    return round_robin(n) if size == 2 else []


def _transversal(n: int, size: int, wanted: int) -> Rounds:
    return transversal(n // size, size)


_FAMILIES = (_round_robin, _transversal, subspace_cosets, quick_rotated, triple_systems, rotated)
"""Cheapest first: the algebraic families are instant, the searches are not."""
