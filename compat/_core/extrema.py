"""Minima and maxima with MATLAB's rules: the core of ``min`` and ``max``.

Python-shaped: numpy axes (resolved from MATLAB's ``dim``/``vecdim``/``'all'`` by
:mod:`compat.matlab.extrema`), ``omitnan`` (MATLAB's default for min/max: NaN is
ignored unless 'includenan'; an all-NaN slice gives NaN and the index of its first
NaN), the ``comparison`` method and the index wanted. Complex values compare by ``abs``
and, for equal magnitude, by ``angle`` ('auto'/'abs'); 'real' compares real parts,
then imaginary parts; real values with 'abs' compare by magnitude (ties by angle).
Indices are MATLAB's: 1-based doubles, of the first extreme element.
"""

from __future__ import annotations

from typing import Literal, Sequence

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.libm import cabs
from compat._core.matlab_integers import convert
from compat._core.matlab_types import result_class
from compat._core.reduction_axes import finish_shape, from_lines, to_lines

__all__ = ["Which", "Comparison", "COMPARISONS", "extremum", "pairwise", "running"]

Which = Literal["min", "max"]
Comparison = Literal["auto", "abs", "real"]
COMPARISONS: tuple[Comparison, ...] = ("auto", "abs", "real")


def _keys(x, method):
    """Sort keys (primary, secondary) for MATLAB's ComparisonMethod."""
    if method == "real":
        return (x.real, x.imag) if x.dtype.kind == "c" else (x, None)
    if method == "abs" or x.dtype.kind == "c":
        return cabs(x), np.angle(x)   # C's hypot, as MATLAB (libm.cabs)
    return x, None


def extremum(a: np.ndarray, axes: Sequence[int], which: Which, *, omitnan: bool = True,
             comparison: Comparison = "auto",
             index: Literal["dim", "linear"] | None = None):
    """``(M, I)``: the minimum or maximum of ``a`` over ``axes`` and, when ``index`` is
    asked for, its 1-based index along the reduced dimensions (``'dim'``) or into ``a``
    (``'linear'``, column-major); ``I`` is None otherwise. Reducing an empty dimension
    gives an empty result with that dimension 0."""
    method, omit = comparison, omitnan
    lines, kept, full = to_lines(a, axes)
    K = lines.shape[-1]
    if K == 0:
        # reduction over an empty dimension: empty result with that dimension 0
        shape = list(full)
        for ax in axes:
            shape[ax] = 0 if ax == min(axes) else 1
        res = finish_shape(np.empty(shape, dtype=a.dtype), a.ndim)
        return res, (None if index is None else np.empty(np.shape(res)))
    x = lines
    k1, k2 = _keys(x.astype(np.float64) if x.dtype.kind == "b" else x, method)
    nan = np.isnan(x) if x.dtype.kind in "fc" else None
    big = np.inf if which == "max" else -np.inf
    if nan is not None:
        fill = -big
        k1 = np.where(nan, fill, k1)
        if k2 is not None:
            k2 = np.where(nan, fill, k2)
    best1 = k1.max(axis=-1) if which == "max" else k1.min(axis=-1)
    cand = (k1 == best1[..., None])
    if nan is not None:
        cand &= ~nan
    if k2 is not None:
        k2c = np.where(cand, k2, -big)
        best2 = k2c.max(axis=-1) if which == "max" else k2c.min(axis=-1)
        cand &= (k2 == best2[..., None])
    has = cand.any(axis=-1)
    idx = np.argmax(cand, axis=-1)
    if nan is not None:
        anynan = nan.any(axis=-1)
        firstnan = np.argmax(nan, axis=-1)
        use_nan = ~has if omit else anynan
        idx = np.where(use_nan, firstnan, idx)
    vals = np.take_along_axis(x, idx[..., None], axis=-1)[..., 0]
    M = from_lines(vals, axes, full, a.ndim)
    if index is None:
        return M, None
    if index == "linear":
        # linear (column-major, 1-based) index into A
        nd = len(full)
        keep = [ax for ax in range(nd) if ax not in axes]
        red = sorted(axes)
        red_shape = [full[ax] for ax in red]
        red_sub = np.unravel_index(idx, red_shape, order="F")
        keep_sub = np.indices([full[ax] for ax in keep]) if keep else []
        subs = [None] * nd
        for j, ax in enumerate(keep):
            subs[ax] = keep_sub[j]
        for j, ax in enumerate(red):
            subs[ax] = red_sub[j]
        lin = np.ravel_multi_index(tuple(np.broadcast_arrays(*subs)), full, order="F")
        I = from_lines(lin.astype(np.float64) + 1, axes, full, a.ndim)
    else:
        I = from_lines(idx.astype(np.float64) + 1, axes, full, a.ndim)
    return M, I


def _pair_class(A, B) -> np.dtype:
    """The class of ``min(A, B)``/``max(A, B)``: an integer class if either is one (two
    must agree), logical for two logicals, else :func:`result_class`."""
    ka, kb = A.dtype.kind, B.dtype.kind
    if ka in "iu" and kb in "iu":
        if A.dtype != B.dtype:
            # MATLAB's own message, word for word (as plus/times/mod/kron give it)
            raise CompatTypeError("Integers can only be combined with integers of the "
                                  "same class, or scalar doubles.")
        return A.dtype
    if ka in "iu" or kb in "iu":
        other = B if ka in "iu" else A
        if other.dtype.kind == "c":
            raise CompatTypeError("complex values cannot be combined with integers")
        return A.dtype if ka in "iu" else B.dtype
    if ka == "b" and kb == "b":
        return np.dtype(bool)
    return result_class(A, B)


def pairwise(A: np.ndarray, B: np.ndarray, which: Which, *, omitnan: bool = True,
             comparison: Comparison = "auto") -> np.ndarray:
    """The elementwise minimum or maximum of ``A`` and ``B`` (implicit expansion) in
    their common MATLAB class (a double operand is rounded into an integer class)."""
    method, omit = comparison, omitnan
    try:
        shape = np.broadcast_shapes(A.shape, B.shape)
    except ValueError:
        raise CompatValueError(f"arrays have incompatible sizes {A.shape} and "
                               f"{B.shape}") from None
    cls = _pair_class(A, B)
    if cls.kind in "iu":
        def conv(X):
            if X.dtype.kind in "iu":
                return X.astype(cls), np.zeros(X.shape, bool)
            nanm = np.isnan(X) if X.dtype.kind == "f" else np.zeros(X.shape, bool)
            return convert(np.asarray(X, dtype=np.float64), cls), nanm
        a, na = conv(A)
        b, nb = conv(B)
        a, b, na, nb = np.broadcast_arrays(a, b, na, nb)
        r = np.maximum(a, b) if which == "max" else np.minimum(a, b)
        if omit:
            r = np.where(na, b, np.where(nb, a, r))
        else:
            r = np.where(na | nb, cls.type(0), r)
        return np.asarray(r, dtype=cls).copy()
    work = cls
    a = np.broadcast_to(A.astype(work), shape)
    b = np.broadcast_to(B.astype(work), shape)
    if work.kind == "b":
        return (a | b) if which == "max" else (a & b)
    na, nb = np.isnan(a), np.isnan(b)
    ka1, ka2 = _keys(a, method)
    kb1, kb2 = _keys(b, method)
    with np.errstate(invalid="ignore"):
        if which == "max":
            pick_b = kb1 > ka1
            if ka2 is not None:
                pick_b |= (kb1 == ka1) & (kb2 > ka2)
        else:
            pick_b = kb1 < ka1
            if ka2 is not None:
                pick_b |= (kb1 == ka1) & (kb2 < ka2)
    r = np.where(pick_b, b, a)
    if omit:
        r = np.where(na, b, np.where(nb, a, r))
    else:
        nanval = np.nan if work.kind == "f" else complex(np.nan, 0)
        r = np.where(na | nb, nanval, r)
    return np.asarray(r, dtype=work).copy()


def running(a: np.ndarray, axis: int, which: Which, *, reverse: bool = False,
            omitnan: bool = True) -> np.ndarray:
    """MATLAB's ``cummax``/``cummin`` along ``axis`` (from the end with ``reverse``):
    the class kept; with ``omitnan`` (MATLAB's default) a NaN takes the running value so
    far (NaN until a number is met), otherwise the first NaN makes every later value NaN.
    Complex values compare by ``abs``, then ``angle``."""
    nd = max(a.ndim, axis + 1)
    x = np.moveaxis(a.reshape(a.shape + (1,) * (nd - a.ndim)), axis, -1)
    if reverse:
        x = x[..., ::-1]
    if x.dtype.kind == "c":
        out = np.empty_like(x)
        best = x[..., 0].copy()
        out[..., 0] = best
        for k in range(1, x.shape[-1]):     # lexicographic (abs, angle) has no ufunc
            cur = x[..., k]
            a_cur, a_best = cabs(cur), cabs(best)   # C's hypot (libm.cabs)
            better = (a_cur > a_best) | ((a_cur == a_best) &
                                         (np.angle(cur) > np.angle(best)))
            if which == "min":
                better = (a_cur < a_best) | ((a_cur == a_best) &
                                             (np.angle(cur) < np.angle(best)))
            nan_cur, nan_best = np.isnan(cur), np.isnan(best)
            if omitnan:
                take = (better & ~nan_cur) | (nan_best & ~nan_cur)
            else:
                take = better | nan_cur
                take &= ~nan_best
            best = np.where(take, cur, best)
            out[..., k] = best
    elif x.dtype.kind == "f" and omitnan:
        out = (np.fmax if which == "max" else np.fmin).accumulate(x, axis=-1)
    else:
        out = (np.maximum if which == "max" else np.minimum).accumulate(x, axis=-1)
    if reverse:
        out = out[..., ::-1]
    return np.ascontiguousarray(np.moveaxis(out, -1, axis).reshape(a.shape))
