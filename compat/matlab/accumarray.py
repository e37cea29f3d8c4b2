"""MATLAB ``accumarray``: accumulate values at 1-based subscripts (column-major)."""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["accumarray"]

_NAME = "accumarray"


@matlab_function("accumarray")
def accumarray(subs, val, sz=None, fun=None, fillval=None, issparse=None):
    """Construct an array by accumulation, as MATLAB's ``accumarray``.

    MATLAB call forms::

        A = accumarray(subs, val)                        ->  accumarray(subs, val)
        A = accumarray(subs, val, sz)                    ->  accumarray(subs, val, [4, 1])
        A = accumarray(subs, val, sz, fun)               ->  accumarray(subs, val, [], max)
        A = accumarray(subs, val, sz, fun, fillval)      ->  accumarray(subs, val, [], max, np.nan)
        A = accumarray(subs, val, sz, @(x) {x})          ->  not supported (cell output)

    Parameters
    ----------
    subs : array_like of positive integers
        **1-based** subscripts: a column vector (or 1-D array) of linear positions into
        a column vector, or an ``m x n`` matrix whose row ``i`` is the ``n``-dimensional
        subscript of ``val(i)``.
    val : array_like
        A vector with one value per row of ``subs``, or a scalar used for all rows.
    sz : sequence of int, optional
        Size of the output (``[]``: ``max(subs)`` per column; for a column ``subs``,
        ``[max(subs) 1]``). Must be at least ``max(subs)`` and have ``n`` entries
        (``[N 1]`` for a column ``subs``).
    fun : callable, optional
        Applied to the values accumulated at each position, given as a 1-D array in
        the order they appear in ``subs``; must return a scalar. Default: sum.
        Python callables stand for MATLAB function handles (``@max`` -> ``np.max``,
        ``@(x) numel(x)`` -> ``len``).
    fillval : scalar, optional
        Value of the positions no subscript refers to (default 0).
    issparse : bool, optional
        ``True`` (a sparse result) is not supported.

    Returns
    -------
    ndarray
        Shape ``sz``. With the default sum: double for double/logical/integer-free
        ``val``, single for single ``val``, the integer class of integer ``val`` (sums
        saturate, as MATLAB's integer arithmetic). With ``fun``: the class numpy gives
        the collected results and ``fillval``.

    Notes
    -----
    The naive ``np.add.at(A, tuple(subs.T), val)`` uses 0-based subscripts (MATLAB's
    are 1-based, so every value lands one place off and ``max(subs)`` overflows), and
    ``np.bincount(subs)`` counts from 0 and returns a 1-D array; with a
    subscript matrix, ``np.ravel_multi_index`` linearises row-major. Here linear
    positions are MATLAB's column-major ones.

    The default sum runs vectorised (``np.bincount``). A ``fun`` is called once per
    occupied position in a Python loop (the groups are found vectorised); MATLAB also
    calls the handle per group.

    Sources: MATLAB ``accumarray`` reference page (subs, val, sz, fun, fillval, output
    size, order of values passed to ``fun`` for sorted subscripts). Checked against GNU
    Octave 7.3, which agrees except that its fast path for ``@max``/``@min`` leaves
    ``NaN`` instead of ``fillval`` in empty positions (``accumarray([1;3], [5;6], [],
    @max, -7)`` gives ``[5; NaN; 6]`` there, ``[5; -7; 6]`` in MATLAB and compat).

    Examples
    --------
    >>> from compat.matlab import accumarray
    >>> accumarray([[1], [2], [4], [2], [4]], [101., 102., 103., 104., 105.]).ravel()
    array([101., 206.,   0., 208.])
    >>> accumarray([[1, 1], [2, 2], [3, 2], [1, 1], [2, 2], [4, 1]], [1., 2., 3., 4., 5., 6.])
    array([[5., 0.],
           [0., 7.],
           [0., 3.],
           [6., 0.]])
    >>> import numpy as np
    >>> accumarray([1, 2, 1], [10., 20., 30.], [], np.max, -1)
    array([[30.],
           [20.]])
    """
    if issparse not in (None, False, 0) and not is_omitted(issparse):
        raise matlab_error(_NAME, "sparse output (issparse = true) is not supported",
                           NotImplementedError)
    s = np.asarray(subs)
    if s.dtype.kind not in "iuf" or s.size == 0 and s.ndim == 0:
        raise matlab_error(_NAME, "First input SUBS must contain positive integer "
                           "subscripts.", TypeError)
    if s.ndim <= 1:
        s = s.reshape(-1, 1)
    elif s.ndim > 2:
        raise matlab_error(_NAME, "First input SUBS must be a matrix.")
    if s.size and (np.any(s != np.round(s)) or np.any(s < 1)):
        raise matlab_error(_NAME, "First input SUBS must contain positive integer "
                           "subscripts.")
    m, nd = s.shape
    s = s.astype(np.int64)
    v = np.asarray(val)
    if v.dtype.kind not in "biufc":
        raise matlab_error(_NAME, f"Second input VAL must be numeric or logical, got "
                           f"{v.dtype}", TypeError)
    if v.size == 1:
        v = np.broadcast_to(v.reshape(-1), (m,))
    else:
        if v.size != m or (v.ndim > 1 and sum(d != 1 for d in v.shape) > 1):
            raise matlab_error(_NAME, f"Second input VAL must be a vector with one "
                               f"element for each row in SUBS, or a scalar ({m} rows, "
                               f"{v.size} values).")
        v = v.reshape(-1)
    maxs = s.max(axis=0) if m else np.zeros(nd, np.int64)
    if sz is None or is_omitted(sz):
        shape = (int(maxs[0]), 1) if nd == 1 else tuple(int(x) for x in maxs)
    else:
        shape = tuple(int(x) for x in np.asarray(sz).ravel())
        if nd == 1:
            if len(shape) != 2 or shape[1] != 1:
                raise matlab_error(_NAME, "Third input SZ must be a full size vector "
                                   "[N 1] when SUBS is a column vector.")
            if shape[0] < maxs[0]:
                raise matlab_error(_NAME, "Third input SZ must be at least max(SUBS).")
        else:
            if len(shape) != nd or any(a < b for a, b in zip(shape, maxs)):
                raise matlab_error(_NAME, f"Third input SZ must have {nd} elements, each "
                                   f"at least max(SUBS) in that column.")
    total = int(np.prod(shape))
    if nd == 1:
        lin = s[:, 0] - 1
    else:
        strides = np.cumprod((1,) + shape[:-1])  # column-major
        lin = (s - 1) @ np.asarray(strides, np.int64)
    fill = 0 if fillval is None or is_omitted(fillval) else fillval

    if fun is None or is_omitted(fun) or fun is sum or fun is np.sum:
        out = _sum(lin, v, total)
        if fill != 0:
            occupied = np.bincount(lin, minlength=total) > 0
            out = np.where(occupied, out, np.asarray(fill).astype(out.dtype))
        return out.reshape(shape, order="F")

    if not callable(fun):
        raise matlab_error(_NAME, f"Fourth input FUN must be a function (a Python "
                           f"callable), got {fun!r}", TypeError)
    order = np.argsort(lin, kind="stable")  # groups, values in order of appearance
    ls = lin[order]
    starts = np.flatnonzero(np.concatenate(([True], ls[1:] != ls[:-1]))) if m else \
        np.zeros(0, np.intp)
    ends = np.append(starts[1:], m)
    results = []
    for a, b in zip(starts, ends):  # one call per group (MATLAB calls fun per group)
        r = np.asarray(fun(v[order[a:b]]))
        if r.size != 1:
            raise matlab_error(_NAME, "The function FUN must return a scalar.")
        results.append(r.reshape(()))
    res = np.array(results) if results else np.zeros(0)
    dt = np.result_type(res.dtype, np.asarray(fill).dtype) if results else \
        np.result_type(np.float64, np.asarray(fill).dtype)
    out = np.full(total, fill, dtype=dt)
    if m:
        out[ls[starts]] = res
    return out.reshape(shape, order="F")


def _sum(lin, v, total):
    kind = v.dtype.kind
    if kind == "c":
        return (np.bincount(lin, v.real, minlength=total)
                + 1j * np.bincount(lin, v.imag, minlength=total)).astype(
                    np.complex64 if v.dtype == np.complex64 else np.complex128)
    if kind == "f":
        out = np.bincount(lin, v.astype(np.float64), minlength=total)
        return out.astype(np.float32) if v.dtype == np.float32 else out
    if kind == "b":
        return np.bincount(lin, v.astype(np.float64), minlength=total)
    # integer classes: exact sum in a wide type, then saturate to the class
    wide = np.zeros(total, np.float64 if v.dtype.itemsize == 8 else np.int64)
    np.add.at(wide, lin, v.astype(wide.dtype))
    info = np.iinfo(v.dtype)
    return np.clip(wide, info.min, info.max).astype(v.dtype)
