"""Iterated Gauss-Legendre quadrature over regions bounded by functions: the core of
IDL's INT_2D and INT_3D.

``int_{a}^{b} int_{p(x)}^{q(x)} f(x, y) dy dx`` is the n-point Gauss-Legendre rule in x
whose value at each node ``x_i`` is the n-point rule in y over ``[p(x_i), q(x_i)]``
(and likewise one level deeper for three variables). The nodes and weights are
numpy's ``leggauss`` (IDL tabulates them to 15 decimals), scaled to each interval by
``(hi - lo)/2 * t + (hi + lo)/2``. Computed in the dtype given.

Python-shaped: the integrand is called with the outer variables as scalars and the
innermost as a vector of the n nodes (IDL's vectorised calling convention), the limit
functions with scalars. No legacy names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import numpy as np

__all__ = ["gauss_legendre", "iterated_2d", "iterated_3d"]


@lru_cache(maxsize=16)
def _nodes(n: int):
    t, w = np.polynomial.legendre.leggauss(n)
    return t, w


def gauss_legendre(n: int, dtype) -> tuple[np.ndarray, np.ndarray]:
    """The n Gauss-Legendre nodes on [-1, 1] and their weights, in ``dtype``."""
    t, w = _nodes(int(n))
    return t.astype(dtype), w.astype(dtype)


def _rule(lo, hi, t, w):
    """The nodes on [lo, hi] and the weights times the half-length."""
    half = (hi - lo) / 2
    return half * t + (hi + lo) / 2, half * w


def iterated_2d(f: Callable, a, b, limits: Callable, n: int, dtype) -> np.generic:
    """``int_a^b int_{p(u)}^{q(u)} f(u, v) dv du`` with ``limits(u) -> (p, q)`` and
    ``f(u, v_nodes) -> values``, each rule of n points."""
    dtype = np.dtype(dtype)
    t, w = gauss_legendre(n, dtype)
    us, wu = _rule(dtype.type(a), dtype.type(b), t, w)
    inner = np.empty(n, dtype=dtype)
    for i, u in enumerate(us):
        p, q = limits(u)
        vs, wv = _rule(p, q, t, w)
        inner[i] = np.sum(wv * f(u, vs), dtype=dtype)
    return dtype.type(np.sum(wu * inner, dtype=dtype))


def iterated_3d(f: Callable, a, b, pq: Callable, uv: Callable, n: int, dtype) -> np.generic:
    """``int_a^b int_{p(x)}^{q(x)} int_{u(x,y)}^{v(x,y)} f(x, y, z) dz dy dx``, with
    ``f(x, y, z_nodes) -> values``, each rule of n points."""
    dtype = np.dtype(dtype)
    t, w = gauss_legendre(n, dtype)
    xs, wx = _rule(dtype.type(a), dtype.type(b), t, w)
    outer = np.empty(n, dtype=dtype)
    middle = np.empty(n, dtype=dtype)
    for i, x in enumerate(xs):
        p, q = pq(x)
        ys, wy = _rule(p, q, t, w)
        for j, y in enumerate(ys):
            lo, hi = uv(x, y)
            zs, wz = _rule(lo, hi, t, w)
            middle[j] = np.sum(wz * f(x, y, zs), dtype=dtype)
        outer[i] = np.sum(wy * middle, dtype=dtype)
    return dtype.type(np.sum(wx * outer, dtype=dtype))
