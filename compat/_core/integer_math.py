"""Integer arithmetic on bits and divisors: the core of MATLAB's ``bitand``, ``bitor``,
``bitxor``, ``bitshift``, ``bitcmp``, ``gcd`` and ``lcm``.

Bit operations work on the two's-complement bits of one integer type: the operands'
integer class, or for doubles the ``assumedtype`` (MATLAB's default ``'uint64'``). The
values are moved into that numpy integer type, operated on (numpy's ``&``, ``|``,
``^``, ``~`` and shifts are exactly the two's-complement operations, and left shifts
drop the bits that leave the type) and returned in the caller's class by the legacy
layer. ``gcd`` runs the extended Euclidean algorithm elementwise and vectorised on
int64/uint64 (or Python integers for 64-bit magnitudes that do not fit).

Python-shaped: the legacy layer (:mod:`compat.matlab.integer_math`) reads MATLAB's
argument grammar, checks classes and values and brings the operands to one type.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["bitwise", "shift", "complement", "gcd_bezout", "gcd_only", "prime_sieve", "prime_factors"]

_OPS = {"and": np.bitwise_and, "or": np.bitwise_or, "xor": np.bitwise_xor}


def bitwise(op: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a op b`` on two arrays of one integer type (broadcast)."""
    return _OPS[op](a, b)


def shift(a: np.ndarray, k: np.ndarray) -> np.ndarray:
    """``a`` shifted left by ``k`` bits (right for negative ``k``) in ``a``'s integer
    type: bits shifted out are lost, a right shift of a signed type is arithmetic
    (floor division by ``2^-k``), shifts of the type's width or more give 0 (-1 for a
    negative value shifted right)."""
    a, k = np.broadcast_arrays(a, np.asarray(k, dtype=np.int64))
    bits = a.dtype.itemsize * 8
    out = np.zeros(a.shape, a.dtype)
    left = (k > 0) & (k < bits)
    right = (k < 0) & (k > -bits)
    same = k == 0
    ua = a.view(np.dtype(f"u{a.dtype.itemsize}")) if a.dtype.kind == "i" else a
    # left shifts wrap in the unsigned view (bits beyond the width are dropped)
    shifted = np.left_shift(ua, np.where(left, k, 0).astype(ua.dtype))
    out[left] = shifted.view(a.dtype)[left] if a.dtype.kind == "i" else shifted[left]
    out[right] = np.right_shift(a, np.where(right, -k, 0).astype(a.dtype))[right]
    out[same] = a[same]
    if a.dtype.kind == "i":
        out[(k <= -bits) & (a < 0)] = -1
    return out


def complement(a: np.ndarray) -> np.ndarray:
    """The bitwise NOT of ``a`` in its integer type."""
    return np.invert(a)


def gcd_bezout(a: np.ndarray, b: np.ndarray):
    """``(g, u, v)`` elementwise with ``g = gcd(|a|, |b|) >= 0`` and ``g = a*u + b*v``:
    the extended Euclidean algorithm on ``|a|``, ``|b|`` (coefficients of the remainder
    sequence), the signs of ``u``/``v`` then following ``a``/``b``; ``gcd(0, 0)`` is 0
    with ``u = 1``, ``v = 0``. Inputs are integer-valued arrays of one dtype (int64 or
    object of Python ints); outputs have that dtype."""
    a, b = np.broadcast_arrays(a, b)
    shape = a.shape
    a, b = a.reshape(-1), b.reshape(-1)  # 1-D: object scalars stay in arrays
    sa = np.where(a < 0, -1, 1)
    sb = np.where(b < 0, -1, 1)
    r0, r1 = np.abs(a).copy(), np.abs(b).copy()
    s0, s1 = np.ones_like(r0), np.zeros_like(r0)
    t0, t1 = np.zeros_like(r0), np.ones_like(r0)
    active = r1 != 0
    while np.any(active):
        q = np.zeros_like(r0)
        q[active] = r0[active] // r1[active]
        r0, r1 = np.where(active, r1, r0), np.where(active, r0 - q * r1, r1)
        s0, s1 = np.where(active, s1, s0), np.where(active, s0 - q * s1, s1)
        t0, t1 = np.where(active, t1, t0), np.where(active, t0 - q * t1, t1)
        active = r1 != 0
    return r0.reshape(shape), (s0 * sa).reshape(shape), (t0 * sb).reshape(shape)


def gcd_only(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``gcd(|a|, |b|)`` elementwise (Euclid's algorithm; numpy's ``gcd`` for the
    integer dtypes it supports)."""
    if a.dtype.kind in "iu" and b.dtype.kind in "iu":
        return np.gcd(a, b)
    if a.dtype == object:
        return np.vectorize(math.gcd, otypes=[object])(a, b)
    return gcd_bezout(a, b)[0]


# ------------------------------------------------------------------------- primes
def prime_sieve(n: int) -> np.ndarray:
    """The primes ``<= n`` (an int64 array, ascending) by the sieve of Eratosthenes."""
    if n < 2:
        return np.zeros(0, dtype=np.int64)
    composite = np.zeros(n + 1, dtype=bool)
    composite[:2] = True
    for p in range(2, int(n ** 0.5) + 1):
        if not composite[p]:
            composite[p * p::p] = True
    return np.flatnonzero(~composite).astype(np.int64)


def prime_factors(n: int) -> list[int]:
    """The prime factors of the integer ``0 <= n < 2**64`` with multiplicity, ascending
    (exact: trial division, the candidate divisors tested a block at a time in uint64);
    ``[n]`` for ``n < 4`` (0, 1, 2, 3), as MATLAB's factor returns them."""
    if n < 4:
        return [n]
    out = []
    for p in (2, 3):
        while n % p == 0:
            out.append(p)
            n //= p
    start, block = 5, 1 << 18
    while n > 1 and start <= math.isqrt(n):
        stop = min(start + 2 * block, math.isqrt(n) + 1)
        candidates = np.arange(start, stop, 2, dtype=np.uint64)
        hits = candidates[np.uint64(n) % candidates == 0]
        if hits.size == 0:
            start = stop + (stop - start) % 2
            continue
        d = int(hits[0])                              # the smallest divisor is prime
        while n % d == 0:
            out.append(d)
            n //= d
        start = d + 2
    if n > 1:
        out.append(n)
    return out


def _two_complement_bits(a: np.ndarray) -> np.ndarray:
    """``a``'s bits as the unsigned type of its width (signed values in two's
    complement), native byte order."""
    native = a.dtype.newbyteorder("=")
    return a.astype(native.str.replace("i", "u"), copy=False) if a.dtype.kind == "i" \
        else a


def bit_get(a: np.ndarray, bit: np.ndarray) -> np.ndarray:
    """Bit ``bit`` (1 = least significant) of the two's-complement integers ``a``: 0/1
    in ``a``'s type (broadcast)."""
    unsigned = _two_complement_bits(a)
    ones = np.ones((), dtype=unsigned.dtype)
    return ((unsigned >> (bit - 1).astype(unsigned.dtype)) & ones).astype(a.dtype)


def bit_set(a: np.ndarray, bit: np.ndarray, value: np.ndarray) -> np.ndarray:
    """``a`` with bit ``bit`` set to 1 where ``value`` is non-zero, to 0 elsewhere
    (two's complement: setting the top bit of a signed type makes it negative)."""
    unsigned = _two_complement_bits(a)
    mask = np.left_shift(np.ones((), dtype=unsigned.dtype), (bit - 1).astype(unsigned.dtype))
    out = np.where(value != 0, unsigned | mask, unsigned & ~mask)
    return out.astype(unsigned.dtype).view(a.dtype) if a.dtype.kind == "i" else \
        out.astype(a.dtype)


_SMALL_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)


def _probably_prime(n: int) -> bool:
    """Miller-Rabin with the first 12 prime bases: exact for every n < 3.3e24 (so for
    every 64-bit integer)."""
    if n < 2:
        return False
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for base in _SMALL_PRIMES:
        x = pow(base, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def is_prime(values: np.ndarray) -> np.ndarray:
    """Primality of non-negative integers (any integer dtype or integer-valued floats):
    a sieve table below 2^20, Miller-Rabin above (a loop over those elements only:
    exact 64-bit modular powers need Python integers)."""
    given = np.asarray(values)
    v = given.reshape(-1)
    out = np.zeros(v.shape, dtype=bool)
    if v.size == 0:
        return out.reshape(given.shape)
    small_limit = 1 << 20
    small = v < small_limit
    if np.any(small):
        table = np.zeros(small_limit, dtype=bool)
        table[prime_sieve(small_limit - 1)] = True
        out[small] = table[v[small].astype(np.int64)]
    for index in np.flatnonzero(~small):
        out[index] = _probably_prime(int(v[index]))
    return out.reshape(given.shape)
