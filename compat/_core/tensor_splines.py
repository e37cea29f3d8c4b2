"""Separable (tensor-product) interpolation of N-D gridded data: the core of MATLAB's
``interpn``, ``interp3`` (and of ``interp2``'s piecewise-polynomial methods) for the
methods of :class:`compat._core.interpolation.Interpolant1D` that are piecewise
polynomials: ``'spline'`` (not-a-knot), ``'v5cubic'`` (Keys' cubic convolution,
``a = -1/2``, with Keys' end conditions; MATLAB's N-D ``'cubic'``), ``'pchip'``,
``'makima'`` and ``'linear'``.

Python-shaped: grid vectors are strictly increasing float64 vectors, ``V`` an array of
shape ``(n_1, ..., n_d)`` (float64 or complex128), methods the canonical names of
:mod:`compat._core.interpolation`; everything extrapolates with the end pieces (the
caller puts MATLAB's ``extrapval``/NaN outside the grid).

The interpolant is applied one dimension at a time, **dimension 1 first**, then 2,
... (the order of MATLAB's ``griddedInterpolant`` grid vectors: ``interp2``/``interp3``
hand ``X`` first). For the methods linear in ``V`` ('spline', 'v5cubic', 'linear') the
order changes nothing but rounding; for 'makima' and 'pchip', whose slopes depend
nonlinearly on the data, it is part of the definition -- MATLAB does not document its
order, so dimension 1 first is compat's choice, stated wherever it is used.

Two evaluation shapes:

* :func:`grid_values` -- the query points form a grid (one vector per dimension): one
  1-D interpolant per dimension over all the lines of the array;
* :func:`point_values` -- scattered query points: along dimension 1 for every query at
  once, then, for each query, a 1-D problem along dimension 2 over *its own* values,
  and so on. The per-query problems of a stage are one multi-column interpolant whose
  column block ``i`` belongs to query ``i`` and is evaluated at that query's coordinate
  (queries are processed in blocks, so memory stays bounded). For the methods linear
  in ``V`` and finite ``V`` the same values come faster from weights: the 1-D
  interpolant of each unit vector at the query coordinates (a ``(queries, n_k)``
  matrix per dimension), contracted with ``V`` one dimension after the other. For
  'makima' (local: the piece holding ``t`` depends on the 6 samples around it) the
  per-query problems after the first stage are solved on those 6 samples only, with
  the same operations as the full 1-D fit, so the values are bit for bit the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from compat._core.interpolation import Interpolant1D, makima_slopes

__all__ = ["grid_values", "point_values"]

# Largest number of values (queries x remaining grid points) handled at once.
_BLOCK = 1 << 21


def _along(grid: np.ndarray, values: np.ndarray, method: str) -> Interpolant1D:
    """The 1-D interpolant of ``values`` (``(n, m)``: m columns) over ``grid``."""
    return Interpolant1D(grid, values, method, extrapolate=True, checked=True)


def grid_values(grids: Sequence[np.ndarray], V: np.ndarray, queries: Sequence[np.ndarray],
                method: str) -> np.ndarray:
    """Values at the grid of the query vectors: shape ``(len(q_1), ..., len(q_d))``."""
    A = np.asarray(V)
    for k, (g, q) in enumerate(zip(grids, queries)):
        moved = np.moveaxis(A, k, 0)
        rest = moved.shape[1:]
        F = _along(g, moved.reshape(g.size, -1), method)
        W = F(np.asarray(q, dtype=np.float64).reshape(-1))     # (len(q), prod(rest))
        A = np.moveaxis(W.reshape((-1,) + rest), 0, k)
    return A


def _diagonal(F: Interpolant1D, t: np.ndarray, width: int) -> np.ndarray:
    """Column block ``i`` (``width`` columns) of the pp interpolant ``F`` at ``t[i]``:
    ``(len(t), width)``."""
    b = t.size
    coefs = F.coefs.reshape(F.coefs.shape[0], F.coefs.shape[1], b, width)
    idx = np.clip(np.searchsorted(F.x, t, side="right") - 1, 0, coefs.shape[0] - 1)
    s = (t - F.x[idx])[:, None]
    rows = np.arange(b)
    r = coefs[idx, 0, rows, :]
    for k in range(1, coefs.shape[1]):
        r = r * s + coefs[idx, k, rows, :]
    return r


def _weights(grid: np.ndarray, t: np.ndarray, method: str) -> np.ndarray:
    """``(len(t), n)``: the interpolant of each unit vector at ``t`` (methods linear in
    the values)."""
    return _along(grid, np.eye(grid.size), method)(t)


def _weighted_values(grids, V, qs, method):
    nq = qs[0].size
    out = np.empty(nq, dtype=V.dtype)
    shape = V.shape
    tail = int(np.prod(shape[1:], dtype=np.int64)) if len(shape) > 1 else 1
    block = max(1, _BLOCK // max(tail, 1))
    flat = V.reshape(shape[0], tail)
    for start in range(0, nq, block):
        sl = slice(start, start + block)
        W = _weights(grids[0], qs[0][sl], method) @ flat          # (b, prod(rest))
        b = W.shape[0]
        for k in range(1, len(shape)):
            W = W.reshape(b, shape[k], -1)
            W = np.einsum("ij,ijk->ik", _weights(grids[k], qs[k][sl], method), W)
        out[sl] = W.reshape(b)
    return out


def _makima_window(grid: np.ndarray, W: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Makima along axis 1 of ``W`` (``(b, n, width)``), query ``i`` at ``t[i]``, from
    the 6 samples around each query's piece: ``(b, width)``, the values the full fit
    gives (its slopes at a piece's ends use secants inside the window; a window at an
    end of the data is the full fit's end)."""
    b, n, width = W.shape
    L = min(n, 6)
    i = np.clip(np.searchsorted(grid, t, side="right") - 1, 0, n - 2)
    s0 = np.clip(i - 2, 0, n - L)
    rows = np.arange(b)[:, None]
    cols = s0[:, None] + np.arange(L)[None, :]
    gw = grid[cols]                                        # (b, L)
    yw = W[rows, cols, :]                                  # (b, L, width)
    h = np.diff(gw, axis=1)                                # (b, L-1)
    delta = np.diff(yw, axis=1) / h[:, :, None]            # (b, L-1, width)
    d = makima_slopes(delta.transpose(1, 0, 2).reshape(L - 1, b * width))
    d = d.reshape(L, b, width).transpose(1, 0, 2)          # (b, L, width)
    li = i - s0
    r = np.arange(b)
    hh = h[r, li][:, None]
    dl = delta[r, li, :]
    d0, d1 = d[r, li, :], d[r, li + 1, :]
    dzzdx = (dl - d0) / hh
    dzdxdx = (d1 - dl) / hh
    c3, c2 = (dzdxdx - dzzdx) / hh, 2 * dzzdx - dzdxdx
    sq = (t - grid[i])[:, None]
    return ((c3 * sq + c2) * sq + d0) * sq + yw[r, li, :]


def point_values(grids: Sequence[np.ndarray], V: np.ndarray, queries: Sequence[np.ndarray],
                 method: str) -> np.ndarray:
    """Values at the scattered points ``(q_1[i], ..., q_d[i])`` (1-D query arrays of one
    length): a 1-D array."""
    qs = [np.asarray(q, dtype=np.float64).reshape(-1) for q in queries]
    nq = qs[0].size
    out = np.empty(nq, dtype=V.dtype)
    if nq == 0:
        return out
    if method in ("spline", "v5cubic", "linear") and np.isfinite(V).all():
        return _weighted_values(grids, V, qs, method)
    shape = V.shape
    tail = int(np.prod(shape[1:], dtype=np.int64)) if len(shape) > 1 else 1
    F0 = _along(grids[0], V.reshape(shape[0], tail), method)
    block = max(1, _BLOCK // max(tail, 1))
    for start in range(0, nq, block):
        sl = slice(start, start + block)
        W = F0(qs[0][sl])                                  # (b, prod(n_2..n_d))
        b = W.shape[0]
        for k in range(1, len(shape)):
            nk = shape[k]
            width = W.shape[1] // nk                       # prod(n_{k+1}..n_d)
            # per query: (n_k, width) -> columns of query i are i*width .. (i+1)*width
            if method == "makima":
                W = _makima_window(grids[k], W.reshape(b, nk, width), qs[k][sl])
                continue
            cols = W.reshape(b, nk, width).transpose(1, 0, 2).reshape(nk, b * width)
            W = _diagonal(_along(grids[k], cols, method), qs[k][sl], width)
        out[sl] = W.reshape(b)
    return out
