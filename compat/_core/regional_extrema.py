"""Regional extrema and the reconstructions built on them, as MATLAB's Image Processing
Toolbox defines them (Soille, *Morphological Image Analysis*, 2nd ed., ch. 6).

* A regional maximum is a connected component (under the connectivity ``s``) of pixels
  of one constant value whose external boundary pixels are all lower (MATLAB's
  imregionalmax reference page); a regional minimum likewise with higher boundary
  pixels. A component with no external boundary (a constant image) is one; logical
  images are compared as 0/1 numbers.
* ``imhmax(I, H)``: reconstruction by dilation of ``I - H`` under ``I`` (maxima lower
  than H above their surroundings are flattened); ``imhmin`` is the same on the
  complement (``imcomplement(imhmax(imcomplement(I), H))``).
* ``imextendedmax(I, H) = imregionalmax(imhmax(I, H))``; ``imextendedmin`` likewise.
* ``imimposemin(I, BW)``: the marker ``fm`` is -Inf on BW and +Inf elsewhere (the class's
  extremes for integers), ``g = min(I + h, fm)`` with ``h = 1`` for integers and
  ``range(I)/1000`` for floating images (0.1 when the range is 0), then the
  reconstruction by erosion of ``fm`` over ``g`` computed as
  ``imcomplement(imreconstruct(imcomplement(fm), imcomplement(g)))`` (imimposemin.m).

Integer arithmetic saturates and rounds as MATLAB's (``I - H`` for integer I is
``round(I - H)`` clipped to the class); the complement of a floating image is ``1 - I``,
of an unsigned one ``intmax - I``, of a signed one ``-1 - I``.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from compat._core.connected_components import _fit, reconstruct

__all__ = ["regional_extrema", "complement", "subtract", "add", "hmax", "hmin",
           "impose_minima"]


def _pairs(shape, offset):
    """Slices ``(p, q)`` selecting every in-bounds pair of points ``q = p + offset``."""
    src, dst = [], []
    for n, d in zip(shape, offset):
        if d >= 0:
            src.append(slice(0, n - d))
            dst.append(slice(d, n))
        else:
            src.append(slice(-d, n))
            dst.append(slice(0, n + d))
    return tuple(src), tuple(dst)


def regional_extrema(a: np.ndarray, s: np.ndarray, *, minima: bool = False) -> np.ndarray:
    """Boolean mask of the regional maxima (``minima=True``: minima) of ``a`` under the
    neighbourhood ``s`` (a boolean 3x...x3 array)."""
    if a.dtype == np.bool_:
        a = a.astype(np.uint8)
    s = _fit(np.asarray(s, dtype=bool), a.ndim)
    if a.size == 0:
        return np.zeros(a.shape, dtype=bool)
    centre = tuple(1 for _ in range(s.ndim))
    offsets = [tuple(int(i) - 1 for i in idx) for idx in zip(*np.nonzero(s))
               if tuple(int(i) for i in idx) != centre]
    index = np.arange(a.size).reshape(a.shape)
    rows, cols = [], []
    beaten = np.zeros(a.shape, dtype=bool)
    for off in offsets:
        p, q = _pairs(a.shape, off)
        ap, aq = a[p], a[q]
        same = ap == aq
        rows.append(index[p][same])
        cols.append(index[q][same])
        beaten[p] |= (aq < ap) if minima else (aq > ap)
    rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp)
    cols = np.concatenate(cols) if cols else np.zeros(0, dtype=np.intp)
    graph = coo_matrix((np.ones(rows.size, dtype=np.int8), (rows, cols)),
                       shape=(a.size, a.size))
    _, labels = connected_components(graph, directed=False)
    lost = np.bincount(labels, weights=beaten.reshape(-1).astype(np.float64)) > 0
    return ~lost[labels].reshape(a.shape)


def complement(a: np.ndarray) -> np.ndarray:
    """MATLAB's imcomplement: ``1 - a`` (floating), ``intmax - a`` (unsigned),
    ``-1 - a`` (signed), ``~a`` (logical)."""
    if a.dtype == np.bool_:
        return ~a
    if a.dtype.kind == "u":
        return np.iinfo(a.dtype).max - a
    if a.dtype.kind == "i":
        return (-1 - a.astype(np.int64)).astype(a.dtype)
    return a.dtype.type(1) - a


def _saturate(values: np.ndarray, dtype) -> np.ndarray:
    info = np.iinfo(dtype)
    r = np.trunc(values + np.copysign(0.5, values))
    return np.clip(r, info.min, info.max).astype(dtype)


def subtract(a: np.ndarray, h: float) -> np.ndarray:
    """``a - h`` in ``a``'s class (integers rounded and saturated)."""
    if a.dtype.kind in "iu":
        return _saturate(a.astype(np.float64) - h, a.dtype)
    return (a - a.dtype.type(h)).astype(a.dtype)


def add(a: np.ndarray, h: float) -> np.ndarray:
    """``a + h`` in ``a``'s class (integers rounded and saturated)."""
    if a.dtype.kind in "iu":
        return _saturate(a.astype(np.float64) + h, a.dtype)
    return (a + a.dtype.type(h)).astype(a.dtype)


def hmax(a: np.ndarray, h: float, s: np.ndarray) -> np.ndarray:
    """imhmax: the reconstruction by dilation of ``a - h`` under ``a``."""
    return reconstruct(subtract(a, h), a, s)


def hmin(a: np.ndarray, h: float, s: np.ndarray) -> np.ndarray:
    """imhmin: ``complement(hmax(complement(a), h))``."""
    return complement(hmax(complement(a), h, s))


def impose_minima(a: np.ndarray, bw: np.ndarray, s: np.ndarray) -> np.ndarray:
    """imimposemin (see the module docstring)."""
    if a.size == 0:
        return a.copy()
    fm = np.empty_like(a)
    if a.dtype.kind in "iu":
        info = np.iinfo(a.dtype)
        fm[...] = info.max
        fm[bw] = info.min
        h = 1.0
    else:
        fm[...] = np.inf
        fm[bw] = -np.inf
        span = float(np.max(a)) - float(np.min(a))
        h = 0.1 if span == 0 else span * 0.001
    g = np.minimum(add(a, h), fm)
    return complement(reconstruct(complement(fm), complement(g), s))
