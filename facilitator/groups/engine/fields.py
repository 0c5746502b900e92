"""Finite fields GF(q) up to 64 elements, as addition and multiplication tables.

The designs in `constructions.py` need the arithmetic of a field with as many
elements as there are groups.  GF(p) is arithmetic mod p; GF(p^e) is
polynomials over GF(p) modulo an irreducible polynomial of degree e.  The
fields involved are tiny, so plain tables (element = its base-p digits as an
int) are all that is needed: a field library would weigh far more in the
bundle than these few lines.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product

LARGEST = 64


def prime_power(q: int) -> tuple[int, int] | None:
    """(p, e) with q = p^e, or None when q is not a prime power."""
    if q < 2:
        return None
    for p in range(2, q + 1):
        if q % p == 0:
            e = 0
            while q % p == 0:
                q //= p
                e += 1
            return (p, e) if q == 1 else None
    return None


@lru_cache(maxsize=None)
def field(q: int) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]] | None:
    """(add, mul) tables of GF(q), or None when q is not a prime power up to LARGEST."""
    power = prime_power(q)
    if power is None or q > LARGEST:
        return None
    p, e = power
    add = tuple(tuple(_digitwise(a, b, p, e) for b in range(q)) for a in range(q))
    if e == 1:
        return add, tuple(tuple(a * b % p for b in range(q)) for a in range(q))
    for tail in product(range(p), repeat=e):
        # Monic x^e + tail[e-1] x^(e-1) + ... + tail[0] is primitive when the powers of x run
        # through every nonzero element; then a * b is x^(log a + log b).
        powers = [1]
        while len(powers) < q - 1:
            powers.append(_times(powers[-1], p, p, e, tail))
        if len(set(powers)) == q - 1 and 0 not in powers:
            log = {x: i for i, x in enumerate(powers)}
            mul = tuple(
                tuple(0 if not a or not b else powers[(log[a] + log[b]) % (q - 1)] for b in range(q))
                for a in range(q)
            )
            return add, mul
    return None


def _digits(x: int, p: int, e: int) -> list[int]:
    out = []
    for _ in range(e):
        out.append(x % p)
        x //= p
    return out


def _number(digits: list[int], p: int) -> int:
    return sum(d * p**i for i, d in enumerate(digits))


def _digitwise(a: int, b: int, p: int, e: int) -> int:
    return _number([(x + y) % p for x, y in zip(_digits(a, p, e), _digits(b, p, e))], p)


def _times(a: int, b: int, p: int, e: int, tail: tuple[int, ...]) -> int:
    """a * b as polynomials over GF(p), reduced by x^e = -(tail)."""
    product_ = [0] * (2 * e - 1)
    for i, x in enumerate(_digits(a, p, e)):
        for j, y in enumerate(_digits(b, p, e)):
            product_[i + j] = (product_[i + j] + x * y) % p
    for top in range(2 * e - 2, e - 1, -1):
        c = product_[top]
        if c:
            product_[top] = 0
            for k, t in enumerate(tail):
                product_[top - e + k] = (product_[top - e + k] - c * t) % p
    return _number(product_[:e], p)
