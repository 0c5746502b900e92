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
"""
from __future__ import annotations

from functools import lru_cache
from itertools import combinations

from .fields import field, prime_power

Rounds = list[list[list[int]]]

SUBSPACE_LIMIT = 50_000
"""Spanning sets tried when listing subspaces; keeps the look-up instant."""
NODE_LIMIT = 20_000
"""Choices tried when picking disjoint subspaces or the rounds fixed by a rotation."""
ROTATION_NODES = 200_000
"""Choices the search for rotated base rounds may try over all its attempts for one size (about
a second in the worst case, paid once per size and process); 24 in fours needs 80,000."""
SHAPE_NODES = 100_000
"""Most of the budget one shape may take, so a shape with no base round leaves room for the next."""
TRIPLE_NODES = 60_000
"""Choices the triple-system search may try (45 people need 45,000)."""
NO_TRIPLE_SYSTEM = (4, 5, 6)
"""m for which the search runs out of choices without a system (12, 15 and 18 people): not
worth its half second; 15 and 18 come from the rotation search instead."""
QUICK_ROTATION_NODES = 5_000
ROTATION_PEOPLE = 48
"""Above this many people the rotated search is not tried: it would not finish in its budget."""


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


def triple_system(m: int) -> Rounds:
    """A Kirkman (m odd) or nearly Kirkman (m even) triple system on 3m people, or [].

    Person (x, i), numbered i*m + x, is x in Z_m on one of three rows.  One
    base round R is turned m times (x -> x + t), and (m - 1) / 2 further
    rounds, {(t, 0), (t + b, 1), (t + c, 2)} for all t, are fixed by the
    turn.  A pair's meetings depend only on its rows and the difference of
    its x, so R must use every difference within a row (except m/2, whose
    pairs a nearly Kirkman system leaves out) and the differences between
    rows the fixed rounds leave, each once.  A short depth-first search finds
    R: 9, 21, 27, 33, 45 in triads for (n - 1) / 2 rounds, 24 and 42 for
    n/2 - 1.  (15 has no such R; the rotation search gives it.)
    """
    if m < 3 or m in NO_TRIPLE_SYSTEM:
        return []
    odd = m % 2
    fixed_rounds = (m - 1) // 2 if odd else (m - 2) // 2
    within = (m - 1) // 2 if odd else m // 2 - 1
    between_left = m - fixed_rounds
    used_within: list[set[int]] = [set(), set(), set()]
    used_between: dict[tuple[int, int], set[int]] = {(0, 1): set(), (1, 2): set(), (0, 2): set()}
    covered = [False] * (3 * m)
    base: list[tuple[int, int, int]] = []
    nodes = 0

    def pair_key(a: int, b: int):
        (x, i), (y, j) = (a % m, a // m), (b % m, b // m)
        if i == j:
            d = min((y - x) % m, (x - y) % m)
            if d == 0 or d > within or d in used_within[i]:
                return None
            return ("within", i, d)
        if i > j:
            (x, i), (y, j) = (y, j), (x, i)
        d = (y - x) % m
        taken = used_between[(i, j)]
        if d in taken or len(taken) >= between_left:
            return None
        return ("between", (i, j), d)

    def mark(keys, on: bool) -> None:
        for kind, where, d in keys:
            target = used_within[where] if kind == "within" else used_between[where]
            (target.add if on else target.discard)(d)

    def fixed_rounds_left() -> list[tuple[int, int]] | None:
        b_left = sorted(set(range(m)) - used_between[(0, 1)])
        c_left = set(range(m)) - used_between[(0, 2)]
        bc_left = set(range(m)) - used_between[(1, 2)]
        chosen: list[tuple[int, int]] = []

        def match(k: int) -> bool:
            if k == len(b_left):
                return True
            b = b_left[k]
            for c in sorted(c_left):
                if (c - b) % m in bc_left:
                    c_left.discard(c)
                    bc_left.discard((c - b) % m)
                    chosen.append((b, c))
                    if match(k + 1):
                        return True
                    chosen.pop()
                    c_left.add(c)
                    bc_left.add((c - b) % m)
            return False

        return chosen if match(0) else None

    def cover() -> list[tuple[int, int]] | None:
        nonlocal nodes
        nodes += 1
        if nodes > TRIPLE_NODES:
            return None
        first = next((k for k in range(3 * m) if not covered[k]), None)
        if first is None:
            return fixed_rounds_left()
        rest = [k for k in range(first + 1, 3 * m) if not covered[k]]
        for u, v in combinations(rest, 2):
            keys = [pair_key(first, u), pair_key(first, v), pair_key(u, v)]
            if None in keys or len(set(keys)) < 3:
                continue
            mark(keys, True)
            if any(len(taken) > between_left for taken in used_between.values()):
                mark(keys, False)  # two pairs of the triple took the last difference between two rows
                continue
            covered[first] = covered[u] = covered[v] = True
            base.append((first, u, v))
            found = cover()
            if found is not None:
                return found
            base.pop()
            covered[first] = covered[u] = covered[v] = False
            mark(keys, False)
        return None

    fixed = cover()
    if fixed is None:
        return []

    def turn(a: int, t: int) -> int:
        return (a // m) * m + (a % m + t) % m

    out = [[[turn(a, t) for a in triple] for triple in base] for t in range(m)]
    out += [[[t, m + (t + b) % m, 2 * m + (t + c) % m] for t in range(m)] for b, c in fixed]
    return out


def _triple_systems(n: int, size: int, wanted: int) -> Rounds:
    return triple_system(n // 3) if size == 3 else []


def rotated(n: int, size: int, wanted: int, budget: int = ROTATION_NODES) -> Rounds:
    """Base rounds turned by a rotation, found by search: people Z_m x c plus f fixed people.

    Person (x, i), numbered i*m + x for x in Z_m and i < c, turns to
    (x + 1, i); the f people numbered from m*c on stay put.  A pair's orbit
    under the turn is its meetings across the m turned copies of a base
    round, so base rounds whose pairs lie in distinct orbits, each of m
    pairs, give m repeat-free rounds each.  Shapes (m, c, f) are tried
    fewest base rounds first, within one node budget for the size, fewest base rounds first and
    shapes with fixed people (which have worked far more often) before those without.
    """
    if n > ROTATION_PEOPLE or size < 3:
        return []
    shapes = []
    for m in range(2, n):
        bases = -(-wanted // m)
        for fixed in range(0, n // size + 1):
            if (n - fixed) % m == 0 and bases * m <= most_rounds(n, size):
                shapes.append((bases, fixed == 0, -m, fixed, m, (n - fixed) // m))
    left = budget
    for bases, _, _, fixed, m, copies in sorted(shapes):
        found, spent = _rotated_bases(m, copies, fixed, size, bases, min(left, SHAPE_NODES))
        left -= spent
        if found:
            turns = [[(x // m) * m + (x % m + t) % m if x < m * copies else x for x in range(n)] for t in range(m)]
            return [[[turn[x] for x in group] for group in base] for base in found for turn in turns]
        if left <= 0:
            break
    return []


def _rotated_bases(m: int, copies: int, fixed: int, size: int, bases: int, budget: int):
    """Base rounds for `rotated` and the nodes spent; [] when none were found within budget."""
    n = m * copies + fixed
    orbit = [[-1] * n for _ in range(n)]
    forbidden: set[int] = set()
    count = 0
    for a in range(n):
        for b in range(a + 1, n):
            if orbit[a][b] >= 0:
                continue
            images = set()
            for t in range(m):
                x = (a // m) * m + (a % m + t) % m if a < m * copies else a
                y = (b // m) * m + (b % m + t) % m if b < m * copies else b
                images.add((min(x, y), max(x, y)))
                orbit[x][y] = orbit[y][x] = count
            if len(images) < m:
                forbidden.add(count)
            count += 1
    used = set(forbidden)
    covered = [False] * n
    found: list[list[tuple[int, ...]]] = []
    current: list[tuple[int, ...]] = []
    block: list[int] = []
    nodes = 0

    def extend() -> bool | None:
        nonlocal nodes
        nodes += 1
        if nodes > budget:
            return None
        if len(block) == size:
            current.append(tuple(block))
            saved = block[:]
            block.clear()
            result = extend()
            block.extend(saved)
            if result is not True:
                current.pop()
            return result
        if not block:
            first = next((x for x in range(n) if not covered[x]), None)
            if first is None:
                found.append(current[:])
                if len(found) == bases:
                    return True
                saved_round = current[:]
                current.clear()
                covered[:] = [False] * n
                result = extend()
                if result is not True:
                    found.pop()
                    current.extend(saved_round)
                    for group in saved_round:
                        for x in group:
                            covered[x] = True
                return result
            candidates = [first]
        else:
            candidates = [x for x in range(block[-1] + 1, n) if not covered[x]]
        for x in candidates:
            keys = [orbit[x][y] for y in block]
            if any(k in used for k in keys) or len(set(keys)) < len(keys):
                continue
            used.update(keys)
            covered[x] = True
            block.append(x)
            result = extend()
            if result is not False:
                return result
            block.pop()
            covered[x] = False
            used.difference_update(keys)
        return False

    return (found if extend() is True else []), nodes


def _round_robin(n: int, size: int, wanted: int) -> Rounds:
    return round_robin(n) if size == 2 else []


def _transversal(n: int, size: int, wanted: int) -> Rounds:
    return transversal(n // size, size)


def _quick_rotated(n: int, size: int, wanted: int) -> Rounds:
    return rotated(n, size, wanted, budget=QUICK_ROTATION_NODES)


_FAMILIES = (_round_robin, _transversal, subspace_cosets, _quick_rotated, _triple_systems, rotated)
"""Cheapest first: the algebraic families are instant, the searches are not."""
