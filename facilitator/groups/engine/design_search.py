"""Designs found by a short search rather than written down: triple systems and rotations.

Both fix a symmetry first (a rotation of the people that maps rounds to
rounds), which shrinks the search to one base round or a few, and spend a
bounded number of choices: a size with no such design costs at most about a
second, once per process (`constructions.perfect_rounds` caches the result).
"""
from __future__ import annotations

from itertools import combinations

Rounds = list[list[list[int]]]

ROTATION_NODES = 300_000
"""Choices the search for rotated base rounds may try over all its attempts for one size (about
two seconds in the worst case, paid once per size and process); 24 in fours needs 80,000
after nothing, 30 in fives 14,000 after two shapes that use up 200,000."""
SHAPE_NODES = 100_000
"""Most of the budget one shape may take, so a shape with no base round leaves room for the next."""
TRIPLE_NODES = 60_000
"""Choices the triple-system search may try (45 people need 45,000)."""
NO_TRIPLE_SYSTEM = (4, 5, 6)
"""m for which the search runs out of choices without a system (12, 15 and 18 people): not
worth its half second; 15 and 18 come from the rotation search instead."""
QUICK_ROTATION_NODES = 5_000
"""A first, cheap try at the rotation before the triple-system search (15 people need 84)."""
ROTATION_PEOPLE = 48
"""Above this many people the rotated search is not tried: it would not finish in its budget."""


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
        # Every try below is undone before the next, so the pairs with `first` can be keyed once.
        with_first = {k: pair_key(first, k) for k in rest}
        for u, v in combinations(rest, 2):
            if with_first[u] is None or with_first[v] is None:
                continue
            keys = [with_first[u], with_first[v], pair_key(u, v)]
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


def triple_systems(n: int, size: int, wanted: int) -> Rounds:
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
            if (n - fixed) % m == 0 and bases * m <= (n - 1) // (size - 1):
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
            row = orbit[x]
            keys: list[int] = []
            for y in block:  # a plain loop: it runs millions of times for a size with no design
                key = row[y]
                if key in used or key in keys:
                    break
                keys.append(key)
            if len(keys) < len(block):
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


def quick_rotated(n: int, size: int, wanted: int) -> Rounds:
    return rotated(n, size, wanted, budget=QUICK_ROTATION_NODES)


