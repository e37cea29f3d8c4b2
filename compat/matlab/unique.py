"""MATLAB ``unique``: sorted or stable unique values, rows, and 1-based ia/ic."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout
from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric, flat_f, is_row, order_along
from compat.matlab.sortrows import row_order
from compat._core.legacy import matlab_function

__all__ = ["unique"]

_NAME = "unique"
_OPTIONS = ("sorted", "stable", "first", "last", "rows", "legacy")


@matlab_function("unique")
def unique(A, *options, nargout=1):
    """Unique values in an array, as MATLAB's ``unique``.

    MATLAB call forms::

        C = unique(A)                       ->  unique(A)
        C = unique(A, setOrder)             ->  unique(A, 'stable')   ('sorted' default)
        C = unique(A, occurrence)           ->  unique(A, 'last')     ('first' default)
        C = unique(A, 'rows', ...)          ->  unique(A, 'rows')
        [C, ia, ic] = unique(___)           ->  C, ia, ic = unique(A, nargout=3)
        [C, ia, ic] = unique(A, 'legacy')   ->  unique(A, 'legacy', nargout=3)

    Parameters
    ----------
    A : array_like
        Numeric or logical array; treated as ``A(:)`` (column-major order) unless
        'rows' is given.
    options : str
        'sorted' (default) or 'stable' (order of first appearance); 'first' (default)
        or 'last' (which occurrence ``ia`` points to); 'rows' (unique rows of a
        matrix); 'legacy' (the behaviour of R2012b and before, see Notes).
    nargout : {1, 2, 3}

    Returns
    -------
    C : ndarray
        The unique values, same class as ``A``. Without 'rows': a row if ``A`` is a
        row vector (1-D input gives 1-D), otherwise a column. With 'rows': a matrix.
    ia : ndarray of float64
        **1-based** indices with ``C = A(ia)`` (or ``A(ia, :)``): a column vector.
    ic : ndarray of float64
        **1-based** indices with ``A(:) = C(ic)`` (or ``A = C(ic, :)``): a column.

    Notes
    -----
    * NaNs are never equal, so each NaN is a separate unique value (placed at the end
      when sorted, in place with 'stable'); rows containing NaN are all distinct.
    * Ordering is :func:`compat.matlab.sort`'s: complex values by ``abs`` then
      ``angle`` (numpy: by real then imaginary part).
    * 'legacy': ``ia`` defaults to the **last** occurrence, and ``ia``/``ic`` are rows
      when ``A`` is a row vector; 'stable' cannot be combined with it.

    ``np.unique`` is wrong for ports in several ways: it flattens in **row-major**
    order (so ``ia``/``ic`` of a matrix point at other elements), returns 0-based
    indices, always returns 1-D, merges all NaNs into one (numpy >= 1.21), has no
    'stable'/'last', and sorts complex values lexicographically.

    GNU Octave 7.3 agrees with current MATLAB on the default ('first', column
    ``ia``/``ic``), on 'last', 'rows' and 'legacy' in every case the tests run, but
    does not implement the third output with 'stable' (it warns and returns ``[]``);
    compat returns MATLAB's documented ``ic`` there (documentation example: ``[C, ia,
    ic] = unique([9 2 9 5], 'stable')`` gives ``ic = [1; 2; 1; 3]``).

    Sources: MATLAB ``unique`` reference page (setOrder, occurrence, 'rows', 'legacy',
    NaN handling, orientation of C, ia, ic).

    Examples
    --------
    >>> from compat.matlab import unique
    >>> C, ia, ic = unique([9, 2, 9, 5], nargout=3)
    >>> C, ia.ravel(), ic.ravel()
    (array([2, 5, 9]), array([2., 4., 1.]), array([3., 1., 3., 2.]))
    >>> unique([9, 2, 9, 5], 'stable')
    array([9, 2, 5])
    >>> unique([1.0, float('nan'), float('nan')])
    array([ 1., nan, nan])
    """
    nargout = check_nargout(_NAME, nargout, 3)
    a = as_numeric(_NAME, A)
    opts = []
    for o in options:
        if not isinstance(o, str) or o.lower() not in _OPTIONS:
            raise matlab_error(_NAME, f"unknown option {o!r}; accepted: "
                               + ", ".join(f"'{x}'" for x in _OPTIONS))
        opts.append(o.lower())
    if "sorted" in opts and "stable" in opts:
        raise matlab_error(_NAME, "'sorted' and 'stable' cannot be combined")
    if "first" in opts and "last" in opts:
        raise matlab_error(_NAME, "'first' and 'last' cannot be combined")
    legacy = "legacy" in opts
    if legacy and ("stable" in opts or "sorted" in opts):
        raise matlab_error(_NAME, "'legacy' cannot be combined with 'sorted' or 'stable'")
    stable = "stable" in opts
    last = "last" in opts or (legacy and "first" not in opts)
    rows = "rows" in opts

    if rows:
        one_d = a.ndim <= 1
        m2 = a.reshape(1, -1) if one_d else a
        if m2.ndim > 2:
            raise matlab_error(_NAME, f"'rows' requires a 2-D matrix, got {a.ndim} "
                               "dimensions")
        m, n = m2.shape
        order = row_order(m2, list(range(n)), [False] * n) if n else np.arange(m)
        s = m2[order]
        if m:
            with np.errstate(invalid="ignore"):
                differs = np.any(s[1:] != s[:-1], axis=1) if n else np.zeros(m - 1, bool)
            new = np.concatenate(([True], differs))
        else:
            new = np.zeros(0, bool)
        C_of = lambda sel: m2[sel]  # noqa: E731
    else:
        v = flat_f(a)
        order = order_along(v, 0)
        s = v[order]
        with np.errstate(invalid="ignore"):
            new = np.concatenate(([True], s[1:] != s[:-1])) if v.size else np.zeros(0, bool)
        C_of = lambda sel: v[sel]  # noqa: E731

    count = order.size
    group = np.cumsum(new) - 1  # group of each sorted position
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], count) - 1
    first = order[starts] if count else np.zeros(0, np.intp)
    rep = order[ends] if last else first
    if stable:
        g_order = np.argsort(first, kind="stable")  # groups by first appearance
        rank = np.empty_like(g_order)
        rank[g_order] = np.arange(g_order.size)
        rep = rep[g_order]
        group = rank[group] if count else group
    ic0 = np.empty(count, np.intp)
    ic0[order] = group
    C = C_of(rep).copy()

    if rows:
        if one_d:
            C = C.reshape(-1) if C.shape[0] == 1 else C
        ia = (rep + 1).astype(np.float64).reshape(-1, 1)
        ic = (ic0 + 1).astype(np.float64).reshape(-1, 1)
        if one_d:
            ia, ic = ia.reshape(-1), ic.reshape(-1)
    else:
        one_d = a.ndim <= 1
        row = is_row(a) and a.ndim >= 1
        if one_d:
            C = C.reshape(-1)
        elif a.ndim == 2 and a.shape == (0, 0):
            C = C.reshape(0, 0)  # unique([]) is 0x0 (as Octave 7.3; MATLAB prints [])
        elif row:
            C = C.reshape(1, -1)
        else:
            C = C.reshape(-1, 1)
        ia = (rep + 1).astype(np.float64)
        ic = (ic0 + 1).astype(np.float64)
        if not one_d:
            if legacy and row:
                ia, ic = ia.reshape(1, -1), ic.reshape(1, -1)
            else:
                ia, ic = ia.reshape(-1, 1), ic.reshape(-1, 1)
    return (C, ia, ic)[:nargout] if nargout > 1 else C
