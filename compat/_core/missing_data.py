"""Missing data: the core of MATLAB's ``ismissing``, ``standardizeMissing``, ``rmmissing``
and ``fillmissing``.

Data reach the core as numpy arrays: numbers as they are, text as object arrays whose
elements are ``str`` (or ``None`` for a missing string). What counts as missing is the
*kind* of the data, chosen by the legacy layer:

* ``'numeric'`` -- NaN (single, double, complex: ``isnan``); integer and logical arrays
  have no standard missing value;
* ``'char'`` -- the space character ``' '`` (MATLAB's reference pages up to R2021a list
  ``' '`` as char's standard missing value);
* ``'cellstr'`` -- the empty character vector ``''``;
* ``'string'`` -- the missing string (``None`` here, MATLAB's ``<missing>``).

Filling works line by line along one axis, on the sample points ``t`` of that axis
(default ``0, 1, ..., n-1``; only differences of ``t`` matter). A line's missing
entries form *gaps* (maximal runs); a gap with known values on both sides is interior,
the runs before the first and after the last known value are *end gaps* (a line with no
known value is one end gap). Interior gaps take the method's values; end gaps take the
``end_values`` rule (``'extrap'``: the method itself, extrapolating; ``'none'``; one of
``'previous'``, ``'next'``, ``'nearest'``, ``'linear'``, ``'spline'``, ``'pchip'``,
``'makima'``; or a constant). ``max_gap`` leaves unfilled every gap whose size exceeds
it: an interior gap's size is ``t(after) - t(before)``, the distance between the known
values around it; an end gap's the distance between the line's end point and the
nearest known value; a line with no known value is never filled when ``max_gap`` is
given (MATLAB's MaxGap description; the sizes as GNU Octave's statistics package
fillmissing.m, written against MATLAB R2022a, measures them).

Methods (MATLAB's fillmissing reference page): ``'previous'``/``'next'`` the nearest
known value before/after, ``'nearest'`` the closer of the two (a tie takes the next
one, as interp1's 'nearest' rounds halves up), the interpolants of interp1
(:class:`compat._core.interpolation.Interpolant1D`: ``'linear'``, ``'spline'``
(not-a-knot; two points give the line, three the parabola), ``'pchip'``, ``'makima'``)
through all the known points of the line, and the moving statistics ``'movmean'`` /
``'movmedian'`` of the known values in the window around each missing entry
(:func:`compat._core.moving.moving` with ``omitnan``: the window rule of movmean);
a window without known values leaves the entry missing. Interpolants need two known
points; a line with fewer keeps its missing entries (except the nearest/previous/next
rules and constants, which need one or none).
"""

from __future__ import annotations

import numpy as np

from compat._core.interpolation import Interpolant1D
from compat._core.moving import moving

__all__ = ["missing_mask", "matches", "standardize", "removed_slices", "fill_missing",
           "METHODS", "INTERPOLANTS", "MOVING", "KINDS"]

KINDS = ("numeric", "char", "cellstr", "string")
INTERPOLANTS = ("linear", "spline", "pchip", "makima")
NEIGHBOURS = ("previous", "next", "nearest")
MOVING = ("movmean", "movmedian")
METHODS = ("constant",) + NEIGHBOURS + INTERPOLANTS + MOVING
_STANDARD = {"char": " ", "cellstr": "", "string": None}


# ------------------------------------------------------------------ what is missing
def missing_mask(a: np.ndarray, kind: str) -> np.ndarray:
    """Where ``a`` holds its kind's standard missing value (bool array of a's shape)."""
    if kind == "numeric":
        if a.dtype.kind in "fc":
            return np.isnan(a)
        return np.zeros(a.shape, bool)
    marker = _STANDARD[kind]
    out = np.zeros(a.shape, bool)
    for i, v in enumerate(a.reshape(-1)):
        out.reshape(-1)[i] = v is None if marker is None else (v is not None and v == marker)
    return out


def matches(a: np.ndarray, kind: str, indicators) -> np.ndarray:
    """Where ``a`` equals one of ``indicators`` (numbers for numeric data, a NaN
    indicator matching NaN; text for text data, compared exactly)."""
    out = np.zeros(a.shape, bool)
    if kind == "numeric":
        for v in indicators:
            if v != v:
                if a.dtype.kind in "fc":
                    out |= np.isnan(a)
            else:
                out |= a == v
        return out
    flat = a.reshape(-1)
    wanted = set(indicators)
    for i, v in enumerate(flat):
        out.reshape(-1)[i] = v is not None and v in wanted
    return out


def standardize(a: np.ndarray, kind: str, indicators) -> np.ndarray:
    """A copy of ``a`` with every indicator value replaced by the kind's standard
    missing value (integer and logical data, which have none, are returned as a copy)."""
    out = a.copy()
    if kind == "numeric" and a.dtype.kind not in "fc":
        return out
    hit = matches(a, kind, indicators)
    out[hit] = np.nan if kind == "numeric" else _STANDARD[kind]
    return out


def removed_slices(mask: np.ndarray, axis: int, min_missing: int) -> np.ndarray:
    """Which slices ``k`` along ``axis`` hold at least ``min_missing`` missing entries
    (a bool vector of length ``mask.shape[axis]``)."""
    other = tuple(i for i in range(mask.ndim) if i != axis)
    counts = mask.sum(axis=other) if other else mask.astype(np.int64)
    return counts >= min_missing


# ------------------------------------------------------------------ filling
def _runs(miss: np.ndarray):
    """(start, stop) of every run of True in a 1-D bool array."""
    d = np.diff(np.concatenate([[False], miss, [False]]).astype(np.int8))
    return list(zip(np.flatnonzero(d == 1), np.flatnonzero(d == -1)))


def _neighbour(tk, tq, rule):
    """Index into the known points of the previous/next/nearest one for each query
    (-1 where there is none)."""
    n = tk.size
    prev = np.searchsorted(tk, tq, side="right") - 1
    nxt = np.searchsorted(tk, tq, side="left")
    if rule == "previous":
        return prev
    if rule == "next":
        return np.where(nxt < n, nxt, -1)
    out = np.empty(tq.size, np.int64)
    for j, (p, q) in enumerate(zip(prev, nxt)):
        if p < 0:
            out[j] = q if q < n else -1
        elif q >= n:
            out[j] = p
        else:  # a tie goes to the next point (interp1's 'nearest' rounds halves up)
            out[j] = q if tq[j] - tk[p] >= tk[q] - tq[j] else p
    return out


def _line_values(rule, tk, xk, tq, numeric):
    """Values of ``rule`` at ``tq`` from the known points; (values, ok mask)."""
    if rule in NEIGHBOURS:
        idx = _neighbour(tk, tq, rule)
        ok = idx >= 0
        vals = xk[np.maximum(idx, 0)] if xk.size else np.empty(tq.size, xk.dtype)
        return vals, ok
    # interpolants (numeric data only; two known points at least)
    if tk.size < 2:
        return np.empty(tq.size, xk.dtype), np.zeros(tq.size, bool)
    f = Interpolant1D(tk, xk, rule, extrapolate=True, checked=True)
    vals = f(tq)[:, 0]
    return vals, np.ones(tq.size, bool)


def fill_missing(a: np.ndarray, mask: np.ndarray, *, axis: int, kind: str, method: str,
                 value=None, window=None, end_values="extrap", sample_points=None,
                 max_gap=None, locations=False):
    """Fill the entries of ``a`` flagged in ``mask`` along ``axis``.

    Parameters
    ----------
    a : ndarray
        Numeric data (computed in double or complex double, returned in ``a``'s
        dtype), or an object array of text (``kind`` not ``'numeric'``).
    mask : ndarray of bool
        The missing entries (``a``'s shape).
    axis : int
        The working axis.
    kind : one of :data:`KINDS`
    method : one of :data:`METHODS`
    value : ndarray, optional
        For ``'constant'``: one fill value per line (an array of the shape of ``a``
        without ``axis``).
    window : float or (float, float)
        For ``'movmean'``/``'movmedian'``: movmean's window.
    end_values : str or ndarray
        ``'extrap'``, ``'none'``, a method name, or per-line constants (like
        ``value``).
    sample_points : ndarray, optional
        Increasing float64 positions along ``axis``.
    max_gap : float, optional
        Leave gaps larger than this unfilled.
    locations : bool
        The mask was given by the caller (MATLAB's MissingLocations): a constant that
        is itself a missing value still counts as filled in TF.

    Returns
    -------
    (F, TF): the filled array (a new array) and where entries were filled.
    """
    moved = np.moveaxis(a, axis, -1)
    lead = moved.shape[:-1]
    n = moved.shape[-1]
    X = moved.reshape(-1, n)
    M = np.moveaxis(mask, axis, -1).reshape(-1, n)
    numeric = kind == "numeric"
    work = X
    if numeric:
        wtype = np.complex128 if a.dtype.kind == "c" else np.float64
        work = X.astype(wtype)
    t = np.arange(n, dtype=np.float64) if sample_points is None else \
        np.asarray(sample_points, dtype=np.float64)
    out = work.copy()
    filled = np.zeros(X.shape, bool)
    lines = X.shape[0]
    const = None if value is None else np.asarray(value, dtype=object).reshape(-1)
    end_const = None
    if not isinstance(end_values, str):
        end_const = np.asarray(end_values, dtype=object).reshape(-1)
    moving_values = None
    if method in MOVING:
        data = np.where(M, np.nan, work) if numeric else work
        moving_values = moving(data, window, statistic=method[3:], axis=1, omitnan=True,
                               sample_points=None if sample_points is None else t)
    for r in range(lines):
        miss = M[r]
        if not miss.any():
            continue
        known = np.flatnonzero(~miss)
        tk = t[known]
        xk = work[r, known]
        runs = _runs(miss)
        for start, stop in runs:
            leading = known.size == 0 or start == 0
            trailing = known.size == 0 or stop == n
            end = leading or trailing
            if max_gap is not None:
                if known.size == 0:
                    continue
                if leading:
                    size = t[stop] - t[0]
                elif trailing:
                    size = t[n - 1] - t[start - 1]
                else:
                    size = t[stop] - t[start - 1]
                if size > max_gap:
                    continue
            rule = method
            if end:
                if end_const is not None:
                    rule = "endconstant"
                elif end_values == "none":
                    continue
                elif end_values != "extrap":
                    rule = end_values
            q = np.arange(start, stop)
            if rule in ("constant", "endconstant"):
                source = const if rule == "constant" else end_const
                v = source[r if source.size > 1 else 0]
                vals = np.full(q.size, v, dtype=object)
                ok = np.ones(q.size, bool)
                out[r, q] = vals
                # a missing constant fills nothing in TF (unless the caller said where
                # the missing entries are), as Octave's statistics 1.5.3 counts it
                if locations or not _is_missing_value(v, kind):
                    filled[r, q] = True
                continue
            elif rule in MOVING:
                vals = moving_values[r, q]
                ok = ~np.isnan(vals) if numeric else np.ones(q.size, bool)
            else:
                vals, ok = _line_values(rule, tk, xk, t[q], numeric)
            sel = q[ok]
            if sel.size:
                out[r, sel] = vals[ok]
                filled[r, sel] = True
    F = out
    if numeric:
        if a.dtype.kind in "iub":
            F = _to_class(out, a.dtype)
        else:
            F = out.astype(a.dtype)
    F = np.moveaxis(F.reshape(lead + (n,)), -1, axis)
    TF = np.moveaxis(filled.reshape(lead + (n,)), -1, axis)
    return np.ascontiguousarray(F) if F.ndim else F, np.ascontiguousarray(TF)


def _is_missing_value(v, kind) -> bool:
    if kind == "numeric":
        return isinstance(v, (float, complex, np.floating, np.complexfloating)) and v != v
    return v is None if _STANDARD[kind] is None else v == _STANDARD[kind]


def _to_class(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """MATLAB's conversion of double values to an integer or logical class: rounded
    half away from zero, saturated (NaN to 0)."""
    if dtype.kind == "b":
        return values.real != 0
    info = np.iinfo(dtype)
    v = values.real
    v = np.where(v >= 0, np.floor(v + 0.5), np.ceil(v - 0.5))
    v = np.nan_to_num(v, nan=0.0, posinf=info.max, neginf=info.min)
    return np.clip(v, info.min, info.max).astype(dtype)


