"""Sums, products and means over MATLAB's dimensions, and their running forms: the
core of MATLAB's ``sum``, ``prod``, ``mean``, ``cumsum`` and ``cumprod``.

Python-shaped: numpy axes (already resolved from MATLAB's ``dim``/``vecdim``/``'all'``
by :mod:`compat.matlab.reductions`) and parsed options. Result classes are MATLAB's
(``outtype``): 'default' gives double for double, integer, logical and char data and
single for single; 'double' forces double; 'native' keeps the input class -- integer
sums and products saturate at every step of the accumulation
(:func:`compat._core.matlab_integers.saturating_accumulate`: ``sum(int8([100 100
-100]), 'native')`` is 27 as in GNU Octave, the first two saturate to 127), a 'native'
mean is computed in double and rounded into the class, and a logical 'native' sum is
"any", a product "all". A sum over no elements is 0, a product 1, a mean NaN.
"""

from __future__ import annotations

from typing import Literal, Sequence

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.matlab_integers import convert, saturating_accumulate
from compat._core.reduction_axes import from_lines, to_lines

__all__ = ["Outtype", "Total", "OUTTYPES", "total", "cumulative"]

Outtype = Literal["default", "double", "native"]
Total = Literal["sum", "prod", "mean"]
OUTTYPES: tuple[Outtype, ...] = ("default", "double", "native")


def total(a: np.ndarray, axes: Sequence[int], op: Total = "sum", *, omitnan: bool = False,
          outtype: Outtype = "default"):
    """The sum, product or mean of ``a`` over ``axes`` in MATLAB's class and size;
    ``omitnan`` leaves NaN out (a mean divides by the number of other elements)."""
    lines, kept, full = to_lines(a, axes)
    kind = a.dtype.kind
    if outtype == "native" and kind == "b" and op == "mean":
        raise CompatValueError("'native' is not supported for logical input")
    if outtype == "native" and kind in "iub":
        if kind == "b":
            res = lines.any(axis=-1) if op == "sum" else lines.all(axis=-1)
        elif op == "mean":
            res = convert(np.mean(lines.astype(np.float64), axis=-1), a.dtype) \
                if lines.shape[-1] else np.zeros(kept, a.dtype)
        else:
            res = saturating_accumulate(lines, op, cumulative=False)
        return from_lines(res, axes, full, a.ndim)
    if outtype == "double" or kind in "iub":
        work = np.complex128 if kind == "c" else np.float64
    else:
        work = a.dtype
    x = lines.astype(work, copy=False)
    if omitnan and x.dtype.kind in "fc":
        nan = np.isnan(x)
        if nan.any():
            x = np.where(nan, 0 if op != "prod" else 1, x).astype(work)
            if op == "mean":
                count = (~nan).sum(axis=-1)
                with np.errstate(invalid="ignore", divide="ignore"):
                    res = (x.sum(axis=-1) / count).astype(work)
                return from_lines(res, axes, full, a.ndim)
    if op == "sum":
        res = x.sum(axis=-1)
    elif op == "prod":
        res = x.prod(axis=-1)
    elif x.shape[-1] == 0:
        res = np.full(x.shape[:-1], np.nan, dtype=work)
    else:
        res = x.mean(axis=-1, dtype=work)
    return from_lines(np.asarray(res, dtype=work), axes, full, a.ndim)


def cumulative(a: np.ndarray, axis: int, op: Literal["sum", "prod"] = "sum", *,
               reverse: bool = False, omitnan: bool = False) -> np.ndarray:
    """The running sum or product of ``a`` along ``axis`` (from the end with
    ``reverse``; NaN counted as 0 or 1 with ``omitnan``), shape of ``a``: integer
    classes kept, saturating at every step; logical and char give double; single
    stays single."""
    nd = max(a.ndim, axis + 1)
    X = a.reshape(a.shape + (1,) * (nd - a.ndim))
    X = np.moveaxis(X, axis, -1)
    if reverse:
        X = X[..., ::-1]
    if a.dtype.kind in "iu":
        res = saturating_accumulate(X, op, cumulative=True)
    else:
        work = np.float64 if a.dtype.kind == "b" else a.dtype
        X = X.astype(work, copy=False)
        if omitnan and X.dtype.kind in "fc":
            X = np.where(np.isnan(X), 0 if op == "sum" else 1, X).astype(work)
        res = np.cumsum(X, axis=-1) if op == "sum" else np.cumprod(X, axis=-1)
        res = res.astype(work, copy=False)
    if reverse:
        res = res[..., ::-1]
    res = np.moveaxis(res, -1, axis)
    return np.ascontiguousarray(res.reshape(a.shape))
